#include "feedapplier.h"

#include "casefields.h"
#include "caserecord.h"
#include "samplebank.h"
#include "sqlresult.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

Result<bool> outcome(const Result<void> &written, bool changed)
{
    if (!written) {
        return written.error();
    }
    return changed;
}

Result<FeedApplier::Applied> changedOnly(const Result<bool> &changed)
{
    if (!changed) {
        return changed.error();
    }
    return FeedApplier::Applied{*changed, {}, false, false};
}

void count(FeedApplier::Tally &tally, const FeedApplier::Applied &applied)
{
    tally.changed += applied.changed ? 1 : 0;
    tally.left += applied.left ? 1 : 0;
    tally.leftWithEdits += applied.archived ? 1 : 0;
}

} // namespace

FeedApplier::FeedApplier(SyncLedger &ledger)
    : m_ledger(ledger)
    , m_store(ledger.store())
    , m_held(ledger.store())
{
}

Result<void> FeedApplier::replaceSampleBank()
{
    auto sample = SampleBank::load();
    if (!sample) {
        return sample.error();
    }
    // The sample cases go, edited or not: they are examples, never the user's work. Cases the
    // user wrote beside them stay and are pushed.
    for (const CaseRecord &c : std::as_const(*sample)) {
        if (auto r = m_store.remove(c.id); !r && r.code() != ErrorCode::NotFound) {
            return r;
        }
        if (auto r = m_ledger.forget(c.id); !r) {
            return r;
        }
    }
    return {};
}

Result<bool> FeedApplier::reconciling() const
{
    auto mark = m_store.meta(QString::fromLatin1(MetaReconcile));
    if (!mark) {
        return mark.error();
    }
    return !mark->isEmpty();
}

Result<void> FeedApplier::beginReconcile()
{
    return m_store.transaction([&]() -> Result<void> {
        if (auto r = execute(m_store.database(), u"UPDATE sync_case SET reconcile = 1 WHERE synced_version > 0"_s, {});
            !r) {
            return r;
        }
        // Updates and deletes frozen against the lost server's versions: their bytes name versions
        // the server may hand out again for other content, so they are frozen anew against the
        // copies the whole feed brings. None took effect on this server unless its feed shows it
        // (then the new diff leaves it out), so at-most-once holds. Creates stay: a create of a
        // case the server has is answered as a conflict with it.
        if (auto r = execute(m_store.database(), u"DELETE FROM outbox WHERE op <> 'create'"_s, {}); !r) {
            return r;
        }
        // The server's side of a conflict was kept in its history, which the restore may have
        // lost: a user who keeps their own value would throw the last copy away (seed 6673).
        if (auto r = m_ledger.archiveConflictRemotes(u"the server's side of a conflict, when it was restored"_s); !r) {
            return r;
        }
        if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaCursor), QString()); !r) {
            return r;
        }
        if (auto r = m_store.setMeta(QString::fromLatin1(MetaWitness), QString()); !r) {
            return r;
        }
        return m_store.setMeta(QString::fromLatin1(MetaReconcile), u"1"_s);
    });
}

