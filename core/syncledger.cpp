#include "syncledger.h"

#include "casefields.h"
#include "caserecord.h"
#include "sqlresult.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

enum Statement {
    SelectState,
    UpsertState,
    SelectBase,
    UpsertBase,
    DeleteBase,
};

// A value that may be absent, as text: {"v": value}, or {} for absent.
QString encodeValue(const QJsonValue &value)
{
    QJsonObject o;
    if (!value.isUndefined()) {
        o.insert(u"v"_s, value);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue decodeValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().value("v"_L1);
}

QJsonObject decodeObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString encodeObject(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

OutboxEntry outboxRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.mutationId = q.value(0).toString();
    e.caseId = q.value(1).toString();
    e.op = q.value(2).toString();
    e.baseVersion = q.value(3).toInt();
    e.payload = q.value(4).toByteArray();
    e.sentBody = decodeObject(q.value(5).toString());
    e.rejected = q.value(6).toString() == "rejected"_L1;
    e.attempts = q.value(7).toInt();
    e.lastError = q.value(8).toString();
    return e;
}

const auto OutboxColumns = "mutation_id, case_id, op, base_version, payload, sent_body, state, attempts, last_error"_L1;

} // namespace

QString CaseSyncState::localName(Local local)
{
    switch (local) {
    case Local::Ok: return u"ok"_s;
    case Local::Deleted: return u"deleted"_s;
    case Local::Conflict: return u"conflict"_s;
    case Local::Blocked: return u"blocked"_s;
    case Local::RemoteDeleted: return u"remote_deleted"_s;
    }
    return u"ok"_s;
}

CaseSyncState::Local CaseSyncState::localFromName(QStringView name)
{
    for (Local l : {Local::Deleted, Local::Conflict, Local::Blocked, Local::RemoteDeleted}) {
        if (name == localName(l)) {
            return l;
        }
    }
    return Local::Ok;
}

SyncLedger::SyncLedger(CaseStore &store)
    : m_store(store)
{
}

QSqlQuery &SyncLedger::statement(int which, const QString &sql) const
{
    auto it = m_statements.find(which);
    if (it == m_statements.end()) {
        it = m_statements.emplace(which, QSqlQuery(m_store.database())).first;
        it->second.prepare(sql);
    }
    return it->second;
}

Result<CaseSyncState> SyncLedger::state(const QString &id) const
{
    // Asked once per feed item: prepared once.
    QSqlQuery &q =
        statement(SelectState,
                  u"SELECT synced_version, deleted, dirty, local_state, reconcile FROM sync_case WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto r = execute(q, u"sync_case"_s); !r) {
        return r.error();
    }
    CaseSyncState s;
    s.id = id;
    if (q.next()) {
        s.known = true;
        s.syncedVersion = q.value(0).toInt();
        s.remoteDeleted = q.value(1).toBool();
        s.dirty = q.value(2).toBool();
        s.local = CaseSyncState::localFromName(q.value(3).toString());
        s.restoring = q.value(4).toInt() == 2;
    }
    q.finish();
    return s;
}

Result<void> SyncLedger::setState(const CaseSyncState &s)
{
    QSqlQuery &q = statement(UpsertState,
                             u"INSERT INTO sync_case(id, synced_version, deleted, dirty, local_state, reconcile) "
                             "VALUES(?, ?, ?, ?, ?, 0) ON CONFLICT(id) DO UPDATE SET "
                             "synced_version = excluded.synced_version, deleted = excluded.deleted, "
                             "dirty = excluded.dirty, local_state = excluded.local_state, "
                             "reconcile = CASE WHEN sync_case.reconcile = 1 THEN 1 ELSE 0 END"_s);
    q.addBindValue(s.id);
    q.addBindValue(s.syncedVersion);
    q.addBindValue(s.remoteDeleted ? 1 : 0);
    q.addBindValue(s.dirty ? 1 : 0);
    q.addBindValue(CaseSyncState::localName(s.local));
    return execute(q, u"sync_case"_s);
}

