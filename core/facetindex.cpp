#include "facetindex.h"

namespace Fb {

FacetIndex::FacetIndex(QList<CaseSummary> cases)
    : m_cases(std::make_shared<const QList<CaseSummary>>(std::move(cases)))
{
    m_byRowId.reserve(m_cases->size());
    for (qsizetype i = 0; i < m_cases->size(); ++i) {
        m_byRowId.insert(m_cases->at(i).rowId, int(i));
    }
}

void FacetIndex::query(const FacetFilter &filter, const std::optional<QList<qint64>> &textMatches, SearchResult &result) const
{
    result.cases = m_cases;
    result.rows.clear();
    for (auto &c : result.counts) {
        c.clear();
    }

    QList<int> candidates;
    if (textMatches) {
        candidates.reserve(textMatches->size());
        for (qint64 rowId : *textMatches) {
            const auto it = m_byRowId.constFind(rowId);
            if (it != m_byRowId.cend()) {
                candidates.append(it.value());
            }
        }
    }
    const qsizetype n = textMatches ? candidates.size() : m_cases->size();

    for (qsizetype k = 0; k < n; ++k) {
        const int i = textMatches ? candidates.at(k) : int(k);
        const CaseSummary &s = m_cases->at(i);
        // Bit f set: the case fails facet f's filter.
        unsigned failed = 0;
        for (int f = 0; f < FacetCount; ++f) {
            const QSet<QString> &want = filter.selected[size_t(f)];
            if (want.isEmpty()) {
                continue;
            }
            const QStringList &have = s.facets[size_t(f)];
            if (std::none_of(have.begin(), have.end(), [&](const QString &v) { return want.contains(v); })) {
                failed |= 1u << f;
            }
        }
        if (failed == 0) {
            result.rows.append(i);
        }
        // A case counts for facet f when it passes every filter but possibly f's own.
        for (int f = 0; f < FacetCount; ++f) {
            if ((failed & ~(1u << f)) != 0) {
                continue;
            }
            for (const QString &v : s.facets[size_t(f)]) {
                ++result.counts[size_t(f)][v];
            }
        }
    }
}

} // namespace Fb
