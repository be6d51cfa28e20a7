#include "apiserver.h"
#include "postgresfixture.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The real API server over real TLS on loopback, talked to by a real QNetworkAccessManager that
// trusts only the test CA.
class TestApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void health();
    void loginSessionLogout();
    void badLogins_data();
    void badLogins();
    void throttledLoginSaysWhenToRetry();
    void loginsQueueApartFromSyncs();
    void expiredTokenIsRefused();
    void unknownEndpointIsJson();
    void untrustedCertificateIsRefused();
    void plainHttpGetsNoAnswer();
    void oversizedBodyIsRefusedBeforeItIsRead_data();
    void oversizedBodyIsRefusedBeforeItIsRead();
    void slowSenderIsCutOff();
    void mutationsAndChanges();
    void changesPageAndCursor();
    void cursorFromAnotherEpochIsGone();
    void cursorOfAnOlderViewReadsFromTheStart();
    void syncNeedsLogin_data();
    void syncNeedsLogin();
    void stopsWithRequestsInFlight();
    void databaseRestartIsSurvived();
    void changesPageIsCappedByBytes();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray retryAfter;
    };

    Reply request(const QByteArray &method,
                  const QString &path,
                  const QByteArray &body = {},
                  const QString &token = {},
                  bool trustCa = true);
    QString login();
    // The server as every test starts it; startServer (re)starts it on m_port (0: any).
    ApiServerConfig serverConfig() const;
    void startServer(const ApiServerConfig &config);

    PostgresFixture m_postgres;
    std::unique_ptr<QTemporaryDir> m_certDir;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiServer> m_server;
    QString m_database;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    qint64 m_now = 1'800'000'000;
};

// The whole API suite runs on both storage backends.
void TestApiServer::initTestCase_data()
{
    PostgresFixture::addBackendRows();
}

void TestApiServer::initTestCase()
{
    const QString problem = m_postgres.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_certDir = std::make_unique<QTemporaryDir>();
    m_certs = std::make_unique<TestCertificates>(m_certDir->path());
    QVERIFY2(m_certs->create(), "openssl could not create the test certificates");
}

void TestApiServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFETCH_GLOBAL(QString, backend);
    const QString db = backend == "postgresql"_L1 ? m_postgres.freshDatabase(u"fbapi"_s)
                                                  : u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
    {
        auto store = ServerStore::open(db).value();
        QVERIFY(Accounts::initialize(*store, ReferenceData::builtIn().value()).ok());
        const PasswordHasher hasher(PasswordHasher::Strength::Testing);
        Accounts accounts(*store, hasher);
        QVERIFY(accounts.addUser(u"anna"_s, u"Anna"_s, u"kommun:0461"_s, u"redaktor"_s, u"ett bra lösenord"_s).ok());
    }
    m_database = db;
    m_now = 1'800'000'000;
    m_port = 0;
    startServer(serverConfig());
}

ApiServerConfig TestApiServer::serverConfig() const
{
    ApiServerConfig config;
    config.databaseUrl = m_database;
    config.tls = m_certs->serverConfiguration();
    config.passwordStrength = PasswordHasher::Strength::Testing;
    config.maxBodyBytes = 64 * 1024;
    config.port = m_port;
    return config;
}

void TestApiServer::startServer(const ApiServerConfig &config)
{
    m_server.reset();
    m_server = std::make_unique<ApiServer>(config);
    m_server->setClock([this] {
        return m_now;
    });
    auto port = m_server->listen();
    QVERIFY(port.ok());
    m_port = *port;
    m_nam.clearConnectionCache();
}

void TestApiServer::cleanup()
{
    // The server's worker threads hold connections; they must end before the next test drops
    // and recreates the PostgreSQL database.
    m_server.reset();
    m_dir.reset();
}

TestApiServer::Reply TestApiServer::request(const QByteArray &method,
                                            const QString &path,
                                            const QByteArray &body,
                                            const QString &token,
                                            bool trustCa)
{
    QNetworkRequest req(QUrl(u"https://localhost:%1%2"_s.arg(m_port).arg(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (trustCa) {
        tls.setCaCertificates(QSslCertificate::fromPath(m_certs->caCertificate()));
    }
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20000)) {
        return {};
    }
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(),
            reply->error(),
            reply->rawHeader("Retry-After")};
}

