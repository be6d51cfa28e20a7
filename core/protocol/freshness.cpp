#include "freshness.h"

#include "reviewworkflow.h"

using namespace Qt::StringLiterals;

namespace Fb::Freshness {

namespace {

QDate day(const QString &text)
{
    // Dates are written YYYY-MM-DD; an ISO timestamp (updated_at) gives its day.
    return QDate::fromString(text.left(10), Qt::ISODate);
}

bool isPublished(const QString &state)
{
    return state == "publicerad"_L1 || state == "behover_uppdateras"_L1;
}

} // namespace

QDate dueDate(const CaseRecord &record)
{
    // Read by everyone as the bank's word; an archived case is kept as it was, not looked over.
    if (record.isQuestion() || !isPublished(ReviewWorkflow::stateOf(record))) {
        return {};
    }
    if (const QDate next = day(record.nextReviewDue); next.isValid()) {
        return next;
    }
    if (const QDate verified = day(record.lastVerifiedAt); verified.isValid()) {
        return verified.addMonths(MonthsBetweenReviews);
    }
    const QDate updated = day(record.updatedAt);
    return updated.isValid() ? updated.addMonths(MonthsBetweenReviews) : QDate();
}

bool isOverdue(const CaseRecord &record, QDate today)
{
    const QDate due = dueDate(record);
    return due.isValid() && due < today;
}

void verify(CaseRecord &record, QDate today)
{
    record.lastVerifiedAt = today.toString(Qt::ISODate);
    record.nextReviewDue = today.addMonths(MonthsBetweenReviews).toString(Qt::ISODate);
}

Result<void> check(const CaseRecord *before, CaseRecord &after, QDate today)
{
    if (!before || after.lastVerifiedAt != before->lastVerifiedAt) {
        const QDate verified = day(after.lastVerifiedAt);
        if (verified.isValid() && verified > today.addDays(ClockSlackDays)) {
            return Error{ErrorCode::InvalidDate, u"last_verified_at"_s, u"after today"_s};
        }
    }
    const QString state = ReviewWorkflow::stateOf(after);
    const bool published = state == "publicerad"_L1 && (!before || ReviewWorkflow::stateOf(*before) != state);
    // A due day the writer sets stands; one carried over from before the case needed an update
    // is what made it due.
    const bool dueChosen = !after.nextReviewDue.isEmpty() && (!before || after.nextReviewDue != before->nextReviewDue);
    if (published && !after.isQuestion() && !dueChosen) {
        verify(after, today);
    }
    return {};
}

} // namespace Fb::Freshness
