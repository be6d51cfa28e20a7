#include "reviewpolicy.h"

#include "caserecord.h"
#include "contributions.h"
#include "freshness.h"
#include "reviewworkflow.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

Result<void> checkComments(const CaseRecord *before, CaseRecord &after, const Session &session, const QString &now)
{
    const QString &user = session.user.name;
    const bool reviewer = ReviewWorkflow::mayReview(session.user.role);
    QStringList ids = after.reviewComments.keys();
    if (before) {
        ids += before->reviewComments.keys();
        ids.removeDuplicates();
    }
    for (const QString &id : std::as_const(ids)) {
        const QString path = u"review_comments."_s + id;
        const ReviewComment *b = nullptr;
        if (before) {
            if (auto found = before->reviewComments.constFind(id); found != before->reviewComments.cend()) {
                b = &*found;
            }
        }
        auto a = after.reviewComments.find(id);
        if (a == after.reviewComments.end()) {
            if (!reviewer) {
                return Error{ErrorCode::Forbidden, path, {}};
            }
            continue;
        }
        if (!b) {
            // A new comment: written by a reviewer, in the name of the one logged in.
            if (!reviewer) {
                return Error{ErrorCode::Forbidden, path, {}};
            }
            if (!a->author.isEmpty() && a->author != user) {
                return Error{ErrorCode::Forbidden, path + u".author"_s, {}};
            }
            a->author = user;
            if (a->at.isEmpty()) {
                a->at = now;
            }
            if (a->answer.isEmpty()) {
                if (!a->answeredBy.isEmpty() || !a->answeredAt.isEmpty()) {
                    return Error{ErrorCode::InvalidValue, path + u".answer"_s, {}};
                }
            } else {
                // Written and answered offline before one sync, by a user who both reviews and
                // writes (a samordnare); the answer is theirs too, or the push would wait refused.
                if (!a->answeredBy.isEmpty() && a->answeredBy != user) {
                    return Error{ErrorCode::Forbidden, path + u".answered_by"_s, {}};
                }
                a->answeredBy = user;
                if (a->answeredAt.isEmpty()) {
                    a->answeredAt = now;
                }
            }
            continue;
        }
        if (*a == *b) {
            continue;
        }
        if (a->author != b->author || a->at != b->at) {
            return Error{ErrorCode::Forbidden, path + u".author"_s, {}};
        }
        if ((a->path != b->path || a->text != b->text) && !(reviewer && b->author == user)) {
            return Error{ErrorCode::Forbidden, path + u".text"_s, {}};
        }
        if (a->resolved != b->resolved && !reviewer) {
            return Error{ErrorCode::Forbidden, path + u".resolved"_s, {}};
        }
        if (a->answer != b->answer) {
            if (a->answer.isEmpty()) {
                a->answeredBy.clear();
                a->answeredAt.clear();
            } else {
                if (!a->answeredBy.isEmpty() && a->answeredBy != b->answeredBy && a->answeredBy != user) {
                    return Error{ErrorCode::Forbidden, path + u".answered_by"_s, {}};
                }
                a->answeredBy = user;
                // The client's time of answering is kept (display only): written offline, it is
                // truer than the time of the sync.
                if (a->answeredAt.isEmpty() || a->answeredAt == b->answeredAt) {
                    a->answeredAt = now;
                }
            }
        } else if (a->answeredBy != b->answeredBy || a->answeredAt != b->answeredAt) {
            return Error{ErrorCode::Forbidden, path + u".answered_by"_s, {}};
        }
    }
    return {};
}

} // namespace

Result<QJsonObject>
ReviewPolicy::apply(const QJsonObject *before, const QJsonObject &after, const Session &session, const QString &now)
{
    std::optional<CaseRecord> old;
    if (before) {
        auto parsed = CaseRecord::fromJsonObject(*before);
        if (!parsed) {
            return parsed.error();
        }
        old = std::move(parsed).value();
    }
    auto next = CaseRecord::fromJsonObject(after);
    if (!next) {
        return next.error();
    }
    const CaseRecord *previous = old ? &*old : nullptr;
    if (auto r = ReviewWorkflow::check(previous, *next, session.user.role); !r) {
        return r.error();
    }
    if (auto r = checkComments(previous, next.value(), session, now); !r) {
        return r.error();
    }
    if (auto r = Freshness::check(previous, next.value(), QDateTime::fromString(now, Qt::ISODate).date()); !r) {
        return r.error();
    }
    const Contributions::Writer writer{session.user.name,
                                       session.user.organisationId,
                                       session.user.role == "administrator"_L1};
    if (auto r = Contributions::check(previous, next.value(), writer, now); !r) {
        return r.error();
    }
    return next->toJsonObject();
}

Result<void> ReviewPolicy::mayDelete(const QJsonObject &body, const Session &session)
{
    if (!ReviewWorkflow::mayDelete(body.value("review_state"_L1).toString(), session.user.role)) {
        return Error{ErrorCode::Forbidden, u"review_state"_s, {}};
    }
    return {};
}

} // namespace Fb
