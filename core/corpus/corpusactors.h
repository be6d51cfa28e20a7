#pragma once

#include "caserecord.h"
#include "corpuscase.h"
#include "corpusrandom.h"
#include "corpustext.h"
#include "corpuswriter.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QList>

namespace Fb {

// Who and where of a generated case: the home municipality and its neighbours, the owner, the
// partners and partnership forms, contacts, the study visit and links. Part of CorpusGenerator,
// living for one case; sets the places and names in the facts, for the text to refer to.
class CorpusActors
{
public:
    CorpusActors(const Vocabularies &vocabularies,
                 const ReferenceData &referenceData,
                 const CorpusText &text,
                 CorpusFacts &facts,
                 CorpusRandom &random,
                 CorpusWriter &writer);

    void choosePlaces(CaseRecord &c);
    void addActors(CaseRecord &c);
    void addPartnershipForms(CaseRecord &c);
    void addStudyVisitAndContacts(CaseRecord &c);
    // After the dates, which a report's title and year come from.
    void addLinks(CaseRecord &c);

private:
    QList<const Municipality *> neighboursOf(const Municipality &home) const;
    QString ownerSlug() const;

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    const CorpusText &m_text;
    CorpusFacts &m_facts;
    CorpusRandom &m_random;
    CorpusWriter &m_writer;
};

} // namespace Fb