Result<void> FeedApplier::finishReconcile()
{
    // Cases this replica had from the server that the server's whole feed no longer mentions:
    // created after the backup it was restored from. They become local creates again.
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id FROM sync_case WHERE reconcile = 1"_s);
    if (auto r = execute(q, u"sync_case"_s); !r) {
        return r;
    }
    QStringList lost;
    while (q.next()) {
        lost.append(q.value(0).toString());
    }
    q.finish();
    for (const QString &id : std::as_const(lost)) {
        auto s = m_ledger.state(id);
        if (!s) {
            return s.error();
        }
        if (s->local == CaseSyncState::Local::Deleted) {
            // Deleted here, and the server does not have it either: nothing to send. The server's
            // history was the archive of what the delete threw away, and the restore lost it: the
            // last copy this replica had from the server goes to the archive here instead.
            auto base = m_ledger.base(id);
            if (!base) {
                return base.error();
            }
            if (base->has_value()) {
                if (auto r = m_ledger.archive(id, u"*"_s, (*base)->body, u"deleted here, lost by the server"_s); !r) {
                    return r;
                }
            }
            if (auto r = m_ledger.dropOutbox(id); !r) {
                return r;
            }
            if (auto r = m_ledger.forget(id); !r) {
                return r;
            }
            continue;
        }
        if (s->remoteDeleted) {
            // A tombstone of a case the server no longer knows at all: its version means nothing
            // there any more. Were it kept, the case brought back by someone would start again at
            // version 1 and this replica would take every version up to the tombstone's as old.
            auto local = m_ledger.localBody(id);
            if (!local) {
                return local.error();
            }
            if (!local->has_value()) {
                if (auto r = m_ledger.forget(id); !r) {
                    return r;
                }
                continue;
            }
            if (s->local == CaseSyncState::Local::RemoteDeleted) {
                // Edited here, deleted there: still the user's to decide, now against nothing.
                s->syncedVersion = 0;
                if (auto r = m_ledger.setState(*s); !r) {
                    return r;
                }
                continue;
            }
        }
        // An update frozen against the lost server's copy would be refused for good by a server
        // that never had the case (not_found), and the case would wait for the user: it goes as
        // a create instead. Such an update never took effect here, so dropping it breaks no
        // at-most-once; its discarded values stay unsent in the archive. A create stays: the
        // server may have it by now and answers its resend once.
        auto entry = m_ledger.outboxEntry(id);
        if (!entry) {
            return entry.error();
        }
        if (entry->has_value() && (*entry)->op != "create"_L1) {
            if (auto r = m_ledger.removeFromOutbox((*entry)->mutationId); !r) {
                return r;
            }
            if (s->local == CaseSyncState::Local::Blocked) {
                s->local = CaseSyncState::Local::Ok;
            }
        }
        s->syncedVersion = 0;
        s->remoteDeleted = false;
        s->dirty = true;
        if (auto r = m_ledger.archiveReplacedBase(id); !r) {
            return r;
        }
        if (auto r = m_ledger.dropBase(id); !r) {
            return r;
        }
        if (auto r = restoring(*s); !r) {
            return r.error();
        }
    }
    if (auto r = execute(m_store.database(), u"UPDATE sync_case SET reconcile = 0 WHERE reconcile = 1"_s, {}); !r) {
        return r;
    }
    return m_store.setMeta(QString::fromLatin1(MetaReconcile), QString());
}

Result<int> FeedApplier::removals(const FeedPage &page) const
{
    int count = 0;
    for (const FeedItem &item : page.items) {
        if (item.op != "delete"_L1) {
            continue;
        }
        auto s = m_ledger.state(item.id);
        if (!s) {
            return s.error();
        }
        count += s->known && !s->remoteDeleted && item.version > s->syncedVersion ? 1 : 0;
    }
    return count;
}

