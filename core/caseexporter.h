#pragma once

#include "caselabels.h"
#include "caserecord.h"
#include "language.h"
#include "referencedata.h"
#include "result.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace Fb {

class CaseStore;

// Writes cases as JSON (an array), JSON Lines (canonical, one per line: what import reads) or
// Markdown (a readable document with Swedish or English labels).
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
    QString toMarkdown(const CaseRecord &record) const;

private:
    const Vocabularies &m_vocabularies;
    CaseLabels m_labels;
};

} // namespace Fb
