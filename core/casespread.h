#pragma once

#include "caserecord.h"
#include "referencedata.h"

#include <QHash>
#include <QString>

namespace Fb {

// Where a case has spread (case-bank-domain.md F6): how many organisations in each county took it
// up, and the county it started in, from its adoptions and its owner. An adoption by an
// organisation that is no municipality or region counts nowhere on the map.
struct CaseSpread
{
    QString origin; // the owner's county code; empty when the owner has none
    QHash<QString, int> adoptionsByCounty;
    int adoptions = 0; // all of them, those without a county too

    static CaseSpread of(const CaseRecord &record, const ReferenceData &referenceData);
};

} // namespace Fb
