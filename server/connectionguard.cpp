#include "connectionguard.h"

#include "apiresponses.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Longer than any header block a client of ours sends; a longer one is refused.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
// A refused body up to this many times the limit is read and thrown away before the answer, so an
// honest client that sent a little too much learns why; a larger one gets its answer at once and
// its connection closed.
constexpr qint64 DiscardFactor = 4;

QByteArray refusal(const Error &error)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"error"_s, Http::errorBody(error)}}).toJson(QJsonDocument::Compact);
    const int status = int(Http::statusOf(error.code));
    return "HTTP/1.1 " + QByteArray::number(status) + " Refused\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A request refused for its headers: why, and how many of its bytes follow the headers when it
// says (-1: it does not, or not believably).
struct Refusal
{
    Error error;
    qsizetype headerBytes = 0;
    qint64 bodyBytes = -1;
};

// Why the request whose start is in buffer may not be read; error None while it may (or its
// headers are not all in yet).
Refusal check(const QByteArray &buffer, qsizetype maxBodyBytes)
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

// What the guard knows of one connection.
struct Watch
{
    bool refused = false;
    qint64 toDiscard = 0; // bytes of a refused request still to come before its answer
    QByteArray answer;
};

} // namespace

ConnectionGuard::ConnectionGuard(QSslServer &server, qsizetype maxBodyBytes, int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_requestTimeoutMs(requestTimeoutMs)
{
    // Emitted with the socket as soon as it exists: before the HTTP server takes it (after the
    // handshake) and connects its own reading, so the guard's reading runs first.
    connect(&server, &QSslServer::startedEncryptionHandshake, this, &ConnectionGuard::watch);
}

void ConnectionGuard::watch(QSslSocket *socket)
{
    // Lives and dies with the socket.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    deadline->setInterval(m_requestTimeoutMs);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
    });
    auto watch = std::make_shared<Watch>();
    const auto answerAndClose = [socket, watch] {
        socket->write(watch->answer);
        socket->disconnectFromHost();
    };
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, deadline, watch, answerAndClose] {
        if (watch->refused) {
            // Nothing more of it reaches the HTTP server; a body of a believable size is read to
            // its end first, so that a client still sending gets the answer instead of a reset.
            watch->toDiscard -= socket->readAll().size();
            if (watch->toDiscard <= 0 && !watch->answer.isEmpty()) {
                answerAndClose();
                watch->answer.clear();
            }
            return;
        }
        if (!deadline->isActive()) {
            deadline->start(); // a request begins: it has this long to be answered
        }
        const Refusal problem = check(socket->peek(MaxHeaderBytes), m_maxBodyBytes);
        if (problem.error.code == ErrorCode::None) {
            return;
        }
        watch->refused = true;
        watch->answer = refusal(problem.error);
        const bool drain = problem.bodyBytes >= 0 && problem.bodyBytes <= DiscardFactor * m_maxBodyBytes;
        watch->toDiscard = drain ? problem.headerBytes + problem.bodyBytes - socket->readAll().size() : 0;
        if (!drain) {
            socket->readAll();
        }
        if (watch->toDiscard <= 0) {
            answerAndClose();
            watch->answer.clear();
        }
    });
    // An answer going out ends the request the deadline was for. (Not encryptedBytesWritten: TLS
    // writes of its own, such as session tickets, would stop the clock.)
    connect(socket, &QSslSocket::bytesWritten, deadline, [deadline] {
        deadline->stop();
    });
}

} // namespace Fb
