#include "replicaschema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Each step takes the schema from version i to i + 1. Never change what a released step leaves
// behind: add a step. (A step may leave its work to a later one that does it again anyway.)
const char *const migrations[] = {
    // 0 → 1
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cases(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    owner_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    facets TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL
);
CREATE TABLE case_facet(
    facet INTEGER NOT NULL,
    value TEXT NOT NULL,
    case_rowid INTEGER NOT NULL REFERENCES cases(rowid) ON DELETE CASCADE,
    PRIMARY KEY(facet, value, case_rowid)
) WITHOUT ROWID;
CREATE INDEX case_facet_by_case ON case_facet(case_rowid);
CREATE VIRTUAL TABLE case_fts USING fts5(
    title, summary, sections, tags,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);
)sql",
    // 1 → 2: what the replica knows of the server's copy of each case (docs/sync.md)
    R"sql(
CREATE TABLE sync_case(
    id TEXT PRIMARY KEY,
    synced_version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql",
    // 2 → 3: local edits and what sync does with them (docs/sync.md, "Client state")
    R"sql(
ALTER TABLE sync_case ADD COLUMN dirty INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_case ADD COLUMN local_state TEXT NOT NULL DEFAULT 'ok';
ALTER TABLE sync_case ADD COLUMN reconcile INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sync_case_dirty ON sync_case(dirty) WHERE dirty = 1;
CREATE TABLE case_base(
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    body TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE outbox(
    seq INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    op TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    payload BLOB NOT NULL,
    sent_body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'frozen',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX outbox_one_per_case ON outbox(case_id);
CREATE TABLE conflict(
    case_id TEXT NOT NULL,
    path TEXT NOT NULL,
    base_value TEXT NOT NULL,
    local_value TEXT NOT NULL,
    remote_value TEXT NOT NULL,
    remote_version INTEGER NOT NULL,
    detected_at TEXT NOT NULL,
    PRIMARY KEY(case_id, path)
) WITHOUT ROWID;
CREATE TABLE discarded(
    seq INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    path TEXT NOT NULL,
    value TEXT NOT NULL,
    reason TEXT NOT NULL,
    discarded_at TEXT NOT NULL
);
INSERT INTO sync_case(id, synced_version, dirty)
    SELECT id, 0, 1 FROM cases
    WHERE id NOT IN (SELECT id FROM sync_case)
      AND coalesce((SELECT value FROM meta WHERE key = 'bank_source'), '') = 'server';
)sql",
    // 3 → 4: discarded values travel to the server's archive with the next push of their case
    R"sql(
ALTER TABLE discarded ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
)sql",
    // 4 → 5: review state became a facet (the tenth line of the facets text), for "to review"
    // and "my drafts"
    R"sql(
UPDATE cases SET facets = facets || char(10) || coalesce(json_extract(body, '$.review_state'), '');
)sql",
    // 5 → 6: the text index moved to the Swedish tokenizer. Step 6 → 7 rebuilds the same index
    // again, so what this step did is left to it: a replica at 5 is rebuilt once, not twice (each
    // rebuild takes about half a minute at 50,000 cases).
    R"sql(
SELECT 1;
)sql",
    // 6 → 7: the text index rebuilt from the cases with the Swedish tokenizer (the columns
    // CaseStore writes), which no longer indexes the spelling with diacritics (docs/search.md,
    // Ranking and speed); the tokenizer must be registered on the connection. And an index of the
    // titles alone, which ranks large result sets (CaseStore::rankedMatches).
    R"sql(
DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5(
    title, summary, sections, tags,
    content='', contentless_delete=1,
    tokenize='swedish',
    prefix='2 3'
);
INSERT INTO case_fts(rowid, title, summary, sections, tags)
    SELECT rowid,
           title || char(10) || short_name,
           coalesce(json_extract(body, '$.summary'), ''),
           coalesce((SELECT group_concat(value, char(10) || char(10)) FROM json_each(body, '$.sections')), ''),
           coalesce((SELECT group_concat(value, char(10)) FROM json_each(body, '$.tags')), '')
    FROM cases;
CREATE VIRTUAL TABLE case_fts_titles USING fts5(
    title,
    content='', contentless_delete=1,
    tokenize='swedish',
    prefix='2 3'
);
INSERT INTO case_fts_titles(rowid, title) SELECT rowid, title || char(10) || short_name FROM cases;
)sql",
    // 7 → 8: feed items this program could not read, set aside instead of failing their page on
    // every sync, and read again at the start of every pull (docs/sync.md, "Items set aside")
    R"sql(
CREATE TABLE held_change(
    seq INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    item TEXT NOT NULL,
    reason TEXT NOT NULL,
    held_at TEXT NOT NULL
);
CREATE INDEX held_change_by_case ON held_change(case_id);
)sql",
    // 8 → 9: questions beside cases (docs/questions.md): the record type and the question's state
    // as the eleventh and twelfth facet lines, and in case_facet (facets 10 and 11)
    R"sql(
