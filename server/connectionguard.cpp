#include "connectionguard.h"

#include "apirequests.h"
#include "apiresponses.h"

#include <QJsonDocument>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

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
        const Http::Refusal problem = Http::checkRequestHead(socket->peek(Http::MaxHeaderBytes), m_maxBodyBytes);
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
