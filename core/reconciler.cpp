#include "reconciler.h"

#include "casefields.h"
#include "caserecord.h"
#include "replicalogin.h"
#include "sqlresult.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fb {

Reconciler::Reconciler(SyncLedger &ledger)
    : m_ledger(ledger)
    , m_store(ledger.store())
{
}

Result<bool> Reconciler::active() const
{
    auto mark = m_store.meta(QString::fromLatin1(MetaReconcile));
    if (!mark) {
        return mark.error();
    }
    return !mark->isEmpty();
}

Result<void> Reconciler::begin()
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

Result<void> Reconciler::finish()
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

Result<bool> Reconciler::item(const FeedItem &item, const CaseSyncState &state)
{
    if (item.op == "delete"_L1) {
        if (state.local == CaseSyncState::Local::Deleted) {
            // Deleted on both sides: nothing to send; the server's tombstone is the one to build on.
            if (auto r = archiveDeletedBase(item.id, {}); !r) {
                return r.error();
            }
            return deletedOnBothSides(item.id, item.version).with(false);
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
            return m_ledger.setState(s).with(false);
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
        return m_ledger.setState(CaseSyncState{item.id, item.version, false, false, CaseSyncState::Local::Ok, true})
            .with(true);
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

Result<void> Reconciler::newer(const FeedItem &item, const CaseSyncState &state)
{
    // A copy from before the restore: what this replica has may be what the restore lost (seed
    // 5049), and so may its base copy, which the item replaces (seed 52035: a value the user wrote
    // over after the restore lived there and in the lost server's history only).
    const bool isDelete = item.op == QLatin1StringView(FeedItem::Delete);
    auto local = m_ledger.localBody(item.id);
    if (!local) {
        return local.error();
    }
    if (local->has_value() && (isDelete || !CaseFields::sameContent(**local, item.doc))) {
        if (auto r = m_ledger.archive(item.id, u"*"_s, **local, u"replaced after the server was restored"_s); !r) {
            return r;
        }
    }
    if (state.local == CaseSyncState::Local::Deleted) {
        return archiveDeletedBase(item.id, item.doc);
    }
    return m_ledger.archiveReplacedBase(item.id, item.doc);
}

Result<void> Reconciler::archiveDeletedBase(const QString &id, const QJsonObject &server)
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

Result<void> Reconciler::deletedOnBothSides(const QString &id, int version)
{
    if (auto r = m_ledger.dropOutbox(id); !r) {
        return r;
    }
    if (auto r = m_ledger.dropBase(id); !r) {
        return r;
    }
    return m_ledger.setState(CaseSyncState{id, version, true, false, CaseSyncState::Local::Ok, true});
}

Result<bool> Reconciler::restoring(const CaseSyncState &state)
{
    if (auto r = m_ledger.setState(state); !r) {
        return r.error();
    }
    auto login = ReplicaLogin(m_store).read();
    if (!login) {
        return login.error();
    }
    if (login->role == "lasare"_L1) {
        // A läsare writes nothing, so it gives a restored server nothing back: what its copy held
        // goes to the archive now, and it holds the server's copy, never a change of its own that
        // would wait for it (seed 6 with attachments: settled as "mine", such a change was the
        // läsare's, refused for good and impossible to take back).
        return letGo(state.id, QString::fromLatin1(NotYours)).with(true);
    }
    return m_ledger.markRestoring(state.id).with(false);
}

Result<void> Reconciler::letGo(const QString &id, const QString &reason)
{
    auto local = m_ledger.localBody(id);
    if (!local) {
        return local.error();
    }
    if (local->has_value()) {
        if (auto r = m_ledger.archive(id, u"*"_s, **local, reason); !r) {
            return r;
        }
    }
    if (auto r = m_ledger.dropOutbox(id); !r) {
        return r;
    }
    if (auto r = m_ledger.dropConflicts(id); !r) {
        return r;
    }
    auto base = m_ledger.base(id);
    if (!base) {
        return base.error();
    }
    if (base->has_value()) {
        // The server's copy, as the reconcile last read it, is what this replica holds again.
        const BaseCopy copy = **base;
        if (auto r = m_ledger.writeBody(copy.body); !r) {
            return r;
        }
        if (auto r = m_ledger.dropBase(id); !r) {
            return r;
        }
        return m_ledger.setState(CaseSyncState{id, copy.version, false, false, CaseSyncState::Local::Ok, true});
    }
    if (auto r = m_store.remove(id); !r && r.code() != ErrorCode::NotFound) {
        return r;
    }
    return m_ledger.forget(id);
}

} // namespace Fb
