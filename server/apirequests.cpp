#include "apirequests.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fb::Http {

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return Error{pe.error == QJsonParseError::IllegalUTF8String ? ErrorCode::InvalidUtf8 : ErrorCode::InvalidJson,
                     {},
                     pe.errorString()};
    }
    if (!doc.isObject()) {
        return Error{ErrorCode::NotAnObject, {}, {}};
    }
    return doc.object();
}

Result<ContentRange> parseContentRange(const QByteArray &header, qint64 bodySize)
{
    const Error invalid{ErrorCode::InvalidValue, u"Content-Range"_s, {}};
    if (header == "bytes */0") {
        return bodySize == 0 ? Result<ContentRange>(ContentRange{0, 0}) : Result<ContentRange>(invalid);
    }
    static const QRegularExpression range(u"^bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})$"_s);
    const auto m = range.match(QString::fromLatin1(header));
    if (!m.hasMatch()) {
        return invalid;
    }
    // At most 18 digits each, so every number fits and END - START + 1 cannot overflow.
    const qint64 start = m.captured(1).toLongLong();
    const qint64 end = m.captured(2).toLongLong();
    const qint64 total = m.captured(3).toLongLong();
    if (end < start || end - start + 1 != bodySize || end >= total) {
        return invalid;
    }
    return ContentRange{start, total};
}

Refusal checkRequestHead(const QByteArray &buffer, qsizetype maxBodyBytes)
{
    // Only the start of a request is judged, not the middle of a body (a blob's bytes may hold
    // anything); a line that does not end within the limit is left to the time limit.
    static const QRegularExpression requestLine(u"^[A-Z]+ \\S+ HTTP/1\\.[01]\r?$"_s);
    const qsizetype firstEnd = buffer.indexOf('\n');
    if (firstEnd < 0 || !requestLine.match(QString::fromLatin1(buffer.left(firstEnd))).hasMatch()) {
        return {};
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return buffer.size() >= MaxHeaderBytes ? Refusal{{ErrorCode::PayloadTooLarge, u"headers"_s, {}}} : Refusal{};
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            if (!ok || length < 0 || length > maxBodyBytes) {
                return {{ErrorCode::PayloadTooLarge, u"Content-Length"_s, {}}, end + 4, ok ? length : -1};
            }
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            // A body without a length can only be measured by reading it.
            return {{ErrorCode::InvalidValue, u"Transfer-Encoding"_s, {}}, end + 4, -1};
        }
    }
    return {};
}

} // namespace Fb::Http
