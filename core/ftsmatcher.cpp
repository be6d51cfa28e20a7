#include "ftsmatcher.h"

#include "casestore.h"
#include "ftsrank.h"
#include "searchquery.h"
#include "sqlresult.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

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

// run's rows for query's FTS5 query, then, if they are few, run's rows for its parts query that
// are not among them yet, up to limit (none: -1).
template<typename Row, typename Run>
Result<QList<Row>> withParts(const SearchQuery &query, int limit, const Run &run)
{
    const auto rowIdOf = [](const Row &r) {
        if constexpr (std::is_same_v<Row, qint64>) {
            return r;
        } else {
            return r.rowId;
        }
    };
    auto rows = run(query.ftsQuery());
    if (!rows || rows->size() >= FtsMatcher::FewRows || query.partsQuery().isEmpty()) {
        return rows;
    }
    // The parts only add to the search: should they fail, the search stands as it was.
    const auto more = run(query.partsQuery());
    if (!more) {
        return rows;
    }
    QSet<qint64> seen;
    for (const Row &r : std::as_const(*rows)) {
        seen.insert(rowIdOf(r));
    }
    for (const Row &r : *more) {
        if (limit >= 0 && rows->size() >= limit) {
            break;
        }
        if (!seen.contains(rowIdOf(r))) {
            rows->append(r);
        }
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

Result<QList<qint64>> FtsMatcher::match(const QString &ftsQuery, int limit) const
{
    if (limit < 0) {
        return rankedMatches(u"case_fts"_s, ftsQuery);
    }
    auto scored = matchScored(ftsQuery, limit);
    if (!scored) {
        return scored.error();
    }
    QList<qint64> rows;
    rows.reserve(scored->size());
    for (const Match &m : std::as_const(*scored)) {
        rows.append(m.rowId);
    }
    return rows;
}

Result<QList<FtsMatcher::Match>> FtsMatcher::matchScored(const QString &ftsQuery, int limit, bool explain) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString bm25 = QString::fromLatin1(CaseStore::Bm25);
    q.prepare(u"SELECT rowid, %1 FROM case_fts WHERE case_fts MATCH ? ORDER BY %1 LIMIT ?"_s.arg(bm25));
    q.addBindValue(ftsQuery);
    q.addBindValue(limit);
    if (auto r = execute(q, u"search"_s); !r) {
        return r.error();
    }
    QList<Match> rows;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        at.insert(q.value(0).toLongLong(), rows.size());
        rows.append({q.value(0).toLongLong(), q.value(1).toDouble(), {}});
    }
    if (!explain) {
        return rows;
    }
    // The same query limited to one column: which hits match there.
    for (const char *column : CaseStore::TextColumns) {
        QSqlQuery c(db);
        c.setForwardOnly(true);
        c.prepare(u"SELECT rowid FROM case_fts WHERE case_fts MATCH ?"_s);
        c.addBindValue(u"{%1} : (%2)"_s.arg(QLatin1StringView(column), ftsQuery));
        if (auto r = execute(c, u"search"_s); !r) {
            return r.error();
        }
        while (c.next()) {
            if (const auto it = at.constFind(c.value(0).toLongLong()); it != at.cend()) {
                rows[*it].columns.append(QString::fromLatin1(column));
            }
        }
    }
    return rows;
}

Result<QList<qint64>> FtsMatcher::search(const SearchQuery &query, int limit) const
{
    return withParts<qint64>(query, limit, [&](const QString &fts) {
        return match(fts, limit);
    });
}

Result<QList<FtsMatcher::Match>> FtsMatcher::searchScored(const SearchQuery &query, int limit, bool explain) const
{
    return withParts<Match>(query, limit, [&](const QString &fts) {
        return matchScored(fts, limit, explain);
    });
}

} // namespace Fb
