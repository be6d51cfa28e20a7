#pragma once

#include "feedpage.h"
#include "result.h"
#include "syncledger.h"

#include <QJsonObject>

namespace Fb {

// The reconcile after a server was restored from a backup or replaced (docs/sync.md, "A restored
// server"): the whole feed is read again from the start, every case this replica has is set
// against the restored server's copy, and what the server lost goes back to it as local changes,
// while every value the restored server's copy or the lost server's history held and a change
// here replaces goes to the archive first. The mark survives a restart (stored with the reset
// cursor); FeedApplier applies the pages and asks this class about each item while it is set.
class Reconciler
{
public:
    static constexpr auto MetaReconcile = "sync_reconcile";
    // The high-water cursor of the last push (ServerApi::mutations), sent back as a witness.
    static constexpr auto MetaWitness = "sync_witness";
    // Why a copy a restored server lost was let go here: the archive's reason.
    static constexpr auto NotYours = "lost by the server and not yours to bring back";

    explicit Reconciler(SyncLedger &ledger);

    // Whether a reconcile is under way.
    Result<bool> active() const;
    // Marks every case this replica had from the server as not yet seen, and starts the feed over.
    Result<void> begin();
    // An item no newer than this replica's copy, read while reconciling: the server may have lost
    // what this replica holds. Whether anything changed for the user.
    Result<bool> item(const FeedItem &item, const CaseSyncState &state);
    // An item newer than this replica's copy, read while reconciling, before it is applied: what
    // this replica's copy holds, and what its base copy (the lost server's) held that a change here
    // replaced, goes to the archive unless the server's copy has it. The merge or the replacement
    // that follows would take the server's values as edits over them.
    Result<void> newer(const FeedItem &item, const CaseSyncState &state);
    // After the last page: what the whole feed did not mention the restored server lost.
    Result<void> finish();

    // Deleted here and there: nothing to send (an edit frozen before the delete here goes too,
    // the delete archived it); the server's tombstone at version is the one to build on. Also
    // what a pull does outside a reconcile.
    Result<void> deletedOnBothSides(const QString &id, int version);
    // What this replica sent, or would send, to give a restored server back what it lost, and
    // may not: its copy goes to the archive, and the replica holds the server's copy again (the
    // base the reconcile last read), or nothing when the server has none.
    Result<void> letGo(const QString &id, const QString &reason);

private:
    // For a case deleted here: its base copy into the archive unless server (the restored
    // server's copy; empty for its tombstone) is the same.
    Result<void> archiveDeletedBase(const QString &id, const QJsonObject &server);
    // state written and marked CaseSyncState::restoring; false (nothing changed for the user). A
    // läsare's copy is let go instead (true: the copy changed).
    Result<bool> restoring(const CaseSyncState &state);

    SyncLedger &m_ledger;
    CaseStore &m_store;
};

} // namespace Fb
