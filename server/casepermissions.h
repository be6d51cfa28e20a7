#pragma once

#include "accounts.h"
#include "caserepository.h"
#include "result.h"
#include "serverstore.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Fb {

// Who may read and who may change a case (docs/server.md, "Who sees what"): the server's one
// copy of the rule, asked on every read (the feed, blobs, mutation answers) and every write.
//
// Read: an administrator reads everything; every logged-in user reads a case whose review state is
// public (ReviewWorkflow::isPublic) and every question; any other case is read by its owning organisation, by the
// organisations named among its actors, and by the samordnare of the owning organisation's county.
// Write: an administrator writes everything; a redaktör the cases of their organisation; a
// samordnare those of their organisation and of every organisation in their county. Whoever may
// write a case may read it, in every state. Whoever may read a case or question, and write cases at
// all, adds their own organisation's adoptions and answers to it (Contributions; MutationProcessor).
//
// One instance serves one request: the organisations it looks up are kept for that request only.
class CasePermissions
{
public:
    CasePermissions(ServerStore &store, const Session &session);

    Result<bool> mayRead(const StoredCase &c);
    Result<bool> mayWrite(const QString &organisationId);
    // A stored blob is given to, and may be named in a case by, whoever may read a case naming it
    // and whoever sent its bytes themselves (BlobRepository): knowing a hash is not enough.
    Result<bool> mayUseBlob(const QString &sha256);

    // Names everything about the user that decides what they read: a feed cursor carries it, and a
    // cursor read under another view (a new role, another organisation) starts the feed again.
    static QString view(const Session &session);

private:
    Result<std::optional<Organisation>> organisation(const QString &id);
    // The organisations a case's actors name: municipalities and regions by their code, others
    // by type and organisation number when the server knows them.
    Result<QStringList> participants(const QJsonObject &body);
    Result<bool> inCounty(const QString &organisationId);

    ServerStore &m_store;
    const Session &m_session;
    QHash<QString, std::optional<Organisation>> m_organisations;
    std::optional<QHash<QString, QString>> m_byTypeAndCode; // "type:code" → id, loaded when asked
};

} // namespace Fb
