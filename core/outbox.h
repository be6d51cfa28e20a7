#pragma once

#include "result.h"
#include "syncledger.h"

#include <QJsonArray>

namespace Fb {

// What one push round did.
struct PushReport
{
    int applied = 0;
    int conflicts = 0; // answered with a conflict (merged here, or waiting for the user)
    int rejected = 0;
    int retry = 0; // the server asked to send again later
    // Answers showing that the server lost what it had acknowledged (restored from an older
    // backup unnoticed): the feed is read again from the start (docs/sync.md, "A restored server").
    int serverBehind = 0;
};

// Local changes on their way to the server (docs/sync.md, "Push"). A dirty case is frozen into
// one mutation (create, update with only the changed field paths, or delete) whose bytes never
// change afterwards, so a retry after a lost answer is byte-identical and the server answers it
// from its log. At most one mutation per case is in flight.
class Outbox
{
public:
    // The server takes at most 100 mutations and 4 MiB per request.
    static constexpr int MaxBatch = 100;
    static constexpr qsizetype MaxBatchBytes = 3 * 1024 * 1024;

    explicit Outbox(SyncLedger &ledger);

    // Freezes a mutation for every case with local changes that has none in flight and waits
    // for no decision. Returns how many it froze.
    Result<int> freeze();
    // The next request's worth of frozen mutations, oldest first, leaving out the cases in skip.
    Result<QList<OutboxEntry>> nextBatch(const QSet<QString> &skip = {}) const;
    // The next request's worth of mutations sent before without an answer, leaving out the cases
    // in skip. Whether the server applied them is not known until they are sent again.
    Result<QList<OutboxEntry>> inDoubt(const QSet<QString> &skip = {}) const;
    // The request body for a batch: the frozen payloads verbatim.
    // The request of a batch; witness as for ServerApi::changes.
    static QByteArray requestBody(const QList<OutboxEntry> &batch, const QString &witness = {});
    // Handles the server's answer to a batch, in one transaction.
    Result<PushReport> applyResults(const QList<OutboxEntry> &batch, const QJsonArray &results);
    // The request failed as a whole (network, server): the mutations stay frozen for a retry.
    Result<void> noteFailure(const QList<OutboxEntry> &batch, const Error &error);

private:
    Result<void> freezeCase(const QString &id, int &frozen);
    Result<void> applyOne(const OutboxEntry &entry, const QJsonObject &result, PushReport &report);
    Result<void> acknowledged(const OutboxEntry &entry, const QJsonObject &result);
    Result<void> conflicted(const OutboxEntry &entry, const QJsonObject &result, PushReport &report);
    // An update or delete of a case the server no longer has although it acknowledged it: the
    // case goes again as a create (or, deleted here, is forgotten).
    Result<void> serverLost(const OutboxEntry &entry, CaseSyncState state);
    // The case archived whole with reason; this replica keeps the base copy (the server's, as
    // last read) or, without one, lets the case go.

    SyncLedger &m_ledger;
    CaseStore &m_store;
};

} // namespace Fb
