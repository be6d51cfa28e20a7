#include "reviewworkflow.h"

#include "casecompleteness.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

enum Who {
    Author = 1, // redaktor; samordnare and administrator write cases too
    Reviewer = 2, // samordnare, administrator
    Editor = 4, // administrator (the national editor)
};

struct Transition
{
    QLatin1StringView from;
    QLatin1StringView to;
    int who;
};

// case-bank-domain.md §5.5, adapted (docs/server.md explains every departure). Archiving, from any
// state, is the editor's and is not listed.
constexpr Transition Transitions[] = {
    {"utkast"_L1, "inskickad"_L1, Author},
    {"inskickad"_L1, "utkast"_L1, Author}, // withdrawn before anyone claimed it
    {"komplettering"_L1, "inskickad"_L1, Author},
    {"behover_uppdateras"_L1, "inskickad"_L1, Author},
    {"inskickad"_L1, "under_granskning"_L1, Reviewer}, // claimed
    {"under_granskning"_L1, "inskickad"_L1, Reviewer}, // the claim given back
    {"under_granskning"_L1, "komplettering"_L1, Reviewer},
    {"under_granskning"_L1, "publicerad"_L1, Reviewer},
    {"publicerad"_L1, "behover_uppdateras"_L1, Reviewer},
    {"behover_uppdateras"_L1, "publicerad"_L1, Reviewer}, // checked, still right
    {"arkiverad"_L1, "utkast"_L1, Editor},
};

// Display order: the order of vocabulary review_state.
const QStringList States{u"utkast"_s,
                         u"inskickad"_s,
                         u"under_granskning"_s,
                         u"komplettering"_s,
                         u"publicerad"_s,
                         u"behover_uppdateras"_s,
                         u"arkiverad"_s};

int rights(const QString &role)
{
    if (role == "administrator"_L1) {
        return Author | Reviewer | Editor;
    }
    if (role == "samordnare"_L1) {
        return Author | Reviewer;
    }
    if (role == "redaktor"_L1) {
        return Author;
    }
    return 0;
}

QString normalized(const QString &state)
{
    return state.isEmpty() ? ReviewWorkflow::initialState() : state;
}

} // namespace

QString ReviewWorkflow::initialState()
{
    return u"utkast"_s;
}

QStringList ReviewWorkflow::awaitingReview()
{
    return {u"inskickad"_s, u"under_granskning"_s};
}

QStringList ReviewWorkflow::withAuthors()
{
    return {initialState(), u"komplettering"_s};
}

bool ReviewWorkflow::isPublic(const QString &state)
{
    return state == "publicerad"_L1 || state == "behover_uppdateras"_L1 || state == "arkiverad"_L1;
}

QString ReviewWorkflow::publication(const QString &state)
{
    if (state == "arkiverad"_L1) {
        return u"arkiverad"_s;
    }
    return isPublic(state) ? u"publicerad"_s : u"opublicerad"_s;
}

bool ReviewWorkflow::mayDelete(const QString &state, const QString &role)
{
    return isPublic(state) ? role == "administrator"_L1 : mayEdit(role);
}

bool ReviewWorkflow::mayEdit(const QString &role)
{
    return rights(role) != 0;
}

bool ReviewWorkflow::mayReview(const QString &role)
{
    return (rights(role) & Reviewer) != 0;
}

QString ReviewWorkflow::stateOf(const CaseRecord &record)
{
    return normalized(record.reviewState);
}

bool ReviewWorkflow::allowed(const QString &from, const QString &to, const QString &role)
{
    const QString f = normalized(from);
    const QString t = normalized(to);
    const int mine = rights(role);
    if (f == t || !States.contains(f) || !States.contains(t)) {
        return false;
    }
    if (t == "arkiverad"_L1) {
        return (mine & Editor) != 0;
    }
    for (const Transition &x : Transitions) {
        if (x.from == f && x.to == t) {
            return (mine & x.who) != 0;
        }
    }
    return false;
}

QStringList ReviewWorkflow::targets(const QString &from, const QString &role)
{
    QStringList result;
    for (const QString &to : States) {
        if (allowed(from, to, role)) {
            result.append(to);
        }
    }
    return result;
}

bool ReviewWorkflow::reachable(const QString &from, const QString &to, const QString &role)
{
    if (normalized(from) == normalized(to)) {
        return false; // staying is no move
    }
    QStringList seen{normalized(from)};
    for (qsizetype i = 0; i < seen.size(); ++i) {
        for (const QString &next : targets(seen.at(i), role)) {
            if (next == normalized(to)) {
                return true;
            }
            if (!seen.contains(next)) {
                seen.append(next);
            }
        }
    }
    return false;
}

QStringList ReviewWorkflow::createStates(const QString &role)
{
    // A new case is a draft and whatever moves its writer made before the first sync: a redaktor
    // submits a case written offline, a reviewer brings in one reviewed elsewhere as published.
    QStringList result;
    for (const QString &state : States) {
        if (mayEdit(role) && (state == "utkast"_L1 || reachable(u"utkast"_s, state, role))) {
            result.append(state);
        }
    }
    return result;
}

Result<void> ReviewWorkflow::check(const CaseRecord *before, const CaseRecord &after, const QString &role)
{
    if (!mayEdit(role)) {
        return Error{ErrorCode::Forbidden, {}, role};
    }
    if (after.isQuestion()) {
        // Questions are read by everyone from the start and not reviewed (docs/questions.md).
        return {};
    }
    const QString to = stateOf(after);
    const QString from = before ? stateOf(*before) : QString();
    if (before && from == "arkiverad"_L1 && role != "administrator"_L1) {
        // Archived cases stay as they were archived; only the national editor takes one back.
        return Error{ErrorCode::Forbidden, u"review_state"_s, from};
    }
    if (before && from == to) {
        return {};
    }
    if (before ? !reachable(from, to, role) : !createStates(role).contains(to)) {
        return Error{ErrorCode::TransitionNotAllowed, u"review_state"_s, u"%1 → %2"_s.arg(from, to)};
    }
    if (const QList<Error> missing = CaseCompleteness::missing(after, to); !missing.isEmpty()) {
        return missing.first();
    }
    if (to == "komplettering"_L1) {
        // Asking for more without saying what leaves the author guessing. A remark written with
        // the move says what, even answered already: offline, the answer can come before the
        // next sync, and the server sees both in one change.
        const auto says = [&](auto it) {
            return it->isOpen() || !before || !before->reviewComments.contains(it.key());
        };
        bool anyOpen = false;
        for (auto it = after.reviewComments.cbegin(); it != after.reviewComments.cend() && !anyOpen; ++it) {
            anyOpen = says(it);
        }
        if (!anyOpen) {
            return Error{ErrorCode::RequiredForReview, u"review_comments"_s, {}};
        }
    }
    if (to == "inskickad"_L1 && from != "under_granskning"_L1) {
        // Back to review only when the author has answered every open remark (§5.5), whichever
        // way the case came; a reviewer giving back a claim leaves their remarks for the next.
        for (auto it = after.reviewComments.begin(); it != after.reviewComments.end(); ++it) {
            if (it->isOpen()) {
                return Error{ErrorCode::RequiredForReview, u"review_comments.%1.answer"_s.arg(it.key()), {}};
            }
        }
    }
    return {};
}

} // namespace Fb
