#pragma once

#include "result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace Fb {

// The rows an FTS5 query matches in the replica, best first: what the app's search, the CLI and
// the benchmark run (docs/search.md, Ranking and speed).
//
// Ranking: BM25 costs one to two microseconds per matching row, which for a prefix being typed
// (50,000 cases, "äl" matches 40,000) is most of a search. So when a query matches at most
// RankLimit rows, all are ranked by BM25; otherwise the rows matching in the title come first,
// ranked by the cheap score (fb_rank, FtsRank), and the rest follow in rowid order.
//
// Reading: walking FTS5's lists costs about 0.1 µs per matching row and term, the whole of a
// search that matches most of the bank. With split reads enabled, a replica of more than
// splitAbove rows is read in two rowid halves at once, the upper half on a second, read-only
// connection to the same file in a thread of its own; on the 2-core machines officials use that
// nearly halves the read.
//
// table is an FTS5 table with CaseStore::TextColumns (case_fts, or a benchmark's copy) beside an
// FTS5 table of the titles alone named with TitleTableSuffix (case_fts_titles), whose rowids are
// those of cases, on a connection with SwedishTokenizer and FtsRank registered.
//
// Thread affinity: the thread of the connection it reads; the second connection is used only
// while that thread waits for it.
class FtsMatcher
{
public:
    static constexpr int RankLimit = 1500;
    static constexpr auto TitleTableSuffix = "_titles";
    // Below this a search takes a millisecond or two; starting a thread would be most of it.
    static constexpr qint64 SplitAbove = 8000;

    // Matches on connectionName's connection alone.
    explicit FtsMatcher(QString connectionName);
    ~FtsMatcher();
    FtsMatcher(const FtsMatcher &) = delete;
    FtsMatcher &operator=(const FtsMatcher &) = delete;

    // From now on reads replicas of more than splitAbove rows (by the rowids of cases) in two
    // halves at once. Opens the second connection; fails for a database without a file.
    Result<void> enableSplitReads(qint64 splitAbove = SplitAbove);

    bool splitsReads() const { return m_helper != nullptr; }

    // How many reads were split so far: for tests and the benchmark.
    int splitReadCount() const { return m_splitReads; }

    Result<QList<qint64>> rankedMatches(const QString &table, const QString &ftsQuery) const;

private:
    // Every matching rowid in rowid order: in halves when enabled and the replica is large enough.
    Result<QList<qint64>> matchingRows(sqlite3 *db, const QString &table, const QString &ftsQuery) const;

    QString m_connectionName;
    QString m_helperName;
    sqlite3 *m_helper = nullptr;
    qint64 m_splitAbove = SplitAbove;
    mutable int m_splitReads = 0;
};

} // namespace Fb
