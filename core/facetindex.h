#pragma once

#include "searchtypes.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace Fb {

// The replica's light rows in memory, filtered and counted per facet in one pass. Facet values
// are interned to small integers when the index is built, so the pass does array lookups and
// increments instead of string hashing (docs/benchmarks.md has the figures); it needs one FTS
// query per search instead of one SQL GROUP BY per facet.
class FacetIndex
{
public:
    FacetIndex();
    explicit FacetIndex(QList<CaseSummary> cases);

    // This index with the cases changed (by id; oldRows: the rowids they had, CaseStore::Changes)
    // replaced by their rows now (in rowid order; a changed case missing from now was removed):
    // what a sync or an edit costs grows with the change, not with the bank.
    FacetIndex updated(const QSet<QString> &changed, const QSet<qint64> &oldRows, const QList<CaseSummary> &now) const;

    const std::shared_ptr<const QList<CaseSummary>> &cases() const { return m_cases; }

    qsizetype size() const { return m_cases->size(); }

    // Rows passing the filter (and, when given, the text matches, in their order) and the counts.
    void query(const FacetFilter &filter, const std::optional<QList<qint64>> &textMatches, SearchResult &result) const;

private:
    std::shared_ptr<const QList<CaseSummary>> m_cases;
    // Case index by rowid, which a search matching 40,000 cases looks up 40,000 times: an array
    // (-1 where no case has the rowid) when rowids are dense, as SQLite assigns them; else a hash.
    std::vector<int> m_byRowId;
    QHash<qint64, int> m_bySparseRowId;
    int indexOf(qint64 rowId) const;
    // Appends a case's value numbers (m_offsets without its final entry), numbering new values.
    void intern(const CaseSummary &s);
    // m_byRowId or m_bySparseRowId from m_cases.
    void indexRowIds();
    // Per facet: the distinct values, and each value's number.
    std::array<QStringList, FacetCount> m_values;
    std::array<QHash<QString, int>, FacetCount> m_valueIds;
    // All cases' value numbers, case after case: m_offsets[i * FacetCount + f] is where case i's
    // values of facet f start; the next entry is where they end.
    std::vector<quint32> m_offsets;
    std::vector<quint16> m_ids;
};

} // namespace Fb
