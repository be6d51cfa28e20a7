#include "serverschema.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace Fb::ServerSchema {

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
static_assert(std::size(migrations) == ServerSchema::Version);

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
static_assert(std::size(backfills) == ServerSchema::Version);

} // namespace

QStringList step(int from, bool postgres)
{
    if (from < 0 || from >= Version) {
        return {};
    }
    QStringList statements;
    for (const QString &statement : QString::fromUtf8(migrations[from]).split(u';', Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty()) {
            statements.append(statement);
        }
    }
    const Backfill &fill = backfills[from];
    if (const char *sql = postgres ? fill.postgres : fill.sqlite; sql) {
        statements.append(QString::fromUtf8(sql));
    }
    return statements;
}

} // namespace Fb::ServerSchema
