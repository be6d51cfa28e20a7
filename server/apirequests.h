#pragma once

#include "error.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

// What the API reads of a request before any handler acts on it: the parsers a hostile client
// talks to first, apart so that the fuzzers (fuzz/) reach each one directly.
namespace Fb::Http {

// A request body as a JSON object: InvalidUtf8, InvalidJson (with where) or NotAnObject.
Result<QJsonObject> parseObject(const QByteArray &body);

struct ContentRange
{
    qint64 start = 0;
    qint64 total = 0;
};

// "bytes START-END/TOTAL" (END inclusive) for a body of bodySize bytes, or "bytes */0" for an
// empty blob; InvalidValue for anything else.
Result<ContentRange> parseContentRange(const QByteArray &header, qint64 bodySize);

// Why a request whose first bytes are in buffer may not be read (ConnectionGuard): an error code
// None while it may, or while its headers are not all in yet.
struct Refusal
{
    Error error;
    qsizetype headerBytes = 0; // of the request line and headers, with the blank line
    qint64 bodyBytes = -1; // what the headers announce; -1: nothing believable
};

inline constexpr qsizetype MaxHeaderBytes = 64 * 1024;
Refusal checkRequestHead(const QByteArray &buffer, qsizetype maxBodyBytes);

} // namespace Fb::Http
