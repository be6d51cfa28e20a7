#pragma once

#include "caserecord.h"
#include "casestore.h"
#include "edittypes.h"
#include "facetindex.h"
#include "localedits.h"
#include "questiondesk.h"
#include "recordlinks.h"
#include "searchtypes.h"
#include "serverapi.h"
#include "similarcases.h"
#include "studyvisitbank.h"
#include "syncengine.h"
#include "syncstatus.h"
#include "whatsnew.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
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

    // A text search is followed by snippets for its first rows: about what a tall window shows
    // without scrolling.
    static constexpr int SnippetRows = 60;

    void open(const QString &path, bool installSample);
    void search(const SearchRequest &request, quint64 generation);
    void loadCase(const QString &id, quint64 generation);
    // Several cases at once, in the order asked (a comparison); NotFound names the first missing.
    void loadCases(const QStringList &ids);
    void close();

    // Sync: the server settings and account live in the replica's meta table, the token does not.
    void readSyncStatus();
    void saveLogin(const Fb::LoginState &login);
    void forgetLogin();
    void sync(const Fb::ServerSettings &settings, const QString &token, bool allowMassDeletion);

    // Editing (ReplicaEditor).
    void openForEdit(const QString &id);
    void saveCase(const QJsonObject &body, const QJsonObject &origin, quint64 request);
    void discardDraft(const QString &id);
    void readInbox();
    // What is new (WhatsNew): every item, read or not, answered with newsRead.
    void readNews();
    void markNewsRead(const QList<qint64> &seqs);
    // Following (WhatsNew::MetaFollowed), answered with followedRead.
    void readFollowed();
    void follow(const QString &id, bool on);
    void resolve(const QString &id, const QString &path, LocalEdits::Take take, const QJsonValue &value);
    void revert(const QString &id);
    // Runs one QuestionDesk write and answers with editFinished(id, error, what it made).
    void writeQuestions(const QString &id, const std::function<Result<QString>(QuestionDesk &)> &write);
    void removeCase(const QString &id);
    void saveAsNew(const QString &id);
    void addAttachment(const QString &file, quint64 request);
    void locateAttachment(const QString &sha256);

    // Browsing (docs/browsing.md).
    void loadStudyVisits();
    void findSimilar(const QString &id, int n);
    void findNear(const QString &municipalityCode, int n);
    void explainRanking(const QString &text);

Q_SIGNALS:
    void opened(const Fb::ReplicaInfo &info);
    void openFailed(const Fb::Error &error);
    void searchFinished(const Fb::SearchResult &result);
    // After a text search's result: excerpts of its first rows' texts (Snippet), by rowid.
    void snippetsReady(quint64 generation, const QHash<qint64, QString> &snippets);
    void caseLoaded(quint64 generation, const Fb::CaseRecord &record, const Fb::LinkedRecords &links);
    void casesLoaded(const QList<Fb::CaseRecord> &records, const Fb::Error &error);
    void caseLoadFailed(quint64 generation, const QString &id, const Fb::Error &error);
    // The cases changed under the open replica (a sync): searches should run again.
    void refreshed(const Fb::ReplicaInfo &info);
    void syncStatusRead(const Fb::SyncStatus &status);
    void syncProgress(int changed);
    void syncFinished(const Fb::SyncReport &report, const Fb::SyncStatus &status);
    // retryAfter: the server's hint in seconds, 0 for none.
    void syncFailed(const Fb::Error &error, int retryAfter, const Fb::SyncStatus &status);
    void marksRead(const Fb::CaseMarks &marks);
    void editOpened(const Fb::EditableCase &editable);
    void editOpenFailed(const QString &id, const Fb::Error &error);
    void caseSaved(const Fb::SaveOutcome &outcome);
    void inboxRead(const QList<Fb::InboxItem> &items);
    void newsRead(const QList<Fb::NewsItem> &items);
    void followedRead(const QStringList &ids);
    // A resolve, revert, remove, draft discard or save-as-new ended; newId for save-as-new.
    void editFinished(const QString &id, const Fb::Error &error, const QString &newId);
    void attachmentAdded(quint64 request, const Fb::Attachment &attachment);
    void attachmentFailed(quint64 request, const Fb::Error &error);
    void attachmentLocated(const QString &sha256, const QString &path);
    void studyVisitsLoaded(const QList<Fb::StudyVisitEntry> &entries);
    void similarFound(const QString &id, const QList<Fb::SimilarCase> &cases);
    void nearFound(const QString &municipalityCode, const QList<Fb::SimilarCase> &cases);
    void rankingExplained(const Fb::RankingExplanation &explanation);

private:
    // request's result from what the search of its text found (nullopt: no text to search).
    SearchResult searched(const SearchRequest &request,
                          quint64 generation,
                          const SearchQuery &query,
                          const std::optional<Result<CaseStore::Found>> &found) const;
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    std::atomic<quint64> &m_latestSearch;
    std::unique_ptr<CaseStore> m_store;
    FacetIndex m_index;
    QDate m_indexedOn; // the day m_index's Freshness facet was derived on
    std::unique_ptr<QNetworkAccessManager> m_nam; // made on this thread, on first sync
    std::unique_ptr<ServerApi> m_api;
    std::unique_ptr<SyncEngine> m_engine; // set while a sync runs
    std::unique_ptr<SyncEngine> m_endedEngine;
    QTimer *m_refreshDelay;
    // Built on the first similar or near query after an open or a change of the cases.
    std::unique_ptr<SimilarCases> m_similar;

    const SimilarCases *similar();

    Result<SyncStatus> syncStatus() const;
    // Reads every case's light row into the facet index.
    Result<ReplicaInfo> reindex();
    // The facet index follows the cases changed since it was read; nullopt when none did.
    Result<std::optional<ReplicaInfo>> update();
    Result<ReplicaInfo> info() const;
    void syncEnded();
    // After an edit: the lists follow soon, once for a burst of autosaves.
    void scheduleRefresh();
    void refresh();
    void finishEdit(const QString &id, const Result<void> &result, const QString &newId = {});
    void emitMarks();
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::ReplicaInfo)
