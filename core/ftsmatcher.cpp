#include "ftsmatcher.h"

#include "casestore.h"
#include "ftsrank.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

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
// of QVariants, which for a search matching 40,000 cases cost as much as the match.
Result<QList<qint64>> rowIds(sqlite3 *db, const QString &sql, const QString &ftsQuery)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sqlUtf8 = sql.toUtf8();
    const QByteArray queryUtf8 = ftsQuery.toUtf8();
    int rc = sqlite3_prepare_v2(db, sqlUtf8.constData(), int(sqlUtf8.size()), &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_bind_text(statement, 1, queryUtf8.constData(), int(queryUtf8.size()), SQLITE_STATIC);
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

} // namespace

FtsMatcher::FtsMatcher(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Result<QList<qint64>> FtsMatcher::rankedMatches(const QString &table, const QString &ftsQuery) const
{
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connectionName, false));
    if (!db) {
        return Error{ErrorCode::DatabaseQueryFailed, u"search"_s, u"not an SQLite connection"_s};
    }
    const QString all = u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    auto rows = rowIds(db, all, ftsQuery);
    if (!rows || rows->size() <= RankLimit) {
        const QString bm25 = QString::fromLatin1(CaseStore::Bm25).replace(u"case_fts"_s, table);
        return rows ? rowIds(db, all + u" ORDER BY "_s + bm25, ftsQuery) : rows;
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