void TestApiServer::stopsWithRequestsInFlight()
{
    // Found by the sync simulation (a server restart): a server destroyed while its workers had
    // answers on the way crashed, the answers' responders outliving the connections they belong to.
    const QString token = login();
    QVERIFY(!token.isEmpty());
    for (int round = 0; round < 6; ++round) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest req(QUrl(u"https://localhost:%1/api/v1/changes"_s.arg(m_port)));
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(QSslCertificate::fromPath(m_certs->caCertificate()));
            req.setSslConfiguration(tls);
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            req.setTransferTimeout(1000);
            replies.append(m_nam.get(req));
        }
        // Long enough for some requests to reach the workers, not for all answers to go out.
        QTest::qWait(round * 4);
        m_server.reset();
        // Every request ends, answered or failed; one the server took but never answered ends by
        // the client's transfer timeout, as ServerApi sets one.
        for (QNetworkReply *r : std::as_const(replies)) {
            QVERIFY(QTest::qWaitFor(
                [r] {
                    return r->isFinished();
                },
                5000));
            delete r;
        }
        startServer(serverConfig());
    }
}

QString TestApiServer::login()
{
    const Reply r = request("POST", u"/api/v1/login"_s, R"({"user":"anna","password":"ett bra lösenord"})");
    return r.body.value("token"_L1).toString();
}

void TestApiServer::health()
{
    const Reply r = request("GET", u"/healthz"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value("status"_L1).toString(), u"ok"_s);
    QCOMPARE(r.body.value("schema"_L1).toInt(), ServerStore::SchemaVersion);
}

void TestApiServer::loginSessionLogout()
{
    const Reply login = request("POST", u"/api/v1/login"_s, R"({"user":"anna","password":"ett bra lösenord"})");
    QCOMPARE(login.status, 200);
    const QString token = login.body.value("token"_L1).toString();
    QCOMPARE(token.size(), 43);
    QCOMPARE(login.body.value("user"_L1).toObject().value("organisation"_L1).toObject().value("name"_L1).toString(),
             u"Gnesta kommun"_s);

    const Reply session = request("GET", u"/api/v1/session"_s, {}, token);
    QCOMPARE(session.status, 200);
    QCOMPARE(session.body.value("user"_L1).toObject().value("role"_L1).toString(), u"redaktor"_s);
    QCOMPARE(session.body.value("protocol"_L1).toInt(), 1);
    QCOMPARE(session.body.value("server_id"_L1).toString().size(), 36);

    QCOMPARE(request("POST", u"/api/v1/logout"_s, {}, token).status, 204);
    const Reply after = request("GET", u"/api/v1/session"_s, {}, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.body.value("error"_L1).toObject().value("code"_L1).toString(), u"token_invalid"_s);
}

void TestApiServer::badLogins_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("wrong password") << QByteArray(R"({"user":"anna","password":"fel"})") << 401
                                    << u"invalid_credentials"_s;
    QTest::addRow("unknown user") << QByteArray(R"({"user":"ingen","password":"fel"})") << 401
                                  << u"invalid_credentials"_s;
    QTest::addRow("malformed json") << QByteArray(R"({"user":"anna",)") << 400 << u"invalid_json"_s;
    QTest::addRow("invalid utf-8") << QByteArray("{\"user\":\"\xc3\x28\",\"password\":\"x\"}") << 400
                                   << u"invalid_utf8"_s;
    QTest::addRow("not an object") << QByteArray("[1]") << 400 << u"not_an_object"_s;
    QTest::addRow("missing password") << QByteArray(R"({"user":"anna"})") << 400 << u"missing_field"_s;
    QTest::addRow("oversized") << (QByteArray(R"({"user":"anna","password":")") + QByteArray(100 * 1024, 'x') + "\"}")
                               << 413 << u"payload_too_large"_s;
}

void TestApiServer::badLogins()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Reply r = request("POST", u"/api/v1/login"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body.value("error"_L1).toObject().value("code"_L1).toString(), code);
    QVERIFY(!r.body.value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
}

