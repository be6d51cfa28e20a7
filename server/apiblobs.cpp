// ApiServer's blob endpoints (docs/sync.md, "Blobs"), apart from the rest to keep files small.
#include "apirequests.h"
#include "apiresponses.h"
#include "apiserver.h"
#include "blobrepository.h"
#include "casepermissions.h"

#include <QHttpHeaders>

using namespace Qt::StringLiterals;

namespace Fb {

using Http::failure;
using Http::json;
using Status = QHttpServerResponse::StatusCode;

namespace {

QJsonObject stateJson(const BlobState &s)
{
    return {{u"sha256"_s, s.sha256}, {u"size"_s, s.size}, {u"received"_s, s.received}, {u"complete"_s, s.complete}};
}

} // namespace

QHttpServerResponse ApiServer::handleBlobPut(const QByteArray &authorization,
                                             const QString &sha256,
                                             const QByteArray &contentRange,
                                             const QByteArray &body)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    if (session->user.role == "lasare"_L1) {
        return failure({ErrorCode::Forbidden, {}, {}});
    }
    if (!BlobRepository::isSha256(sha256)) {
        return failure({ErrorCode::InvalidValue, u"sha256"_s, {}});
    }
    const auto range = Http::parseContentRange(contentRange, body.size());
    if (!range) {
        return failure(range.error());
    }
    BlobRepository blobs(*s);
    auto state = blobs.append(sha256, range->total, range->start, body, session->user.id, m_clock());
    if (!state) {
        if (state.code() == ErrorCode::UploadOffsetMismatch) {
            // Says where to go on from, so a client that lost an answer resumes without asking.
            return failure({state.code(), {}, {}}, {{u"received"_s, state.error().detail.toLongLong()}});
        }
        if (state.code() == ErrorCode::DatabaseQueryFailed) {
            qCWarning(lcApi) << state.error();
            return failure({ErrorCode::InternalError, {}, {}});
        }
        return failure(state.error());
    }
    return json(stateJson(*state), state->complete ? Status::Created : Status::Ok);
}

QHttpServerResponse ApiServer::handleBlobStatus(const QByteArray &authorization, const QString &sha256)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    // Complete only to whoever may use the stored blob; anyone else sees their own upload, so a
    // hash tells nobody whether the server has that file.
    const BlobRepository blobs(*s);
    auto stored = blobs.stored(sha256);
    if (!stored) {
        qCWarning(lcApi) << stored.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    if (stored->has_value()) {
        auto usable = CasePermissions(*s, *session).mayUseBlob(sha256);
        if (!usable) {
            qCWarning(lcApi) << usable.error();
            return failure({ErrorCode::InternalError, {}, {}});
        }
        if (*usable) {
            return json(stateJson(**stored));
        }
    }
    auto own = blobs.upload(sha256, session->user.id);
    if (!own) {
        qCWarning(lcApi) << own.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    if (!own->has_value()) {
        return failure({ErrorCode::NotFound, u"sha256"_s, {}});
    }
    return json(stateJson(**own));
}

QHttpServerResponse ApiServer::handleBlobGet(const QByteArray &authorization, const QString &sha256)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    // Only to whoever may use it; otherwise as if there were no such blob.
    auto readable = CasePermissions(*s, *session).mayUseBlob(sha256);
    if (!readable) {
        qCWarning(lcApi) << readable.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    if (!*readable) {
        return failure({ErrorCode::NotFound, u"sha256"_s, {}});
    }
    auto bytes = BlobRepository(*s).read(sha256);
    if (!bytes) {
        if (bytes.code() != ErrorCode::NotFound) {
            qCWarning(lcApi) << bytes.error();
            return failure({ErrorCode::InternalError, {}, {}});
        }
        return failure({ErrorCode::NotFound, u"sha256"_s, {}});
    }
    QHttpServerResponse response("application/octet-stream", *bytes);
    QHttpHeaders headers = response.headers();
    // Content-addressed: the bytes behind a name never change.
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "private, max-age=31536000, immutable");
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace Fb
