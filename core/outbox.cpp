#include "outbox.h"

#include "casefields.h"
#include "reconciler.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QString errorText(const QJsonObject &result)
{
    const QString code = result.value("code"_L1).toString();
    const QString field = result.value("field"_L1).toString();
    return field.isEmpty() ? code : code + u' ' + field;
}

} // namespace

Outbox::Outbox(SyncLedger &ledger)
    : m_ledger(ledger)
    , m_store(ledger.store())
{
}

Result<int> Outbox::freeze()
{
    int frozen = 0;
    auto done = m_store.transaction([&]() -> Result<void> {
        auto ids = m_ledger.dirtyIds();
        if (!ids) {
            return ids.error();
        }
        for (const QString &id : std::as_const(*ids)) {
            if (auto r = freezeCase(id, frozen); !r) {
                return r;
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return frozen;
}

Result<void> Outbox::freezeCase(const QString &id, int &frozen)
{
    auto inFlight = m_ledger.outboxEntry(id);
    if (!inFlight) {
        return inFlight.error();
    }
    auto s = m_ledger.state(id);
    if (!s) {
        return s.error();
    }
    using Local = CaseSyncState::Local;
    if (inFlight->has_value()) {
        if (!(*inFlight)->rejected || s->local == Local::Blocked) {
            return {};
        }
        // Refused once, but the case has moved on since (a merge, a settled conflict): the refusal
        // is no longer about what is here, and the case is sent as it is now.
        if (auto r = m_ledger.removeFromOutbox((*inFlight)->mutationId); !r) {
            return r;
        }
    }
    if (s->local == Local::Conflict || s->local == Local::Blocked || s->local == Local::RemoteDeleted) {
        return {}; // waits for the user
    }
    OutboxEntry e;
    e.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.caseId = id;
    QJsonObject mutation{{u"mutation_id"_s, e.mutationId}};

    if (s->local == Local::Deleted) {
        if (s->syncedVersion == 0 || s->remoteDeleted) {
            return m_ledger.forget(id); // never on the server, or gone there too
        }
        e.op = u"delete"_s;
        e.baseVersion = s->syncedVersion;
        mutation.insert(u"id"_s, id);
        mutation.insert(u"base_version"_s, e.baseVersion);
    } else {
        auto body = m_ledger.localBody(id);
        if (!body) {
            return body.error();
        }
        if (!body->has_value()) {
            return m_ledger.forget(id);
        }
        e.sentBody = **body;
        if (s->syncedVersion == 0 || s->remoteDeleted) {
            // New, or brought back after the server deleted it.
            e.op = u"create"_s;
            QJsonObject doc = e.sentBody;
            for (const QString &key : e.sentBody.keys()) {
                if (CaseFields::isServerField(key)) {
                    doc.remove(key); // the server sets them
                }
            }
            mutation.insert(u"doc"_s, doc);
        } else {
            auto base = m_ledger.base(id);
            if (!base) {
                return base.error();
            }
            // Without a base (it should not happen) every field is sent: the server merges per
            // field, so nobody else's edit is overwritten unseen.
            const QJsonObject set = base->has_value() ? CaseFields::diff((*base)->body, e.sentBody)
                                                      : CaseFields::diff(QJsonObject{}, e.sentBody);
            auto discarded = m_ledger.unsentDiscarded(id);
            if (!discarded) {
                return discarded.error();
            }
            if (!discarded->isEmpty()) {
                // Settling a conflict threw these away here; the server keeps them with the write.
                mutation.insert(u"discarded"_s, *discarded);
            }
            if (set.isEmpty() && discarded->isEmpty()) {
                // Edited back to what the server has: clean again, nothing to send.
                s->dirty = false;
                if (auto r = m_ledger.dropBase(id); !r) {
                    return r;
                }
                return m_ledger.setState(*s);
            }
            e.op = u"update"_s;
            e.baseVersion = s->syncedVersion;
            mutation.insert(u"id"_s, id);
            mutation.insert(u"base_version"_s, e.baseVersion);
            mutation.insert(u"set"_s, set);
        }
    }
    mutation.insert(u"op"_s, e.op);
    e.payload = QJsonDocument(mutation).toJson(QJsonDocument::Compact);
    if (auto r = m_ledger.addToOutbox(e); !r) {
        return r;
    }
    ++frozen;
    return {};
}

Result<QList<OutboxEntry>> Outbox::nextBatch(const QSet<QString> &skip) const
{
    return m_ledger.frozen(MaxBatch, MaxBatchBytes, skip);
}

Result<QList<OutboxEntry>> Outbox::inDoubt(const QSet<QString> &skip) const
{
    return m_ledger.frozen(MaxBatch, MaxBatchBytes, skip, true);
}

QByteArray Outbox::requestBody(const QList<OutboxEntry> &batch, const QString &witness)
{
    QByteArray body = "{";
    if (!witness.isEmpty()) {
        body +=
            "\"witness\":" + QJsonDocument(QJsonArray{witness}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ',';
    }
    body += "\"mutations\":[";
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (i > 0) {
            body += ',';
        }
        body += batch.at(i).payload;
    }
    body += "]}";
    return body;
}

Result<PushReport> Outbox::applyResults(const QList<OutboxEntry> &batch, const QJsonArray &results)
{
    PushReport report;
    auto done = m_store.transaction([&]() -> Result<void> {
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            byId.insert(o.value("mutation_id"_L1).toString(), o);
        }
        for (const OutboxEntry &e : batch) {
            if (auto r = applyOne(e, byId.value(e.mutationId), report); !r) {
                return r;
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return report;
}

Result<void> Outbox::applyOne(const OutboxEntry &e, const QJsonObject &result, PushReport &report)
{
    const QString status = result.value("status"_L1).toString();
    if (status == "applied"_L1 || status == "duplicate"_L1) {
        ++report.applied;
        return acknowledged(e, result);
    }
    if (status == "conflict"_L1) {
        ++report.conflicts;
        return conflicted(e, result, report);
    }
    if (status == "rejected"_L1) {
        const QString code = result.value("code"_L1).toString();
        if (code == errorCodeName(ErrorCode::NotFound) && e.op != "create"_L1) {
            auto s = m_ledger.state(e.caseId);
            if (!s) {
                return s.error();
            }
            if (s->syncedVersion > 0 && !s->remoteDeleted) {
                // The server once had this case and has it no more: restored from an older backup
                // without this replica noticing (the cursor it kept was older than the backup).
                ++report.serverBehind;
                return serverLost(e, *s);
            }
        }
        {
            auto s = m_ledger.state(e.caseId);
            if (!s) {
                return s.error();
            }
            if (s->restoring) {
                // What a reconcile sent to give a restored server back what it lost, refused
                // (a reconcile sends whatever this replica has): a user who may not write the
                // case, or a review move only a samordnare may make. Not a change this user made,
                // so it does not wait for them: kept in the archive and let go here. Whoever may
                // write it brings it back.
                ++report.rejected;
                return Reconciler(m_ledger).letGo(e.caseId, QString::fromLatin1(Reconciler::NotYours));
            }
        }
        // For good: the change stays here, the case waits for the user (edit, revert or export).
        ++report.rejected;
        if (auto r = m_ledger.markRejected(e.mutationId, errorText(result)); !r) {
            return r;
        }
        auto s = m_ledger.state(e.caseId);
        if (!s) {
            return s.error();
        }
        s->local = CaseSyncState::Local::Blocked;
        return m_ledger.setState(*s);
    }
    // "retry", or no answer for this mutation: the same bytes go again later.
    ++report.retry;
    return m_ledger.noteAttempt(e.mutationId, status.isEmpty() ? u"no result"_s : status + u' ' + errorText(result));
}

Result<void> Outbox::acknowledged(const OutboxEntry &e, const QJsonObject &result)
{
    if (auto r = m_ledger.removeFromOutbox(e.mutationId); !r) {
        return r;
    }
    if (auto r =
            m_ledger.markDiscardedSent(QJsonDocument::fromJson(e.payload).object().value("discarded"_L1).toArray());
        !r) {
        return r;
    }
    auto s = m_ledger.state(e.caseId);
    if (!s) {
        return s.error();
    }
    const int version = result.value("version"_L1).toInt();
    if (version <= s->syncedVersion) {
        return {}; // the feed brought this version (or a newer one) already
    }
    if (e.op == "delete"_L1) {
        if (auto r = m_ledger.dropBase(e.caseId); !r) {
            return r;
        }
        if (s->local != CaseSyncState::Local::Deleted) {
            // Saved again here after the delete went out (an editor window still open): the case
            // is not let go; it goes back to the server as a create.
            return m_ledger.setState(CaseSyncState{e.caseId, version, true, true, s->local, true});
        }
        return m_ledger.setState(CaseSyncState{e.caseId, version, true, false, CaseSyncState::Local::Ok, true});
    }
    const QJsonObject doc = result.value("doc"_L1).toObject();
    if (doc.isEmpty()) {
        return {}; // the next pull brings the server's copy
    }
    // The body as frozen is the base: edits made here while the request was away stay local
    // changes, and what the server merged in from others comes in.
    return m_ledger.rebase(e.caseId, e.sentBody, doc, version);
}

Result<void> Outbox::conflicted(const OutboxEntry &e, const QJsonObject &result, PushReport &report)
{
    if (auto r = m_ledger.removeFromOutbox(e.mutationId); !r) {
        return r;
    }
    auto s = m_ledger.state(e.caseId);
    if (!s) {
        return s.error();
    }
    const int version = result.value("version"_L1).toInt();
    const QStringList paths = result.value("paths"_L1).toVariant().toStringList();
    const QJsonObject current = result.value("doc"_L1).toObject();

    if (paths.contains("$deleted"_L1)) {
        if (s->local == CaseSyncState::Local::Deleted) {
            // Deleted here too since this was sent: nothing left to push, nothing to ask. What
            // the delete threw away is in the archive already (LocalEdits::remove).
            if (auto r = m_ledger.dropBase(e.caseId); !r) {
                return r;
            }
            return m_ledger.setState(CaseSyncState{e.caseId,
                                                   std::max(s->syncedVersion, version),
                                                   true,
                                                   false,
                                                   CaseSyncState::Local::Ok,
                                                   true});
        }
        // Edited here, deleted on the server: the user decides.
        auto local = m_ledger.localBody(e.caseId);
        if (!local) {
            return local.error();
        }
        StoredConflict c{e.caseId, u"$deleted"_s, {}, {}, {}, version, {}};
        if (local->has_value()) {
            c.local = **local;
        }
        if (auto r = m_ledger.addConflict(c); !r) {
            return r;
        }
        s->syncedVersion = std::max(s->syncedVersion, version);
        s->remoteDeleted = true;
        s->local = CaseSyncState::Local::RemoteDeleted;
        return m_ledger.setState(*s);
    }
    if (paths.contains("$delete"_L1)) {
        // Deleted here, edited there: the edit wins and the case comes back; the user may still
        // delete it knowing what changed.
        if (s->local != CaseSyncState::Local::Deleted) {
            // Saved again here while the delete was away (an editor window still open): that body
            // gives way to the server's, and is kept in the archive.
            auto local = m_ledger.localBody(e.caseId);
            if (!local) {
                return local.error();
            }
            if (local->has_value()) {
                if (auto r =
                        m_ledger.archive(e.caseId, u"*"_s, **local, u"saved after a delete that lost to an edit"_s);
                    !r) {
                    return r;
                }
            }
        }
        if (auto r = m_ledger.writeBody(current); !r) {
            return r;
        }
        if (auto r = m_ledger.dropBase(e.caseId); !r) {
            return r;
        }
        if (auto r = m_ledger.addConflict(StoredConflict{e.caseId, u"$delete"_s, {}, {}, {}, version, {}}); !r) {
            return r;
        }
        return m_ledger.setState(CaseSyncState{e.caseId, version, false, false, CaseSyncState::Local::Conflict, true});
    }
    if (!current.isEmpty() && (version < s->syncedVersion || (s->remoteDeleted && version == s->syncedVersion))) {
        // The server is behind what it acknowledged to this replica (an older version, or a live
        // copy at the version this replica knows as a tombstone): restored from an older backup. Its copy becomes the
        // base, so what this replica has over it goes out again (as a reconcile does), instead of merging its older
        // values in as somebody's edits.
        ++report.serverBehind;
        if (auto r = m_ledger.setBase(e.caseId, BaseCopy{version, current}); !r) {
            return r;
        }
        s->syncedVersion = version;
        s->remoteDeleted = false;
        s->dirty = true;
        return m_ledger.setState(*s);
    }
    if (version <= s->syncedVersion || current.isEmpty()) {
        return {}; // already rebased onto this version by a pull; the next freeze resends
    }
    // Not the body as sent: it holds the very changes the server did not take, and as a base it
    // would let the server's copy replace them unseen (a create meeting a case brought back).
    auto base = m_ledger.mergeBase(e.caseId);
    if (!base) {
        return base.error();
    }
    return m_ledger.rebase(e.caseId, *base, current, version);
}

Result<void> Outbox::serverLost(const OutboxEntry &e, CaseSyncState s)
{
    if (auto r = m_ledger.removeFromOutbox(e.mutationId); !r) {
        return r;
    }
    if (s.local == CaseSyncState::Local::Deleted) {
        return m_ledger.forget(e.caseId); // deleted here, and not there either
    }
    // Never applied (the server has no such case), so dropping it keeps at-most-once; the case
    // goes again as a create with everything this replica has.
    if (auto r = m_ledger.archiveReplacedBase(e.caseId); !r) {
        return r;
    }
    if (auto r = m_ledger.dropBase(e.caseId); !r) {
        return r;
    }
    s.syncedVersion = 0;
    s.remoteDeleted = false;
    s.dirty = true;
    if (s.local == CaseSyncState::Local::Blocked) {
        s.local = CaseSyncState::Local::Ok;
    }
    return m_ledger.setState(s);
}

Result<void> Outbox::noteFailure(const QList<OutboxEntry> &batch, const Error &error)
{
    return m_store.transaction([&]() -> Result<void> {
        for (const OutboxEntry &e : batch) {
            if (auto r = m_ledger.noteAttempt(e.mutationId, errorCodeName(error.code)); !r) {
                return r;
            }
        }
        return {};
    });
}

} // namespace Fb
