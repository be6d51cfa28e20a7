#pragma once

#include <QObject>

class QSslServer;
class QSslSocket;

namespace Fb {

// Watches every connection before Qt HttpServer reads from it (docs/server.md, "Security"). Qt
// HttpServer 6.8 reads a whole request body into memory before any handler sees the request, so
// a size check in a handler comes after the damage. The guard's reading is connected first: it
// looks at a request's headers as they come in and answers one that announces a body over the limit
// (or no length at all: chunked) with a JSON error and closes the connection, before its body is
// read. A connection that keeps a request open longer than the limit (a slow sender holding a
// worker's memory and a socket) is closed.
//
// What it cannot see: headers that arrive a few bytes at a time are read by Qt before the guard
// sees them whole, so such a request is only caught by the time limit. A proxy in front with its
// own body limit closes that gap (docs/deployment.md).
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QSslServer &server, qsizetype maxBodyBytes, int requestTimeoutMs, QObject *parent = nullptr);

private:
    void watch(QSslSocket *socket);

    qsizetype m_maxBodyBytes;
    int m_requestTimeoutMs;
};

} // namespace Fb
