#include "apiresponses.h"

#include "errormessages.h"

#include <QHttpHeaders>

using namespace Qt::StringLiterals;

namespace Fb::Http {

Status statusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidJson:
    case ErrorCode::InvalidUtf8:
    case ErrorCode::NotAnObject:
    case ErrorCode::MissingField:
    case ErrorCode::WrongType:
    case ErrorCode::InvalidValue: return Status::BadRequest;
    case ErrorCode::InvalidCredentials:
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenInvalid: return Status::Unauthorized;
    case ErrorCode::AccountDisabled:
    case ErrorCode::Forbidden: return Status::Forbidden;
    case ErrorCode::NotFound:
    case ErrorCode::NotFoundRoute: return Status::NotFound;
    case ErrorCode::MethodNotAllowed: return Status::MethodNotAllowed;
    case ErrorCode::PayloadTooLarge:
    case ErrorCode::DocumentTooLarge: return Status::PayloadTooLarge;
    case ErrorCode::Throttled: return Status::TooManyRequests;
    case ErrorCode::DatabaseLocked: return Status::ServiceUnavailable;
    case ErrorCode::EpochChanged: return Status::Gone;
    case ErrorCode::Overloaded: return Status::ServiceUnavailable;
    case ErrorCode::UploadOffsetMismatch: return Status::Conflict;
    case ErrorCode::BlobHashMismatch: return Status::UnprocessableEntity;
    case ErrorCode::QuotaExceeded: return Status::InsufficientStorage;
    default: return Status::InternalServerError;
    }
}

QHttpServerResponse json(const QJsonObject &body, Status status)
{
    QHttpServerResponse response(body, status);
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    response.setHeaders(std::move(headers));
    return response;
}

QJsonObject errorBody(const Error &error)
{
    // The message is for people reading logs and raw responses; clients show their own text for
    // the code. Details of internal failures stay in the server log.
    QJsonObject e{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, ErrorMessages::text({error.code, {}, {}})}};
    if (statusOf(error.code) != Status::InternalServerError && !error.path.isEmpty()
        && error.code != ErrorCode::Throttled) {
        e.insert(u"field"_s, error.path);
    }
    return e;
}

QHttpServerResponse failure(const Error &error, const QJsonObject &extra)
{
    const Status status = statusOf(error.code);
    QJsonObject body = extra;
    body.insert(u"error"_s, errorBody(error));
    QHttpServerResponse response = json(body, status);
    if (error.code == ErrorCode::Throttled || error.code == ErrorCode::DatabaseLocked
        || error.code == ErrorCode::Overloaded) {
        QHttpHeaders headers = response.headers();
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::RetryAfter,
                                error.code == ErrorCode::Throttled        ? error.detail.toLatin1()
                                    : error.code == ErrorCode::Overloaded ? QByteArrayView("5")
                                                                          : QByteArrayView("2"));
        response.setHeaders(std::move(headers));
    }
    return response;
}

} // namespace Fb::Http
