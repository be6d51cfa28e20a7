// ApiServer's organisation list (docs/server.md, "Organisations"), apart from the rest to keep
// files small.
#include "apiresponses.h"
#include "apiserver.h"
#include "organisationid.h"
#include "organisationlist.h"
#include "serverstore.h"

using namespace Qt::StringLiterals;

namespace Fb {

using Http::failure;
using Http::json;

QString ApiServer::organisationsVersion(ServerStore &store)
{
    const auto version = store.meta(QString::fromLatin1(ServerStore::MetaOrganisationsVersion));
    return version && !version->isEmpty() ? *version : u"1"_s;
}

QHttpServerResponse ApiServer::handleOrganisations(const QByteArray &authorization)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    auto all = s->organisations();
    if (!all) {
        qCWarning(lcApi) << all.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    // Names every user may know (they are the bank's actors); SCB's municipalities and regions
    // every program has already.
    OrganisationList list;
    list.version = organisationsVersion(*s);
    for (const Organisation &o : std::as_const(*all)) {
        if (OrganisationId::parse(o.id).kind == OrganisationId::Kind::Other) {
            list.organisations.append({o.id, o.type, o.code, o.name, o.regionCode});
        }
    }
    return json(list.toJson());
}

} // namespace Fb
