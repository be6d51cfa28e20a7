#pragma once

#include "searchtypes.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Fb {

// The replica's light rows in memory, filtered and counted per facet in one pass. A plain scan
// over 50,000 rows takes about a millisecond (docs/benchmarks.md), far less than SQL GROUP BY
// queries per facet, and keeps facet counting independent of the text index.
class FacetIndex
{
public:
    FacetIndex() = default;
    explicit FacetIndex(QList<CaseSummary> cases);

    const std::shared_ptr<const QList<CaseSummary>> &cases() const { return m_cases; }
    qsizetype size() const { return m_cases ? m_cases->size() : 0; }

    // Rows passing the filter (and, when given, the text matches, in their order) and the counts.
    void query(const FacetFilter &filter, const std::optional<QList<qint64>> &textMatches, SearchResult &result) const;

private:
    std::shared_ptr<const QList<CaseSummary>> m_cases = std::make_shared<const QList<CaseSummary>>();
    QHash<qint64, int> m_byRowId;
};

} // namespace Fb
