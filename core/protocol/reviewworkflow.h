#pragma once

#include "caserecord.h"
#include "result.h"

#include <QStringList>

namespace Fb {

// The review and publication workflow (docs/server.md, "Review"): which role may move a case from
// one review state to another, and what the case must hold for it. The server enforces it on every
// write; clients ask it first, so a user offline is offered only what the server will accept.
//
// Review states are the keys of vocabulary review_state. A case without one counts as utkast.
class ReviewWorkflow
{
public:
    // The states a user with this role may move a case to from `from` (display order).
    static QStringList targets(const QString &from, const QString &role);
    static bool allowed(const QString &from, const QString &to, const QString &role);
    // The states a user with this role may create a case in: utkast and what the role reaches from
    // there by its own moves (display order).
    static QStringList createStates(const QString &role);
    // Whether the role can take a case from `from` to `to` by a sequence of its own moves.
    static bool reachable(const QString &from, const QString &to, const QString &role);
    // Full check of an edit (before is null for a create): role, completeness for the target
    // state, the comment rules, archived cases. Error codes: TransitionNotAllowed (path
    // review_state), RequiredForReview (path of the missing field), Forbidden.
    //
    // Offline, a user may make several moves before the next sync, and the server sees only the
    // net change: so a change of state passes when it is reachable by the role's own moves
    // (inskickad → publicerad for a samordnare who claimed and published on the train); the
    // conditions are those of the final state. Ask allowed() or targets() for a single move.
    static Result<void> check(const CaseRecord *before, const CaseRecord &after, const QString &role);

    // Roles that may write cases at all, and the ones that review.
    static bool mayEdit(const QString &role);
    static bool mayReview(const QString &role);
    // A case's review state as the workflow reads it: empty is utkast.
    static QString stateOf(const CaseRecord &record);
    // The state a new case starts in (utkast).
    static QString initialState();
    // The states in which a case waits for a reviewer (the "Cases to review" view), and those in
    // which it is its authors' to work on ("My drafts").
    static QStringList awaitingReview();
    static QStringList withAuthors();
    // Whether a case in this state is for every logged-in user to read (publicerad,
    // behover_uppdateras, arkiverad); in every other state only its organisations and its
    // reviewers read it (docs/server.md, "Who sees what"). Empty is utkast.
    static bool isPublic(const QString &state);
    // The coarse group of a state for the Publication facet and the default view: publicerad
    // (publicerad, behover_uppdateras: in use), arkiverad (readable, no longer in use) or
    // opublicerad (every state before publishing).
    static QString publication(const QString &state);
    // Whether this role may delete a case in this state: a public case only an administrator (the
    // others archive it, which keeps it readable with a reason); any other case whoever may edit.
    static bool mayDelete(const QString &state, const QString &role);
};

} // namespace Fb
