#pragma once

#include "cliapplication.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <functional>

namespace Fb {

// The CLI's writing commands: create, update, delete, conflicts, resolve, revert. Every change is
// a local edit: saved at once, pushed by the next sync.
class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(Fb::EditCommands)

public:
    explicit EditCommands(CliApplication &cli);

    int create(const QString &file);
    // sets: FIELD=VALUE (VALUE as JSON when it parses, else text; empty removes the field);
    // sections: KEY=@FILE or KEY=TEXT.
    int update(const QString &id, const QStringList &sets, const QStringList &sections);
    int remove(const QString &id);
    int conflicts();
    // What this replica threw away (reverts, settled conflicts, cases no longer shown), newest last.
    int archive();
    // take: mine, theirs, or a FILE holding the value.
    int resolve(const QString &id, const QString &path, const QString &take);
    int revert(const QString &id);
    // Attaches a file: copied into the profile's blob cache, uploaded by the next sync.
    int attach(const QString &id, const QString &file);

    // The value a user typed for path: JSON when it parses (numbers, true, lists), else text.
    static QJsonValue parseValue(const QString &path, const QString &text);
    // --set FIELD=VALUE arguments as paths and values; the first field that is not allowed is the
    // error (UsageError, its name in detail).
    static Result<QList<std::pair<QString, QJsonValue>>> parseSets(const QStringList &sets,
                                                                   const std::function<bool(const QString &)> &allowed);

private:
    CliApplication &m_cli;
};

} // namespace Fb