Result<void> SyncLedger::markRestoring(const QString &id)
{
    // reconcile: 1 while a reconcile waits to see the case in the feed, 2 once it made it dirty.
    return execute(m_store.database(), u"UPDATE sync_case SET reconcile = 2 WHERE id = ?"_s, {id});
}

Result<void> SyncLedger::forget(const QString &id)
{
    if (auto r = execute(m_store.database(), u"DELETE FROM sync_case WHERE id = ?"_s, {id}); !r) {
        return r;
    }
    return dropBase(id);
}

Result<QStringList> SyncLedger::dirtyIds() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT id FROM sync_case WHERE dirty = 1 ORDER BY id"_s)) {
        return Error{ErrorCode::DatabaseQueryFailed, u"sync_case"_s, q.lastError().text()};
    }
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    return ids;
}

Result<QList<CaseSyncState>> SyncLedger::unsettled() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT id, synced_version, deleted, dirty, local_state FROM sync_case "
                "WHERE dirty = 1 OR local_state <> 'ok' ORDER BY id"_s)) {
        return Error{ErrorCode::DatabaseQueryFailed, u"sync_case"_s, q.lastError().text()};
    }
    QList<CaseSyncState> result;
    while (q.next()) {
        result.append(CaseSyncState{q.value(0).toString(),
                                    q.value(1).toInt(),
                                    q.value(2).toBool(),
                                    q.value(3).toBool(),
                                    CaseSyncState::localFromName(q.value(4).toString()),
                                    true});
    }
    return result;
}

Result<std::optional<BaseCopy>> SyncLedger::base(const QString &id) const
{
    QSqlQuery &q = statement(SelectBase, u"SELECT version, body FROM case_base WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto r = execute(q, u"case_base"_s); !r) {
        return r.error();
    }
    std::optional<BaseCopy> result;
    if (q.next()) {
        result = BaseCopy{q.value(0).toInt(), decodeObject(q.value(1).toString())};
    }
    q.finish();
    return result;
}

Result<QJsonObject> SyncLedger::mergeBase(const QString &id) const
{
    auto copy = base(id);
    if (!copy) {
        return copy.error();
    }
    return copy->has_value() ? (*copy)->body : QJsonObject{};
}

Result<void> SyncLedger::setBase(const QString &id, const BaseCopy &base)
{
    QSqlQuery &q = statement(UpsertBase,
                             u"INSERT INTO case_base(id, version, body) VALUES(?, ?, ?) ON CONFLICT(id) DO UPDATE "
                             "SET version = excluded.version, body = excluded.body"_s);
    q.addBindValue(id);
    q.addBindValue(base.version);
    q.addBindValue(encodeObject(base.body));
    return execute(q, u"case_base"_s);
}

Result<void> SyncLedger::dropBase(const QString &id)
{
    QSqlQuery &q = statement(DeleteBase, u"DELETE FROM case_base WHERE id = ?"_s);
    q.addBindValue(id);
    return execute(q, u"case_base"_s);
}

Result<std::optional<QJsonObject>> SyncLedger::localBody(const QString &id) const
{
    auto record = m_store.get(id);
    if (record) {
        return std::optional<QJsonObject>(record->toJsonObject());
    }
    if (record.code() != ErrorCode::NotFound) {
        return record.error();
    }
    return std::optional<QJsonObject>();
}

Result<void> SyncLedger::addToOutbox(const OutboxEntry &e)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO outbox(mutation_id, case_id, op, base_version, payload, sent_body, created_at) "
              "VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.mutationId);
    q.addBindValue(e.caseId);
    q.addBindValue(e.op);
    q.addBindValue(e.baseVersion);
    q.addBindValue(e.payload);
    q.addBindValue(encodeObject(e.sentBody));
    q.addBindValue(now());
    return execute(q, u"outbox"_s);
}

Result<std::optional<OutboxEntry>> SyncLedger::outboxEntry(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT "_s + OutboxColumns + u" FROM outbox WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (auto r = execute(q, u"outbox"_s); !r) {
        return r.error();
    }
    std::optional<OutboxEntry> result;
    if (q.next()) {
        result = outboxRow(q);
    }
    return result;
}

