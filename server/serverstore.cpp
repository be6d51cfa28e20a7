#include "serverstore.h"

#include "serverschema.h"
#include "sqlresult.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <functional>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QSqlQuery query(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    return q;
}

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.organisationId = q.value(3).toString();
    u.role = q.value(4).toString();
    u.passwordHash = q.value(5).toString().toUtf8();
    u.disabled = q.value(6).toInt() != 0;
    u.createdAt = q.value(7).toLongLong();
    return u;
}

constexpr auto UserColumns = "id, name, display_name, organisation_id, role, password_hash, disabled, created_at";

} // namespace

ServerStore::ServerStore(Backend backend, QString connectionName)
    : m_backend(backend)
    , m_connectionName(std::move(connectionName))
{
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &url)
{
    static std::atomic<int> counter{0};
    const QString name = u"fb-server-%1"_s.arg(counter.fetch_add(1));
    std::unique_ptr<ServerStore> store;
    if (url.startsWith("sqlite:"_L1)) {
        const QString path = url.mid(7);
        if (path.isEmpty()) {
            return Error{ErrorCode::DatabaseOpenFailed, url, u"no file given"_s};
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        store.reset(new ServerStore(Backend::Sqlite, name));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            return Error{ErrorCode::DatabaseOpenFailed, url, db.lastError().text()};
        }
        for (const auto *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma))) {
                return Error{ErrorCode::DatabaseOpenFailed, url, q.lastError().text()};
            }
        }
    } else if (url.startsWith("postgresql://"_L1) || url.startsWith("postgres://"_L1)) {
        const QUrl u(url);
        const QUrlQuery options(u);
        store.reset(new ServerStore(Backend::Postgres, name));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        // ?host=/run/postgresql selects a Unix socket directory, as libpq does.
        db.setHostName(options.hasQueryItem(u"host"_s) ? options.queryItemValue(u"host"_s, QUrl::FullyDecoded)
                                                       : u.host());
        db.setPort(options.hasQueryItem(u"port"_s) ? options.queryItemValue(u"port"_s).toInt() : u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            return Error{ErrorCode::DatabaseOpenFailed, url.section(u'@', -1), db.lastError().text()};
        }
    } else {
        return Error{ErrorCode::DatabaseOpenFailed, url, u"use sqlite:FILE or postgresql://user@host/db"_s};
    }
    if (auto r = store->migrate(); !r) {
        return r.error();
    }
    return store;
}

bool ServerStore::alive() const
{
    if (m_backend == Backend::Sqlite) {
        return true;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    return q.exec(u"SELECT 1"_s) && q.next();
}

Result<int> ServerStore::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.tables().contains(u"schema_version"_s)) {
        return 0;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next()) {
        return sqlError(q.lastError(), u"schema_version"_s);
    }
    return q.value(0).toInt();
}

Result<void> ServerStore::backup(const QString &file)
{
    if (m_backend != Backend::Sqlite) {
        return Error{ErrorCode::InvalidValue,
                     u"backup"_s,
                     u"use pg_dump for PostgreSQL, then give the restored database a new epoch"_s};
    }
    if (QFileInfo::exists(file)) {
        return Error{ErrorCode::AlreadyExists, file, {}};
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(file);
    if (!q.exec()) {
        return Error{ErrorCode::FileWriteFailed, file, q.lastError().text()};
    }
    auto copy = open(u"sqlite:"_s + file);
    if (!copy) {
        return copy.error();
    }
    return (*copy)->setMeta(u"epoch"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<void> ServerStore::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (m_depth > 0) {
        // Inside another: a savepoint, so that this work fails alone (one mutation of a batch).
        // Run directly: PostgreSQL cannot prepare transaction control.
        const QString savepoint = u"fb_%1"_s.arg(m_depth);
        const auto run = [&db](const QString &sql) -> Result<void> {
            QSqlQuery q(db);
            return q.exec(sql) ? Result<void>() : sqlError(q.lastError(), sql);
        };
        if (auto r = run(u"SAVEPOINT "_s + savepoint); !r) {
            return r;
        }
        ++m_depth;
        Result<void> r = work();
        --m_depth;
        if (!r) {
            // PostgreSQL refuses every statement after a failed one until this.
            (void)run(u"ROLLBACK TO SAVEPOINT "_s + savepoint);
            (void)run(u"RELEASE SAVEPOINT "_s + savepoint);
            return r;
        }
        return run(u"RELEASE SAVEPOINT "_s + savepoint);
    }
    if (!db.transaction()) {
        return sqlError(db.lastError(), u"begin"_s);
    }
    ++m_depth;
    Result<void> r = work();
    --m_depth;
    if (!r) {
        db.rollback();
        return r;
    }
    if (m_commitFault && m_commitFault()) {
        db.rollback();
        return Error{ErrorCode::DiskFull, u"commit"_s, u"simulated"_s};
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return sqlError(e, u"commit"_s);
    }
    return {};
}

Result<void> ServerStore::migrate()
{
    auto version = schemaVersion();
    if (!version) {
        return version.error();
    }
    if (*version > SchemaVersion) {
        return Error{ErrorCode::DatabaseTooNew,
                     {},
                     u"schema %1, this server knows up to %2"_s.arg(*version).arg(SchemaVersion)};
    }
    for (int v = *version; v < SchemaVersion; ++v) {
        auto r = transaction([&]() -> Result<void> {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName);
            for (const QString &statement : ServerSchema::step(v, m_backend == Backend::Postgres)) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    return Error{ErrorCode::MigrationFailed, u"%1→%2"_s.arg(v).arg(v + 1), q.lastError().text()};
                }
            }
            QSqlQuery q(db);
            if (!q.exec(u"UPDATE schema_version SET version = %1"_s.arg(v + 1))) {
                return Error{ErrorCode::MigrationFailed, u"%1→%2"_s.arg(v).arg(v + 1), q.lastError().text()};
            }
            return {};
        });
        if (!r) {
            return r;
        }
    }
    return {};
}

