#include "accounts.h"

#include "organisationid.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

const QStringList &Accounts::roles()
{
    static const QStringList r{u"lasare"_s, u"redaktor"_s, u"samordnare"_s, u"administrator"_s};
    return r;
}

Accounts::Clock Accounts::systemClock()
{
    return [] {
        return QDateTime::currentSecsSinceEpoch();
    };
}

Accounts::Accounts(ServerStore &store, const PasswordHasher &hasher, Clock clock)
    : m_store(store)
    , m_hasher(hasher)
    , m_clock(std::move(clock))
{
}

Result<void> Accounts::initialize(ServerStore &store, const ReferenceData &referenceData)
{
    return store.transaction([&]() -> Result<void> {
        auto existing = store.organisations();
        if (!existing) {
            return existing.error();
        }
        QSet<QString> ids;
        for (const Organisation &o : *existing) {
            ids.insert(o.id);
        }
        const auto add = [&](const Organisation &o) -> Result<void> {
            return ids.contains(o.id) ? Result<void>() : store.addOrganisation(o);
        };
        for (const Region &r : referenceData.regions()) {
            if (auto x = add({OrganisationId::region(r.code), u"region"_s, r.code, r.authorityName, r.code}); !x) {
                return x;
            }
        }
        for (const Municipality &m : referenceData.municipalities()) {
            if (auto x = add(
                    {OrganisationId::municipality(m.code), u"kommun"_s, m.code, m.name + u" kommun"_s, m.regionCode});
                !x) {
                return x;
            }
        }
        // The server's identity and the bank's epoch; a restore from backup gets a new epoch
        // (issue #3's sync uses it to detect restores).
        for (const auto *key : {"server_id", "epoch"}) {
            auto value = store.meta(QString::fromLatin1(key));
            if (!value) {
                return value.error();
            }
            if (value->isEmpty()) {
                if (auto x =
                        store.setMeta(QString::fromLatin1(key), QUuid::createUuid().toString(QUuid::WithoutBraces));
                    !x) {
                    return x;
                }
            }
        }
        return {};
    });
}

Result<LoginResult> Accounts::login(const QString &name, const QString &password, const QString &source)
{
    const qint64 now = m_clock();
    const qint64 since = now - FailureWindow;
    // Attempts older than the window count for nothing: the table holds one window at most.
    if (auto r = m_store.forgetLoginFailuresBefore(since); !r) {
        return r.error();
    }
    if (!source.isEmpty()) {
        // Checked before anything is recorded, so an address throttled adds no rows: what it
        // sends beyond its limit costs the table nothing.
        auto fromSource = m_store.loginFailuresFromSince(source, since);
        if (!fromSource) {
            return fromSource.error();
        }
        if (*fromSource >= MaxFailuresPerSource) {
            return Error{ErrorCode::Throttled, {}, QString::number(FailureWindow)};
        }
    }
    // Recorded before the password is looked at and counted after: of guesses sent in parallel,
    // at most MaxFailures get as far as the hash (checking first let all of them through).
    if (auto r = m_store.recordLoginAttempt(name, source, now); !r) {
        return r.error();
    }
    auto failures = m_store.loginFailuresSince(name, since);
    if (!failures) {
        return failures.error();
    }
    if (*failures > MaxFailures) {
        return Error{ErrorCode::Throttled, name, QString::number(FailureWindow)};
    }
    auto user = m_store.userByName(name);
    if (!user) {
        return user.error();
    }
    // An unknown name costs as much time as a wrong password, so timing tells nothing.
    static const QByteArray dummy = m_hasher.hash(u"no such user"_s).value();
    const bool valid = m_hasher.verify(*user ? (*user)->passwordHash : dummy, password) && user->has_value();
    if (!valid) {
        return Error{ErrorCode::InvalidCredentials, {}, {}}; // the attempt stays recorded
    }
    const User &u = **user;
    if (u.disabled) {
        return Error{ErrorCode::AccountDisabled, {}, {}};
    }
    LoginResult result{Tokens::generate(), now + TokenLifetime, u};
    auto stored = m_store.transaction([&]() -> Result<void> {
        if (auto r = m_store.addToken({Tokens::digest(result.token), u.id, now, result.expiresAt, false}); !r) {
            return r;
        }
        if (m_hasher.needsRehash(u.passwordHash)) {
            if (auto hash = m_hasher.hash(password); hash) {
                return m_store.setPasswordHash(u.id, *hash);
            }
        }
        return m_store.clearLoginFailures(name);
    });
    if (!stored) {
        return stored.error();
    }
    return result;
}

