#include "organisationlist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fb {

QJsonObject OrganisationList::toJson() const
{
    QJsonArray list;
    for (const RegisteredOrganisation &o : organisations) {
        list.append(QJsonObject{{u"id"_s, o.id},
                                {u"type"_s, o.type},
                                {u"code"_s, o.code},
                                {u"name"_s, o.name},
                                {u"region"_s, o.regionCode}});
    }
    return {{u"version"_s, version}, {u"organisations"_s, list}};
}

Result<OrganisationList> OrganisationList::fromJson(const QJsonObject &object)
{
    OrganisationList list;
    list.version = object.value("version"_L1).toString();
    if (list.version.isEmpty()) {
        return Error{ErrorCode::MissingField, u"version"_s, {}};
    }
    for (const QJsonValue &v : object.value("organisations"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        RegisteredOrganisation entry{o.value("id"_L1).toString(),
                                     o.value("type"_L1).toString(),
                                     o.value("code"_L1).toString(),
                                     o.value("name"_L1).toString(),
                                     o.value("region"_L1).toString()};
        if (!entry.id.isEmpty() && !entry.name.trimmed().isEmpty()) {
            list.organisations.append(entry);
        }
    }
    return list;
}

} // namespace Fb
