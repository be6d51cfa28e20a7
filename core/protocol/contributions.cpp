#include "contributions.h"

#include "casefields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

template<typename T>
Result<void> checkEntries(const QMap<QString, T> *before,
                          QMap<QString, T> &after,
                          const char *key,
                          const Contributions::Writer &writer,
                          const QString &now)
{
    QStringList ids = after.keys();
    if (before) {
        ids += before->keys();
        ids.removeDuplicates();
    }
    for (const QString &id : std::as_const(ids)) {
        const T *was = nullptr;
        if (before) {
            if (auto found = before->constFind(id); found != before->cend()) {
                was = &*found;
            }
        }
        auto is = after.find(id);
        if (is != after.end() && was && *is == *was) {
            continue;
        }
        const QString path = QLatin1StringView(key) + u'.' + id;
        // Neither the old entry nor the new one may be another organisation's.
        for (const T *entry : {was, is == after.end() ? static_cast<const T *>(nullptr) : &*is}) {
            if (entry && !writer.administrator && entry->organisation != writer.organisation) {
                return Error{ErrorCode::Forbidden, path + u".organisation"_s, {}};
            }
        }
        if (is != after.end()) {
            is->author = writer.user;
            if (is->at.isEmpty()) {
                is->at = now;
            }
        }
    }
    return {};
}

} // namespace

Result<void> Contributions::check(const CaseRecord *before, CaseRecord &after, const Writer &writer, const QString &now)
{
    if (auto r = checkEntries(before ? &before->answers : nullptr, after.answers, "answers", writer, now); !r) {
        return r;
    }
    return checkEntries(before ? &before->adoptions : nullptr, after.adoptions, "adoptions", writer, now);
}

bool Contributions::onlyContributions(const QStringList &paths)
{
    return !paths.isEmpty() && std::all_of(paths.begin(), paths.end(), [](const QString &p) {
        return CaseFields::isContributionPath(p);
    });
}

} // namespace Fb