Result<QList<OutboxEntry>>
SyncLedger::frozen(int maxCount, qsizetype maxBytes, const QSet<QString> &skip, bool sentOnly) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + OutboxColumns + u" FROM outbox WHERE state = 'frozen'"_s
              + (sentOnly ? u" AND attempts > 0"_s : QString()) + u" ORDER BY seq LIMIT ?"_s);
    q.addBindValue(maxCount + skip.size());
    if (auto r = execute(q, u"outbox"_s); !r) {
        return r.error();
    }
    QList<OutboxEntry> entries;
    qsizetype bytes = 0;
    while (q.next() && entries.size() < maxCount) {
        OutboxEntry e = outboxRow(q);
        if (skip.contains(e.caseId)) {
            continue;
        }
        // The first entry always goes, so one large case cannot stall the queue.
        if (!entries.isEmpty() && bytes + e.payload.size() > maxBytes) {
            break;
        }
        bytes += e.payload.size();
        entries.append(std::move(e));
    }
    return entries;
}

Result<void> SyncLedger::removeFromOutbox(const QString &mutationId)
{
    return execute(m_store.database(), u"DELETE FROM outbox WHERE mutation_id = ?"_s, {mutationId});
}

Result<void> SyncLedger::dropOutbox(const QString &caseId)
{
    return execute(m_store.database(), u"DELETE FROM outbox WHERE case_id = ?"_s, {caseId});
}

Result<void> SyncLedger::markRejected(const QString &mutationId, const QString &error)
{
    return execute(
        m_store.database(),
        u"UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"_s,
        {error, mutationId});
}

Result<void> SyncLedger::noteAttempt(const QString &mutationId, const QString &error)
{
    return execute(m_store.database(),
                   u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"_s,
                   {error, mutationId});
}

Result<QList<OutboxEntry>> SyncLedger::rejected() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT "_s + OutboxColumns + u" FROM outbox WHERE state = 'rejected' ORDER BY case_id"_s)) {
        return Error{ErrorCode::DatabaseQueryFailed, u"outbox"_s, q.lastError().text()};
    }
    QList<OutboxEntry> entries;
    while (q.next()) {
        entries.append(outboxRow(q));
    }
    return entries;
}

Result<void> SyncLedger::addConflict(const StoredConflict &c)
{
    // A newer detection of the same collision replaces the older one.
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT OR REPLACE INTO conflict(case_id, path, base_value, local_value, remote_value, "
              "remote_version, detected_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.caseId);
    q.addBindValue(c.path);
    q.addBindValue(encodeValue(c.base));
    q.addBindValue(encodeValue(c.local));
    q.addBindValue(encodeValue(c.remote));
    q.addBindValue(c.remoteVersion);
    q.addBindValue(c.detectedAt.isEmpty() ? now() : c.detectedAt);
    return execute(q, u"conflict"_s);
}

Result<QList<StoredConflict>> SyncLedger::conflicts(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT case_id, path, base_value, local_value, remote_value, remote_version, detected_at "
              "FROM conflict WHERE ? = '' OR case_id = ? ORDER BY case_id, path"_s);
    q.addBindValue(caseId.isNull() ? u""_s : caseId);
    q.addBindValue(caseId.isNull() ? u""_s : caseId);
    if (auto r = execute(q, u"conflict"_s); !r) {
        return r.error();
    }
    QList<StoredConflict> result;
    while (q.next()) {
        result.append(StoredConflict{q.value(0).toString(),
                                     q.value(1).toString(),
                                     decodeValue(q.value(2).toString()),
                                     decodeValue(q.value(3).toString()),
                                     decodeValue(q.value(4).toString()),
                                     q.value(5).toInt(),
                                     q.value(6).toString()});
    }
    return result;
}

Result<void> SyncLedger::removeConflict(const QString &caseId, const QString &path)
{
    return execute(m_store.database(), u"DELETE FROM conflict WHERE case_id = ? AND path = ?"_s, {caseId, path});
}