void TestApiServer::throttledLoginSaysWhenToRetry()
{
    for (int i = 0; i < Accounts::MaxFailures; ++i) {
        QCOMPARE(request("POST", u"/api/v1/login"_s, R"({"user":"anna","password":"fel"})").status, 401);
    }
    const Reply r = request("POST", u"/api/v1/login"_s, R"({"user":"anna","password":"ett bra lösenord"})");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray::number(Accounts::FailureWindow));
}

void TestApiServer::loginsQueueApartFromSyncs()
{
    // Found reading the server: logins hashed passwords on the sync workers, so a flood of logins
    // (Argon2id, 64 MiB and 0.1 s each, for names that need not exist) starved every sync.
    const QString token = login();
    QVERIFY(!token.isEmpty());
    ApiServerConfig noLogins = serverConfig();
    noLogins.maxQueuedLogins = 0; // the login lane full
    startServer(noLogins);
    const Reply refused = request("POST", u"/api/v1/login"_s, R"({"user":"anna","password":"ett bra lösenord"})");
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.body.value("error"_L1).toObject().value("code"_L1).toString(), u"overloaded"_s);
    QCOMPARE(request("GET", u"/api/v1/session"_s, {}, token).status, 200);
    ApiServerConfig noSyncs = serverConfig();
    noSyncs.maxQueued = 0; // the sync lane full
    startServer(noSyncs);
    QCOMPARE(request("GET", u"/api/v1/session"_s, {}, token).status, 503);
    QVERIFY(!login().isEmpty());
}

void TestApiServer::expiredTokenIsRefused()
{
    const QString token = login();
    QVERIFY(!token.isEmpty());
    m_now += Accounts::TokenLifetime;
    const Reply r = request("GET", u"/api/v1/session"_s, {}, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body.value("error"_L1).toObject().value("code"_L1).toString(), u"token_expired"_s);
}

void TestApiServer::unknownEndpointIsJson()
{
    const Reply r = request("GET", u"/api/v1/nothing-here"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body.value("error"_L1).toObject().value("code"_L1).toString(), u"no_such_endpoint"_s);
}

void TestApiServer::untrustedCertificateIsRefused()
{
    // The client verifies certificates: without the organisation's CA it must not talk at all.
    const Reply r = request("GET", u"/healthz"_s, {}, {}, false);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(r.status, 0);
}

void TestApiServer::plainHttpGetsNoAnswer()
{
    QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/healthz"_s.arg(m_port)));
    req.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(m_nam.get(req));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
}

static QByteArray createMutation(const QString &mutationId, const QString &caseId, const QString &title)
{
    const QJsonObject doc{{u"schema"_s, 1},
                          {u"id"_s, caseId},
                          {u"title"_s, title},
                          {u"owner"_s, QJsonObject{{u"type"_s, u"kommun"_s}, {u"code"_s, u"0461"_s}}}};
    return QJsonDocument(
               QJsonObject{
                   {u"mutations"_s,
                    QJsonArray{QJsonObject{{u"mutation_id"_s, mutationId}, {u"op"_s, u"create"_s}, {u"doc"_s, doc}}}}})
        .toJson(QJsonDocument::Compact);
}

// A TLS connection that speaks raw HTTP, for what QNetworkAccessManager would never send.
static std::unique_ptr<QSslSocket> rawConnection(quint16 port, const QString &caFile)
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    socket->setSslConfiguration(tls);
    socket->connectToHostEncrypted(u"localhost"_s, port);
    // Not waitForEncrypted: the server answers the handshake on this very thread.
    QSignalSpy encrypted(socket.get(), &QSslSocket::encrypted);
    return encrypted.wait(10000) ? std::move(socket) : nullptr;
}

void TestApiServer::oversizedBodyIsRefusedBeforeItIsRead_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("sent"); // bytes of body the client sends
    QTest::addColumn<QByteArray>("status");
    QTest::addRow("2 GB announced, answered at once")
        << QByteArray("Content-Length: 2147483648\r\n") << 12 << QByteArray("413");
    // A little too much is read and thrown away, then answered: the client still sending hears why.
    QTest::addRow("just over the limit, all sent")
        << QByteArray("Content-Length: 65537\r\n") << 65537 << QByteArray("413");
    QTest::addRow("no length: chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << 12 << QByteArray("400");
    QTest::addRow("a length that is no number") << QByteArray("Content-Length: -5\r\n") << 12 << QByteArray("413");
}

