#pragma once

#include "loginstate.h"
#include "result.h"
#include "serverapi.h"

namespace Fb {

class CaseStore;

// The login state kept in a replica: written at login, partly cleared at logout, read by sync,
// status and the review commands. The one place that knows how it is stored (the replica's meta
// table), for the app's worker and the CLI alike.
class ReplicaLogin
{
public:
    explicit ReplicaLogin(CaseStore &store);

    Result<LoginState> read() const;
    // All fields in one transaction.
    Result<void> save(const LoginState &state);
    // Forgets the user, role and organisation; the server and CA stay, for the next login.
    Result<void> forget();

    // The settings to sync with. Developer mode is remembered by the address itself: only a
    // loopback http:// address was ever stored (ServerSettings::parseUrl).
    static ServerSettings serverSettings(const LoginState &state);

private:
    CaseStore &m_store;
};

} // namespace Fb