Result<FeedApplier::Tally> FeedApplier::apply(const FeedPage &page)
{
    Tally tally;
    // A page is the server's data: a power cut may lose its commit (WAL keeps it atomic with its
    // cursor either way), and the next sync fetches it again. Waiting for the disk on every page
    // would only slow the first sync down; local edits keep synchronous=FULL.
    if (auto r = execute(m_store.database(), u"PRAGMA synchronous = NORMAL"_s, {}); !r) {
        return r.error();
    }
    const auto restore = qScopeGuard([this] {
        (void)execute(m_store.database(), u"PRAGMA synchronous = FULL"_s, {});
    });
    auto done = m_store.transaction([&]() -> Result<void> {
        auto source = m_store.meta(QString::fromLatin1(CaseStore::MetaBankSource));
        if (!source) {
            return source.error();
        }
        if (*source != QLatin1StringView(CaseStore::BankSourceServer)) {
            if (*source == QLatin1StringView(CaseStore::BankSourceSample)) {
                if (auto r = replaceSampleBank(); !r) {
                    return r;
                }
            }
            if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaBankSource),
                                         QString::fromLatin1(CaseStore::BankSourceServer));
                !r) {
                return r;
            }
        }
        auto reconcile = reconciling();
        if (!reconcile) {
            return reconcile.error();
        }
        auto held = m_held.count();
        if (!held) {
            return held.error();
        }
        auto news = WhatsNew::forReplica(m_store);
        if (!news) {
            return news.error();
        }
        for (const FeedItem &item : page.items) {
            auto applied = applyItem(item, *reconcile, &*news);
            if (!applied) {
                return applied.error();
            }
            if (!applied->unreadable.isEmpty()) {
                if (auto r = m_held.hold(item, applied->unreadable); !r) {
                    return r;
                }
                continue;
            }
            // Only when something is held: the first sync of a bank writes tens of thousands.
            if (*held > 0) {
                if (auto r = m_held.supersede(item.id, item.version); !r) {
                    return r;
                }
            }
            count(tally, *applied);
        }
        if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaCursor), page.nextCursor); !r) {
            return r;
        }
        if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaEpoch), page.epoch); !r) {
            return r;
        }
        if (!page.hasMore && !news->active()) {
            if (auto r = WhatsNew::startWatching(m_store); !r) {
                return r;
            }
        }
        if (*reconcile && !page.hasMore) {
            return finishReconcile();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return tally;
}

