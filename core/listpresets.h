#pragma once

#include "searchtypes.h"

#include <QString>

namespace Fb {

// The filters behind the ready-made lists of the View and Questions menus, written once so the app
// and any other front end narrow the bank the same way.
namespace ListPresets {

// Cases waiting for a reviewer (ReviewWorkflow::awaitingReview).
FacetFilter toReview();
// Cases with their authors (ReviewWorkflow::withAuthors), of the organisation when it is a
// municipality or a region (an OrganisationId; empty: every organisation's).
FacetFilter drafts(const QString &organisationId);
// Published cases due for review (Freshness), of the organisation as for drafts(): the owner's
// "to update" list.
FacetFilter toUpdate(const QString &organisationId);
// Published cases and every question: the view a new user starts with; a reviewer widens it by
// removing the filter (Facet::Publication).
FacetFilter published();
// Whether filter is one of the views a user starts with (every case, or published()) rather than
// a choice of their own: the start view "near me" gives way only to the latter.
bool isStartView(const FacetFilter &filter);
// Open questions (docs/questions.md).
FacetFilter openQuestions();

} // namespace ListPresets

} // namespace Fb
