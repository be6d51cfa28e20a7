#pragma once

#include "caserecord.h"
#include "feedpage.h"
#include "heldchanges.h"
#include "reconciler.h"
#include "result.h"
#include "syncledger.h"
#include "whatsnew.h"

#include <optional>

namespace Fb {

// Applies the server's change feed to the replica (docs/sync.md, "Pull"): each page with its
// cursor in one transaction, so a killed process resumes from the last whole page (invariant
// I6). Cases without local changes take the server's copy; cases with local changes are merged
// three-way and keep every local edit. Only an explicit tombstone removes a case.
class FeedApplier
{
public:
    static constexpr auto MetaReconcile = Reconciler::MetaReconcile;
    static constexpr auto MetaWitness = Reconciler::MetaWitness;

    explicit FeedApplier(SyncLedger &ledger);

    // What a page (or the items read again) did here.
    struct Tally
    {
        int changed = 0; // cases added, changed or removed
        int left = 0; // of those, cases no longer for this user to see, gone from the replica
        int leftWithEdits = 0; // of those, cases whose unsent changes went to the archive
    };

    // Items this program cannot read are set aside (HeldChanges) and the page goes on.
    Result<Tally> apply(const FeedPage &page);
    // Reads the items set aside again (a newer program may read them) and applies those it can.
    Result<Tally> retryHeld();

    struct Applied
    {
        bool changed = false;
        QString unreadable; // why the item was not applied, or empty
        bool left = false;
        bool archived = false;
    };

    // How many cases held here the page would remove.
    Result<int> removals(const FeedPage &page) const;

    // The server's epoch changed (it was restored from a backup or replaced): read its feed
    // again from the start, and treat what it lost as local changes to push again. Survives a
    // restart: the mark is stored with the reset cursor.
    Result<void> beginReconcile();
    Result<bool> reconciling() const;

private:
    Result<void> replaceSampleBank();
    // news: what to note for the user (WhatsNew), or nullptr.
    Result<Applied> applyItem(const FeedItem &item, bool reconciling, const WhatsNew *news);
    // A readable item newer than this replica's copy; remote is empty for a delete.
    Result<bool> applyNewer(const FeedItem &item, CaseSyncState state, const std::optional<CaseRecord> &remote);
    // The server no longer shows this case to this user (docs/sync.md, "Who sees what"): it leaves
    // the replica, and is no deletion; what the server never had of it is kept in the archive.
    Result<Applied> leave(const QString &id);

    SyncLedger &m_ledger;
    CaseStore &m_store;
    HeldChanges m_held;
    Reconciler m_reconcile;
};

} // namespace Fb
