#include "casecompleteness.h"

using namespace Qt::StringLiterals;

namespace Fb::CaseCompleteness {

namespace {

bool filled(const CaseRecord &c, const QString &path)
{
    if (path == "title"_L1) {
        return !c.title.trimmed().isEmpty();
    }
    if (path == "summary"_L1) {
        return !c.summary.trimmed().isEmpty();
    }
    if (path == "owner"_L1) {
        return !c.owner.name.trimmed().isEmpty() || !c.owner.code.isEmpty();
    }
    if (path == "contacts"_L1) {
        // Someone to ask: a name and a way to reach them.
        return std::any_of(c.contacts.cbegin(), c.contacts.cend(), [](const Contact &k) {
            return !k.name.trimmed().isEmpty() && (!k.email.trimmed().isEmpty() || !k.phone.trimmed().isEmpty());
        });
    }
    if (path.startsWith("sections."_L1)) {
        return !c.section(path.mid(9)).trimmed().isEmpty();
    }
    return true;
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

QList<Error> missing(const CaseRecord &record, const QString &targetReviewState)
{
    const QStringList paths =
        targetReviewState.isEmpty() || targetReviewState == "utkast"_L1 ? QStringList{u"title"_s} : requiredPaths();
    QList<Error> result;
    for (const QString &path : paths) {
        if (!filled(record, path)) {
            result.append(Error{ErrorCode::RequiredForReview, path, {}});
        }
    }
    return result;
}

int percent(const CaseRecord &record)
{
    const QStringList paths = requiredPaths();
    const auto done = std::count_if(paths.cbegin(), paths.cend(), [&](const QString &p) {
        return filled(record, p);
    });
    return int(done * 100 / paths.size());
}

} // namespace Fb::CaseCompleteness
