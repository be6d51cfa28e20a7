#include "ftsmatcher.h"

#include "casestore.h"
#include "ftsrank.h"
#include "indexvocabulary.h"
#include "searchquery.h"
#include "sqlresult.h"
#include "termrepair.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <optional>

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

// A failed statement's result code as sqlError() maps it: BUSY and LOCKED, FULL, the rest.
Error stepError(int rc, const QString &message)
{
    const int primary = rc & 0xff;
    const ErrorCode code = primary == SQLITE_FULL            ? ErrorCode::DiskFull
        : primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorCode::DatabaseLocked
                                                             : ErrorCode::DatabaseQueryFailed;
    return Error{code, u"search"_s, message};
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
        return stepError(rc, message);
    }
    return rows;
}

// One statement's first column as an integer, or 0 without a row.
Result<qint64> firstValue(sqlite3 *db, const QString &sql, const QString &bound)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sqlUtf8 = sql.toUtf8();
    const QByteArray boundUtf8 = bound.toUtf8();
    int rc = sqlite3_prepare_v2(db, sqlUtf8.constData(), int(sqlUtf8.size()), &statement, nullptr);
    if (rc == SQLITE_OK && !bound.isNull()) {
        rc = sqlite3_bind_text(statement, 1, boundUtf8.constData(), int(boundUtf8.size()), SQLITE_STATIC);
    }
    qint64 value = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
            rc = SQLITE_DONE;
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        return stepError(rc, message);
    }
    return value;
}

QString quoted(const QString &words)
{
    // Index tokens and typed words hold letters, numbers and marks only: nothing to escape.
    return u'"' + words + u'"';
}

// The expressions ORed, as one group: FTS5's NOT binds tighter than OR, so an exclusion written
// after it must not apply to the last alternative alone.
QString anyOf(const QStringList &expressions)
{
    return expressions.size() == 1 ? expressions.first() : u"(("_s + expressions.join(u") OR ("_s) + u"))"_s;
}

// Whether any case matches ftsQuery.
bool anyMatch(sqlite3 *db, const QString &ftsQuery)
{
    const auto n = firstValue(db, u"SELECT 1 FROM case_fts WHERE case_fts MATCH ? LIMIT 1"_s, ftsQuery);
    return n && *n == 1;
}

// One mistake away from a short word is almost any short word: shorter words are not repaired.
constexpr qsizetype ShortestRepaired = 4;

struct Repair
{
    QString fts;
    SearchRecall::Correction correction;
};

// A word no case has (lower case as typed) written as one where the cases write two words
// ("istället", "i stället"): both halves index words, then the two as a phrase, the split the most
// cases have. Nullopt when there is none, or the word is too short to repair (below).
std::optional<Repair> writtenApart(sqlite3 *db, const IndexVocabulary &vocabulary, const QString &typed)
{
    const QString folded = SearchQuery::fold(typed);
    if (folded.size() < ShortestRepaired) {
        return std::nullopt;
    }
    std::optional<Repair> best;
    qint64 bestCases = 0;
    for (qsizetype k = 1; k < folded.size(); ++k) {
        const QString left = typed.left(k);
        const QString right = typed.mid(k);
        if (vocabulary.cases(folded.left(k)) == 0 || vocabulary.cases(folded.mid(k)) == 0) {
            continue;
        }
        const QString fts = quoted(left + u' ' + right);
        const auto n = firstValue(db, u"SELECT count(*) FROM case_fts WHERE case_fts MATCH ?"_s, fts);
        if (n && *n > bestCases) {
            bestCases = *n;
            best = Repair{fts, {typed, left + u' ' + right}};
        }
    }
    return best;
}

