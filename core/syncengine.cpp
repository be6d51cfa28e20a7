#include "syncengine.h"

#include "serverorganisations.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

SyncEngine::SyncEngine(CaseStore &store, ServerApi &api, QObject *parent)
    : QObject(parent)
    , m_ledger(store)
    , m_feed(m_ledger)
    , m_outbox(m_ledger)
    , m_store(store)
    , m_api(api)
    , m_blobs(BlobCache::directoryFor(store.path()))
    , m_uploader(api, m_blobs)
    , m_lock(store.path() + u".sync-lock"_s)
{
    m_lock.setStaleLockTime(0); // only a dead owner makes it stale, never its age
    // Connected first, so the lock is free before anyone who starts the next sync hears of the end.
    connect(this, &SyncEngine::finished, this, [this] {
        m_lock.unlock();
    });
    connect(this, &SyncEngine::failed, this, [this] {
        m_lock.unlock();
    });
}

int SyncEngine::massDeletionLimit(qint64 localCases)
{
    return int(std::max<qint64>(50, localCases / 20));
}

void SyncEngine::sync()
{
    start(true);
}

void SyncEngine::pull()
{
    start(false);
}

void SyncEngine::start(bool push)
{
    // (Already held by this engine when a sync is started again before the last one ended.)
    if (!m_lock.isLocked() && !m_lock.tryLock(0)) {
        const bool other = m_lock.error() == QLockFile::LockFailedError;
        Q_EMIT failed(Error{other ? ErrorCode::DatabaseLocked : ErrorCode::FileWriteFailed,
                            m_lock.fileName(),
                            other ? u"another program is syncing this replica"_s : QString()});
        return;
    }
    m_report = {};
    ++m_run;
    m_push = push;
    m_retryLater = false;
    m_sends.clear();
    m_settling = false;
    m_removed = 0;
    m_organisations.clear();
    auto cases = m_store.count();
    if (!cases) {
        Q_EMIT failed(cases.error());
        return;
    }
    m_casesAtStart = *cases;
    auto reconciling = m_feed.reconciling();
    if (!reconciling) {
        Q_EMIT failed(reconciling.error());
        return;
    }
    // A reconcile cut short (killed, offline) goes on where it stopped.
    m_report.reconciled = *reconciling;
    // Once per sync, so a server that keeps answering EpochChanged fails the sync instead of
    // looping; a reconcile resumed from an earlier sync may begin again (restored once more).
    m_reconcileBegun = false;
    // Items set aside by an older program may be readable now.
    auto retried = m_feed.retryHeld();
    if (!retried) {
        Q_EMIT failed(retried.error());
        return;
    }
    addTally(*retried);
    if (m_push) {
        settle();
    } else {
        nextPage();
    }
}

void SyncEngine::settle()
{
    // Mutations whose answer was lost go again before the pull: the feed may already hold what
    // they did, and merged as somebody else's change it would turn the user's own earlier edit
    // into a conflict with their later one (docs/sync.md, "Mutations in doubt"). Their answer
    // makes the result the new base, so later edits go out on top of it.
    QSet<QString> skip;
    for (auto it = m_sends.cbegin(); it != m_sends.cend(); ++it) {
        skip.insert(it.key());
    }
    auto batch = m_outbox.inDoubt(skip);
    if (!batch) {
        Q_EMIT failed(batch.error());
        return;
    }
    m_settling = !batch->isEmpty();
    if (!m_settling) {
        nextPage();
        return;
    }
    for (const OutboxEntry &e : std::as_const(*batch)) {
        ++m_sends[e.caseId];
    }
    auto resend = [this, batch = *batch] {
        send(batch);
    };
    if (m_stepping) {
        m_next = std::move(resend);
        Q_EMIT paused(Step::SendBatch);
        return;
    }
    resend();
}

void SyncEngine::nextPage()
{
    auto cursor = m_store.meta(QString::fromLatin1(CaseStore::MetaCursor));
    if (!cursor) {
        stopPull(cursor.error());
        return;
    }
    fetch(*cursor);
}

void SyncEngine::fetch(const QString &cursor)
{
    m_api.changes(
        cursor,
        m_pageSize,
        [this, alive = QPointer<SyncEngine>(this), run = m_run, cursor](Result<FeedPage> page) {
            // A page fetched ahead for a pull that has stopped since is dropped.
            if (alive && run == m_run) {
                pageArrived(std::move(page), cursor);
            }
        },
        witness());
}