Result<QString> ServerStore::meta(const QString &key) const
{
    QSqlQuery q = query(m_connectionName, u"SELECT value FROM server_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (auto r = execute(q, u"server_meta"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> ServerStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = query(
        m_connectionName,
        u"INSERT INTO server_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return execute(q, u"server_meta"_s);
}

Result<void> ServerStore::addOrganisation(const Organisation &o)
{
    QSqlQuery q = query(m_connectionName,
                        u"INSERT INTO organisations(id, type, code, name, region_code) VALUES(?, ?, ?, ?, ?)"_s);
    q.addBindValue(o.id);
    q.addBindValue(o.type);
    q.addBindValue(o.code.isNull() ? u""_s : o.code);
    q.addBindValue(o.name);
    q.addBindValue(o.regionCode.isNull() ? u""_s : o.regionCode);
    if (auto r = execute(q, u"organisations"_s); !r) {
        return r;
    }
    // Every page of the change feed names this, so clients fetch the list again (docs/server.md,
    // "Organisations").
    return setMeta(QString::fromLatin1(MetaOrganisationsVersion), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<QList<Organisation>> ServerStore::organisations() const
{
    QSqlQuery q = query(m_connectionName, u"SELECT id, type, code, name, region_code FROM organisations ORDER BY id"_s);
    if (auto r = execute(q, u"organisations"_s); !r) {
        return r.error();
    }
    QList<Organisation> result;
    while (q.next()) {
        result.append({q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString()});
    }
    return result;
}

Result<std::optional<Organisation>> ServerStore::organisation(const QString &id) const
{
    QSqlQuery q =
        query(m_connectionName, u"SELECT id, type, code, name, region_code FROM organisations WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto r = execute(q, u"organisations"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<Organisation>();
    }
    return std::optional<Organisation>(Organisation{q.value(0).toString(),
                                                    q.value(1).toString(),
                                                    q.value(2).toString(),
                                                    q.value(3).toString(),
                                                    q.value(4).toString()});
}

Result<void> ServerStore::addUser(const User &u)
{
    QSqlQuery q = query(m_connectionName,
                        u"INSERT INTO users(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(UserColumns)));
    q.addBindValue(u.id);
    q.addBindValue(u.name);
    q.addBindValue(u.displayName.isNull() ? u""_s : u.displayName);
    q.addBindValue(u.organisationId);
    q.addBindValue(u.role);
    q.addBindValue(QString::fromUtf8(u.passwordHash));
    q.addBindValue(u.disabled ? 1 : 0);
    q.addBindValue(u.createdAt);
    return execute(q, u"users"_s);
}

Result<QList<User>> ServerStore::users() const
{
    QSqlQuery q = query(m_connectionName, u"SELECT %1 FROM users ORDER BY name"_s.arg(QLatin1StringView(UserColumns)));
    if (auto r = execute(q, u"users"_s); !r) {
        return r.error();
    }
    QList<User> result;
    while (q.next()) {
        result.append(readUser(q));
    }
    return result;
}

Result<std::optional<User>> ServerStore::userByName(const QString &name) const
{
    QSqlQuery q = query(m_connectionName, u"SELECT %1 FROM users WHERE name = ?"_s.arg(QLatin1StringView(UserColumns)));
    q.addBindValue(name);
    if (auto r = execute(q, u"users"_s); !r) {
        return r.error();
    }
    return q.next() ? std::optional<User>(readUser(q)) : std::optional<User>();
}

Result<std::optional<User>> ServerStore::userById(const QString &id) const
{
    QSqlQuery q = query(m_connectionName, u"SELECT %1 FROM users WHERE id = ?"_s.arg(QLatin1StringView(UserColumns)));
    q.addBindValue(id);
    if (auto r = execute(q, u"users"_s); !r) {
        return r.error();
    }
    return q.next() ? std::optional<User>(readUser(q)) : std::optional<User>();
}

Result<void> ServerStore::setDisabled(const QString &userId, bool disabled)
{
    QSqlQuery q = query(m_connectionName, u"UPDATE users SET disabled = ? WHERE id = ?"_s);
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(userId);
    return execute(q, u"users"_s);
}

Result<void>
ServerStore::setRoleAndOrganisation(const QString &userId, const QString &role, const QString &organisationId)
{
    QSqlQuery q = query(m_connectionName, u"UPDATE users SET role = ?, organisation_id = ? WHERE id = ?"_s);
    q.addBindValue(role);
    q.addBindValue(organisationId);
    q.addBindValue(userId);
    return execute(q, u"users"_s);
}

Result<void> ServerStore::setPasswordHash(const QString &userId, const QByteArray &hash)
{
    QSqlQuery q = query(m_connectionName, u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromUtf8(hash));
    q.addBindValue(userId);
    return execute(q, u"users"_s);
}

Result<void> ServerStore::addToken(const TokenRecord &t)
{
    QSqlQuery q =
        query(m_connectionName,
              u"INSERT INTO tokens(token_hash, user_id, created_at, expires_at, revoked) VALUES(?, ?, ?, ?, 0)"_s);
    q.addBindValue(QString::fromLatin1(t.tokenHash));
    q.addBindValue(t.userId);
    q.addBindValue(t.createdAt);
    q.addBindValue(t.expiresAt);
    return execute(q, u"tokens"_s);
}

Result<std::optional<TokenRecord>> ServerStore::token(const QByteArray &tokenHash) const
{
    QSqlQuery q =
        query(m_connectionName,
              u"SELECT token_hash, user_id, created_at, expires_at, revoked FROM tokens WHERE token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(tokenHash));
    if (auto r = execute(q, u"tokens"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<TokenRecord>();
    }
    return std::optional<TokenRecord>(TokenRecord{q.value(0).toString().toLatin1(),
                                                  q.value(1).toString(),
                                                  q.value(2).toLongLong(),
                                                  q.value(3).toLongLong(),
                                                  q.value(4).toInt() != 0});
}

Result<void> ServerStore::revokeToken(const QByteArray &tokenHash)
{
    QSqlQuery q = query(m_connectionName, u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(tokenHash));
    return execute(q, u"tokens"_s);
}

Result<void> ServerStore::revokeTokensOf(const QString &userId)
{
    QSqlQuery q = query(m_connectionName, u"UPDATE tokens SET revoked = 1 WHERE user_id = ?"_s);
    q.addBindValue(userId);
    return execute(q, u"tokens"_s);
}

Result<void> ServerStore::recordLoginAttempt(const QString &name, const QString &source, qint64 at)
{
    QSqlQuery q = query(m_connectionName, u"INSERT INTO login_failures(name, source, at) VALUES(?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(source.isNull() ? u""_s : source); // a null QString binds as NULL
    q.addBindValue(at);
    return execute(q, u"login_failures"_s);
}

Result<int> ServerStore::loginFailuresFromSince(const QString &source, qint64 since) const
{
    QSqlQuery q = query(m_connectionName, u"SELECT count(*) FROM login_failures WHERE source = ? AND at >= ?"_s);
    q.addBindValue(source);
    q.addBindValue(since);
    if (auto r = execute(q, u"login_failures"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> ServerStore::forgetLoginFailuresBefore(qint64 before)
{
    QSqlQuery q = query(m_connectionName, u"DELETE FROM login_failures WHERE at < ?"_s);
    q.addBindValue(before);
    return execute(q, u"login_failures"_s);
}

Result<int> ServerStore::loginFailuresSince(const QString &name, qint64 since) const
{
    QSqlQuery q = query(m_connectionName, u"SELECT count(*) FROM login_failures WHERE name = ? AND at >= ?"_s);
    q.addBindValue(name);
    q.addBindValue(since);
    if (auto r = execute(q, u"login_failures"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> ServerStore::clearLoginFailures(const QString &name)
{
    QSqlQuery q = query(m_connectionName, u"DELETE FROM login_failures WHERE name = ?"_s);
    q.addBindValue(name);
    return execute(q, u"login_failures"_s);
}

} // namespace Fb