void TestApiServer::oversizedBodyIsRefusedBeforeItIsRead()
{
    // Found from outside: a request announcing a 2 GB body got no answer at all; the server was
    // reading the body into memory before any check could see it.
    QFETCH(QByteArray, headers);
    QFETCH(int, sent);
    QFETCH(QByteArray, status);
    auto socket = rawConnection(m_port, m_certs->caCertificate());
    QVERIFY(socket);
    socket->write("POST /api/v1/mutations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers
                  + "\r\n" + QByteArray(sent, ' '));
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll()).contains("\r\n\r\n{"), 10000);
    QVERIFY2(answer.startsWith(QByteArray(QByteArray("HTTP/1.1 ") + status)), answer.constData());
    QVERIFY(answer.contains("\"error\""));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
    // The server goes on serving everyone else.
    QCOMPARE(request("GET", u"/healthz"_s).status, 200);
}

void TestApiServer::slowSenderIsCutOff()
{
    // Found from outside: headers sent a few bytes at a time, never finished, kept their
    // connection (and whatever the server had read of them) for ever.
    ApiServerConfig config = serverConfig();
    config.requestTimeoutMs = 1000;
    startServer(config);
    auto socket = rawConnection(m_port, m_certs->caCertificate());
    QVERIFY(socket);
    socket->write("POST /api/v1/login HTTP/1.1\r\nHost: localhost\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 15000);
    QCOMPARE(request("GET", u"/healthz"_s).status, 200);
}

void TestApiServer::mutationsAndChanges()
{
    const QString token = login();
    const QString caseId = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c10"_s;
    const QByteArray body = createMutation(u"11111111-1111-4111-8111-111111111111"_s, caseId, u"Mötesplats"_s);
    const Reply first = request("POST", u"/api/v1/mutations"_s, body, token);
    QCOMPARE(first.status, 200);
    const QJsonObject result = first.body.value("results"_L1).toArray().first().toObject();
    QCOMPARE(result.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(result.value("version"_L1).toInt(), 1);
    // The same request again (its response was lost): answered from the log, nothing applied twice.
    const Reply replay = request("POST", u"/api/v1/mutations"_s, body, token);
    QCOMPARE(replay.body.value("results"_L1).toArray().first().toObject().value("status"_L1).toString(),
             u"duplicate"_s);

    const Reply changes = request("GET", u"/api/v1/changes"_s, {}, token);
    QCOMPARE(changes.status, 200);
    const QJsonArray items = changes.body.value("items"_L1).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value("doc"_L1).toObject().value("title"_L1).toString(), u"Mötesplats"_s);
    QCOMPARE(changes.body.value("has_more"_L1).toBool(), false);
    // From the returned cursor there is nothing new.
    const QString cursor = changes.body.value("next_cursor"_L1).toString();
    const Reply none = request("GET", u"/api/v1/changes?cursor="_s + cursor, {}, token);
    QCOMPARE(none.body.value("items"_L1).toArray().size(), 0);
    QCOMPARE(none.body.value("next_cursor"_L1).toString(), cursor);
}

void TestApiServer::changesPageAndCursor()
{
    const QString token = login();
    for (int i = 0; i < 5; ++i) {
        const QString id = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c1%1"_s.arg(i);
        const QString mutationId = u"2222222%1-1111-4111-8111-111111111111"_s.arg(i);
        QCOMPARE(request("POST", u"/api/v1/mutations"_s, createMutation(mutationId, id, u"Exempel %1"_s.arg(i)), token)
                     .status,
                 200);
    }
    QString cursor;
    QStringList titles;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const Reply page = request("GET", u"/api/v1/changes?limit=2&cursor="_s + cursor, {}, token);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.body.value("items"_L1).toArray()) {
            titles.append(item.toObject().value("doc"_L1).toObject().value("title"_L1).toString());
        }
        cursor = page.body.value("next_cursor"_L1).toString();
        more = page.body.value("has_more"_L1).toBool();
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(titles, (QStringList{u"Exempel 0"_s, u"Exempel 1"_s, u"Exempel 2"_s, u"Exempel 3"_s, u"Exempel 4"_s}));
    QCOMPARE(request("GET", u"/api/v1/changes?limit=0"_s, {}, token).status, 400);
    QCOMPARE(request("GET", u"/api/v1/changes?cursor=%%%"_s, {}, token).status, 400);
}

