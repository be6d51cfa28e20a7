#include "ftsmatcher.h"

#include "casestore.h"
#include "ftsrank.h"
#include "swedishtokenizer.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The rowids a query returns, read straight from SQLite: QSqlQuery copies every row into a vector
// of QVariants, which for a search matching 40,000 cases cost as much as the match. The query's
// first parameter is the FTS5 query, the second (if any) bound.
Result<QList<qint64>> rowIds(sqlite3 *db, const QString &sql, const QString &ftsQuery, std::optional<qint64> bound = {})
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sqlUtf8 = sql.toUtf8();
    const QByteArray queryUtf8 = ftsQuery.toUtf8();
    int rc = sqlite3_prepare_v2(db, sqlUtf8.constData(), int(sqlUtf8.size()), &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_bind_text(statement, 1, queryUtf8.constData(), int(queryUtf8.size()), SQLITE_STATIC);
    }
    if (rc == SQLITE_OK && bound) {
        rc = sqlite3_bind_int64(statement, 2, *bound);
    }
    QList<qint64> rows;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            rows.append(sqlite3_column_int64(statement, 0));
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        // The primary result codes as sqlError() maps them: BUSY and LOCKED, FULL.
        const int primary = rc & 0xff;
        const ErrorCode code = primary == SQLITE_FULL            ? ErrorCode::DiskFull
            : primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorCode::DatabaseLocked
                                                                 : ErrorCode::DatabaseQueryFailed;
        return Error{code, u"search"_s, message};
    }
    return rows;
}

// The lowest and highest rowid of cases: two lookups in its b-tree. Nothing for a database
// without cases (a test's bare FTS5 tables), which is then read whole.
std::optional<std::pair<qint64, qint64>> rowRange(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    std::optional<std::pair<qint64, qint64>> range;
    if (sqlite3_prepare_v2(db, "SELECT min(rowid), max(rowid) FROM cases", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_type(statement, 0) == SQLITE_INTEGER) {
        range = std::pair{sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1)};
    }
    sqlite3_finalize(statement);
    return range;
}

} // namespace

FtsMatcher::FtsMatcher(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

FtsMatcher::~FtsMatcher()
{
    if (m_helperName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_helperName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_helperName);
}

Result<void> FtsMatcher::enableSplitReads(qint64 splitAbove)
{
    m_splitAbove = splitAbove;
    if (m_helper) {
        return {};
    }
    const QSqlDatabase primary = QSqlDatabase::database(m_connectionName, false);
    const QString path = primary.databaseName();
    if (path.isEmpty() || path == ":memory:"_L1 || path.startsWith("file::memory:"_L1)) {
        return Error{ErrorCode::DatabaseOpenFailed, path, u"a database without a file has no second connection"_s};
    }
    static std::atomic<int> counter{0};
    m_helperName = u"%1-half-%2"_s.arg(m_connectionName).arg(counter.fetch_add(1));
    QSqlDatabase helper = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_helperName);
    helper.setDatabaseName(path);
    helper.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
    if (!helper.open()) {
        return Error{ErrorCode::DatabaseOpenFailed, path, helper.lastError().text()};
    }
    // The second half's MATCH parses the query with the same tokenizer.
    if (auto r = SwedishTokenizer::registerWith(helper); !r) {
        return r.error();
    }
    m_helper = handleOf(helper);
    if (!m_helper) {
        return Error{ErrorCode::DatabaseOpenFailed, path, u"not an SQLite connection"_s};
    }
    return {};
}

Result<QList<qint64>> FtsMatcher::matchingRows(sqlite3 *db, const QString &table, const QString &ftsQuery) const
{
    const QString all = u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    const auto range = m_helper ? rowRange(db) : std::nullopt;
    if (!range || range->second - range->first < m_splitAbove) {
        return rowIds(db, all, ftsQuery);
    }
    // Each half on its own connection: an SQLite connection runs one statement at a time.
    const qint64 middle = range->first + (range->second - range->first) / 2;
    Result<QList<qint64>> upper = QList<qint64>();
    std::thread reader([&] {
        upper = rowIds(m_helper, all + u" AND rowid > ?"_s, ftsQuery, middle);
    });
    auto rows = rowIds(db, all + u" AND rowid <= ?"_s, ftsQuery, middle);
    reader.join();
    ++m_splitReads;
    if (!rows) {
        return rows;
    }
    if (!upper) {
        return upper.error();
    }
    rows->append(*upper);
    return rows;
}

Result<QList<qint64>> FtsMatcher::rankedMatches(const QString &table, const QString &ftsQuery) const
{
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connectionName, false));
    if (!db) {
        return Error{ErrorCode::DatabaseQueryFailed, u"search"_s, u"not an SQLite connection"_s};
    }
    auto rows = matchingRows(db, table, ftsQuery);
    if (!rows || rows->size() <= RankLimit) {
        const QString bm25 = QString::fromLatin1(CaseStore::Bm25).replace(u"case_fts"_s, table);
        return rows ? rowIds(db, u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY %2"_s.arg(table, bm25), ftsQuery)
                    : rows;
    }
    // The title matches from the small index of titles alone: on the main index a title-only
    // query walks the same long lists as the search. BM25 would read each phrase's whole list
    // again for its weights; the cheap score counts only the instances in each title.
    const QString titles = table + QLatin1StringView(TitleTableSuffix);
    auto inTitle =
        rowIds(db,
               u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY %2(%1)"_s.arg(titles, QLatin1StringView(FtsRank::Name)),
               ftsQuery);
    if (!inTitle) {
        return inTitle.error();
    }
    // Only those the whole query matches (an excluded word may be in the rest of the text); the
    // matches come in rowid order.
    QList<qint64> result;
    result.reserve(rows->size());
    for (qint64 row : std::as_const(*inTitle)) {
        if (std::binary_search(rows->cbegin(), rows->cend(), row)) {
            result.append(row);
        }
    }
    const QSet<qint64> seen(result.cbegin(), result.cend());
    for (qint64 row : std::as_const(*rows)) {
        if (!seen.contains(row)) {
            result.append(row);
        }
    }
    return result;
}

} // namespace Fb
