#pragma once

#include "caserecord.h"
#include "result.h"
#include "syncledger.h"

#include <QJsonValue>

namespace Fb {

// The user's writes to the replica (docs/sync.md, "Local edits"). Every write is validated and
// committed in one transaction with what sync needs: the server's copy kept as the merge base on
// the first edit, and the case marked as changed, so nothing saved here is lost before the
// server has it.
class LocalEdits
{
public:
    enum class Take {
        Mine, // keep this replica's value
        Theirs, // take the server's value
        Value, // a value the user wrote
    };

    explicit LocalEdits(SyncLedger &ledger);

    CaseStore &store() const { return m_store; }

    // Creates or replaces a case.
    Result<void> save(const CaseRecord &record);
    // All or nothing, in one transaction.
    Result<void> saveMany(const QList<CaseRecord> &records);
    Result<void> remove(const QString &id);

    // Settles one open conflict. path is a field path, $deleted (the server deleted a case
    // edited here: Mine restores it, Theirs lets it go) or $delete (a delete here lost to an
    // edit there: Mine deletes again, Theirs keeps the case). What is thrown away is archived.
    Result<void> resolve(const QString &id, const QString &path, Take take, const QJsonValue &value = {});
    // Throws away this replica's changes to a case (archived) and returns to the server's copy.
    Result<void> revert(const QString &id);

private:
    Result<void> saveOne(const CaseRecord &record);
    // An edit of a case with open conflicts: each conflict shows the field's value as it is now.
    Result<void> refreshConflicts(const CaseRecord &record);

    SyncLedger &m_ledger;
    CaseStore &m_store;
};

} // namespace Fb
