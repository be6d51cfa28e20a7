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
    , m_reconcile(ledger)
{
}

Result<void> FeedApplier::beginReconcile()
{
    return m_reconcile.begin();
}

Result<bool> FeedApplier::reconciling() const
{
    return m_reconcile.active();
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
        auto reconcile = m_reconcile.active();
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
            return m_reconcile.finish();
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
        return changedOnly(m_reconcile.item(item, *s));
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
        if (auto r = m_reconcile.newer(item, *s); !r) {
            return r.error();
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
        return m_ledger.setState(CaseSyncState{item.id, item.version, isDelete, false, CaseSyncState::Local::Ok, true})
            .with(true);
    }

    if (isDelete) {
        if (state.local == CaseSyncState::Local::Deleted) {
            // Deleted on both sides: nothing left to push. An edit frozen before the delete here
            // goes too (the delete archived it): sent now, it came back as an edit of a deleted
            // case and asked a question with nothing to keep (seeds 35903 and 36699).
            return m_reconcile.deletedOnBothSides(item.id, item.version).with(true);
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
        return m_ledger.setState(state).with(true);
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
    return m_ledger.rebase(item.id, *base, remote->toJsonObject(), item.version).with(true);
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

} // namespace Fb
