#pragma once

#include "caserecord.h"
#include "referencedata.h"
#include "replicaworker.h"
#include "searchtypes.h"
#include "vocabularies.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Fb {

// The UI's way to the replica. Every call returns at once; the disk work runs on a worker thread
// of its own and the answers arrive as signals on the caller's thread, so the UI thread never
// waits on disk. Answers to superseded searches and case loads are dropped.
class ReplicaService : public QObject
{
    Q_OBJECT

public:
    ReplicaService(const Vocabularies &vocabularies, const ReferenceData &referenceData, QObject *parent = nullptr);
    ~ReplicaService() override;

    // Opens (creating and migrating) the replica; installs the sample bank into a new one when
    // installSample is true.
    void open(const QString &path, bool installSample = true);
    // Returns the request's generation; searchFinished carries it back.
    quint64 search(const SearchRequest &request);
    void loadCase(const QString &id);
    // Several cases in the order given, for a comparison; answered with casesLoaded.
    void loadCases(const QStringList &ids);

    // Sync (docs/sync.md). Answers come as syncStatusRead, syncFinished or syncFailed.
    void readSyncStatus();
    // The role and organisation in it are what the server said at login, for the review
    // workflow offline.
    void saveLogin(const Fb::LoginState &login);
    void forgetLogin();
    void sync(const Fb::ServerSettings &settings, const QString &token, bool allowMassDeletion = false);

    // Editing (docs/editor.md). A save of a case that is not valid yet keeps it as a draft;
    // caseSaved says which. Resolve, revert, remove, saveAsNew and discardDraft answer with
    // editFinished, then the lists, the marks and the inbox are read afresh.
    void openForEdit(const QString &id);
    // origin: the stored body the editor's form started from (ReplicaEditor::save).
    void saveCase(const QJsonObject &body, const QJsonObject &origin, quint64 request);
    void discardDraft(const QString &id);
    void readInbox();
    // What came with the syncs (WhatsNew, docs/questions.md), newest first, read or not; read
    // again after every sync and every mark. Answered with newsRead.
    void readNews();
    // Marks items read; an empty list marks them all.
    void markNewsRead(const QList<qint64> &seqs);
    // The cases and questions followed on this computer: what is new notes their changes.
    // Answered with followedRead, as is a follow.
    void readFollowed();
    void follow(const QString &id, bool on);
    void resolve(const QString &id, const QString &path, LocalEdits::Take take, const QJsonValue &value = {});
    void revert(const QString &id);
    void removeCase(const QString &id);
    void saveAsNew(const QString &id);
    void addAttachment(const QString &file, quint64 request);
    // Questions and adoptions (QuestionDesk, docs/questions.md), answered with editFinished: id is
    // the question or case written, newId the question, answer, adoption or case made.
    void askQuestion(const Fb::CaseRecord &question);
    void answerQuestion(const QString &questionId, const QString &caseId, const QString &note);
    void setQuestionState(const QString &questionId, const QString &state);
    // QuestionDesk::verify, today; editFinished(caseId, …) when written.
    void verify(const QString &caseId);
    void adopt(const QString &caseId, const Fb::Adoption &adoption);
    void startFrom(const QString &originId);
    void locateAttachment(const QString &sha256);

    // Browsing (docs/browsing.md). The similar-case index is built on the first findSimilar or
    // findNear after an open or a change, so that first answer takes longer.
    void loadStudyVisits();
    void findSimilar(const QString &id, int n);
    void findNear(const QString &municipalityCode, int n);
    // How the first results of text are ranked, for the ranking's debug view; → rankingExplained.
    void explainRanking(const QString &text);

Q_SIGNALS:
    void opened(const Fb::ReplicaInfo &info);
    void openFailed(const Fb::Error &error);
    void searchFinished(const Fb::SearchResult &result);
    // Shortly after a text search's result, unless another search followed: excerpts of its first
    // rows' texts by rowid (ReplicaWorker::SnippetRows, SearchResult::snippets).
    void snippetsReady(const QHash<qint64, QString> &snippets);
    void caseLoaded(const Fb::CaseRecord &record, const Fb::LinkedRecords &links);
    void caseLoadFailed(const QString &id, const Fb::Error &error);
    void casesLoaded(const QList<Fb::CaseRecord> &records, const Fb::Error &error);
    void refreshed(const Fb::ReplicaInfo &info);
    void syncStatusRead(const Fb::SyncStatus &status);
    void syncProgress(int changed);
    void syncFinished(const Fb::SyncReport &report, const Fb::SyncStatus &status);
    void syncFailed(const Fb::Error &error, int retryAfter, const Fb::SyncStatus &status);
    void marksRead(const Fb::CaseMarks &marks);
    void editOpened(const Fb::EditableCase &editable);
    void editOpenFailed(const QString &id, const Fb::Error &error);
    void caseSaved(const Fb::SaveOutcome &outcome);
    void inboxRead(const QList<Fb::InboxItem> &items);
    void newsRead(const QList<Fb::NewsItem> &items);
    void followedRead(const QStringList &ids);
    void editFinished(const QString &id, const Fb::Error &error, const QString &newId);
    void attachmentAdded(quint64 request, const Fb::Attachment &attachment);
    void attachmentFailed(quint64 request, const Fb::Error &error);
    void attachmentLocated(const QString &sha256, const QString &path);
    void studyVisitsLoaded(const QList<Fb::StudyVisitEntry> &entries);
    void similarFound(const QString &id, const QList<Fb::SimilarCase> &cases);
    void nearFound(const QString &municipalityCode, const QList<Fb::SimilarCase> &cases);
    void rankingExplained(const Fb::RankingExplanation &explanation);

private:
    QThread m_thread;
    std::atomic<quint64> m_latestSearch{0};
    quint64 m_latestLoad = 0;
    ReplicaWorker *m_worker; // lives on m_thread, deleted when it finishes
};

} // namespace Fb
