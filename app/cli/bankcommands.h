#pragma once

#include "cliapplication.h"

#include <QCoreApplication>

namespace Fb {

// The CLI's commands on the local bank itself: list, show, search, import, export (the whole bank,
// or one case as a decision document) and generate (a synthetic corpus). No server involved.
class BankCommands
{
    Q_DECLARE_TR_FUNCTIONS(Fb::BankCommands)

public:
    explicit BankCommands(CliApplication &cli);

    // reviewState: only cases in this review state (empty: every case).
    // due: only published cases due for review (Freshness), with the day.
    int list(const QString &reviewState, bool due);
    int show(const QString &id);

    // Where a list goes when it is written to a file (search --format csv|ods); format empty: the
    // screen.
    struct Export
    {
        QString format;
        QString output;
    };

    int search(const QString &text, int limit, bool explain, const Export &list);
    int import(const QString &path, bool skipInvalid);
    int exportCases(const QString &format, const QString &output);
    // One case, or 2–5 side by side, with the sections named (CaseComparison's limits).
    int
    exportDocument(const QStringList &ids, const QStringList &sections, const QString &format, const QString &output);
    int generate(qint64 count, quint64 seed, const QString &output);

private:
    // Case id of the replica (the sample bank in a profile that never held one).
    Result<CaseRecord> stored(const QString &id);

    CliApplication &m_cli;
};

} // namespace Fb
