#pragma once

#include "caserecord.h"
#include "casestore.h"
#include "facetindex.h"
#include "searchtypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Fb {

struct ReplicaInfo
{
    QString path;
    qint64 caseCount = 0;
    bool isSample = false;
    bool sampleInstalled = false; // installed just now, on this open
};

// Does the replica's disk work on ReplicaService's worker thread. Not for direct use.
class ReplicaWorker : public QObject
{
    Q_OBJECT

public:
    ReplicaWorker(const Vocabularies &vocabularies,
                  const ReferenceData &referenceData,
                  std::atomic<quint64> &latestSearch);
    ~ReplicaWorker() override;

    void open(const QString &path, bool installSample);
    void search(const SearchRequest &request, quint64 generation);
    void loadCase(const QString &id, quint64 generation);
    void close();

Q_SIGNALS:
    void opened(const Fb::ReplicaInfo &info);
    void openFailed(const Fb::Error &error);
    void searchFinished(const Fb::SearchResult &result);
    void caseLoaded(quint64 generation, const Fb::CaseRecord &record);
    void caseLoadFailed(quint64 generation, const QString &id, const Fb::Error &error);

private:
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    std::atomic<quint64> &m_latestSearch;
    std::unique_ptr<CaseStore> m_store;
    FacetIndex m_index;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::ReplicaInfo)
