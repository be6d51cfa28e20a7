// The physical floor of an initial sync (issue 18): the corpus loaded from a local file by plain
// SQLite C calls, in one transaction, into a table of bodies and an FTS5 index with SQLite's own
// unicode61 tokenizer. No network, no TLS, no validation, no Swedish tokenizer, no facet rows,
// no Qt: what the hardware and SQLite alone cost. SQLite's JSON functions pick the text out.
//
//   bench_plain_loader CORPUS.jsonl DATABASE
//
// Prints "plain loader: N cases in M ms". The database is replaced.

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

bool run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, message ? message : "?");
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_plain_loader CORPUS.jsonl DATABASE\n");
        return 2;
    }
    std::FILE *in = std::fopen(argv[1], "rb");
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        std::remove((std::string(argv[2]) + suffix).c_str());
    }
    const auto start = std::chrono::steady_clock::now();
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[2], &db) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", argv[2]);
        return 1;
    }
    // As the replica is written: WAL, every commit on disk.
    if (!run(db, "PRAGMA journal_mode = WAL") || !run(db, "PRAGMA synchronous = FULL")
        || !run(db, "CREATE TABLE cases(id TEXT PRIMARY KEY, body TEXT NOT NULL)")
        || !run(db,
                "CREATE VIRTUAL TABLE case_fts USING fts5(title, summary, sections, tags, "
                "tokenize = 'unicode61 remove_diacritics 2')")
        || !run(db, "BEGIN")) {
        return 1;
    }
    sqlite3_stmt *insertCase = nullptr;
    sqlite3_stmt *insertText = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO cases(id, body) VALUES (json_extract(?1, '$.id'), ?1)",
                           -1,
                           &insertCase,
                           nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(
               db,
               "INSERT INTO case_fts(rowid, title, summary, sections, tags) VALUES (last_insert_rowid(), "
               "json_extract(?1, '$.title'), json_extract(?1, '$.summary'), "
               "(SELECT group_concat(value, char(10)) FROM json_each(?1, '$.sections')), "
               "(SELECT group_concat(value, char(10)) FROM json_each(?1, '$.tags')))",
               -1,
               &insertText,
               nullptr)
            != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    long count = 0;
    char *line = nullptr;
    size_t capacity = 0;
    ssize_t length = 0;
    while ((length = getline(&line, &capacity, in)) > 0) {
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) {
            --length;
        }
        if (length == 0) {
            continue;
        }
        for (sqlite3_stmt *s : {insertCase, insertText}) {
            sqlite3_bind_text(s, 1, line, int(length), SQLITE_STATIC);
            if (sqlite3_step(s) != SQLITE_DONE) {
                std::fprintf(stderr, "line %ld: %s\n", count + 1, sqlite3_errmsg(db));
                return 1;
            }
            sqlite3_reset(s);
        }
        ++count;
    }
    std::free(line);
    std::fclose(in);
    sqlite3_finalize(insertCase);
    sqlite3_finalize(insertText);
    if (!run(db, "COMMIT")) {
        return 1;
    }
    sqlite3_close(db);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::printf("plain loader: %ld cases in %lld ms\n", count, static_cast<long long>(ms));
    return 0;
}
