#include "casepermissions.h"

#include "blobrepository.h"
#include "caserecord.h"
#include "organisationid.h"
#include "reviewworkflow.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr auto Administrator = "administrator"_L1;
constexpr auto Samordnare = "samordnare"_L1;
constexpr auto Redaktor = "redaktor"_L1;

} // namespace

CasePermissions::CasePermissions(ServerStore &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

QString CasePermissions::view(const Session &session)
{
    // Short and not secret: it only has to change when the role, the organisation or the
    // organisation's county does.
    const QString key = session.user.role + u'|' + session.user.organisationId + u'|' + session.organisation.regionCode;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

Result<std::optional<Organisation>> CasePermissions::organisation(const QString &id)
{
    if (auto it = m_organisations.constFind(id); it != m_organisations.cend()) {
        return *it;
    }
    auto found = m_store.organisation(id);
    if (!found) {
        return found.error();
    }
    m_organisations.insert(id, *found);
    return *found;
}

Result<bool> CasePermissions::inCounty(const QString &organisationId)
{
    const QString &county = m_session.organisation.regionCode;
    if (county.isEmpty()) {
        return false;
    }
    auto target = organisation(organisationId);
    if (!target) {
        return target.error();
    }
    return target->has_value() && (*target)->regionCode == county;
}

Result<bool> CasePermissions::mayWrite(const QString &organisationId)
{
    const QString &role = m_session.user.role;
    if (role == Administrator) {
        return true;
    }
    if (role != Redaktor && role != Samordnare) {
        return false;
    }
    if (organisationId == m_session.user.organisationId) {
        return true;
    }
    return role == Samordnare ? inCounty(organisationId) : Result<bool>(false);
}

Result<QStringList> CasePermissions::participants(const QJsonObject &body)
{
    QStringList ids;
    for (const QJsonValue &v : body.value("actors"_L1).toArray()) {
        const QJsonObject actor = v.toObject();
        const QString type = actor.value("type"_L1).toString();
        const QString code = actor.value("code"_L1).toString();
        if (code.isEmpty()) {
            continue;
        }
        if (const QString id = OrganisationId::ofOwner(type, code); !id.isEmpty()) {
            ids.append(id);
            continue;
        }
        if (!m_byTypeAndCode) {
            auto all = m_store.organisations();
            if (!all) {
                return all.error();
            }
            m_byTypeAndCode.emplace();
            for (const Organisation &o : std::as_const(*all)) {
                if (!o.code.isEmpty()) {
                    m_byTypeAndCode->insert(o.type + u':' + o.code, o.id);
                }
            }
        }
        if (const QString id = m_byTypeAndCode->value(type + u':' + code); !id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

Result<bool> CasePermissions::mayRead(const StoredCase &c)
{
    // A question is asked of everyone (docs/questions.md).
    if (m_session.user.role == Administrator || ReviewWorkflow::isPublic(c.body.value("review_state"_L1).toString())
        || c.body.value("record_type"_L1).toString() == QLatin1StringView(CaseRecord::RecordQuestion)) {
        return true;
    }
    const QString &mine = m_session.user.organisationId;
    if (c.organisationId == mine) {
        return true;
    }
    auto named = participants(c.body);
    if (!named) {
        return named.error();
    }
    if (named->contains(mine)) {
        return true;
    }
    return m_session.user.role == Samordnare ? inCounty(c.organisationId) : Result<bool>(false);
}

Result<bool> CasePermissions::mayUseBlob(const QString &sha256)
{
    auto holder = BlobRepository(m_store).isHolder(sha256, m_session.user.id);
    if (!holder || *holder) {
        return holder;
    }
    const CaseRepository cases(m_store);
    auto naming = cases.casesNaming(sha256);
    if (!naming) {
        return naming.error();
    }
    for (const QString &id : std::as_const(*naming)) {
        auto c = cases.find(id);
        if (!c) {
            return c.error();
        }
        if (!c->has_value()) {
            continue;
        }
        auto readable = mayRead(**c);
        if (!readable || *readable) {
            return readable;
        }
    }
    return false;
}

} // namespace Fb
