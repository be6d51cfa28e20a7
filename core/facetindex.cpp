#include "facetindex.h"

namespace Fb {

FacetIndex::FacetIndex()
    : m_cases(std::make_shared<const QList<CaseSummary>>())
    , m_offsets(1, 0)
{
}

FacetIndex::FacetIndex(QList<CaseSummary> cases)
{
    m_offsets.reserve(size_t(cases.size()) * FacetCount + 1);
    m_ids.reserve(size_t(cases.size()) * 12);
    for (const CaseSummary &s : std::as_const(cases)) {
        intern(s);
    }
    m_offsets.push_back(quint32(m_ids.size()));
    m_cases = std::make_shared<const QList<CaseSummary>>(std::move(cases));
    indexRowIds();
}

FacetIndex
FacetIndex::updated(const QSet<QString> &changed, const QSet<qint64> &oldRows, const QList<CaseSummary> &now) const
{
    // The cases not changed keep their value numbers (a value no case has any more keeps its
    // number and counts 0); only the changed ones are interned. Both lists are in rowid order,
    // and so is the result.
    FacetIndex next;
    next.m_values = m_values;
    next.m_valueIds = m_valueIds;
    next.m_offsets.clear();
    next.m_offsets.reserve(m_offsets.size() + size_t(now.size()) * FacetCount);
    next.m_ids.reserve(m_ids.size() + size_t(now.size()) * 12);
    QList<CaseSummary> cases;
    cases.reserve(m_cases->size() + now.size());
    // The rows to leave out, found by rowid: looking every case's id up would read 50,000
    // strings from as many places in memory. A rowid taken again (by another case after a
    // rollback) names a case that did not change: its id tells.
    std::vector<char> drop(size_t(m_cases->size()), 0);
    for (qint64 rowId : oldRows) {
        if (const int i = indexOf(rowId); i >= 0 && changed.contains(m_cases->at(i).id)) {
            drop[size_t(i)] = 1;
        }
    }
    qsizetype j = 0;
    const auto addNew = [&](qsizetype upTo) {
        for (; j < upTo; ++j) {
            next.intern(now.at(j));
            cases.append(now.at(j));
        }
    };
    for (qsizetype i = 0; i < m_cases->size(); ++i) {
        if (drop[size_t(i)]) {
            continue;
        }
        const CaseSummary &s = m_cases->at(i);
        qsizetype upTo = j;
        while (upTo < now.size() && now.at(upTo).rowId < s.rowId) {
            ++upTo;
        }
        addNew(upTo);
        const quint32 from = m_offsets[size_t(i) * FacetCount];
        const quint32 to = m_offsets[(size_t(i) + 1) * FacetCount];
        const quint32 at = quint32(next.m_ids.size());
        for (int f = 0; f < FacetCount; ++f) {
            next.m_offsets.push_back(at + m_offsets[size_t(i) * FacetCount + size_t(f)] - from);
        }
        next.m_ids.insert(next.m_ids.end(), m_ids.begin() + from, m_ids.begin() + to);
        cases.append(s);
    }
    addNew(now.size());
    next.m_offsets.push_back(quint32(next.m_ids.size()));
    next.m_cases = std::make_shared<const QList<CaseSummary>>(std::move(cases));
    next.indexRowIds();
    return next;
}

void FacetIndex::intern(const CaseSummary &s)
{
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

void FacetIndex::indexRowIds()
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
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 rowId = m_cases->at(i).rowId;
        if (dense && rowId >= 0) {
            m_byRowId[size_t(rowId)] = int(i);
        } else {
            m_bySparseRowId.insert(rowId, int(i));
        }
    }
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