Result<void> SyncLedger::dropConflicts(const QString &caseId)
{
    return execute(m_store.database(), u"DELETE FROM conflict WHERE case_id = ?"_s, {caseId});
}

Result<void>
SyncLedger::archive(const QString &caseId, const QString &path, const QJsonValue &value, const QString &reason)
{
    return execute(m_store.database(),
                   u"INSERT INTO discarded(case_id, path, value, reason, discarded_at) VALUES(?, ?, ?, ?, ?)"_s,
                   {caseId, path, encodeValue(value), reason, now()});
}

Result<void> SyncLedger::archiveReplacedBase(const QString &caseId, const QJsonObject &server)
{
    auto kept = base(caseId);
    if (!kept) {
        return kept.error();
    }
    auto local = localBody(caseId);
    if (!local) {
        return local.error();
    }
    if (!kept->has_value() || !local->has_value()) {
        return {};
    }
    return archiveReplaced(caseId, (*kept)->body, **local, u"replaced here, lost by the server"_s, server);
}

Result<void> SyncLedger::archiveReplaced(const QString &caseId,
                                         const QJsonObject &from,
                                         const QJsonObject &to,
                                         const QString &reason,
                                         const QJsonObject &except)
{
    const QJsonObject replaced = CaseFields::diff(from, to);
    for (auto it = replaced.begin(); it != replaced.end(); ++it) {
        const QJsonValue value = CaseFields::valueAt(from, it.key());
        if (value.isUndefined() || value.isNull() || CaseFields::isServerField(it.key())
            || value == CaseFields::valueAt(except, it.key())) {
            continue;
        }
        // Once: the server's side of an open conflict may be this same value, archived at the
        // reconcile's start (archiveConflictRemotes).
        QSqlQuery q(m_store.database());
        q.prepare(u"SELECT 1 FROM discarded WHERE case_id = ? AND path = ? AND value = ?"_s);
        q.addBindValue(caseId);
        q.addBindValue(it.key());
        q.addBindValue(encodeValue(value));
        if (auto r = execute(q, u"discarded"_s); !r) {
            return r;
        }
        if (q.next()) {
            continue;
        }
        if (auto r = archive(caseId, it.key(), value, reason); !r) {
            return r;
        }
    }
    return {};
}

Result<void> SyncLedger::archiveConflictRemotes(const QString &reason)
{
    return execute(m_store.database(),
                   u"INSERT INTO discarded(case_id, path, value, reason, discarded_at) "
                   "SELECT case_id, path, remote_value, ?, ? FROM conflict WHERE remote_value NOT IN (?, ?)"_s,
                   {reason, now(), encodeValue(QJsonValue::Undefined), encodeValue(QJsonValue::Null)});
}

Result<QJsonArray> SyncLedger::unsentDiscarded(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT seq, path, value, reason FROM discarded WHERE case_id = ? AND sent = 0 ORDER BY seq"_s);
    q.addBindValue(caseId);
    if (auto r = execute(q, u"discarded"_s); !r) {
        return r.error();
    }
    QJsonArray result;
    while (q.next()) {
        QJsonObject o{{u"seq"_s, q.value(0).toLongLong()},
                      {u"path"_s, q.value(1).toString()},
                      {u"reason"_s, q.value(3).toString()}};
        const QJsonValue value = decodeValue(q.value(2).toString());
        if (!value.isUndefined()) {
            o.insert(u"value"_s, value);
        }
        result.append(o);
    }
    return result;
}

Result<QJsonArray> SyncLedger::archived() const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT seq, case_id, path, value, reason, discarded_at, sent FROM discarded ORDER BY seq"_s);
    if (auto r = execute(q, u"discarded"_s); !r) {
        return r.error();
    }
    QJsonArray result;
    while (q.next()) {
        QJsonObject o{{u"seq"_s, q.value(0).toLongLong()},
                      {u"case_id"_s, q.value(1).toString()},
                      {u"path"_s, q.value(2).toString()},
                      {u"reason"_s, q.value(4).toString()},
                      {u"discarded_at"_s, q.value(5).toString()},
                      {u"sent"_s, q.value(6).toInt() != 0}};
        const QJsonValue value = decodeValue(q.value(3).toString());
        if (!value.isUndefined()) {
            o.insert(u"value"_s, value);
        }
        result.append(o);
    }
    return result;
}

