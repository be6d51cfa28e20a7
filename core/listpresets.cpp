#include "listpresets.h"

#include "caserecord.h"
#include "organisationid.h"
#include "reviewworkflow.h"

using namespace Qt::StringLiterals;

namespace Fb::ListPresets {

namespace {

FacetFilter inReviewStates(const QStringList &states)
{
    FacetFilter filter;
    filter.values(Facet::ReviewState) = QSet<QString>(states.cbegin(), states.cend());
    return filter;
}

// filter narrowed to the organisation's cases when it is a municipality or a region.
FacetFilter ofOrganisation(FacetFilter filter, const QString &organisationId)
{
    const OrganisationId organisation = OrganisationId::parse(organisationId);
    if (organisation.kind == OrganisationId::Kind::Municipality) {
        filter.values(Facet::Municipality) = {organisation.code};
    } else if (organisation.kind == OrganisationId::Kind::Region) {
        filter.values(Facet::Region) = {organisation.code};
    }
    return filter;
}

} // namespace

FacetFilter toReview()
{
    return inReviewStates(ReviewWorkflow::awaitingReview());
}

FacetFilter drafts(const QString &organisationId)
{
    return ofOrganisation(inReviewStates(ReviewWorkflow::withAuthors()), organisationId);
}

FacetFilter toUpdate(const QString &organisationId)
{
    FacetFilter filter;
    filter.values(Facet::Freshness) = {u"forfallen"_s};
    return ofOrganisation(filter, organisationId);
}

FacetFilter published()
{
    FacetFilter filter;
    filter.values(Facet::Publication) = {u"publicerad"_s};
    return filter;
}

bool isStartView(const FacetFilter &filter)
{
    return filter.isEmpty() || filter == published();
}

FacetFilter openQuestions()
{
    FacetFilter filter;
    filter.values(Facet::RecordType) = {QString::fromLatin1(CaseRecord::RecordQuestion)};
    filter.values(Facet::QuestionState) = {u"oppen"_s};
    return filter;
}

} // namespace Fb::ListPresets
