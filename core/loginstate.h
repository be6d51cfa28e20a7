#pragma once

#include <QString>

namespace Fb {

// Where and as whom a replica is logged in, as the server said at login. The role and organisation
// are what the review workflow offers offline; the server checks again on every write.
struct LoginState
{
    QString serverUrl;
    QString user;
    QString caFile; // an organisation CA to trust besides the system's; may be empty
    QString role; // lasare, redaktor, samordnare or administrator
    QString organisationId; // kommun:0461, region:10, …

    bool configured() const { return !serverUrl.isEmpty() && !user.isEmpty(); }
};

} // namespace Fb
