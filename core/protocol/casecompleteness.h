#pragma once

#include "caserecord.h"
#include "error.h"

#include <QList>
#include <QStringList>

namespace Fb {

// What a case must hold before others can learn from it (docs/case-schema.md, "Completeness"): the
// fields that have to be filled before a case goes to review or is published.
namespace CaseCompleteness {

// Paths a case must fill before it goes to review: title, summary, owner, sections.problem,
// sections.solution, sections.results, sections.pitfalls, sections.success_factors, contacts (at
// least one with a name or a role, and an e-mail or a phone).
QStringList requiredPaths();

// One Error (ErrorCode::RequiredForReview, path set) per missing path for the target review state.
// inskickad, under_granskning and publicerad need every required path; utkast, komplettering,
// behover_uppdateras and arkiverad (the case is back with its author, or out of use) only a title.
QList<Error> missing(const CaseRecord &record, const QString &targetReviewState);

// Share of requiredPaths() filled, 0..100.
int percent(const CaseRecord &record);

// Whether the target review state needs every required path.
bool needsComplete(const QString &targetReviewState);

} // namespace CaseCompleteness

} // namespace Fb
