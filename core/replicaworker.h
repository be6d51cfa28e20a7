#pragma once

#include "caserecord.h"
#include "casestore.h"
#include "facetindex.h"
#include "searchtypes.h"
#include "serverapi.h"
#include "syncengine.h"
#include "syncstatus.h"

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

    // Sync: the server settings and account live in the replica's meta table, the token does not.
    void readSyncStatus();
    void saveLogin(const QString &url,
                   const QString &user,
                   const QString &caFile,
                   const QString &role,
                   const QString &organisationId);
    void forgetLogin();
    void sync(const Fb::ServerSettings &settings, const QString &token, bool allowMassDeletion);

Q_SIGNALS:
    void opened(const Fb::ReplicaInfo &info);
    void openFailed(const Fb::Error &error);
    void searchFinished(const Fb::SearchResult &result);
    void caseLoaded(quint64 generation, const Fb::CaseRecord &record);
    void caseLoadFailed(quint64 generation, const QString &id, const Fb::Error &error);
    // The cases changed under the open replica (a sync): searches should run again.
    void refreshed(const Fb::ReplicaInfo &info);
    void syncStatusRead(const Fb::SyncStatus &status);
    void syncProgress(int changed);
    void syncFinished(const Fb::SyncReport &report, const Fb::SyncStatus &status);
    // retryAfter: the server's hint in seconds, 0 for none.
    void syncFailed(const Fb::Error &error, int retryAfter, const Fb::SyncStatus &status);

private:
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    std::atomic<quint64> &m_latestSearch;
    std::unique_ptr<CaseStore> m_store;
    FacetIndex m_index;
    std::unique_ptr<QNetworkAccessManager> m_nam; // made on this thread, on first sync
    std::unique_ptr<ServerApi> m_api;
    std::unique_ptr<SyncEngine> m_engine; // set while a sync runs
    std::unique_ptr<SyncEngine> m_endedEngine;

    Result<SyncStatus> syncStatus() const;
    Result<ReplicaInfo> reindex();
    void syncEnded();
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::ReplicaInfo)