UPDATE cases SET facets = facets || char(10)
    || CASE WHEN json_extract(body, '$.record_type') = 'fraga' THEN 'fraga' ELSE 'exempel' END || char(10)
    || CASE WHEN json_extract(body, '$.record_type') = 'fraga'
            THEN coalesce(nullif(json_extract(body, '$.question_state'), ''), 'oppen') ELSE '' END;
INSERT OR IGNORE INTO case_facet(facet, value, case_rowid)
    SELECT 10, CASE WHEN json_extract(body, '$.record_type') = 'fraga' THEN 'fraga' ELSE 'exempel' END, rowid
    FROM cases;
INSERT OR IGNORE INTO case_facet(facet, value, case_rowid)
    SELECT 11, coalesce(nullif(json_extract(body, '$.question_state'), ''), 'oppen'), rowid
    FROM cases WHERE json_extract(body, '$.record_type') = 'fraga';
)sql",
    // 9 → 10: what came for the user with a sync, kept until read (WhatsNew, docs/questions.md)
    R"sql(
CREATE TABLE news(
    seq INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    title TEXT NOT NULL,
    origin TEXT NOT NULL,
    noted_at TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX news_once ON news(record_id, kind, detail);
CREATE INDEX news_unread ON news(read) WHERE read = 0;
)sql",
    // 10 → 11: forms of partnership and the actors' types as facets, the thirteenth and
    // fourteenth lines (docs/questions.md, "Also"), and in case_facet (facets 12 and 13)
    R"sql(
UPDATE cases SET facets = facets || char(10)
    || coalesce((SELECT group_concat(value, ' ') FROM json_each(body, '$.partnership_forms')), '') || char(10)
    || coalesce((SELECT group_concat(t, ' ') FROM (
           SELECT DISTINCT t FROM (
               SELECT json_extract(body, '$.owner.type') AS t
               UNION ALL SELECT json_extract(a.value, '$.type') FROM json_each(body, '$.actors') a)
           WHERE t IS NOT NULL AND t != '' ORDER BY t)), '');
INSERT OR IGNORE INTO case_facet(facet, value, case_rowid)
    SELECT 12, p.value, c.rowid FROM cases c, json_each(c.body, '$.partnership_forms') p;
INSERT OR IGNORE INTO case_facet(facet, value, case_rowid)
    SELECT 13, json_extract(c.body, '$.owner.type'), c.rowid FROM cases c
    WHERE coalesce(json_extract(c.body, '$.owner.type'), '') != '';
INSERT OR IGNORE INTO case_facet(facet, value, case_rowid)
    SELECT 13, json_extract(a.value, '$.type'), c.rowid FROM cases c, json_each(c.body, '$.actors') a
    WHERE coalesce(json_extract(a.value, '$.type'), '') != '';
)sql",
    // 11 → 12: the day a published case is due for review (Freshness::dueDate, docs/questions.md
    // "Freshness"), for the derived fifteenth facet; the rule as it was at this schema
    R"sql(
ALTER TABLE cases ADD COLUMN review_due TEXT NOT NULL DEFAULT '';
UPDATE cases SET facets = facets || char(10), review_due = CASE
    WHEN coalesce(json_extract(body, '$.record_type'), '') != 'fraga'
        AND json_extract(body, '$.review_state') IN ('publicerad', 'behover_uppdateras')
    THEN coalesce(nullif(json_extract(body, '$.next_review_due'), ''),
                  date(nullif(json_extract(body, '$.last_verified_at'), ''), '+12 months'),
                  date(substr(updated_at, 1, 10), '+12 months'),
                  '')
    ELSE '' END;
)sql",
};
static_assert(std::size(migrations) == ReplicaSchema::Version);

Error migrationError(int from, const QString &detail)
{
    return Error{ErrorCode::MigrationFailed, u"%1→%2"_s.arg(from).arg(from + 1), detail};
}

} // namespace

Result<int> ReplicaSchema::version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        return Error{ErrorCode::DatabaseQueryFailed, u"user_version"_s, q.lastError().text()};
    }
    return q.value(0).toInt();
}

Result<void> ReplicaSchema::migrate(QSqlDatabase db, const QString &path)
{
    auto current = version(db);
    if (!current) {
        return current.error();
    }
    if (*current > Version) {
        return Error{ErrorCode::DatabaseTooNew,
                     path,
                     u"schema %1, this program knows up to %2"_s.arg(*current).arg(Version)};
    }
    for (int v = *current; v < Version; ++v) {
        if (!db.transaction()) {
            return migrationError(v, db.lastError().text());
        }
        const QString script = QString::fromUtf8(migrations[v]) + u"PRAGMA user_version = %1"_s.arg(v + 1);
        for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty()) {
                continue;
            }
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const QString detail = q.lastError().text();
                db.rollback();
                return migrationError(v, detail);
            }
        }
        if (!db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return migrationError(v, detail);
        }
    }
    return {};
}

} // namespace Fb
