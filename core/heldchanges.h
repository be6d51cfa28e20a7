#pragma once

#include "feedpage.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Fb {

class CaseStore;

// A feed item this program could not read, kept instead of applied (docs/sync.md, "Items set
// aside").
struct HeldChange
{
    qint64 seq = 0;
    FeedItem item;
    QString reason;
    QString heldAt; // ISO 8601, UTC
};

// Feed items set aside in the replica (table held_change): one unreadable item must not fail its
// page on every sync and stop the replica for good. They are kept with the reason, counted in the
// sync status, and read again at the start of every pull, so a program that has learnt to read
// them (an upgrade) applies them; a newer readable version of the same case supersedes them.
// Joins the caller's transaction.
class HeldChanges
{
public:
    explicit HeldChanges(CaseStore &store);

    Result<void> hold(const FeedItem &item, const QString &reason);
    Result<QList<HeldChange>> all() const;
    Result<int> count() const;
    Result<void> remove(qint64 seq);
    // Drops what a readable version of the case, at least as new, has replaced.
    Result<void> supersede(const QString &caseId, int version);

private:
    CaseStore &m_store;
};

} // namespace Fb