Result<void> SyncLedger::markDiscardedSent(const QJsonArray &discarded)
{
    for (const QJsonValue &v : discarded) {
        if (auto r = execute(m_store.database(),
                             u"UPDATE discarded SET sent = 1 WHERE seq = ?"_s,
                             {v.toObject().value("seq"_L1).toInteger()});
            !r) {
            return r;
        }
    }
    return {};
}

Result<SyncCounts> SyncLedger::counts() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT (SELECT count(*) FROM sync_case WHERE dirty = 1), "
                "(SELECT count(*) FROM conflict), "
                "(SELECT count(*) FROM sync_case WHERE local_state = 'blocked'), "
                "(SELECT count(*) FROM held_change)"_s)
        || !q.next()) {
        return Error{ErrorCode::DatabaseQueryFailed, u"counts"_s, q.lastError().text()};
    }
    return SyncCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
}

Result<void> SyncLedger::writeBody(const QJsonObject &body)
{
    auto record = CaseRecord::fromJsonObject(body);
    if (!record) {
        return Error{ErrorCode::ProtocolError, body.value("id"_L1).toString(), record.error().detail};
    }
    return m_store.putTrusted(*record);
}

Result<void>
SyncLedger::rebase(const QString &id, const QJsonObject &base, const QJsonObject &remote, int remoteVersion)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    auto local = localBody(id);
    if (!local) {
        return local.error();
    }
    s->syncedVersion = remoteVersion;
    s->remoteDeleted = false;
    if (auto r = setBase(id, BaseCopy{remoteVersion, remote}); !r) {
        return r;
    }
    if (s->local == CaseSyncState::Local::Deleted || !local->has_value()) {
        auto inFlight = outboxEntry(id);
        if (!inFlight) {
            return inFlight.error();
        }
        if (s->local == CaseSyncState::Local::Deleted && !inFlight->has_value()
            && !CaseFields::sameContent(base, remote)) {
            // Deleted here without knowing of an edit there: the edit wins, as it does when the
            // delete is already on its way, and the user may delete again knowing what changed.
            if (auto r = writeBody(remote); !r) {
                return r;
            }
            if (auto r = dropBase(id); !r) {
                return r;
            }
            if (auto r = addConflict(StoredConflict{id, u"$delete"_s, {}, {}, {}, remoteVersion, {}}); !r) {
                return r;
            }
            return setState(CaseSyncState{id, remoteVersion, false, false, CaseSyncState::Local::Conflict, true});
        }
        // The delete goes out against the newer version (nothing changed there, or it is already
        // frozen and the server decides with the version it was made against).
        s->dirty = true;
        return setState(*s);
    }
    const MergeResult merge = CaseMerge::merge3(base, **local, remote);
    if (merge.merged != **local) {
        if (auto r = writeBody(merge.merged); !r) {
            return r;
        }
    }
    for (const FieldConflict &c : merge.conflicts) {
        if (auto r = addConflict(StoredConflict{id, c.path, c.base, c.local, c.remote, remoteVersion, {}}); !r) {
            return r;
        }
    }
    auto open = conflicts(id);
    if (!open) {
        return open.error();
    }
    if (!open->isEmpty()) {
        s->local = CaseSyncState::Local::Conflict;
        s->dirty = true;
    } else if (CaseFields::sameContent(merge.merged, remote)) {
        s->local = CaseSyncState::Local::Ok;
        s->dirty = false;
        if (auto r = dropBase(id); !r) {
            return r;
        }
    } else {
        if (s->local == CaseSyncState::Local::Conflict) {
            s->local = CaseSyncState::Local::Ok;
        }
        s->dirty = true;
    }
    return setState(*s);
}

} // namespace Fb
