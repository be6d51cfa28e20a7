#pragma once

#include "caserecord.h"
#include "decisiondocument.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QWidget;

namespace Fb {

// The app's way out for decision documents: export to a file the user picks (PDF, ODT or
// Markdown, by the file's suffix or the chosen filter) and print. Writing happens on the UI
// thread: one case renders in a few tens of milliseconds (docs/decision-documents.md).
class DecisionExport
{
    Q_DECLARE_TR_FUNCTIONS(Fb::DecisionExport)

public:
    static void exportCase(QWidget *parent, const DecisionDocument &document, const CaseRecord &record);
    // 2–5 cases side by side, with the sections chosen (DecisionDocument).
    static void exportCases(QWidget *parent,
                            const DecisionDocument &document,
                            const QList<CaseRecord> &records,
                            const QStringList &sections);
    static void printCase(QWidget *parent, const DecisionDocument &document, const CaseRecord &record);

    // "Beslutsunderlag" file name for a case: its short name (or title) made safe for every file
    // system, the date and the format's suffix.
    static QString suggestedFileName(const CaseRecord &record, const QDate &date, DecisionDocument::Format format);
    // The format a file name asks for by its suffix; nullopt when it names none.
    static std::optional<DecisionDocument::Format> formatOfFile(const QString &path);
};

} // namespace Fb
