#pragma once

#include "blobcache.h"
#include "blobuploader.h"
#include "casestore.h"
#include "feedapplier.h"
#include "outbox.h"
#include "serverapi.h"
#include "syncledger.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QSet>

#include <functional>

namespace Fb {

struct SyncReport
{
    int pages = 0;
    int changed = 0; // cases added, changed or removed here by the pull
    bool reconciled = false; // the server's epoch changed and the feed was read again from the start
    int pushed = 0; // mutations the server applied (or had applied)
    int conflicts = 0; // open conflicts after this sync, waiting for the user
    int rejected = 0; // mutations the server refused for good
    int held = 0; // feed items this program could not read, set aside, after this sync
    int left = 0; // cases no longer for this user to see, gone from the replica (no deletion)
    int leftWithEdits = 0; // of those, cases whose unsent changes were kept in the archive
    qint64 applyMs = 0; // time spent writing feed pages into the replica (the rest is network and server)
};

// One sync: send again the mutations whose answer was lost, pull the server's change feed page by
// page (the next page is fetched while the current one is written), then push the outbox batch by
// batch (docs/sync.md). Each page is stored with its cursor in one transaction and each batch's answers
// in one transaction, so a sync interrupted anywhere (network, crash, kill) resumes without loss
// or duplication: unacknowledged mutations go again byte-identical. Attachments a batch names are
// uploaded (resumably) before the batch.
//
// Transport is injected through ServerApi (its QNetworkAccessManager), so tests drive the real
// engine against the real server and inject faults below it.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;
    // A case is sent at most this often in one sync; a case someone else keeps changing waits
    // for the next sync instead of spinning.
    static constexpr int MaxSendsPerCase = 3;

    SyncEngine(CaseStore &store, ServerApi &api, QObject *parent = nullptr);

    // Starts a sync; ends with finished() or failed(), on this thread.
    void sync();
    // Only the pull half.
    void pull();

    void setPageSize(int size) { m_pageSize = size; }

    // What the engine does next when it pauses.
    enum class Step {
        WritePage, // a fetched page is about to be written with its cursor
        SendBatch, // a batch of frozen mutations is about to go out
    };
    Q_ENUM(Step)

    // For tests: before every page write and every batch the engine stops with paused() and
    // goes on only at step(), so a test can look at the replica, inject faults or drop the
    // engine (a crash) between any two transitions.
    void setStepping(bool on) { m_stepping = on; }

    void step();

    // A pull that would remove more than max(50, 5 %) of the cases here stops with MassDeletion
    // before removing any (a server wiped by mistake must not wipe every laptop), unless allowed.
    void setAllowMassDeletion(bool allow) { m_allowMassDeletion = allow; }

    static int massDeletionLimit(qint64 localCases);

Q_SIGNALS:
    void progress(int changed);
    void paused(Fb::SyncEngine::Step next);
    void finished(const Fb::SyncReport &report);
    void failed(const Fb::Error &error);

private:
    void start(bool push);
    void settle();
    void nextPage();
    void fetch(const QString &cursor);
    // The high-water cursor of the last push, sent with pulls and pushes (FeedApplier::MetaWitness).
    QString witness() const;
    // The whole feed read again (a restored server), then on as the sync was.
    void reconcile();
    void pageArrived(Result<FeedPage> page, const QString &cursor);
    void applyPage(const FeedPage &page);
    void addTally(const FeedApplier::Tally &tally);
    void stopPull(const Error &error);
    void pullDone();
    // Fetches the server's organisation list when the feed named a version this replica lacks.
    void refreshOrganisations(std::function<void()> then);
    void nextBatch();
    void send(const QList<OutboxEntry> &batch);
    void finish();

    SyncLedger m_ledger;
    FeedApplier m_feed;
    Outbox m_outbox;
    CaseStore &m_store;
    ServerApi &m_api;
    BlobCache m_blobs;
    BlobUploader m_uploader;
    SyncReport m_report;
    int m_pageSize = PageSize;
    bool m_push = false;
    bool m_retryLater = false;
    bool m_reconcileBegun = false; // this sync began a reconcile (reconcile())
    bool m_settling = false; // resending mutations in doubt, before the pull
    bool m_allowMassDeletion = false;
    int m_removed = 0;
    qint64 m_casesAtStart = 0;
    QHash<QString, int> m_sends;
    quint64 m_run = 0; // answers to requests of an earlier run are dropped
    QString m_organisations; // the organisation list's version the last page named
    bool m_stepping = false;
    std::function<void()> m_next; // what step() runs
    // One sync of a replica at a time, across programs (the app and the CLI on one profile):
    // held from start to finished() or failed(); a lock left by a killed program is taken over.
    QLockFile m_lock;
};

} // namespace Fb