QString SyncEngine::witness() const
{
    return m_store.meta(QString::fromLatin1(FeedApplier::MetaWitness)).value_or(QString());
}

void SyncEngine::reconcile()
{
    // The server was restored or replaced: read its whole feed again, and push back what it lost.
    m_report.reconciled = true;
    m_reconcileBegun = true;
    m_settling = false;
    if (auto r = m_feed.beginReconcile(); !r) {
        stopPull(r.error());
        return;
    }
    ++m_run; // anything fetched ahead belongs to the old epoch
    nextPage();
}

void SyncEngine::stopPull(const Error &error)
{
    ++m_run;
    Q_EMIT failed(error);
}

void SyncEngine::pageArrived(Result<FeedPage> page, const QString &cursor)
{
    if (!page) {
        if (page.code() == ErrorCode::EpochChanged && !m_reconcileBegun) {
            reconcile();
            return;
        }
        stopPull(page.error());
        return;
    }
    if (page->hasMore && (page->nextCursor.isEmpty() || page->nextCursor == cursor)) {
        // A feed that says there is more but does not move would be asked for the same page
        // forever.
        stopPull(Error{ErrorCode::ProtocolError, u"next_cursor"_s, u"the change feed did not advance"_s});
        return;
    }
    m_organisations = page->organisations;
    auto removals = m_feed.removals(*page);
    if (!removals) {
        stopPull(removals.error());
        return;
    }
    m_removed += *removals;
    if (!m_allowMassDeletion && m_removed > massDeletionLimit(m_casesAtStart)) {
        // Stopped before this page: its cursor is not stored, so nothing of it applies.
        stopPull(Error{ErrorCode::MassDeletion, {}, QString::number(m_removed)});
        return;
    }
    if (page->hasMore && !m_stepping) {
        // Fetch the next page while this one is written: the server and the network work on
        // the other core. QNetworkAccessManager starts a request from the event loop, so the
        // page is written from the event loop too, after the request has gone out.
        fetch(page->nextCursor);
    }
    auto write = [this, run = m_run, page = std::move(page).value()] {
        if (run == m_run) {
            applyPage(page);
        }
    };
    if (m_stepping) {
        m_next = std::move(write);
        Q_EMIT paused(Step::WritePage);
        return;
    }
    QMetaObject::invokeMethod(this, std::move(write), Qt::QueuedConnection);
}

void SyncEngine::addTally(const FeedApplier::Tally &tally)
{
    m_report.changed += tally.changed;
    m_report.left += tally.left;
    m_report.leftWithEdits += tally.leftWithEdits;
}

void SyncEngine::step()
{
    if (auto next = std::exchange(m_next, {})) {
        next();
    }
}

void SyncEngine::applyPage(const FeedPage &page)
{
    QElapsedTimer applying;
    applying.start();
    auto tally = m_feed.apply(page);
    m_report.applyMs += applying.elapsed();
    if (!tally) {
        stopPull(tally.error());
        return;
    }
    ++m_report.pages;
    addTally(*tally);
    Q_EMIT progress(m_report.changed);
    if (!page.hasMore) {
        pullDone();
    } else if (m_stepping) {
        fetch(page.nextCursor); // one transition at a time: no page fetched ahead
    }
}

void SyncEngine::pullDone()
{
    refreshOrganisations([this] {
        if (!m_push) {
            finish();
            return;
        }
        nextBatch();
    });
}

void SyncEngine::refreshOrganisations(std::function<void()> then)
{
    // The feed names the version of the server's organisation list; the list itself is fetched
    // only when that changed, so a sync with nothing new costs no extra request.
    ServerOrganisations kept(m_store);
    auto known = kept.read();
    if (m_organisations.isEmpty() || (known && known->version == m_organisations)) {
        then();
        return;
    }
    m_api.organisations([this, run = m_run, then = std::move(then)](Result<OrganisationList> list) {
        if (run != m_run) {
            return;
        }
        // Not fetched or not kept: the cases are synced all the same, and the next sync asks again.
        if (list) {
            (void)ServerOrganisations(m_store).save(*list);
        }
        then();
    });
}

