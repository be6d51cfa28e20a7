#pragma once

#include "accounts.h"
#include "caserepository.h"
#include "casevalidator.h"
#include "referencedata.h"
#include "serverstore.h"
#include "vocabularies.h"

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace Fb {

class CasePermissions;

// Applies one client mutation (create, update, delete) to the server's bank, following
// docs/sync.md: idempotent by mutation_id, merged per field path against base_version,
// validated, permission-checked, and written with its revision and feed entry in one
// transaction. Returns the result object the client gets back.
class MutationProcessor
{
public:
    static constexpr int MaxBatch = 100;

    MutationProcessor(ServerStore &store,
                      const Vocabularies &vocabularies,
                      const ReferenceData &referenceData,
                      Accounts::Clock clock);

    QJsonObject apply(const Session &session, const QJsonObject &mutation);
    // A request's mutations (at most MaxBatch), in one transaction with each mutation in a
    // savepoint of its own: one commit for the batch instead of one per mutation, each mutation
    // still applied or not on its own. Should the commit fail, nothing of the batch was written,
    // and every mutation is answered "retry".
    QJsonArray applyBatch(const Session &session, const QJsonArray &mutations);

private:
    struct Outcome;
    Outcome create(const Session &session, const QString &mutationId, const QJsonObject &mutation);
    Outcome update(const Session &session, const QString &mutationId, const QJsonObject &mutation);
    Outcome remove(const Session &session, const QString &mutationId, const QJsonObject &mutation);
    // The case to change, or the result to answer with instead (not found, forbidden, retry). An
    // update whose paths name only answers and adoptions may come from anyone who reads the case.
    std::variant<StoredCase, QJsonObject>
    writableCase(const Session &session, const QString &mutationId, const QString &id, const QStringList &paths = {});
    // The organisation the owner names (a municipality or region the server knows), or otherwise.
    QString owningOrganisation(const QJsonObject &body, const QString &otherwise) const;
    Result<QJsonObject> validated(const QJsonObject &body) const;
    // Every attachment must be a stored blob on the server that the writer may use, or one that
    // the case's previous body (its current version, or the tombstone it comes back over) named.
    Result<void> blobsPresent(CasePermissions &permissions, const QJsonObject &body, const QJsonObject *previous) const;

    ServerStore &m_store;
    CaseRepository m_cases;
    CaseValidator m_validator;
    Accounts::Clock m_clock;
};

} // namespace Fb
