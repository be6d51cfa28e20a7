#pragma once

#include "result.h"
#include "serverschema.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Fb {

struct Organisation
{
    QString id; // "kommun:0461", "region:10", "org:<uuid>"
    QString type; // vocabulary actor_type
    QString code;
    QString name;
    QString regionCode;

    bool operator==(const Organisation &) const = default;
};

struct User
{
    QString id;
    QString name; // the login name
    QString displayName;
    QString organisationId;
    QString role; // lasare, redaktor, samordnare, administrator
    QByteArray passwordHash;
    bool disabled = false;
    qint64 createdAt = 0;
};

struct TokenRecord
{
    QByteArray tokenHash;
    QString userId;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    bool revoked = false;
};

// The national server's database, on SQLite (one file, the default) or PostgreSQL (production),
// through Qt's drivers with SQL both accept. One store per thread: Qt SQL connections belong to
// the thread that opened them.
//
// Database URLs: "sqlite:/var/lib/framgangsbank/server.sqlite" or
// "postgresql://user@host:5432/dbname" or, over a Unix socket,
// "postgresql://user@/dbname?host=/run/postgresql&port=5432" (password from the PGPASSWORD environment
// variable or ~/.pgpass, never from the command line).
class ServerStore
{
public:
    static constexpr int SchemaVersion = ServerSchema::Version;

    enum class Backend {
        Sqlite,
        Postgres,
    };

    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    static Result<std::unique_ptr<ServerStore>> open(const QString &url);

    Backend backend() const { return m_backend; }

    // Whether the connection still answers. A PostgreSQL connection dies with a restart of the
    // database server and stays dead: its owner opens a new one. A SQLite file is always there.
    bool alive() const;

    // For classes that work on the same connection (CaseRepository), on the same thread.
    const QString &connectionName() const { return m_connectionName; }

    Result<int> schemaVersion() const;

    // server_meta key of the organisation list's version (OrganisationList::version), new with
    // every organisation added or changed.
    static constexpr auto MetaOrganisationsVersion = "organisations_version";

    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    Result<void> addOrganisation(const Organisation &organisation);
    Result<QList<Organisation>> organisations() const;
    Result<std::optional<Organisation>> organisation(const QString &id) const;

    Result<void> addUser(const User &user);
    Result<QList<User>> users() const;
    Result<std::optional<User>> userByName(const QString &name) const;
    Result<std::optional<User>> userById(const QString &id) const;
    Result<void> setDisabled(const QString &userId, bool disabled);
    Result<void> setRoleAndOrganisation(const QString &userId, const QString &role, const QString &organisationId);
    Result<void> setPasswordHash(const QString &userId, const QByteArray &hash);

    Result<void> addToken(const TokenRecord &token);
    Result<std::optional<TokenRecord>> token(const QByteArray &tokenHash) const;
    Result<void> revokeToken(const QByteArray &tokenHash);
    Result<void> revokeTokensOf(const QString &userId);

    // An attempt counts as a failure until a success clears the name's attempts.
    Result<void> recordLoginAttempt(const QString &name, const QString &source, qint64 at);
    Result<int> loginFailuresSince(const QString &name, qint64 since) const;
    Result<int> loginFailuresFromSince(const QString &source, qint64 since) const;
    Result<void> forgetLoginFailuresBefore(qint64 before);
    Result<void> clearLoginFailures(const QString &name);

    // A consistent copy of the whole database in file (SQLite: VACUUM INTO, safe while serving).
    // The copy gets a new epoch: a server restored from it is recognised as such by every client,
    // which then compares its copy with the server instead of trusting its old cursor.
    Result<void> backup(const QString &file);

    // Runs work in one transaction; inside another one, in a savepoint: what work wrote is undone
    // when it fails, and the outer transaction goes on.
    Result<void> transaction(const std::function<Result<void>()> &work);

    // For tests: asked before every commit of an outermost transaction; when it says yes, the
    // transaction is rolled back and fails as on a full disk.
    void setCommitFault(std::function<bool()> fault) { m_commitFault = std::move(fault); }

private:
    ServerStore(Backend backend, QString connectionName);
    Result<void> migrate();

    Backend m_backend;
    QString m_connectionName;
    int m_depth = 0; // transactions open: 1 in one, more in its savepoints
    std::function<bool()> m_commitFault;
};

} // namespace Fb
