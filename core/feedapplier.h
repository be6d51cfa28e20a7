#pragma once

#include "result.h"
#include "syncledger.h"
#include "synctypes.h"

namespace Fb {

// Applies the server's change feed to the replica (docs/sync.md, "Pull"): each page with its
// cursor in one transaction, so a killed process resumes from the last whole page (invariant
// I6). Cases without local changes take the server's copy; cases with local changes are merged
// three-way and keep every local edit. Only an explicit tombstone removes a case.
class FeedApplier
{
public:
    static constexpr auto MetaReconcile = "sync_reconcile";

    explicit FeedApplier(SyncLedger &ledger);

    // Returns the number of cases changed here.
    Result<int> apply(const RemotePage &page);
    // How many cases held here the page would remove.
    Result<int> removals(const RemotePage &page) const;

    // The server's epoch changed (it was restored from a backup or replaced): read its feed
    // again from the start, and treat what it lost as local changes to push again. Survives a
    // restart: the mark is stored with the reset cursor.
    Result<void> beginReconcile();
    Result<bool> reconciling() const;

private:
    Result<void> replaceSampleBank();
    Result<bool> applyItem(const RemoteChange &item, bool reconciling);
    // An item no newer than what this replica has, read while reconciling: the server may have
    // lost what this replica holds.
    Result<bool> reconcileItem(const RemoteChange &item, const CaseSyncState &state);
    Result<void> finishReconcile();

    SyncLedger &m_ledger;
    CaseStore &m_store;
};

} // namespace Fb
