#pragma once

#include "accounts.h"
#include "result.h"

#include <QJsonObject>

namespace Fb {

// The review rules of the server (docs/server.md, "Review"): every write of a case goes through
// ReviewWorkflow with the session's role, and review comments are checked against who wrote what.
// Reviewers (samordnare, administrator) add, edit their own, resolve and remove comments; anyone
// who may write the case answers them. Comment authors are verified and stamped from the session.
class ReviewPolicy
{
public:
    // Checks the edit from before (null for a new case; for a case brought back, the tombstone's
    // body) to after, a validated canonical body. Returns after with the comments it added or
    // answered stamped (author, time), or the error to reject the mutation with.
    static Result<QJsonObject>
    apply(const QJsonObject *before, const QJsonObject &after, const Session &session, const QString &now);

    // ReviewWorkflow::mayDelete for the case as stored.
    static Result<void> mayDelete(const QJsonObject &body, const Session &session);
};

} // namespace Fb