void TestApiServer::changesPageIsCappedByBytes()
{
    // A page ends after the case that takes it past maxPageBytes, whatever its limit: here every
    // case does, so every page holds one.
    const QString token = login();
    for (int i = 0; i < 4; ++i) {
        const QString id = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c1%1"_s.arg(i);
        const QString mutationId = u"3333333%1-1111-4111-8111-111111111111"_s.arg(i);
        QCOMPARE(request("POST", u"/api/v1/mutations"_s, createMutation(mutationId, id, u"Exempel %1"_s.arg(i)), token)
                     .status,
                 200);
    }
    ApiServerConfig config = serverConfig();
    config.maxPageBytes = 1;
    startServer(config);
    QString cursor;
    QStringList titles;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const Reply page = request("GET", u"/api/v1/changes?limit=1000&cursor="_s + cursor, {}, token);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.body.value("items"_L1).toArray();
        QCOMPARE(items.size(), 1);
        titles.append(items.first().toObject().value("doc"_L1).toObject().value("title"_L1).toString());
        cursor = page.body.value("next_cursor"_L1).toString();
        more = page.body.value("has_more"_L1).toBool();
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 4);
    QCOMPARE(titles, (QStringList{u"Exempel 0"_s, u"Exempel 1"_s, u"Exempel 2"_s, u"Exempel 3"_s}));
}

void TestApiServer::cursorFromAnotherEpochIsGone()
{
    const QString token = login();
    const QString foreign = QString::fromLatin1(
        QByteArray("another-epoch:12").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const Reply r = request("GET", u"/api/v1/changes?cursor="_s + foreign, {}, token);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.body.value("error"_L1).toObject().value("code"_L1).toString(), u"epoch_changed"_s);
}

void TestApiServer::cursorOfAnOlderViewReadsFromTheStart()
{
    // A cursor written before views (or under another role) cannot say what its reader was shown:
    // the feed starts again, and ends at the same place under the reader's view.
    const QString token = login();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(request("POST",
                         u"/api/v1/mutations"_s,
                         createMutation(u"3333333%1-1111-4111-8111-111111111111"_s.arg(i),
                                        u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c2%1"_s.arg(i),
                                        u"Exempel %1"_s.arg(i)),
                         token)
                     .status,
                 200);
    }
    const QString current = request("GET", u"/api/v1/changes"_s, {}, token).body.value("next_cursor"_L1).toString();
    const QByteArray text =
        QByteArray::fromBase64(current.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(text.count(':'), 3); // epoch:seq:tag:view
    const QByteArray older = text.left(text.lastIndexOf(':'));
    const Reply again = request(
        "GET",
        u"/api/v1/changes?cursor="_s
            + QString::fromLatin1(older.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
        {},
        token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value("items"_L1).toArray().size(), 2);
    QCOMPARE(again.body.value("next_cursor"_L1).toString(), current);
    QCOMPARE(request("GET", u"/api/v1/changes?cursor="_s + current, {}, token).body.value("items"_L1).toArray().size(),
             0);
}

void TestApiServer::databaseRestartIsSurvived()
{
    // Found reading the server: each worker kept its PostgreSQL connection for as long as the
    // thread lived, so after a restart of the database every request on it failed with 500.
    const QString token = login();
    QVERIFY(!token.isEmpty());
    QCOMPARE(request("GET", u"/api/v1/session"_s, {}, token).status, 200);
    QFETCH_GLOBAL(QString, backend);
    if (backend == "postgresql"_L1) {
        const QString problem = m_postgres.restart();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Every worker that had a connection gets a request or more.
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(request("GET", u"/api/v1/session"_s, {}, token).status, 200);
    }
    QCOMPARE(request("GET", u"/api/v1/changes"_s, {}, token).status, 200);
}

void TestApiServer::syncNeedsLogin_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("changes") << QByteArray("GET") << u"/api/v1/changes"_s;
    QTest::addRow("mutations") << QByteArray("POST") << u"/api/v1/mutations"_s;
}

void TestApiServer::syncNeedsLogin()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QCOMPARE(request(method, path, R"({"mutations":[]})").status, 401);
    QCOMPARE(request(method, path, R"({"mutations":[]})", u"not-a-token"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
