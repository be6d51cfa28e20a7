#include "organisationid.h"

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The prefixes are the owner types of the vocabulary (actor_type): kommun, region.
constexpr auto MunicipalityType = "kommun"_L1;
constexpr auto RegionType = "region"_L1;

} // namespace

OrganisationId OrganisationId::parse(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    const QStringView type = QStringView(id).left(colon);
    const QString code = colon > 0 ? id.mid(colon + 1) : QString();
    if (!code.isEmpty() && type == MunicipalityType) {
        return {Kind::Municipality, code};
    }
    if (!code.isEmpty() && type == RegionType) {
        return {Kind::Region, code};
    }
    return {};
}

QString OrganisationId::municipality(const QString &code)
{
    return MunicipalityType + u':' + code;
}

QString OrganisationId::region(const QString &code)
{
    return RegionType + u':' + code;
}

QString OrganisationId::ofOwner(const QString &type, const QString &code)
{
    if (code.isEmpty()) {
        return {};
    }
    if (type == MunicipalityType) {
        return municipality(code);
    }
    if (type == RegionType) {
        return region(code);
    }
    return {};
}

} // namespace Fb
