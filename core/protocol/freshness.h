#pragma once

#include "caserecord.h"
#include "result.h"

#include <QDate>

namespace Fb {

// When a published case should be looked over again, and whether it is overdue
// (case-bank-domain.md F17, docs/questions.md "Freshness"). A case is verified when its owner has
// confirmed that it still holds: last_verified_at, and next_review_due a year later. Publishing
// verifies it (the server, ReviewPolicy); the owner verifies again in one action.
namespace Freshness {

inline constexpr int MonthsBetweenReviews = 12;
// A laptop's clock may run ahead of the server's: a verification dated this many days after the
// server's today is still taken.
inline constexpr int ClockSlackDays = 1;

// The day the case is due for review: next_review_due, else a year after last_verified_at, else a
// year after it was last updated. Invalid unless the case is published (publicerad or
// behover_uppdateras): drafts, archived cases and questions are not due.
QDate dueDate(const CaseRecord &record);
// Due before today.
bool isOverdue(const CaseRecord &record, QDate today);
// Verified today: due again in MonthsBetweenReviews.
void verify(CaseRecord &record, QDate today);

// The server's rule for a write (before is null for a new record), today the server's day: a
// case that becomes published is verified today unless the write sets its due day; a verification may not be
// dated after today (plus ClockSlackDays).
Result<void> check(const CaseRecord *before, CaseRecord &after, QDate today);

} // namespace Freshness

} // namespace Fb