// A word no case has (lower case as typed) with typing mistakes: the spelling the most cases have
// within TermRepair::tolerance mistakes. Nullopt when there is none or the word is too short.
std::optional<Repair> mistyped(sqlite3 *db, const IndexVocabulary &vocabulary, const QString &typed)
{
    const QString folded = SearchQuery::fold(typed);
    if (folded.size() < ShortestRepaired) {
        return std::nullopt;
    }
    qint64 bestCases = 0;
    // A typing mistake: the fewest mistakes first, then the token the most cases have. A look-up
    // costs some 35 µs (a seek in every segment of the index), a range of the index's tokens
    // that begin alike usually under a millisecond: the spellings that change the first
    // letters are looked up one by one, the others are found among the tokens that begin as the
    // word does (docs/search.md).
    QString found;
    const int tolerance = TermRepair::tolerance(folded.size());
    int fewest = tolerance + 1;
    const auto consider = [&](const QString &term, int mistakes, qint64 n) {
        if (n > 0 && mistakes <= tolerance && (mistakes < fewest || (mistakes == fewest && n > bestCases))) {
            fewest = mistakes;
            bestCases = n;
            found = term;
        }
    };
    for (const QString &candidate : TermRepair::editsOf(folded, TermRepair::Head)) {
        consider(candidate, 1, vocabulary.cases(candidate));
    }
    const QString head = folded.left(TermRepair::Head);
    QString end = head;
    end.back() = QChar(end.back().unicode() + 1);
    for (const auto &[term, n] : vocabulary.range(head, end, 5000)) {
        const int mistakes = TermRepair::distance(term, folded, tolerance);
        if (mistakes > 0) {
            consider(term, mistakes, n);
        }
    }
    if (found.isEmpty()) {
        return std::nullopt;
    }
    // The token is the index's, folded; as a query word it is stemmed again, so it is checked.
    const QString spelled = TermRepair::respell(typed, found);
    const QString fts = quoted(spelled);
    if (!anyMatch(db, fts)) {
        return std::nullopt;
    }
    return Repair{fts, {typed, spelled}};
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
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toDouble(), {}});
    }
    if (explain) {
        if (auto r = explainColumns(ftsQuery, rows); !r) {
            return r.error();
        }
    }
    return rows;
}

Result<void> FtsMatcher::explainColumns(const QString &ftsQuery, QList<Match> &hits) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        at.insert(hits.at(i).rowId, i);
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
                hits[*it].columns.append(QString::fromLatin1(column));
            }
        }
    }
    return {};
}

Result<QList<FtsMatcher::Match>>
FtsMatcher::scored(const QString &ftsQuery, const QList<qint64> &rows, bool explain) const
{
    QList<Match> hits;
    if (rows.isEmpty()) {
        return hits;
    }
    QStringList ids;
    for (qint64 row : rows) {
        ids.append(QString::number(row));
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Rowids are numbers we read ourselves: written into the statement, not bound one by one.
    q.prepare(u"SELECT rowid, %1 FROM case_fts WHERE case_fts MATCH ? AND rowid IN (%2)"_s.arg(
        QString::fromLatin1(CaseStore::Bm25),
        ids.join(u',')));
    q.addBindValue(ftsQuery);
    if (auto r = execute(q, u"search"_s); !r) {
        return r.error();
    }
    QHash<qint64, double> score;
    while (q.next()) {
        score.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    }
    for (qint64 row : rows) {
        hits.append({row, score.value(row), {}});
    }
    if (explain) {
        if (auto r = explainColumns(ftsQuery, hits); !r) {
            return r.error();
        }
    }
    return hits;
}

Result<FtsMatcher::Found> FtsMatcher::search(const SearchQuery &query, int limit, Steps steps) const
{
    auto found = find(query, limit, steps, std::nullopt);
    if (found) {
        rankTypedFirst(query, found->rows);
    }
    return found;
}

Result<FtsMatcher::Found> FtsMatcher::searchFurther(const SearchQuery &query, Found firstSteps) const
{
    auto found = find(query, -1, Steps::All, std::move(firstSteps));
    if (found) {
        rankTypedFirst(query, found->rows);
    }
    return found;
}

void FtsMatcher::rankTypedFirst(const SearchQuery &query, QList<qint64> &rows) const
{
    // A synonym weighs less than the word typed: among the first rows, the cases with the words as
    // typed come before those found only through a synonym, each group in its order. Should the
    // look-up fail, the order stands.
    const qsizetype first = std::min<qsizetype>(rows.size(), TypedFirstRows);
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connectionName, false));
    if (query.typedQuery().isEmpty() || first < 2 || !db) {
        return;
    }
    QStringList ids;
    for (qsizetype i = 0; i < first; ++i) {
        ids.append(QString::number(rows.at(i)));
    }
    // Rowids are numbers we read ourselves: written into the statement.
    const auto typed =
        rowIds(db,
               u"SELECT rowid FROM case_fts WHERE case_fts MATCH ? AND rowid IN (%1)"_s.arg(ids.join(u',')),
               query.typedQuery());
    if (typed) {
        const QSet<qint64> withWords(typed->cbegin(), typed->cend());
        std::stable_partition(rows.begin(), rows.begin() + first, [&](qint64 row) {
            return withWords.contains(row);
        });
    }
}

