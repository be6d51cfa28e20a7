#include "replicalogin.h"

#include "casestore.h"

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The meta keys, each with its field: read and written from this one list.
constexpr std::pair<const char *, QString LoginState::*> Fields[] = {
    {CaseStore::MetaServerUrl, &LoginState::serverUrl},
    {CaseStore::MetaServerUser, &LoginState::user},
    {CaseStore::MetaServerCa, &LoginState::caFile},
    {CaseStore::MetaServerRole, &LoginState::role},
    {CaseStore::MetaServerOrganisation, &LoginState::organisationId},
};

} // namespace

ReplicaLogin::ReplicaLogin(CaseStore &store)
    : m_store(store)
{
}

Result<LoginState> ReplicaLogin::read() const
{
    LoginState state;
    for (const auto &[key, field] : Fields) {
        auto value = m_store.meta(QString::fromLatin1(key));
        if (!value) {
            return value.error();
        }
        state.*field = *value;
    }
    return state;
}

Result<void> ReplicaLogin::save(const LoginState &state)
{
    return m_store.transaction([&]() -> Result<void> {
        for (const auto &[key, field] : Fields) {
            if (auto r = m_store.setMeta(QString::fromLatin1(key), state.*field); !r) {
                return r;
            }
        }
        return {};
    });
}

Result<void> ReplicaLogin::forget()
{
    auto state = read();
    if (!state) {
        return state.error();
    }
    state->user.clear();
    state->role.clear();
    state->organisationId.clear();
    return save(*state);
}

ServerSettings ReplicaLogin::serverSettings(const LoginState &state)
{
    const QUrl url(state.serverUrl);
    return ServerSettings{url, state.caFile, url.scheme() == "http"_L1};
}

} // namespace Fb
