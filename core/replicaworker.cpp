#include "replicaworker.h"

#include "samplebank.h"
#include "searchquery.h"

namespace Fb {

ReplicaWorker::ReplicaWorker(const Vocabularies &vocabularies,
                             const ReferenceData &referenceData,
                             std::atomic<quint64> &latestSearch)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_latestSearch(latestSearch)
{
}

ReplicaWorker::~ReplicaWorker() = default;

void ReplicaWorker::open(const QString &path, bool installSample)
{
    m_store.reset();
    m_index = FacetIndex();
    auto store = CaseStore::open(path, m_vocabularies, m_referenceData);
    if (!store) {
        Q_EMIT openFailed(store.error());
        return;
    }
    m_store = std::move(store).value();
    ReplicaInfo info;
    info.path = path;
    if (installSample) {
        auto installed = SampleBank::installIfNew(*m_store);
        if (!installed) {
            Q_EMIT openFailed(installed.error());
            return;
        }
        info.sampleInstalled = *installed;
    }
    auto source = m_store->meta(QString::fromLatin1(CaseStore::MetaBankSource));
    auto summaries = m_store->summaries();
    if (!source || !summaries) {
        Q_EMIT openFailed(!source ? source.error() : summaries.error());
        return;
    }
    info.isSample = *source == QLatin1StringView(CaseStore::BankSourceSample);
    info.caseCount = summaries->size();
    m_index = FacetIndex(std::move(summaries).value());
    Q_EMIT opened(info);
}

void ReplicaWorker::search(const SearchRequest &request, quint64 generation)
{
    // Typing queues a search per key press; only the newest is worth running.
    if (generation < m_latestSearch.load()) {
        return;
    }
    SearchResult result;
    result.generation = generation;
    result.request = request;
    std::optional<QList<qint64>> matches;
    const SearchQuery query = SearchQuery::parse(request.text);
    if (!query.isEmpty() && m_store) {
        auto rows = m_store->match(query.ftsQuery());
        if (rows) {
            matches = std::move(rows).value();
        } else {
            result.error = rows.error();
            matches = QList<qint64>();
        }
        result.terms = query.terms();
    }
    m_index.query(request.filter, matches, result);
    Q_EMIT searchFinished(result);
}

void ReplicaWorker::loadCase(const QString &id, quint64 generation)
{
    if (!m_store) {
        Q_EMIT caseLoadFailed(generation, id, Error{ErrorCode::NotFound, id, {}});
        return;
    }
    auto record = m_store->get(id);
    if (!record) {
        Q_EMIT caseLoadFailed(generation, id, record.error());
        return;
    }
    Q_EMIT caseLoaded(generation, *record);
}

void ReplicaWorker::close()
{
    m_store.reset();
    m_index = FacetIndex();
}

} // namespace Fb
