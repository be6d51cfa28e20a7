#pragma once

#include "caselabels.h"
#include "casesummary.h"
#include "language.h"
#include "querylanguage.h"
#include "result.h"
#include "searchtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace Fb {

// Writes a list of cases as the user has it (the rows of a search, in their order) as CSV or as
// an OpenDocument spreadsheet, for the coordinator's own tables and committee papers. The first
// lines say what the list is: the search text, the filter (as the query language writes it, so
// it can be typed again), the number of cases and the day; then a header and one row per case
// with the summary's fields in the chosen language (docs/search.md, "Exporting a list").
class ListExporter
{
    Q_DECLARE_TR_FUNCTIONS(Fb::ListExporter)

public:
    enum class Format {
        Csv, // UTF-8 with a byte order mark and semicolons, as spreadsheets in Swedish expect
        Ods,
    };

    ListExporter(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language);

    static std::optional<Format> formatFromName(const QString &name);

    // FileWriteFailed when the device takes less than everything.
    Result<void> write(const QList<const CaseSummary *> &cases,
                       const SearchRequest &request,
                       QDate day,
                       Format format,
                       QIODevice &out) const;

private:
    // A cell: text, or a number when it is one (evidence level, start year).
    struct Cell
    {
        QString text;
        bool number = false;
    };

    using Row = QList<Cell>;

    QList<Row> rows(const QList<const CaseSummary *> &cases, const SearchRequest &request, QDate day) const;
    static QByteArray csv(const QList<Row> &rows);
    static Result<void> ods(const QList<Row> &rows, QIODevice &out);

    CaseLabels m_labels;
    QueryLanguage m_query;
};

} // namespace Fb
