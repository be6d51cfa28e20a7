#pragma once

#include "caselabels.h"
#include "caserecord.h"
#include "language.h"
#include "recordlinks.h"
#include "referencedata.h"
#include "result.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace Fb {

class CaseStore;

// Writes cases and questions as JSON (an array), JSON Lines (canonical, one per line: what import
// reads) or Markdown (a readable document with Swedish or English labels).
class CaseExporter
{
    Q_DECLARE_TR_FUNCTIONS(Fb::CaseExporter)

public:
    enum class Format {
        Json,
        JsonLines,
        Markdown,
    };

    CaseExporter(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language);

    static std::optional<Format> formatFromName(const QString &name);

    Result<qint64> exportStore(const CaseStore &store, Format format, QIODevice &out) const;
    Result<void> write(const CaseRecord &record, Format format, QIODevice &out) const;
    // With links, the cases an answer or adoption names are Markdown links to fb-case:<id> under
    // their titles, and a case lists the questions it answers (the case view); without, the ids.
    QString toMarkdown(const CaseRecord &record, const LinkedRecords *links = nullptr) const;

    // Scheme of the links to other records in toMarkdown's output.
    static constexpr auto CaseLinkScheme = "fb-case";

private:
    QString questionMarkdown(const CaseRecord &question, const LinkedRecords *links) const;
    QString adoptionsMarkdown(const CaseRecord &record, const LinkedRecords *links) const;
    QString caseReference(const QString &id, const LinkedRecords *links) const;
    QString contactsMarkdown(const QList<Contact> &contacts) const;

    const Vocabularies &m_vocabularies;
    CaseLabels m_labels;
};

} // namespace Fb
