#pragma once

#include "caselabels.h"
#include "caserecord.h"
#include "language.h"
#include "referencedata.h"
#include "result.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QPageLayout>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace Fb {

struct DecisionOutline;

// A case, or 2–5 cases, as a decision document (beslutsunderlag): what a committee or a manager needs to decide
// whether to do something similar, on one A4 page or a little more. The bank's name and the date
// head it; then the title, the summary, a table of facts (organisation, place, status, stage,
// period, evidence level with what it means, proven experience, review state, when it was last
// confirmed) and the sections on costs, results,
// pitfalls and success factors, the contacts, the study-visit offer and the links. Fields the case
// does not have are left out, headings included.
//
// Several cases get a table that sets their facts side by side (CaseComparison), then each case's
// summary, chosen sections and contacts under its own heading. Which sections go in is the
// caller's choice; defaultSections() when they have none.
//
// Case text is never markup here: plain fields are inserted as text, and the Markdown sections
// are read without HTML, with images replaced by their address, so no case can make a document
// fetch or embed anything.
class DecisionDocument
{
    Q_DECLARE_TR_FUNCTIONS(Fb::DecisionDocument)

public:
    enum class Format {
        Pdf,
        Odt,
        Markdown,
    };

    DecisionDocument(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language);

    // "pdf", "odt", "markdown" or "md".
    static std::optional<Format> formatFromName(const QString &name);
    // The usual file name suffix, without the dot: "pdf", "odt", "md".
    static QString fileSuffix(Format format);
    // A4 portrait with the document's margins: what PDFs get and what printing starts from.
    static QPageLayout pageLayout();

    // The sections a document has unless the user picks others: costs, results, pitfalls and
    // success factors, what a committee asks first.
    static QStringList defaultSections();

    // The document as rich text, for printing and preview. Needs a QGuiApplication (fonts).
    std::unique_ptr<QTextDocument>
    toTextDocument(const QList<CaseRecord> &cases, const QStringList &sections, const QDate &date) const;
    // The same content as Markdown. Needs no QGuiApplication.
    QString toMarkdown(const QList<CaseRecord> &cases, const QStringList &sections, const QDate &date) const;
    // Writes the document in format to out. PDF and ODT need a QGuiApplication.
    Result<void> write(const QList<CaseRecord> &cases,
                       const QStringList &sections,
                       Format format,
                       const QDate &date,
                       QIODevice &out) const;
    // Lays the document out on device's pages (a QPdfWriter or a printer), with a footer on each
    // page naming the bank, the date and the page ("Page 1 of 2").
    Result<void> print(const QList<CaseRecord> &cases,
                       const QStringList &sections,
                       const QDate &date,
                       QPagedPaintDevice &device) const;

    // One case with the default sections.
    std::unique_ptr<QTextDocument> toTextDocument(const CaseRecord &record, const QDate &date) const;

    QString toMarkdown(const CaseRecord &record, const QDate &date) const
    {
        return toMarkdown({record}, defaultSections(), date);
    }

    Result<void> write(const CaseRecord &record, Format format, const QDate &date, QIODevice &out) const
    {
        return write({record}, defaultSections(), format, date, out);
    }

    Result<void> print(const CaseRecord &record, const QDate &date, QPagedPaintDevice &device) const
    {
        return print({record}, defaultSections(), date, device);
    }

private:
    DecisionOutline outline(const QList<CaseRecord> &cases, const QStringList &sections, const QDate &date) const;
    DecisionOutline caseOutline(const CaseRecord &record, const QStringList &sections, const QDate &date) const;

    const Vocabularies &m_vocabularies;
    CaseLabels m_labels;
};

} // namespace Fb
