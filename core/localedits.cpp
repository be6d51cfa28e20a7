#include "localedits.h"

#include "casefields.h"

using namespace Qt::StringLiterals;

namespace Fb {

LocalEdits::LocalEdits(SyncLedger &ledger)
    : m_ledger(ledger)
    , m_store(ledger.store())
{
}

Result<void> LocalEdits::save(const CaseRecord &record)
{
    return saveMany({record});
}

Result<void> LocalEdits::saveMany(const QList<CaseRecord> &records)
{
    return m_store.transaction([&]() -> Result<void> {
        for (const CaseRecord &record : records) {
            if (auto r = saveOne(record); !r) {
                return r;
            }
        }
        return {};
    });
}

Result<void> LocalEdits::saveOne(const CaseRecord &record)
{
    auto s = m_ledger.state(record.id);
    if (!s) {
        return s.error();
    }
    if (s->known && s->syncedVersion > 0 && !s->remoteDeleted) {
        auto base = m_ledger.base(record.id);
        if (!base) {
            return base.error();
        }
        if (!base->has_value()) {
            // Copy-on-first-edit: the server's copy, kept while this case has local changes.
            auto before = m_ledger.localBody(record.id);
            if (!before) {
                return before.error();
            }
            if (before->has_value()) {
                if (auto r = m_ledger.setBase(record.id, BaseCopy{s->syncedVersion, **before}); !r) {
                    return r;
                }
            }
        }
    }
    if (s->restoring) {
        // The copy waits to be given back to a restored server that lost it: a value this edit
        // replaces has neither a server copy nor the server's history to keep it (seed 50998).
        auto before = m_ledger.localBody(record.id);
        if (!before) {
            return before.error();
        }
        if (before->has_value()) {
            if (auto r = m_ledger.archiveReplaced(record.id,
                                                  **before,
                                                  record.toJsonObject(),
                                                  u"replaced while given back to a restored server"_s);
                !r) {
                return r;
            }
        }
    }
    if (auto r = m_store.put(record); !r) {
        return r;
    }
    if (s->local == CaseSyncState::Local::Blocked) {
        // A new edit is a new attempt: the refused mutation goes, the edited case is sent.
        auto entry = m_ledger.outboxEntry(record.id);
        if (!entry) {
            return entry.error();
        }
        if (entry->has_value() && (*entry)->rejected) {
            if (auto r = m_ledger.removeFromOutbox((*entry)->mutationId); !r) {
                return r;
            }
        }
        s->local = CaseSyncState::Local::Ok;
    }
    if (s->local == CaseSyncState::Local::Deleted) {
        s->local = CaseSyncState::Local::Ok;
    }
    if (s->local == CaseSyncState::Local::Conflict) {
        if (auto r = refreshConflicts(record); !r) {
            return r;
        }
    }
    s->id = record.id;
    s->dirty = true;
    return m_ledger.setState(*s);
}

Result<void> LocalEdits::refreshConflicts(const CaseRecord &record)
{
    auto open = m_ledger.conflicts(record.id);
    if (!open) {
        return open.error();
    }
    const QJsonObject body = record.toJsonObject();
    for (StoredConflict c : std::as_const(*open)) {
        if (c.path.startsWith(u'$')) {
            continue;
        }
        if (const QJsonValue now = CaseFields::valueAt(body, c.path); now != c.local) {
            c.local = now;
            if (auto r = m_ledger.addConflict(c); !r) {
                return r;
            }
        }
    }
    return {};
}

Result<void> LocalEdits::remove(const QString &id)
{
    return m_store.transaction([&]() -> Result<void> {
        auto s = m_ledger.state(id);
        if (!s) {
            return s.error();
        }
        auto before = m_ledger.localBody(id);
        if (!before) {
            return before.error();
        }
        if (!before->has_value()) {
            return Error{ErrorCode::NotFound, id, {}};
        }
        if (s->dirty || !s->known || s->syncedVersion == 0) {
            // Changes the server never had go with the case: kept in the archive, as by a revert.
            if (auto r = m_ledger.archive(id, u"*"_s, **before, u"deleted with unsent changes"_s); !r) {
                return r;
            }
        }
        if (auto r = m_store.remove(id); !r) {
            return r;
        }
        if (auto r = m_ledger.dropConflicts(id); !r) {
            return r;
        }
        auto inFlight = m_ledger.outboxEntry(id);
        if (!inFlight) {
            return inFlight.error();
        }
        if (!s->known || ((s->syncedVersion == 0 || s->remoteDeleted) && !inFlight->has_value())) {
            // The server never had it (or has deleted it): nothing to tell it.
            return m_ledger.forget(id);
        }
        if (inFlight->has_value() && (*inFlight)->rejected) {
            if (auto r = m_ledger.removeFromOutbox((*inFlight)->mutationId); !r) {
                return r;
            }
        }
        auto base = m_ledger.base(id);
        if (!base) {
            return base.error();
        }
        if (!base->has_value() && s->syncedVersion > 0) {
            if (auto r = m_ledger.setBase(id, BaseCopy{s->syncedVersion, **before}); !r) {
                return r;
            }
        }
        s->local = CaseSyncState::Local::Deleted;
        s->dirty = true;
        return m_ledger.setState(*s);
    });
}

Result<void> LocalEdits::resolve(const QString &id, const QString &path, Take take, const QJsonValue &value)
{
    return m_store.transaction([&]() -> Result<void> {
        auto open = m_ledger.conflicts(id);
        if (!open) {
            return open.error();
        }
        auto it = std::find_if(open->begin(), open->end(), [&](const StoredConflict &c) {
            return c.path == path;
        });
        if (it == open->end()) {
            return Error{ErrorCode::NotFound, id + u' ' + path, {}};
        }
        const StoredConflict conflict = *it;
        auto s = m_ledger.state(id);
        if (!s) {
            return s.error();
        }
        if (auto r = m_ledger.removeConflict(id, path); !r) {
            return r;
        }
        const bool othersOpen = open->size() > 1;

        if (path == "$delete"_L1) {
            s->local = othersOpen ? CaseSyncState::Local::Conflict : CaseSyncState::Local::Ok;
            if (auto r = m_ledger.setState(*s); !r) {
                return r;
            }
            return take == Take::Mine ? remove(id) : Result<void>();
        }
        if (path == "$deleted"_L1) {
            auto current = m_ledger.localBody(id);
            if (!current) {
                return current.error();
            }
            if (take == Take::Mine && current->has_value()) {
                // Brought back: pushed as a create of the case as it is here.
                s->local = CaseSyncState::Local::Ok;
                s->dirty = true;
                return m_ledger.setState(*s);
            }
            // Let go, or nothing here to keep: the case was deleted on this side as well.
            const QJsonValue kept = current->has_value() ? QJsonValue(**current) : conflict.local;
            if (kept.isObject()) {
                if (auto r = m_ledger.archive(id, path, kept, u"deleted on the server"_s); !r) {
                    return r;
                }
            }
            if (auto r = m_store.remove(id); !r && r.code() != ErrorCode::NotFound) {
                return r;
            }
            if (auto r = m_ledger.dropConflicts(id); !r) {
                return r;
            }
            if (auto r = m_ledger.dropBase(id); !r) {
                return r;
            }
            return m_ledger.setState(CaseSyncState{id, s->syncedVersion, true, false, CaseSyncState::Local::Ok, true});
        }

        auto body = m_ledger.localBody(id);
        if (!body) {
            return body.error();
        }
        if (!body->has_value()) {
            return Error{ErrorCode::NotFound, id, {}};
        }
        QJsonObject next = **body;
        // Mine is the value here now: the user may have edited the field again since the conflict
        // was found, and that later value is the one to keep (or to archive).
        const QJsonValue mine = CaseFields::valueAt(next, path);
        QJsonValue chosen = mine;
        if (take == Take::Theirs) {
            chosen = conflict.remote;
        } else if (take == Take::Value) {
            chosen = value;
        }
        if (chosen != mine) {
            if (auto r = m_ledger.archive(id, path, mine, u"conflict"_s); !r) {
                return r;
            }
        }
        CaseFields::setValue(next, path, chosen);
        auto record = CaseRecord::fromJsonObject(next);
        if (!record) {
            return record.error();
        }
        // Validated like any edit: a hand-written value must make a valid case.
        if (auto r = m_store.put(*record); !r) {
            return r;
        }
        s->local = othersOpen ? CaseSyncState::Local::Conflict : CaseSyncState::Local::Ok;
        s->dirty = true;
        return m_ledger.setState(*s);
    });
}

Result<void> LocalEdits::revert(const QString &id)
{
    return m_store.transaction([&]() -> Result<void> {
        auto s = m_ledger.state(id);
        if (!s) {
            return s.error();
        }
        if (!s->dirty && s->local == CaseSyncState::Local::Ok) {
            return {}; // nothing to throw away
        }
        auto body = m_ledger.localBody(id);
        if (!body) {
            return body.error();
        }
        if (body->has_value()) {
            if (auto r = m_ledger.archive(id, u"*"_s, **body, u"reverted"_s); !r) {
                return r;
            }
        }
        if (auto r = m_ledger.dropConflicts(id); !r) {
            return r;
        }
        auto entry = m_ledger.outboxEntry(id);
        if (!entry) {
            return entry.error();
        }
        if (entry->has_value()) {
            if (auto r = m_ledger.removeFromOutbox((*entry)->mutationId); !r) {
                return r;
            }
        }
        auto base = m_ledger.base(id);
        if (!base) {
            return base.error();
        }
        if (!base->has_value() || s->remoteDeleted) {
            // Never on the server, or deleted there: nothing to return to. (A base copy of a case
            // the server has deleted since is no server copy any more.)
            if (!base->has_value() && s->syncedVersion > 0 && !s->remoteDeleted) {
                return Error{ErrorCode::NotFound, id, u"no server copy"_s};
            }
            if (auto r = m_store.remove(id); !r && r.code() != ErrorCode::NotFound) {
                return r;
            }
            if (s->syncedVersion == 0) {
                return m_ledger.forget(id);
            }
            if (auto r = m_ledger.dropBase(id); !r) {
                return r;
            }
            return m_ledger.setState(CaseSyncState{id, s->syncedVersion, true, false, CaseSyncState::Local::Ok, true});
        }
        if (auto r = m_ledger.writeBody((*base)->body); !r) {
            return r;
        }
        if (auto r = m_ledger.dropBase(id); !r) {
            return r;
        }
        return m_ledger.setState(CaseSyncState{id, s->syncedVersion, false, false, CaseSyncState::Local::Ok, true});
    });
}

} // namespace Fb
