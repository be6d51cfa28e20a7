#pragma once

#include "caserecord.h"
#include "error.h"

#include <QList>
#include <QStringList>

namespace Fb {

// What a case needs before others can learn from it: the fields a case must fill before it goes
// to review (every review state but utkast). A draft only needs its title.
namespace CaseCompleteness {

QStringList requiredPaths();
// One RequiredForReview error per missing path, in requiredPaths() order.
QList<Error> missing(const CaseRecord &record, const QString &targetReviewState);
// The share of requiredPaths() filled, 0..100.
int percent(const CaseRecord &record);

} // namespace CaseCompleteness

} // namespace Fb
