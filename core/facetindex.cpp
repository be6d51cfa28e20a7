#include "facetindex.h"

namespace Fb {

FacetIndex::FacetIndex()
    : m_cases(std::make_shared<const QList<CaseSummary>>())
    , m_offsets(1, 0)
{
}

FacetIndex::FacetIndex(QList<CaseSummary> cases)
    : m_cases(std::make_shared<const QList<CaseSummary>>(std::move(cases)))
{
    const qsizetype n = m_cases->size();
    qint64 maxRowId = 0;
    for (const CaseSummary &s : *m_cases) {
        maxRowId = std::max(maxRowId, s.rowId);
    }
    const bool dense = maxRowId <= 4 * qint64(n) + 1024;
    if (dense) {
        m_byRowId.assign(size_t(maxRowId) + 1, -1);
    }
    m_offsets.reserve(size_t(n) * FacetCount + 1);
    m_ids.reserve(size_t(n) * 12);
    for (qsizetype i = 0; i < n; ++i) {
        const CaseSummary &s = m_cases->at(i);
        if (dense && s.rowId >= 0) {
            m_byRowId[size_t(s.rowId)] = int(i);
        } else {
            m_bySparseRowId.insert(s.rowId, int(i));
        }
        for (int f = 0; f < FacetCount; ++f) {
            m_offsets.push_back(quint32(m_ids.size()));
            for (const QString &v : s.facets[size_t(f)]) {
                auto it = m_valueIds[size_t(f)].constFind(v);
                if (it == m_valueIds[size_t(f)].cend()) {
                    it = m_valueIds[size_t(f)].insert(v, int(m_values[size_t(f)].size()));
                    m_values[size_t(f)].append(v);
                }
                m_ids.push_back(quint16(it.value()));
            }
        }
    }
    m_offsets.push_back(quint32(m_ids.size()));
}

int FacetIndex::indexOf(qint64 rowId) const
{
    if (rowId >= 0 && size_t(rowId) < m_byRowId.size() && m_byRowId[size_t(rowId)] >= 0) {
        return m_byRowId[size_t(rowId)];
    }
    return m_bySparseRowId.value(rowId, -1);
}

void FacetIndex::query(const FacetFilter &filter,
                       const std::optional<QList<qint64>> &textMatches,
                       SearchResult &result) const
{
    result.cases = m_cases;
    result.rows.clear();

    // The filter as one flag per interned value; a selected value no case has matches nothing.
    std::array<std::vector<char>, FacetCount> wanted;
    unsigned active = 0;
    for (int f = 0; f < FacetCount; ++f) {
        const QSet<QString> &selected = filter.selected[size_t(f)];
        if (selected.isEmpty()) {
            continue;
        }
        active |= 1u << f;
        wanted[size_t(f)].assign(size_t(m_values[size_t(f)].size()), 0);
        for (const QString &v : selected) {
            if (const auto it = m_valueIds[size_t(f)].constFind(v); it != m_valueIds[size_t(f)].cend()) {
                wanted[size_t(f)][size_t(it.value())] = 1;
            }
        }
    }
    std::array<std::vector<int>, FacetCount> counts;
    for (int f = 0; f < FacetCount; ++f) {
        counts[size_t(f)].assign(size_t(m_values[size_t(f)].size()), 0);
    }

    const auto visit = [&](int i) {
        const quint32 *offsets = m_offsets.data() + size_t(i) * FacetCount;
        // Bit f set: the case fails facet f's filter.
        unsigned failed = 0;
        for (int f = 0; f < FacetCount; ++f) {
            if (!(active & (1u << f))) {
                continue;
            }
            bool any = false;
            for (quint32 k = offsets[f]; k < offsets[f + 1] && !any; ++k) {
                any = wanted[size_t(f)][m_ids[k]];
            }
            if (!any) {
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
            for (quint32 k = offsets[f]; k < offsets[f + 1]; ++k) {
                ++counts[size_t(f)][m_ids[k]];
            }
        }
    };

    if (textMatches) {
        for (qint64 rowId : *textMatches) {
            if (const int i = indexOf(rowId); i >= 0) {
                visit(i);
            }
        }
    } else {
        for (int i = 0; i < int(m_cases->size()); ++i) {
            visit(i);
        }
    }

    for (int f = 0; f < FacetCount; ++f) {
        QHash<QString, int> &out = result.counts[size_t(f)];
        out.clear();
        for (size_t id = 0; id < counts[size_t(f)].size(); ++id) {
            if (counts[size_t(f)][id] > 0) {
                out.insert(m_values[size_t(f)].at(qsizetype(id)), counts[size_t(f)][id]);
            }
        }
    }
}

} // namespace Fb
