#pragma once

#include "error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

// The API's JSON answers, shared by the request handlers.
namespace Fb::Http {

using Status = QHttpServerResponse::StatusCode;

Status statusOf(ErrorCode code);
// A JSON body that is never cached.
QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);
// The inner object of an error answer: {"code", "message", "field"}.
QJsonObject errorBody(const Error &error);
// {"error": {"code", "message", "field"}} with the status the code stands for, and Retry-After
// where waiting helps.
// extra: further top-level fields that tell the client what to do next.
QHttpServerResponse failure(const Error &error, const QJsonObject &extra = {});

} // namespace Fb::Http
