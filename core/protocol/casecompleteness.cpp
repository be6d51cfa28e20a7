#include "casecompleteness.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb::CaseCompleteness {

namespace {

bool hasText(const QString &value)
{
    return !value.trimmed().isEmpty();
}

// A contact someone can actually reach: who (a name, or a role such as a functional mailbox's),
// and how.
bool reachable(const Contact &k)
{
    return (hasText(k.name) || hasText(k.role)) && (hasText(k.email) || hasText(k.phone));
}

bool filled(const CaseRecord &c, const QString &path)
{
    if (path == "title"_L1) {
        return hasText(c.title);
    }
    if (path == "summary"_L1) {
        return hasText(c.summary);
    }
    if (path == "owner"_L1) {
        return hasText(c.owner.name) || hasText(c.owner.code);
    }
    if (path == "contacts"_L1) {
        return std::any_of(c.contacts.begin(), c.contacts.end(), reachable);
    }
    if (path.startsWith("sections."_L1)) {
        return hasText(c.section(path.mid(9)));
    }
    return false;
}

} // namespace

QStringList requiredPaths()
{
    return {u"title"_s,
            u"summary"_s,
            u"owner"_s,
            u"sections.problem"_s,
            u"sections.solution"_s,
            u"sections.results"_s,
            u"sections.pitfalls"_s,
            u"sections.success_factors"_s,
            u"contacts"_s};
}

bool needsComplete(const QString &targetReviewState)
{
    return targetReviewState == "inskickad"_L1 || targetReviewState == "under_granskning"_L1
        || targetReviewState == "publicerad"_L1;
}

QList<Error> missing(const CaseRecord &record, const QString &targetReviewState)
{
    const QStringList paths = needsComplete(targetReviewState) ? requiredPaths() : QStringList{u"title"_s};
    QList<Error> errors;
    for (const QString &path : paths) {
        if (!filled(record, path)) {
            errors.append({ErrorCode::RequiredForReview, path, {}});
        }
    }
    return errors;
}

int percent(const CaseRecord &record)
{
    const QStringList paths = requiredPaths();
    const auto count = std::count_if(paths.begin(), paths.end(), [&](const QString &path) {
        return filled(record, path);
    });
    return int(count * 100 / paths.size());
}

} // namespace Fb::CaseCompleteness