Result<FtsMatcher::Found>
FtsMatcher::find(const SearchQuery &query, int limit, Steps steps, std::optional<Found> firstSteps) const
{
    Found found;
    if (firstSteps) {
        found = std::move(*firstSteps);
    } else {
        auto first = match(query.ftsQuery(), limit);
        if (!first) {
            return first.error();
        }
        found = {std::move(first).value(), {}, query.ftsQuery()};
    }
    QSet<qint64> seen(found.rows.cbegin(), found.rows.cend());
    const auto append = [&](const QList<qint64> &more) {
        qsizetype added = 0;
        for (qint64 row : more) {
            if (limit >= 0 && found.rows.size() >= limit) {
                break;
            }
            if (!seen.contains(row)) {
                seen.insert(row);
                found.rows.append(row);
                ++added;
            }
        }
        return added;
    };
    // What follows only adds to the search: should a step fail, the rows stand as they are.
    QStringList scoredBy{found.scoreQuery};
    if (!firstSteps && found.rows.size() < FewRows && !query.partsQuery().isEmpty()) {
        if (const auto parts = match(query.partsQuery(), limit)) {
            append(*parts);
            scoredBy.append(query.partsQuery());
        }
    }
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connectionName, false));
    if (found.rows.size() >= FewRows || query.groups().isEmpty() || !db || steps == Steps::QueryAndParts) {
        found.scoreQuery = anyOf(scoredBy);
        return found;
    }

    // Without the filler words, each word no case has repaired or left out.
    const IndexVocabulary vocabulary(db);
    const bool onlyFillers = std::all_of(query.groups().cbegin(), query.groups().cend(), [](const auto &g) {
        return g.filler;
    });
    SearchRecall &recall = found.recall;
    QStringList kept;
    QSet<QString> related; // of kept: a word's related words, weighing RelatedWeight of a word
    for (const SearchQuery::Group &g : query.groups()) {
        if (g.filler && !onlyFillers) {
            recall.ignored.append(g.typed);
        } else if (anyMatch(db, g.fts)) {
            kept.append(g.fts);
        } else if (!g.parts.isEmpty() && anyMatch(db, g.parts)) {
            kept.append(g.parts); // the compound's parts apart, as the parts query has them
        } else if (const auto r = g.phrase ? std::nullopt : writtenApart(db, vocabulary, g.typed)) {
            recall.corrections.append(r->correction);
            kept.append(r->fts);
        } else if (const QStringList words = g.phrase ? QStringList() : relatedInBank(g.typed); !words.isEmpty()) {
            recall.related.append({g.typed, words});
            QStringList alternatives;
            for (const QString &w : words) {
                alternatives.append(quoted(w));
            }
            kept.append(anyOf(alternatives));
            related.insert(kept.last());
        } else if (const auto r = g.phrase ? std::nullopt : mistyped(db, vocabulary, g.typed)) {
            recall.corrections.append(r->correction);
            kept.append(r->fts);
        } else {
            recall.missing.append(g.typed);
        }
    }
    if (kept.isEmpty()) {
        found.scoreQuery = anyOf(scoredBy);
        return found;
    }
    if (kept.size() != query.groups().size() || !recall.corrections.isEmpty() || !recall.related.isEmpty()) {
        const auto all = match(u'(' + kept.join(u") AND ("_s) + u')' + query.excluded(), limit);
        // Where the words with the filler words found cases and leaving them out found no more,
        // they were not left out of anything the user sees.
        const qsizetype before = found.rows.size();
        if ((!all || append(*all) == 0) && before > 0) {
            recall.ignored.clear();
        }
    }
    // Every row so far has every word, as typed or corrected, unless a word is in no case.
    const qsizetype complete = recall.missing.isEmpty() ? found.rows.size() : 0;
    if (!recall.missing.isEmpty() && !found.rows.isEmpty()) {
        recall.kind = SearchRecall::Kind::MostWords;
    }

    // Most of the words: each case scores the weights of the words it has, a word weighing more
    // the fewer cases have it (BM25's inverse document frequency), a word's related words weighing
    // less; equal scores in BM25's order.
    // Only cases with at least half of the words, unless none has as many.
    const QString any = anyOf(kept) + query.excluded();
    scoredBy.append(any);
    found.scoreQuery = anyOf(scoredBy);
    if (found.rows.size() >= FewRows || kept.size() < 2 || (limit >= 0 && found.rows.size() >= limit)) {
        return found;
    }
    const auto total = firstValue(db, u"SELECT count(*) FROM case_fts_docsize"_s, QString());
    QHash<qint64, std::pair<double, int>> weight; // row → summed weight, words
    for (const QString &group : std::as_const(kept)) {
        const auto rows = rowIds(db, u"SELECT rowid FROM case_fts WHERE case_fts MATCH ?"_s, group + query.excluded());
        if (!rows || !total) {
            return found;
        }
        const double w = std::log(1.0 + double(*total) / double(std::max<qsizetype>(1, rows->size())))
            * (related.contains(group) ? RelatedWeight : 1.0);
        for (qint64 row : *rows) {
            auto &[sum, words] = weight[row];
            sum += w;
            ++words;
        }
    }
    auto order = match(any, -1);
    if (!order) {
        return found;
    }
    QList<qint64> most;
    for (qint64 row : std::as_const(*order)) {
        if (!seen.contains(row)) {
            most.append(row);
        }
    }
    std::stable_sort(most.begin(), most.end(), [&](qint64 a, qint64 b) {
        return weight.value(a).first > weight.value(b).first;
    });
    const int half = int(kept.size() + 1) / 2;
    const auto fewerThanHalf = [&](qint64 row) {
        return weight.value(row).second < half;
    };
    if (!std::all_of(most.cbegin(), most.cend(), fewerThanHalf)) {
        most.removeIf(fewerThanHalf);
    }
    if (append(most) > 0) {
        recall.kind = SearchRecall::Kind::MostWords;
        recall.complete = complete;
    }
    return found;
}