Result<FeedApplier::Tally> FeedApplier::retryHeld()
{
    // Most syncs have nothing held: no write transaction for them.
    auto held = m_held.count();
    if (!held || *held == 0) {
        return held ? Tally{} : Result<Tally>(held.error());
    }
    Tally tally;
    auto done = m_store.transaction([&]() -> Result<void> {
        auto held = m_held.all();
        if (!held) {
            return held.error();
        }
        for (const HeldChange &h : std::as_const(*held)) {
            auto applied = applyItem(h.item, false, nullptr);
            if (!applied) {
                return applied.error();
            }
            if (!applied->unreadable.isEmpty()) {
                continue; // still beyond this program
            }
            if (auto r = m_held.remove(h.seq); !r) {
                return r;
            }
            if (auto r = m_held.supersede(h.item.id, h.item.version); !r) {
                return r;
            }
            count(tally, *applied);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return tally;
}

Result<FeedApplier::Applied> FeedApplier::applyItem(const FeedItem &item, bool reconciling, const WhatsNew *news)
{
    if (item.id.isEmpty()) {
        return Applied{false, item.unreadable};
    }
    auto s = m_ledger.state(item.id);
    if (!s) {
        return s.error();
    }
    if (reconciling && s->known) {
        if (auto r = execute(m_store.database(),
                             u"UPDATE sync_case SET reconcile = 0 WHERE id = ? AND reconcile = 1"_s,
                             {item.id});
            !r) {
            return r.error();
        }
    }
    if (item.op == QLatin1StringView(FeedItem::Hidden)) {
        return leave(item.id); // whatever the version: a hidden item names none
    }
    // Feed items may repeat a case, and our own pushes come back as echoes: only a newer
    // version changes anything.
    if (item.version >= 1 && item.version <= s->syncedVersion) {
        if (!item.unreadable.isEmpty() || !reconciling) {
            return Applied{};
        }
        return changedOnly(reconcileItem(item, *s));
    }
    if (!item.unreadable.isEmpty()) {
        return Applied{false, item.unreadable};
    }
    const bool isDelete = item.op == QLatin1StringView(FeedItem::Delete);
    std::optional<CaseRecord> remote;
    if (!isDelete) {
        auto record = CaseRecord::fromJsonObject(item.doc);
        if (!record) {
            return Applied{false, errorCodeName(record.error().code) + u' ' + record.error().path};
        }
        remote = std::move(record).value();
    }
    // What the user has not seen yet, from the local copy before it changes.
    std::optional<CaseRecord> before;
    const bool watched = news && remote && news->concerns(*remote);
    if (watched && s->known) {
        auto local = m_store.get(item.id);
        if (!local && local.code() != ErrorCode::NotFound) {
            return local.error();
        }
        if (local) {
            before = std::move(local).value();
        }
    }
    if (reconciling && s->known) {
        // A newer version from a restored server, read against a copy from before the restore:
        // what this replica has may be what the restore lost (its base copy too), and the merge
        // or the replacement would take the server's values as edits over it. The copy goes to
        // the archive first, so nothing it held is lost (seed 5049).
        auto local = m_ledger.localBody(item.id);
        if (!local) {
            return local.error();
        }
        if (local->has_value() && (isDelete || !CaseFields::sameContent(**local, item.doc))) {
            if (auto r = m_ledger.archive(item.id, u"*"_s, **local, u"replaced after the server was restored"_s); !r) {
                return r.error();
            }
        }
        if (s->local == CaseSyncState::Local::Deleted) {
            if (auto r = archiveDeletedBase(item.id, item.doc); !r) {
                return r.error();
            }
        }
    }
    auto applied = applyNewer(item, *s, remote);
    if (applied && watched) {
        if (auto r = news->note(before ? &*before : nullptr, *remote); !r) {
            return r.error();
        }
    }
    return changedOnly(applied);
}

Result<bool> FeedApplier::applyNewer(const FeedItem &item, CaseSyncState state, const std::optional<CaseRecord> &remote)
{
    const bool isDelete = !remote.has_value();

    if (isDelete && state.known) {
        // A delete here that lost to an edit there is settled once the server deletes the case too.
        if (auto r = m_ledger.removeConflict(item.id, u"$delete"_s); !r) {
            return r.error();
        }
    }
    if (!state.dirty) {
        if (isDelete) {
            // An explicit tombstone from the server: the only way a case leaves the replica.
            if (auto r = m_store.remove(item.id); !r && r.code() != ErrorCode::NotFound) {
                return r.error();
            }
        } else if (auto r = m_store.putTrusted(*remote, QJsonDocument(item.doc).toJson(QJsonDocument::Compact)); !r) {
            return r.error();
        }
        // Only a case this replica knew can have a base copy (the first sync skips the lookup).
        if (auto r = state.known ? m_ledger.dropBase(item.id) : Result<void>(); !r) {
            return r.error();
        }
        return outcome(
            m_ledger.setState(CaseSyncState{item.id, item.version, isDelete, false, CaseSyncState::Local::Ok, true}),
            true);
    }

    if (isDelete) {
        if (state.local == CaseSyncState::Local::Deleted) {
            // Deleted on both sides: nothing left to push. An edit frozen before the delete here
            // goes too (the delete archived it): sent now, it came back as an edit of a deleted
            // case and asked a question with nothing to keep (seeds 35903 and 36699).
            return outcome(deletedOnBothSides(item.id, item.version), true);
        }
        // Edited here, deleted there: the edit stays until the user decides (restore or let go).
        auto local = m_ledger.localBody(item.id);
        if (!local) {
            return local.error();
        }
        StoredConflict c{item.id, u"$deleted"_s, {}, {}, {}, item.version, {}};
        if (local->has_value()) {
            c.local = **local;
        }
        if (auto r = m_ledger.addConflict(c); !r) {
            return r.error();
        }
        state.syncedVersion = item.version;
        state.remoteDeleted = true;
        state.local = CaseSyncState::Local::RemoteDeleted;
        return outcome(m_ledger.setState(state), true);
    }

    if (state.local == CaseSyncState::Local::RemoteDeleted) {
        // Brought back on the server: the deletion no longer needs a decision.
        if (auto r = m_ledger.removeConflict(item.id, u"$deleted"_s); !r) {
            return r.error();
        }
        state.local = CaseSyncState::Local::Ok;
        if (auto r = m_ledger.setState(state); !r) {
            return r.error();
        }
    }
    auto base = m_ledger.mergeBase(item.id);
    if (!base) {
        return base.error();
    }
    return outcome(m_ledger.rebase(item.id, *base, remote->toJsonObject(), item.version), true);
}

Result<FeedApplier::Applied> FeedApplier::leave(const QString &id)
{
    auto s = m_ledger.state(id);
    if (!s) {
        return s.error();
    }
    auto local = m_ledger.localBody(id);
    if (!local) {
        return local.error();
    }
    if (!s->known && !local->has_value()) {
        return Applied{}; // never here: nothing to do
    }
    Applied applied{true, {}, true, false};
    if (local->has_value() && (s->dirty || s->local != CaseSyncState::Local::Ok)) {
        // Unsent work the server will not take from this user any more: kept, never dropped.
        if (auto r = m_ledger.archive(id, u"*"_s, **local, u"no longer visible to this user"_s); !r) {
            return r.error();
        }
        applied.archived = true;
    }
    if (auto r = m_ledger.dropOutbox(id); !r) {
        return r.error();
    }
    if (auto r = m_ledger.dropConflicts(id); !r) {
        return r.error();
    }
    if (auto r = m_store.remove(id); !r && r.code() != ErrorCode::NotFound) {
        return r.error();
    }
    if (auto r = m_ledger.forget(id); !r) {
        return r.error();
    }
    return applied;
}

Result<bool> FeedApplier::reconcileItem(const FeedItem &item, const CaseSyncState &state)
{
    if (item.op == "delete"_L1) {
        if (state.local == CaseSyncState::Local::Deleted) {
            // Deleted on both sides: nothing to send; the server's tombstone is the one to build on.
            if (auto r = archiveDeletedBase(item.id, {}); !r) {
                return r.error();
            }
            return outcome(deletedOnBothSides(item.id, item.version), false);
        }
        if (state.remoteDeleted) {
            // A tombstone here too, maybe at a version of the lost server's: the restored server's
            // numbering is the one later versions follow (seed 5035: a case brought back at the
            // version of the tombstone here was taken for old).
            if (state.syncedVersion == item.version) {
                return false;
            }
            CaseSyncState s = state;
            s.syncedVersion = item.version;
            return outcome(m_ledger.setState(s), false);
        }
        // The server has a tombstone older than the case here: the case comes back as a create.
        CaseSyncState s = state;
        s.syncedVersion = item.version;
        s.remoteDeleted = true;
        s.dirty = true;
        if (auto r = m_ledger.dropBase(item.id); !r) {
            return r.error();
        }
        return restoring(s);
    }
    CaseSyncState s = state;
    auto local = m_ledger.localBody(item.id);
    if (!local) {
        return local.error();
    }
    if (s.remoteDeleted && s.local == CaseSyncState::Local::RemoteDeleted) {
        // Edited here, deleted there, and the server lost the delete: nothing left to decide; the
        // edits go out against the copy the server has now.
        if (auto r = m_ledger.removeConflict(item.id, u"$deleted"_s); !r) {
            return r.error();
        }
        s.local = CaseSyncState::Local::Ok;
    } else if (s.remoteDeleted && !local->has_value() && item.version < s.syncedVersion) {
        // This replica has the server's tombstone, newer than the copy the server has now: the
        // server lost a delete, which goes again (as a lost edit does), against that copy. The
        // copy is the base: a user who may not delete it gets it back from there.
        auto record = CaseRecord::fromJsonObject(item.doc);
        if (!record) {
            return false;
        }
        if (auto r = m_ledger.setBase(item.id, BaseCopy{item.version, record->toJsonObject()}); !r) {
            return r.error();
        }
        s.syncedVersion = item.version;
        s.remoteDeleted = false;
        s.local = CaseSyncState::Local::Deleted;
        s.dirty = true;
        return restoring(s);
    }
    if (item.version == s.syncedVersion && local->has_value() && CaseFields::sameContent(**local, item.doc)
        && !s.dirty) {
        return false;
    }
    auto record = CaseRecord::fromJsonObject(item.doc);
    if (!record) {
        return false; // the server's copy cannot be read here: this replica's stays as it is
    }
    if (s.remoteDeleted && !local->has_value()) {
        // A tombstone here, a copy there at its version or later: the server's copy is the news.
        if (auto r = m_store.putTrusted(*record, QJsonDocument(item.doc).toJson(QJsonDocument::Compact)); !r) {
            return r.error();
        }
        return outcome(
            m_ledger.setState(CaseSyncState{item.id, item.version, false, false, CaseSyncState::Local::Ok, true}),
            true);
    }
    auto base = m_ledger.base(item.id);
    if (!base) {
        return base.error();
    }
    if (s.dirty && !s.remoteDeleted && base->has_value() && (*base)->version == item.version
        && CaseFields::sameContent((*base)->body, item.doc)) {
        // Changed here against the very copy the server has (an edit of the user's, or this
        // reconcile's own work on an earlier item of the case: the feed names a case once per
        // change): it goes out as it is.
        return false;
    }
    if (s.local == CaseSyncState::Local::Deleted
        && !(base->has_value() && CaseFields::sameContent((*base)->body, item.doc))) {
        // The server's copy, which the delete here now removes unseen, goes to the archive too
        // (seed 6453: someone had brought the case back after the restore).
        if (auto r = archiveDeletedBase(item.id, item.doc); !r) {
            return r.error();
        }
        if (auto r =
                m_ledger.archive(item.id, u"*"_s, item.doc, u"the restored server's, deleted by this copy's delete"_s);
            !r) {
            return r.error();
        }
    }
    if (local->has_value()) {
        // This replica's copy goes out over the restored server's. Where they differ, the server
        // has either what the backup had or what someone wrote after the restore, and nothing
        // here tells which: its values go to the archive, not only into the server's history,
        // which the next restore may lose as well (seed 5859).
        const QJsonObject over = CaseFields::diff(item.doc, **local);
        for (auto it = over.begin(); it != over.end(); ++it) {
            const QJsonValue theirs = CaseFields::valueAt(item.doc, it.key());
            if (theirs.isUndefined() || theirs.isNull()) {
                continue;
            }
            if (auto r =
                    m_ledger.archive(item.id, it.key(), theirs, u"the restored server's, sent over by this copy"_s);
                !r) {
                return r.error();
            }
        }
    }
    if (auto r = m_ledger.archiveReplacedBase(item.id, item.doc); !r) {
        return r.error();
    }
    s.syncedVersion = item.version;
    s.remoteDeleted = false;
    s.dirty = true;
    if (auto r = m_ledger.setBase(item.id, BaseCopy{item.version, record->toJsonObject()}); !r) {
        return r.error();
    }
    return restoring(s);
}

Result<void> FeedApplier::archiveDeletedBase(const QString &id, const QJsonObject &server)
{
    // Deleted here: the base copy holds what the delete threw away. The server's history was its
    // archive, and a restore may have lost it (seeds 5282, 6673): it goes to the archive here,
    // unless the server has that very copy.
    auto base = m_ledger.base(id);
    if (!base) {
        return base.error();
    }
    if (!base->has_value() || CaseFields::sameContent((*base)->body, server)) {
        return {};
    }
    return m_ledger.archive(id, u"*"_s, (*base)->body, u"deleted here, lost by the server"_s);
}

Result<void> FeedApplier::deletedOnBothSides(const QString &id, int version)
{
    if (auto r = m_ledger.dropOutbox(id); !r) {
        return r;
    }
    if (auto r = m_ledger.dropBase(id); !r) {
        return r;
    }
    return m_ledger.setState(CaseSyncState{id, version, true, false, CaseSyncState::Local::Ok, true});
}

Result<bool> FeedApplier::restoring(const CaseSyncState &state)
{
    if (auto r = m_ledger.setState(state); !r) {
        return r.error();
    }
    return outcome(m_ledger.markRestoring(state.id), false);
}

} // namespace Fb
