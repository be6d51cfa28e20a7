#include "casespread.h"

#include "organisationid.h"

namespace Fb {

namespace {

QString countyOf(const QString &organisationId, const ReferenceData &referenceData)
{
    const OrganisationId id = OrganisationId::parse(organisationId);
    if (id.kind == OrganisationId::Kind::Region) {
        return referenceData.region(id.code) ? id.code : QString();
    }
    if (id.kind == OrganisationId::Kind::Municipality) {
        const Municipality *m = referenceData.municipality(id.code);
        return m ? m->regionCode : QString();
    }
    return {};
}

} // namespace

CaseSpread CaseSpread::of(const CaseRecord &record, const ReferenceData &referenceData)
{
    CaseSpread spread;
    spread.origin = countyOf(OrganisationId::ofOwner(record.owner.type, record.owner.code), referenceData);
    for (const Adoption &a : record.adoptions) {
        ++spread.adoptions;
        if (const QString county = countyOf(a.organisation, referenceData); !county.isEmpty()) {
            ++spread.adoptionsByCounty[county];
        }
    }
    return spread;
}

} // namespace Fb