void FtsMatcher::setThesaurusPath(const QString &path)
{
    m_thesaurusPath = path;
    m_thesaurus.reset();
}

const Thesaurus &FtsMatcher::thesaurus() const
{
    if (!m_thesaurus) {
        auto read = Thesaurus::fromFile(m_thesaurusPath);
        if (!read) {
            qWarning("search: without related words: %s %s",
                     qPrintable(read.error().path),
                     qPrintable(read.error().detail));
        }
        m_thesaurus = read ? std::move(read).value() : Thesaurus();
    }
    return *m_thesaurus;
}

QStringList FtsMatcher::relatedInBank(const QString &word) const
{
    sqlite3 *db = handleOf(QSqlDatabase::database(m_connectionName, false));
    QStringList result;
    if (!db) {
        return result;
    }
    for (const QString &w : thesaurus().related(word)) {
        if (result.size() >= MaxRelated) {
            break;
        }
        if (anyMatch(db, quoted(w))) {
            result.append(w);
        }
    }
    return result;
}

Result<FtsMatcher::ScoredFound> FtsMatcher::searchScored(const SearchQuery &query, int limit, bool explain) const
{
    auto found = search(query, limit);
    if (!found) {
        return found.error();
    }
    auto hits = scored(found->scoreQuery, found->rows, explain);
    if (!hits) {
        return hits.error();
    }
    return ScoredFound{std::move(hits).value(), found->recall};
}

} // namespace Fb
