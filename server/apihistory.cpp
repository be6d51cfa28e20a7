// ApiServer's history endpoint (docs/server.md, "History"), apart from the rest to keep files
// small.
#include "apiresponses.h"
#include "apiserver.h"
#include "casehistory.h"
#include "casepermissions.h"
#include "caserepository.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

using Http::failure;
using Http::json;

namespace {

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).toString(Qt::ISODate);
}

} // namespace

QHttpServerResponse ApiServer::handleHistory(const QByteArray &authorization, const QString &caseId)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    if (QUuid::fromString(caseId).isNull()) {
        return failure({ErrorCode::InvalidValue, u"id"_s, {}});
    }
    const CaseRepository cases(*s);
    auto current = cases.find(caseId);
    if (!current) {
        qCWarning(lcApi) << current.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    // A case this reader may not see answers as one that does not exist: its id tells nothing.
    CasePermissions permissions(*s, *session);
    if (!current->has_value()) {
        return failure({ErrorCode::NotFound, u"id"_s, {}});
    }
    const StoredCase &now = **current;
    auto readable = permissions.mayRead(now);
    if (!readable) {
        qCWarning(lcApi) << readable.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    auto writable = permissions.mayWrite(now.organisationId);
    if (!writable) {
        qCWarning(lcApi) << writable.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    if (!*readable && !*writable) {
        return failure({ErrorCode::NotFound, u"id"_s, {}});
    }
    auto revisions = cases.revisions(caseId);
    if (!revisions) {
        qCWarning(lcApi) << revisions.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }

    CaseHistory history;
    history.caseId = caseId;
    // Each version as the reader could have read it then: a case published later does not show
    // an outsider the drafts it went through. Changes are against the last version shown, so a
    // version left out shows nothing of itself through the next.
    const QJsonObject *shown = nullptr;
    for (const StoredRevision &r : std::as_const(*revisions)) {
        bool mayRead = *writable;
        if (!mayRead) {
            auto asThen = permissions.mayRead(StoredCase{caseId, r.version, r.deleted, r.body, {}, now.organisationId});
            if (!asThen) {
                qCWarning(lcApi) << asThen.error();
                return failure({ErrorCode::InternalError, {}, {}});
            }
            mayRead = *asThen;
        }
        if (!mayRead) {
            ++history.hidden;
            continue;
        }
        HistoryRevision revision{r.version, r.deleted, shown == nullptr, r.user, isoTime(r.committedAt), {}};
        if (shown && !r.deleted) {
            revision.changes = CaseHistory::changesBetween(*shown, r.body);
        }
        history.revisions.append(revision);
        if (!r.deleted) {
            shown = &r.body;
        }
    }
    // What changes replaced and the server kept: the writers' own text, for the writers.
    history.discardedShown = *writable;
    if (*writable) {
        auto discarded = cases.discardedValues(caseId);
        if (!discarded) {
            qCWarning(lcApi) << discarded.error();
            return failure({ErrorCode::InternalError, {}, {}});
        }
        for (const StoredDiscarded &d : std::as_const(*discarded)) {
            history.discarded.append({d.version, d.path, d.value, d.reason, d.user, isoTime(d.archivedAt)});
        }
    }
    return json(history.toJson());
}

} // namespace Fb
