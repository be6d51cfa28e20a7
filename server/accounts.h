#pragma once

#include "passwordhasher.h"
#include "referencedata.h"
#include "result.h"
#include "serverstore.h"

#include <functional>

namespace Fb {

struct Session
{
    User user;
    Organisation organisation;
    qint64 expiresAt = 0;
};

struct LoginResult
{
    QString token; // shown once; the server keeps only its digest
    qint64 expiresAt = 0;
    User user;
};

// Accounts and tokens on the server: login with throttling of failed attempts, bearer tokens that
// expire and can be revoked, user administration. Time comes from an injected clock (seconds
// since the epoch), so expiry and throttling are testable without waiting.
class Accounts
{
public:
    using Clock = std::function<qint64()>;

    static constexpr qint64 TokenLifetime = 30 * 24 * 3600;
    static constexpr int MaxFailures = 5; // per user name and window
    static constexpr int MaxFailuresPerSource = 100; // per address and window: an office's NAT
    static constexpr qint64 FailureWindow = 15 * 60;
    static constexpr qint64 MinPasswordLength = 10;

    static const QStringList &roles();
    static Clock systemClock();

    Accounts(ServerStore &store, const PasswordHasher &hasher, Clock clock = systemClock());

    // Preloads Sweden's municipalities and regions and gives the server its identity. Idempotent.
    static Result<void> initialize(ServerStore &store, const ReferenceData &referenceData);

    // Throttled: Error.detail holds the seconds to wait. source: where the request came from
    // (an address), throttled on its own; empty for none.
    Result<LoginResult> login(const QString &name, const QString &password, const QString &source = {});
    Result<Session> authenticate(const QString &token);
    Result<void> logout(const QString &token);

    Result<User> addUser(const QString &name,
                         const QString &displayName,
                         const QString &organisationId,
                         const QString &role,
                         const QString &password);
    // Disabling also revokes every token of the user.
    Result<void> setDisabled(const QString &name, bool disabled);
    // A new role or another organisation (empty: unchanged). The user's sessions stay valid; what
    // they read follows at their next sync (the feed starts again under the new view).
    Result<User> setRoleAndOrganisation(const QString &name, const QString &role, const QString &organisationId);
    // A new password revokes every token of the user.
    Result<void> setPassword(const QString &name, const QString &password);

private:
    Result<User> requireUser(const QString &name);

    ServerStore &m_store;
    const PasswordHasher &m_hasher;
    Clock m_clock;
};

} // namespace Fb
