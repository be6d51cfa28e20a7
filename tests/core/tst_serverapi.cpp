#include "serverapi.h"
#include "testcertificates.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

// A server on loopback that misbehaves at the TCP level, as a broken proxy or a dead link does:
// it accepts connections and then either says nothing at all, or reads each request whole and
// closes the connection without an answer. It counts the requests it read.
class BrokenServer : public QObject
{
public:
    enum class Mode {
        Silent,
        CloseAfterRequest
    };

    explicit BrokenServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    read(socket);
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }

    quint16 port() const { return m_server.serverPort(); }

    int requests() const { return m_requests; }

    QStringList methods() const { return m_methods; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (m_mode == Mode::Silent) {
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        ++m_requests;
        m_methods.append(QString::fromLatin1(buffer.left(buffer.indexOf(' '))));
        buffer.clear();
        socket->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    QStringList m_methods;
};

// A TLS server on loopback with a certificate of the test's choosing, answering every request as
// our server answers a wrong password: for what the client's certificate checks let through.
class TlsServer : public QObject
{
public:
    explicit TlsServer(const QSslConfiguration &tls)
    {
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [socket] {
                    if (!socket->readAll().isEmpty()) {
                        const QByteArray body = R"({"error":{"code":"invalid_credentials","message":"x"}})";
                        socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }

    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

} // namespace

// ServerApi against transports that fail and TLS peers it must refuse (the real server's answers
// are tested by tst_syncengine and tst_apiserver): how long a dead connection holds a sync, what
// Qt's network layer does on its own when a connection closes under a request, and which
// certificates the client will not talk to.
class TestServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadConnectionFailsWithinTheStallTimeout();
    void closedConnectionIsSentOnceMore_data();
    void closedConnectionIsSentOnceMore();
    void certificateProblemsAreRefused_data();
    void certificateProblemsAreRefused();

private:
    static ServerSettings settings(const QString &scheme, quint16 port)
    {
        return {QUrl(u"%1://127.0.0.1:%2"_s.arg(scheme).arg(port)), {}, true};
    }

    QNetworkAccessManager m_nam;
};

void TestServerApi::deadConnectionFailsWithinTheStallTimeout()
{
    // Tried as a new user would, through a proxy that drops what it forwards: a sync hung for a
    // minute each time before it said anything. With nothing moving, the request now fails after
    // the stall timeout (the default one, as the app has it), so the sync is retried with backoff
    // and the status says "försöker igen". The wait below is three times that timeout; it was a
    // minute before.
    BrokenServer silent(BrokenServer::Mode::Silent);
    QVERIFY(silent.listen());
    ServerApi api(m_nam, settings(u"https"_s, silent.port()));
    QVERIFY(api.prepare().ok());
    std::optional<Result<FeedPage>> answer;
    api.changes({}, 10, [&](Result<FeedPage> page) {
        answer = std::move(page);
    });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 3 * ServerApi::StallTimeoutMs);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->code(), ErrorCode::NetworkFailed);
    QCOMPARE(answer->error().detail, u"no answer"_s);
}

void TestServerApi::closedConnectionIsSentOnceMore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("feed page (GET)") << u"changes"_s;
    QTest::addRow("mutations (POST)") << u"mutations"_s;
    QTest::addRow("blob chunk (PUT)") << u"blob"_s;
}

void TestServerApi::closedConnectionIsSentOnceMore()
{
    // Issue 14, defect 9: Qt's HTTP layer sends a request again by itself when the connection
    // closes before any answer, whatever the method. Measured here so that the day Qt changes,
    // docs/sync.md ("Requests sent twice") is read again. The engine's reasoning holds either
    // way: every request we send is safe to repeat (feed reads; mutations answered from the
    // server's log by mutation id; blob chunks checked against the upload's offset).
    QFETCH(QString, kind);
    BrokenServer closing(BrokenServer::Mode::CloseAfterRequest);
    QVERIFY(closing.listen());
    ServerApi api(m_nam, settings(u"http"_s, closing.port()));
    QVERIFY(api.prepare().ok());
    std::optional<Error> failure;
    if (kind == "changes"_L1) {
        api.changes({}, 10, [&](Result<FeedPage> r) {
            failure = r ? Error{} : r.error();
        });
    } else if (kind == "mutations"_L1) {
        api.mutations(R"({"mutations":[]})", [&](Result<MutationReply> r) {
            failure = r ? Error{} : r.error();
        });
    } else {
        api.putBlob(QString(64, u'a'), 0, 3, "abc", [&](Result<BlobProgress> r) {
            failure = r ? Error{} : r.error();
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 3 * ServerApi::StallTimeoutMs);
    QCOMPARE(failure->code, ErrorCode::NetworkFailed);
    QCOMPARE(closing.requests(), 2); // the request, and Qt's own second try
    QCOMPARE(closing.methods().size(), 2);
    QCOMPARE(closing.methods().at(0), closing.methods().at(1));
}

void TestServerApi::certificateProblemsAreRefused_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("otherAuthority");
    QTest::addColumn<ErrorCode>("expected");
    // The control: the organisation's CA, the right name, in date. The request gets through TLS
    // and the server's answer comes back.
    QTest::addRow("valid") << u"server"_s << false << ErrorCode::InvalidCredentials;
    QTest::addRow("expired") << u"expired"_s << false << ErrorCode::CertificateInvalid;
    QTest::addRow("not yet valid") << u"future"_s << false << ErrorCode::CertificateInvalid;
    QTest::addRow("another host name") << u"elsewhere"_s << false << ErrorCode::CertificateInvalid;
    // The server's certificate is now from another CA than the one the client was set up with.
    QTest::addRow("changed CA") << u"server"_s << true << ErrorCode::CertificateInvalid;
}

void TestServerApi::certificateProblemsAreRefused()
{
    QFETCH(QString, certificate);
    QFETCH(bool, otherAuthority);
    QFETCH(ErrorCode, expected);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"ca"_s) && QDir(dir.path()).mkpath(u"other"_s));
    TestCertificates ca(dir.filePath(u"ca"_s));
    QVERIFY(ca.create());
    QVERIFY(ca.createServerCertificate(u"expired"_s,
                                       u"DNS:localhost,IP:127.0.0.1"_s,
                                       u"20200101000000Z"_s,
                                       u"20200201000000Z"_s));
    QVERIFY(ca.createServerCertificate(u"future"_s,
                                       u"DNS:localhost,IP:127.0.0.1"_s,
                                       u"20400101000000Z"_s,
                                       u"20400201000000Z"_s));
    QVERIFY(ca.createServerCertificate(u"elsewhere"_s, u"DNS:framgangsbanken.example.se"_s));
    TestCertificates other(dir.filePath(u"other"_s));
    QVERIFY(other.create());

    TlsServer server((otherAuthority ? other : ca).serverConfiguration(certificate));
    QVERIFY(server.listen());
    // The client trusts only the organisation's CA (no system CA signs these).
    ServerApi api(m_nam, {QUrl(u"https://127.0.0.1:%1"_s.arg(server.port())), ca.caCertificate(), false});
    QVERIFY(api.prepare().ok());
    std::optional<Result<LoginReply>> answer;
    api.login(u"anna"_s, u"fel lösenord"_s, [&](Result<LoginReply> r) {
        answer = std::move(r);
    });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QCOMPARE(answer->code(), expected);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