Result<Session> Accounts::authenticate(const QString &token)
{
    if (token.isEmpty()) {
        return Error{ErrorCode::TokenInvalid, {}, {}};
    }
    auto record = m_store.token(Tokens::digest(token));
    if (!record) {
        return record.error();
    }
    if (!*record || (*record)->revoked) {
        return Error{ErrorCode::TokenInvalid, {}, {}};
    }
    if ((*record)->expiresAt <= m_clock()) {
        return Error{ErrorCode::TokenExpired, {}, {}};
    }
    auto user = m_store.userById((*record)->userId);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return Error{ErrorCode::TokenInvalid, {}, {}};
    }
    if ((*user)->disabled) {
        return Error{ErrorCode::AccountDisabled, {}, {}};
    }
    auto organisation = m_store.organisation((*user)->organisationId);
    if (!organisation) {
        return organisation.error();
    }
    return Session{**user, organisation->value_or(Organisation{}), (*record)->expiresAt};
}

Result<void> Accounts::logout(const QString &token)
{
    return m_store.revokeToken(Tokens::digest(token));
}

Result<User> Accounts::addUser(const QString &name,
                               const QString &displayName,
                               const QString &organisationId,
                               const QString &role,
                               const QString &password)
{
    static const QRegularExpression validName(u"^[a-z0-9][a-z0-9._@-]{1,63}$"_s);
    if (!validName.match(name).hasMatch()) {
        return Error{ErrorCode::InvalidValue, u"name"_s, u"2–64 characters: a–z, 0–9, . _ @ -"_s};
    }
    if (!roles().contains(role)) {
        return Error{ErrorCode::InvalidRole, u"role"_s, role};
    }
    if (password.size() < MinPasswordLength) {
        return Error{ErrorCode::InvalidValue, u"password"_s, u"at least %1 characters"_s.arg(MinPasswordLength)};
    }
    auto organisation = m_store.organisation(organisationId);
    if (!organisation) {
        return organisation.error();
    }
    if (!*organisation) {
        return Error{ErrorCode::UnknownOrganisation, u"organisation"_s, organisationId};
    }
    auto hash = m_hasher.hash(password);
    if (!hash) {
        return hash.error();
    }
    User user{QUuid::createUuid().toString(QUuid::WithoutBraces),
              name,
              displayName,
              organisationId,
              role,
              *hash,
              false,
              m_clock()};
    if (auto r = m_store.addUser(user); !r) {
        return r.error();
    }
    return user;
}

Result<User> Accounts::requireUser(const QString &name)
{
    auto user = m_store.userByName(name);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return Error{ErrorCode::NotFound, name, {}};
    }
    return **user;
}

Result<void> Accounts::setDisabled(const QString &name, bool disabled)
{
    auto user = requireUser(name);
    if (!user) {
        return user.error();
    }
    return m_store.transaction([&]() -> Result<void> {
        if (auto r = m_store.setDisabled(user->id, disabled); !r) {
            return r;
        }
        return disabled ? m_store.revokeTokensOf(user->id) : Result<void>();
    });
}

Result<User> Accounts::setRoleAndOrganisation(const QString &name, const QString &role, const QString &organisationId)
{
    if (!role.isEmpty() && !roles().contains(role)) {
        return Error{ErrorCode::InvalidRole, u"role"_s, role};
    }
    if (!organisationId.isEmpty()) {
        auto organisation = m_store.organisation(organisationId);
        if (!organisation) {
            return organisation.error();
        }
        if (!*organisation) {
            return Error{ErrorCode::UnknownOrganisation, u"organisation"_s, organisationId};
        }
    }
    auto user = requireUser(name);
    if (!user) {
        return user.error();
    }
    user->role = role.isEmpty() ? user->role : role;
    user->organisationId = organisationId.isEmpty() ? user->organisationId : organisationId;
    if (auto r = m_store.setRoleAndOrganisation(user->id, user->role, user->organisationId); !r) {
        return r.error();
    }
    return user;
}

Result<void> Accounts::setPassword(const QString &name, const QString &password)
{
    if (password.size() < MinPasswordLength) {
        return Error{ErrorCode::InvalidValue, u"password"_s, u"at least %1 characters"_s.arg(MinPasswordLength)};
    }
    auto user = requireUser(name);
    if (!user) {
        return user.error();
    }
    auto hash = m_hasher.hash(password);
    if (!hash) {
        return hash.error();
    }
    return m_store.transaction([&]() -> Result<void> {
        if (auto r = m_store.setPasswordHash(user->id, *hash); !r) {
            return r;
        }
        return m_store.revokeTokensOf(user->id);
    });
}

} // namespace Fb
