#pragma once

#include "caserecord.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QList>

namespace Fb {

// Content rules of the case record and the question (docs/case-schema.md, docs/questions.md): vocabulary keys, SCB
// codes, lengths, dates, URLs. Reports every problem, each with a stable code and the field's JSON path.
class CaseValidator
{
public:
    static constexpr qsizetype MaxTitle = 160;
    static constexpr qsizetype MaxShortName = 60;
    static constexpr qsizetype MaxSummary = 1000;
    static constexpr qsizetype MaxSection = 100000;
    static constexpr qsizetype MaxTag = 60;
    static constexpr qsizetype MaxShortText = 500; // names, roles, e-mail, contact lines
    static constexpr qsizetype MaxComment = 5000; // a review comment or its answer

    CaseValidator(const Vocabularies &vocabularies, const ReferenceData &referenceData);

    QList<Error> validate(const CaseRecord &record) const;

private:
    void checkKey(QList<Error> &errors, const char *vocabulary, const QString &key, const QString &path) const;
    void checkKeys(QList<Error> &errors, const char *vocabulary, const QStringList &keys, const QString &path) const;
    void checkActor(QList<Error> &errors, const Actor &actor, const QString &path) const;
    void checkReviewComments(QList<Error> &errors, const CaseRecord &record) const;
    // Questions, answers and adoptions (docs/questions.md).
    void checkContributions(QList<Error> &errors, const CaseRecord &record) const;
    // A municipality or region the reference data knows, as an OrganisationId.
    void checkOrganisation(QList<Error> &errors, const QString &id, const QString &path) const;

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
};

} // namespace Fb