void SyncEngine::nextBatch()
{
    auto frozen = m_outbox.freeze();
    if (!frozen) {
        Q_EMIT failed(frozen.error());
        return;
    }
    QSet<QString> skip;
    for (auto it = m_sends.cbegin(); it != m_sends.cend(); ++it) {
        if (it.value() >= MaxSendsPerCase) {
            skip.insert(it.key());
        }
    }
    auto batch = m_outbox.nextBatch(skip);
    if (!batch) {
        Q_EMIT failed(batch.error());
        return;
    }
    if (batch->isEmpty()) {
        finish();
        return;
    }
    for (const OutboxEntry &e : std::as_const(*batch)) {
        ++m_sends[e.caseId];
    }
    // The server accepts a case only once the files it names are there.
    QStringList shas;
    for (const OutboxEntry &e : std::as_const(*batch)) {
        if (e.op == "delete"_L1
            || (e.op == "update"_L1
                && !QJsonDocument::fromJson(e.payload).object().value("set"_L1).toObject().contains(
                    "attachments"_L1))) {
            continue;
        }
        for (const QJsonValue &a : e.sentBody.value("attachments"_L1).toArray()) {
            shas.append(a.toObject().value("sha256"_L1).toString());
        }
    }
    auto upload = [this, shas, batch = *batch] {
        m_uploader.upload(shas, [this, batch](Result<void> uploaded) {
            if (!uploaded) {
                Q_EMIT failed(uploaded.error());
                return;
            }
            send(batch);
        });
    };
    if (m_stepping) {
        m_next = std::move(upload);
        Q_EMIT paused(Step::SendBatch);
        return;
    }
    upload();
}

void SyncEngine::send(const QList<OutboxEntry> &batch)
{
    m_api.mutations(Outbox::requestBody(batch, witness()), [this, sent = batch](Result<MutationReply> reply) {
        if (!reply && reply.code() == ErrorCode::EpochChanged && !m_reconcileBegun) {
            // Refused before anything was applied: the witness names what this server lost.
            reconcile();
            return;
        }
        if (reply && !reply->highWater.isEmpty()) {
            if (auto r = m_store.setMeta(QString::fromLatin1(FeedApplier::MetaWitness), reply->highWater); !r) {
                Q_EMIT failed(r.error());
                return;
            }
        }
        const Result<QJsonArray> results =
            reply ? Result<QJsonArray>(reply->results) : Result<QJsonArray>(reply.error());
        if (!results) {
            // Unknown whether the server committed: the same bytes go again next time, and the
            // server answers them from its log if it did.
            if (auto r = m_outbox.noteFailure(sent, results.error()); !r) {
                Q_EMIT failed(r.error());
                return;
            }
            Q_EMIT failed(results.error());
            return;
        }
        auto report = m_outbox.applyResults(sent, *results);
        if (!report) {
            Q_EMIT failed(report.error());
            return;
        }
        m_report.pushed += report->applied;
        m_report.rejected += report->rejected;
        if (report->serverBehind > 0) {
            // The server lost changes it had acknowledged, and the cursor did not show it: read
            // the whole feed again at the next sync, as after a new epoch.
            if (auto r = m_feed.beginReconcile(); !r) {
                Q_EMIT failed(r.error());
                return;
            }
        }
        if (report->retry > 0) {
            // The server asked for these later (busy, locked): this sync leaves them frozen.
            m_retryLater = true;
            for (const OutboxEntry &e : sent) {
                m_sends[e.caseId] = MaxSendsPerCase;
            }
        }
        if (m_settling) {
            settle();
        } else {
            nextBatch();
        }
    });
}

void SyncEngine::finish()
{
    // For display only: no decision ever depends on it (invariant I4).
    if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaLastSync),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !r) {
        Q_EMIT failed(r.error());
        return;
    }
    auto counts = m_ledger.counts();
    if (!counts) {
        Q_EMIT failed(counts.error());
        return;
    }
    m_report.conflicts = counts->conflicts;
    m_report.held = counts->held;
    if (m_retryLater) {
        Q_EMIT failed(Error{ErrorCode::ServerError, u"mutations"_s, u"retry later"_s});
        return;
    }
    Q_EMIT finished(m_report);
}

} // namespace Fb
