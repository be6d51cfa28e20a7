#include "serverstore.h"

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

// Steps from version i to i + 1, in SQL that SQLite and PostgreSQL both accept.
const char *const migrations[] = {
    R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version(version) VALUES (0);
CREATE TABLE server_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organisations(
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    region_code TEXT NOT NULL DEFAULT ''
);
CREATE TABLE users(
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE TABLE tokens(
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_by_user ON tokens(user_id);
CREATE TABLE login_failures(name TEXT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX login_failures_by_name ON login_failures(name, at);
)sql",
    // 1 → 2: the case bank, its change feed, history and the idempotency log (docs/sync.md)
    R"sql(
CREATE TABLE bank_state(id INTEGER PRIMARY KEY, head_seq BIGINT NOT NULL);
INSERT INTO bank_state(id, head_seq) VALUES (1, 0);
CREATE TABLE cases(
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    field_versions TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    updated_seq BIGINT NOT NULL
);
CREATE TABLE case_revisions(
    case_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    body TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    committed_at BIGINT NOT NULL,
    PRIMARY KEY(case_id, version)
);
CREATE TABLE changes(
    seq BIGINT PRIMARY KEY,
    case_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    op TEXT NOT NULL
);
CREATE TABLE mutation_log(
    mutation_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
)sql",
    // 2 → 3: attachments as content-addressed blobs, uploaded in chunks (docs/sync.md, "Blobs").
    // BYTEA is PostgreSQL's binary type; SQLite keeps the bound bytes as a BLOB under that name.
    R"sql(
CREATE TABLE blobs(
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    received BIGINT NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE blob_chunks(
    sha256 TEXT NOT NULL,
    start_byte BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY(sha256, start_byte)
);
)sql",
    // 3 → 4: values a client threw away when it settled a conflict, kept with the write that
    // settled it (docs/sync.md, "Conflicts and their resolution")
    R"sql(
CREATE TABLE discarded_values(
    case_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    path TEXT NOT NULL,
    value TEXT NOT NULL,
    reason TEXT NOT NULL,
    user_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    archived_at BIGINT NOT NULL
);
CREATE INDEX discarded_values_by_case ON discarded_values(case_id);
)sql",
    // 4 → 5: which live cases name which blob, so that a blob is given only to whoever may read
    // a case naming it (docs/server.md, "Who sees what"), filled from the cases below; where a
    // failed login came from, for the throttle per address (docs/server.md, "Security")
    R"sql(
CREATE TABLE case_blobs(
    sha256 TEXT NOT NULL,
    case_id TEXT NOT NULL,
    PRIMARY KEY(sha256, case_id)
);
CREATE INDEX case_blobs_by_case ON case_blobs(case_id);
ALTER TABLE login_failures ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_by_source ON login_failures(source, at);
CREATE INDEX login_failures_by_time ON login_failures(at);
)sql",
    // 5 → 6: an unfinished upload belongs to its uploader, expires and counts against a quota; a
    // stored blob is used only by whoever sent its bytes or may read a case naming it
    // (docs/server.md, "Attachments"). Unfinished uploads move to the new tables; stored blobs
    // keep their uploader as their first holder.
    R"sql(
CREATE TABLE blob_uploads(
    sha256 TEXT NOT NULL,
    user_id TEXT NOT NULL,
    size BIGINT NOT NULL,
    received BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY(sha256, user_id)
);
CREATE INDEX blob_uploads_by_user ON blob_uploads(user_id);
CREATE INDEX blob_uploads_by_time ON blob_uploads(updated_at);
CREATE TABLE blob_upload_chunks(
    sha256 TEXT NOT NULL,
    user_id TEXT NOT NULL,
    start_byte BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY(sha256, user_id, start_byte)
);
CREATE TABLE blob_holders(
    sha256 TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY(sha256, user_id)
);
INSERT INTO blob_uploads(sha256, user_id, size, received, updated_at)
SELECT sha256, created_by, size, received, created_at FROM blobs WHERE complete = 0;
INSERT INTO blob_upload_chunks(sha256, user_id, start_byte, data)
SELECT c.sha256, b.created_by, c.start_byte, c.data FROM blob_chunks c JOIN blobs b ON b.sha256 = c.sha256
WHERE b.complete = 0;
DELETE FROM blob_chunks WHERE sha256 IN (SELECT sha256 FROM blobs WHERE complete = 0);
DELETE FROM blobs WHERE complete = 0;
INSERT INTO blob_holders(sha256, user_id) SELECT sha256, created_by FROM blobs
)sql",
    // 6 → 7: every change carries a chain, a hash of the change before it and of this one (its
    // mutation included), so a cursor or a witness names the whole feed up to its place: a server
    // restored from an older backup is told apart even where it hands out the same case versions
    // at the same places again (docs/sync.md, "A restored server"). Older changes keep an empty
    // chain and are told apart by case and version as before.
    R"sql(
ALTER TABLE changes ADD COLUMN chain TEXT NOT NULL DEFAULT '';
ALTER TABLE bank_state ADD COLUMN head_chain TEXT NOT NULL DEFAULT ''
)sql",
};
static_assert(std::size(migrations) == ServerStore::SchemaVersion);

// What a step needs beyond the common SQL, in each backend's own JSON functions: index [v] runs
// after migrations[v].
struct Backfill
{
    const char *sqlite;
    const char *postgres;
};

const Backfill backfills[] = {
    {},
    {},
    {},
    {},
    {R"sql(
INSERT OR IGNORE INTO case_blobs(sha256, case_id)
SELECT json_extract(a.value, '$.sha256'), c.id FROM cases c, json_each(c.body, '$.attachments') a
WHERE c.deleted = 0 AND json_extract(a.value, '$.sha256') IS NOT NULL
)sql",
     R"sql(
INSERT INTO case_blobs(sha256, case_id)
SELECT DISTINCT a->>'sha256', c.id FROM cases c,
    jsonb_array_elements(CASE WHEN jsonb_typeof(c.body::jsonb->'attachments') = 'array'
                              THEN c.body::jsonb->'attachments' ELSE '[]'::jsonb END) a
WHERE c.deleted = 0 AND a->>'sha256' IS NOT NULL
ON CONFLICT DO NOTHING
)sql"},
    {},
    {},
};
static_assert(std::size(backfills) == ServerStore::SchemaVersion);

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
    if (!db.transaction()) {
        return sqlError(db.lastError(), u"begin"_s);
    }
    Result<void> r = work();
    if (!r) {
        db.rollback();
        return r;
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
            for (const QString &statement : QString::fromUtf8(migrations[v]).split(u';', Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty()) {
                    continue;
                }
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    return Error{ErrorCode::MigrationFailed, u"%1→%2"_s.arg(v).arg(v + 1), q.lastError().text()};
                }
            }
            const Backfill &fill = backfills[v];
            if (const char *sql = m_backend == Backend::Sqlite ? fill.sqlite : fill.postgres; sql) {
                QSqlQuery q(db);
                if (!q.exec(QString::fromUtf8(sql))) {
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
