#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace Fb::Test {

// A real HTTP proxy on loopback, as an organisation's proxy would be: it answers CONNECT and then
// relays bytes both ways, so TLS runs end to end through it. It counts the tunnels it opened, which
// is how a test proves that traffic went through the proxy and not around it.
// Header-only, so without Q_OBJECT (no moc for testlib): it needs no signals of its own.
class ConnectProxy : public QObject
{
public:
    explicit ConnectProxy(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }

    quint16 port() const { return m_server.serverPort(); }

    // CONNECT requests answered so far, each with its target ("localhost:8443").
    const QStringList &tunnels() const { return m_tunnels; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            connect(client, &QTcpSocket::readyRead, this, [this, client] {
                readRequest(client);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    void readRequest(QTcpSocket *client)
    {
        QByteArray &pending = m_pending[client];
        pending += client->readAll();
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        disconnect(client, &QTcpSocket::readyRead, this, nullptr);
        const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
        const QByteArray rest = pending.mid(end + 4);
        m_pending.remove(client);
        if (requestLine.size() < 2 || requestLine.at(0) != "CONNECT") {
            client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        const QByteArray target = requestLine.at(1);
        const qsizetype colon = target.lastIndexOf(':');
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, target, rest] {
            upstream->setProperty("established", true);
            m_tunnels.append(QString::fromLatin1(target));
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!rest.isEmpty()) {
                upstream->write(rest);
            }
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
                client->write(upstream->readAll());
            });
            if (client->bytesAvailable() > 0) {
                upstream->write(client->readAll());
            }
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] {
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, upstream, [upstream] {
            upstream->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream](QAbstractSocket::SocketError) {
            if (!upstream->property("established").toBool()) {
                client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
            }
        });
        upstream->connectToHost(QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QStringList m_tunnels;
};

} // namespace Fb::Test
