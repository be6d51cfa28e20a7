#pragma once

#include <QString>

namespace Fb {

// An organisation's id as the server gives it and clients read it: kommun:<SCB municipality
// code>, region:<SCB county code>, or another id the server made (an agency, a samordningsförbund,
// the server's own organisation). Written and read only here.
struct OrganisationId
{
    enum class Kind {
        Municipality,
        Region,
        Other,
    };

    Kind kind = Kind::Other;
    QString code; // the SCB code of a municipality or region; empty for Other

    static OrganisationId parse(const QString &id);
    static QString municipality(const QString &code);
    static QString region(const QString &code);
    // The id of a case owner (CaseRecord::owner) of type kommun or region with its code; empty
    // for any other owner.
    static QString ofOwner(const QString &type, const QString &code);
};

} // namespace Fb
