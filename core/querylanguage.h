#pragma once

#include "error.h"
#include "referencedata.h"
#include "searchtypes.h"
#include "vocabularies.h"

#include <QList>
#include <QString>

namespace Fb {

// The field filters of the search field (docs/search.md, "Query language"): `område:äldreomsorg`,
// `län:Blekinge`, `kommun:Gnesta`, `status:"i drift"`, `studiebesök:ja`, `år:2021`. Each becomes
// a facet value, so typed filters and the facet panel are one filter; what is left is free text
// for the full-text search (words, "phrases", -exclude). Field names and values are matched
// without regard to case or diacritics, in Swedish or English, by key, label or a label's unique
// beginning.
class QueryLanguage
{
public:
    struct Parsed
    {
        QString text; // the free text, filters taken out
        FacetFilter filter; // the typed filters
        QList<Error> errors; // unknown fields and values: each says what was meant, nothing is guessed
    };

    QueryLanguage(const Vocabularies &vocabularies, const ReferenceData &referenceData);

    Parsed parse(const QString &input) const;

    // How a facet value is written as a filter, e.g. "län:Blekinge" (for chips and tooltips).
    QString filterText(Facet facet, const QString &value) const;

    // The field names, Swedish first, for help texts and errors.
    static QStringList fieldNames();

private:
    struct Candidate
    {
        QString key;
        QStringList names; // folded: key, labels, and short forms
    };

    QList<Candidate> candidates(Facet facet) const;
    void addFilter(Parsed &parsed, Facet facet, const QString &field, const QString &value) const;

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
};

} // namespace Fb
