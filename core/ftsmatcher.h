#pragma once

#include "result.h"
#include "searchrecall.h"
#include "thesaurus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fb {

class SearchQuery;

// The rows an FTS5 query matches in the replica, best first: what the app's search, the CLI and
// the benchmark run (docs/search.md, Ranking and speed), through CaseStore.
//
// Ranking: BM25 costs one to two microseconds per matching row, which for a prefix being typed
// (50,000 cases, "äl" matches 40,000) is most of a search. So when a query matches at most
// RankLimit rows, all are ranked by BM25; otherwise the rows matching in the title come first,
// ranked by the cheap score (fb_rank, FtsRank), and the rest follow in rowid order.
//
// table is an FTS5 table with CaseStore::TextColumns (case_fts, or a benchmark's copy) beside an
// FTS5 table of the titles alone named with TitleTableSuffix (case_fts_titles), on a connection
// with SwedishTokenizer and FtsRank registered.
//
// Thread affinity: the thread of the connection it reads.
class FtsMatcher
{
public:
    static constexpr int RankLimit = 1500;
    static constexpr auto TitleTableSuffix = "_titles";

    // Matches on connectionName's connection.
    explicit FtsMatcher(QString connectionName);

    Result<QList<qint64>> rankedMatches(const QString &table, const QString &ftsQuery) const;

    // On case_fts: every match ranked as above, or with a limit the first limit by BM25.
    Result<QList<qint64>> match(const QString &ftsQuery, int limit = -1) const;

    struct Match
    {
        qint64 rowId = 0;
        double score = 0; // BM25: lower is better
        QStringList columns; // which CaseStore::TextColumns matched; only when explained
    };

    // match() by BM25 with scores; explain also says which columns each hit matched in.
    Result<QList<Match>> matchScored(const QString &ftsQuery, int limit = -1, bool explain = false) const;

    // A search as the app, the CLI and the relevance test run it (docs/search.md): query's FTS5
    // query; when that finds fewer than FewRows cases, after them the cases with every part of
    // its compound words apart (SearchQuery::partsQuery: "lyftet inom äldreomsorgen" for
    // äldreomsorgslyftet), then, if still few, what the words find without the filler words, with
    // each word no case has repaired (written apart, or one or two typing mistakes away), then
    // the cases with most of the words, rarer words weighing more. A word no case has, even
    // apart, is looked for through its related words in the thesaurus before it is repaired.
    // recall says which of these happened. With a limit, at most limit rows.
    static constexpr int FewRows = 10;
    enum class Steps {
        All,
        // The query and its compound parts only: what the app shows at once, before the rest
        // (ReplicaWorker::search).
        QueryAndParts,
    };

    struct Found
    {
        QList<qint64> rows;
        SearchRecall recall;
        QString scoreQuery; // an FTS5 query every row matches, for its BM25 score
    };

    Result<Found> search(const SearchQuery &query, int limit = -1, Steps steps = Steps::All) const;
    // The steps after Steps::QueryAndParts, from what search() found with those: what the app's
    // worker runs after it has shown the first result, without running the query again.
    Result<Found> searchFurther(const SearchQuery &query, Found firstSteps) const;

    struct ScoredFound
    {
        QList<Match> hits; // in search()'s order, with BM25 against its scoreQuery
        SearchRecall recall;
    };

    Result<ScoredFound> searchScored(const SearchQuery &query, int limit = -1, bool explain = false) const;

    // Among how many first rows search() ranks the words as typed ahead of their synonyms.
    static constexpr int TypedFirstRows = 20;
    // How many of a word's related words the bank has a search uses at most in its place.
    static constexpr int MaxRelated = 3;
    // What related words weigh among the cases with most of the words, against the word itself.
    static constexpr double RelatedWeight = 0.5;

    // The thesaurus search() reads; by default Thesaurus::SystemPath, read on first need. A file
    // that cannot be read leaves the search without related words (logged once).
    void setThesaurusPath(const QString &path);

private:
    // search() before the words as typed are ranked ahead of their synonyms; from firstSteps, when
    // given, instead of the query and its parts.
    Result<Found> find(const SearchQuery &query, int limit, Steps steps, std::optional<Found> firstSteps) const;
    // Among the first TypedFirstRows of rows, those with the words as typed first.
    void rankTypedFirst(const SearchQuery &query, QList<qint64> &rows) const;
    // The BM25 score of each of rows against ftsQuery, in rows' order; explain adds the columns.
    Result<QList<Match>> scored(const QString &ftsQuery, const QList<qint64> &rows, bool explain) const;
    // Which columns each of hits matches ftsQuery in.
    Result<void> explainColumns(const QString &ftsQuery, QList<Match> &hits) const;

    // The thesaurus, read from m_thesaurusPath on first need.
    const Thesaurus &thesaurus() const;
    // Up to MaxRelated of word's related words that some case has.
    QStringList relatedInBank(const QString &word) const;

    QString m_connectionName;
    QString m_thesaurusPath = QString::fromLatin1(Thesaurus::SystemPath);
    mutable std::optional<Thesaurus> m_thesaurus;
};

} // namespace Fb
