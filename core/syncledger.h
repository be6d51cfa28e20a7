#pragma once

#include "casemerge.h"
#include "casestore.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <optional>

namespace Fb {

// What the replica knows of one case's life on the server and of the local changes not yet there.
struct CaseSyncState
{
    enum class Local {
        Ok,
        Deleted, // deleted here, the delete not yet acknowledged
        Conflict, // open conflicts wait for the user; nothing is pushed until they are resolved
        Blocked, // the server refused the change for good (permission, validation); kept here
        RemoteDeleted, // deleted on the server while edited here; the user decides
    };

    QString id;
    int syncedVersion = 0; // the server version this replica last matched; 0: never on the server
    bool remoteDeleted = false; // the server's copy is a tombstone
    bool dirty = false; // local changes the server has not acknowledged
    Local local = Local::Ok;
    bool known = false; // a row exists
    // Dirty only to give a restored server back what it lost (FeedApplier's reconcile), not by
    // an edit here: a server that will not take it from this user lets it go (archived). Any
    // later state change (an edit) clears it.
    bool restoring = false;

    static QString localName(Local local);
    static Local localFromName(QStringView name);
};

// The last server-confirmed body of a case, kept only while the case has local changes
// (copy-on-first-edit): the base of every three-way merge.
struct BaseCopy
{
    int version = 0;
    QJsonObject body;
};

// A mutation frozen for sending: its bytes never change, so a retry is byte-identical and the
// server can answer it from its log.
struct OutboxEntry
{
    QString mutationId;
    QString caseId;
    QString op; // create, update, delete
    int baseVersion = 0;
    QByteArray payload; // compact JSON, sent verbatim
    QJsonObject sentBody; // the local body as frozen: the base when the answer comes back
    bool rejected = false;
    int attempts = 0;
    QString lastError;
};

// One field both sides changed to different values.
struct StoredConflict
{
    QString caseId;
    QString path; // a field path, or $deleted (the server deleted an edited case), $delete (a
                  // local delete lost to a remote edit)
    QJsonValue base;
    QJsonValue local;
    QJsonValue remote;
    int remoteVersion = 0;
    QString detectedAt; // display only
};

struct SyncCounts
{
    int pending = 0; // cases with local changes not yet on the server
    int conflicts = 0; // open conflicts
    int blocked = 0; // cases the server refused
    int held = 0; // feed items this program could not read, set aside (HeldChanges)
};

// The sync tables beside the cases (replica schema 3, docs/sync.md): per-case sync state, base
// copies, the outbox, conflicts and discarded values. Row access plus the one rule the pull and
// the push share: rebasing a case with local changes onto a newer server copy.
//
// Lives on the store's thread and must be destroyed before the store (it holds prepared
// statements on the store's connection).
class SyncLedger
{
public:
    explicit SyncLedger(CaseStore &store);

    CaseStore &store() const { return m_store; }

    Result<CaseSyncState> state(const QString &id) const;
    Result<void> setState(const CaseSyncState &state);
    Result<void> forget(const QString &id);
    // Marks a case CaseSyncState::restoring (after setState, which clears it). setState keeps
    // the other mark, a case a reconcile has yet to see in the feed: an edit meanwhile must not
    // hide a case the restored server lost (seed 5158).
    Result<void> markRestoring(const QString &id);
    Result<QStringList> dirtyIds() const;
    // Every case with local changes or waiting for the user, by id.
    Result<QList<CaseSyncState>> unsettled() const;

    Result<std::optional<BaseCopy>> base(const QString &id) const;
    // What a merge of this case's local body with the server's starts from: the base copy, or,
    // without one (created here, or saved again after a delete let the old base go), the empty
    // case, so that every field both sides wrote differently is asked, never silently taken.
    Result<QJsonObject> mergeBase(const QString &id) const;
    Result<void> setBase(const QString &id, const BaseCopy &base);
    Result<void> dropBase(const QString &id);

    // The local body of a case: its current row, or for a case deleted here its base.
    Result<std::optional<QJsonObject>> localBody(const QString &id) const;

    Result<void> addToOutbox(const OutboxEntry &entry);
    Result<std::optional<OutboxEntry>> outboxEntry(const QString &caseId) const;
    // Frozen (not rejected) entries in freeze order, at most maxCount and about maxBytes,
    // leaving out the cases in skip; with sentOnly, only those sent before without an answer
    // (whether the server applied them is not known).
    Result<QList<OutboxEntry>>
    frozen(int maxCount, qsizetype maxBytes, const QSet<QString> &skip = {}, bool sentOnly = false) const;
    Result<void> removeFromOutbox(const QString &mutationId);
    // Whatever the case has in the outbox, sent or not: for a case that has nothing left to send.
    Result<void> dropOutbox(const QString &caseId);
    Result<void> markRejected(const QString &mutationId, const QString &error);
    Result<void> noteAttempt(const QString &mutationId, const QString &error);

    Result<void> addConflict(const StoredConflict &conflict);
    Result<QList<StoredConflict>> conflicts(const QString &caseId = {}) const;
    Result<void> removeConflict(const QString &caseId, const QString &path);
    // Every open conflict of the case.
    Result<void> dropConflicts(const QString &caseId);
    Result<void> archive(const QString &caseId, const QString &path, const QJsonValue &value, const QString &reason);
    // Before a base copy is let go because the server was restored without it: the lost server's
    // values that edits here replaced. Their archive was that server's history, which the restore
    // lost (seed 11221); a value the server now has (server) is kept there.
    Result<void> archiveReplacedBase(const QString &caseId, const QJsonObject &server = {});
    // The values of from that to replaces (server fields aside), unless except has the same at
    // that path or the archive has it for the case already.
    Result<void> archiveReplaced(const QString &caseId,
                                 const QJsonObject &from,
                                 const QJsonObject &to,
                                 const QString &reason,
                                 const QJsonObject &except = {});
    // The server's side of every open conflict, into the archive: for when the server's history,
    // which held it, may be gone (a restore).
    Result<void> archiveConflictRemotes(const QString &reason);
    Result<QList<OutboxEntry>> rejected() const;
    // Discarded values of a case not yet in the server's archive, as the mutation carries them:
    // [{"seq", "path", "value", "reason"}].
    Result<QJsonArray> unsentDiscarded(const QString &caseId) const;
    // Everything this replica ever threw away, oldest first, each {seq, case_id, path, value,
    // reason, discarded_at, sent}: what a user looks through for a lost sentence.
    Result<QJsonArray> archived() const;
    Result<void> markDiscardedSent(const QJsonArray &discarded);

    Result<SyncCounts> counts() const;

    // Merges a newer server copy into a case with local changes: three-way against base, the
    // merged body written, remote becoming the new base, true collisions stored as conflicts. A
    // case whose merge equals the server's copy is clean again. Joins the caller's transaction.
    Result<void> rebase(const QString &id, const QJsonObject &base, const QJsonObject &remote, int remoteVersion);

    // Writes a server or merged body into the cases table.
    Result<void> writeBody(const QJsonObject &body);

private:
    QSqlQuery &statement(int which, const QString &sql) const;

    CaseStore &m_store;
    mutable std::map<int, QSqlQuery> m_statements;
};

} // namespace Fb
