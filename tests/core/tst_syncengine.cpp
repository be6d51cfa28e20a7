#include "apiserver.h"
#include "casestore.h"
#include "fixtures.h"
#include "mutationprocessor.h"
#include "samplebank.h"
#include "syncengine.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Fb;

// The client's pull against the real server, in-process over real TLS, into a real replica.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void firstSyncReplacesSampleBank();
    void incrementalPullAppliesUpdatesAndDeletes();
    void pagesResumeFromTheCursor();
    void restoredServerIsReadAgain();
    void untrustedCertificateChangesNothing();
    void badTokenChangesNothing();
    void unreachableServer();

private:
    QString serverCreate(const QString &title);
    QJsonObject serverApply(QJsonObject mutation);
    QString login(ServerApi &api);

    struct Outcome
    {
        bool ok = false;
        SyncReport report;
        Error error;
    };

    Outcome pull(ServerApi &api, int pageSize = SyncEngine::PageSize);
    ServerSettings settings(bool trustCa = true) const;

    std::unique_ptr<QTemporaryDir> m_certDir;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_serverStore;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<CaseStore> m_replica;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};

void TestSyncEngine::initTestCase()
{
    m_certDir = std::make_unique<QTemporaryDir>();
    m_certs = std::make_unique<TestCertificates>(m_certDir->path());
    QVERIFY(m_certs->create());
}

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
    m_serverStore = ServerStore::open(db).value();
    QVERIFY(Accounts::initialize(*m_serverStore, Test::referenceData()).ok());
    const PasswordHasher hasher(PasswordHasher::Strength::Testing);
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"anna"_s, {}, u"kommun:0461"_s, u"redaktor"_s, u"ett bra lösenord"_s)
                .ok());

    ApiServerConfig config;
    config.databaseUrl = db;
    config.tls = m_certs->serverConfiguration();
    config.passwordStrength = PasswordHasher::Strength::Testing;
    m_server = std::make_unique<ApiServer>(config);
    m_port = m_server->listen().value();

    m_replica =
        CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData()).value();
    QVERIFY(SampleBank::installIfNew(*m_replica).value());
    m_nam.clearConnectionCache();
}

void TestSyncEngine::cleanup()
{
    m_replica.reset();
    m_server.reset();
    m_serverStore.reset();
    m_dir.reset();
}

ServerSettings TestSyncEngine::settings(bool trustCa) const
{
    return {QUrl(u"https://localhost:%1"_s.arg(m_port)), trustCa ? m_certs->caCertificate() : QString(), false};
}

QJsonObject TestSyncEngine::serverApply(QJsonObject mutation)
{
    const User u = m_serverStore->userByName(u"anna"_s).value().value();
    const Session session{u, m_serverStore->organisation(u.organisationId).value().value(), 0};
    mutation.insert(u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return MutationProcessor(*m_serverStore, Test::vocabularies(), Test::referenceData(), Accounts::systemClock())
        .apply(session, mutation);
}

QString TestSyncEngine::serverCreate(const QString &title)
{
    CaseRecord c = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
    c.title = title;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    const QJsonObject r = serverApply({{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}});
    return r.value("status"_L1).toString() == "applied"_L1 ? c.id : QString();
}

QString TestSyncEngine::login(ServerApi &api)
{
    QString token;
    bool done = false;
    api.login(u"anna"_s, u"ett bra lösenord"_s, [&](Result<LoginReply> r) {
        token = r ? r->token : QString();
        done = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            20000)) {
        return {};
    }
    return token;
}

TestSyncEngine::Outcome TestSyncEngine::pull(ServerApi &api, int pageSize)
{
    SyncEngine engine(*m_replica, api);
    engine.setPageSize(pageSize);
    Outcome outcome;
    bool done = false;
    connect(&engine, &SyncEngine::finished, this, [&](const SyncReport &r) {
        outcome = {true, r, {}};
        done = true;
    });
    connect(&engine, &SyncEngine::failed, this, [&](const Error &e) {
        outcome = {false, {}, e};
        done = true;
    });
    engine.pull();
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            30000)) {
        outcome.error = Error{ErrorCode::NetworkFailed, u"test"_s, u"no answer in 30 s"_s};
    }
    return outcome;
}

void TestSyncEngine::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("developer");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("https") << u"https://bank.example.se"_s << false << ErrorCode::None;
    QTest::addRow("https with port and slash") << u"https://bank.example.se:8443/"_s << false << ErrorCode::None;
    QTest::addRow("http refused") << u"http://bank.example.se"_s << false << ErrorCode::InsecureUrl;
    QTest::addRow("http refused in developer mode when not loopback")
        << u"http://bank.example.se"_s << true << ErrorCode::InsecureUrl;
    QTest::addRow("http loopback needs developer mode")
        << u"http://127.0.0.1:8080"_s << false << ErrorCode::InsecureUrl;
    QTest::addRow("http loopback in developer mode") << u"http://127.0.0.1:8080"_s << true << ErrorCode::None;
    QTest::addRow("http localhost in developer mode") << u"http://localhost:8080"_s << true << ErrorCode::None;
    QTest::addRow("ftp") << u"ftp://bank.example.se"_s << false << ErrorCode::InsecureUrl;
    QTest::addRow("path") << u"https://bank.example.se/api"_s << false << ErrorCode::InvalidUrl;
    QTest::addRow("user info") << u"https://anna:pw@bank.example.se"_s << false << ErrorCode::InvalidUrl;
    QTest::addRow("garbage") << u"bank"_s << false << ErrorCode::InvalidUrl;
}

void TestSyncEngine::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, developer);
    QFETCH(ErrorCode, code);
    QCOMPARE(ServerSettings::parseUrl(text, developer).code(), code);
}

void TestSyncEngine::firstSyncReplacesSampleBank()
{
    const QString a = serverCreate(u"Första exemplet"_s);
    const QString b = serverCreate(u"Andra exemplet"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    ServerApi api(m_nam, settings());
    QVERIFY(api.prepare().ok());
    api.setToken(login(api));
    const Outcome o = pull(api);
    QVERIFY2(o.ok, qPrintable(o.error.detail));
    QCOMPARE(o.report.changed, 2);
    QCOMPARE(m_replica->count().value(), 2);
    QCOMPARE(m_replica->get(a)->title, u"Första exemplet"_s);
    QCOMPARE(m_replica->meta(u"bank_source"_s).value(), u"server"_s);
    QCOMPARE(m_replica->syncedVersion(a).value(), 1);
    QVERIFY(!m_replica->meta(u"sync_cursor"_s)->isEmpty());
    QVERIFY(!m_replica->meta(u"last_sync"_s)->isEmpty());
    // The search index followed: the sample bank's words are gone, the server's are there.
    QCOMPARE(m_replica->match(u"gnestamodellen"_s)->size(), 0);
    QCOMPARE(m_replica->match(u"andra"_s)->size(), 1);
    // A second sync right after changes nothing.
    const Outcome again = pull(api);
    QVERIFY(again.ok);
    QCOMPARE(again.report.changed, 0);
}

void TestSyncEngine::incrementalPullAppliesUpdatesAndDeletes()
{
    const QString a = serverCreate(u"Ska ändras"_s);
    const QString b = serverCreate(u"Ska tas bort"_s);
    ServerApi api(m_nam, settings());
    QVERIFY(api.prepare().ok());
    api.setToken(login(api));
    QVERIFY(pull(api).ok);
    QCOMPARE(serverApply({{u"op"_s, u"update"_s},
                          {u"id"_s, a},
                          {u"base_version"_s, 1},
                          {u"set"_s, QJsonObject{{u"title"_s, u"Ändrad"_s}}}})
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
    QCOMPARE(serverApply({{u"op"_s, u"delete"_s}, {u"id"_s, b}, {u"base_version"_s, 1}}).value("status"_L1).toString(),
             u"applied"_s);
    const Outcome o = pull(api);
    QVERIFY(o.ok);
    QCOMPARE(o.report.changed, 2);
    QCOMPARE(m_replica->get(a)->title, u"Ändrad"_s);
    QCOMPARE(m_replica->syncedVersion(a).value(), 2);
    QCOMPARE(m_replica->get(b).code(), ErrorCode::NotFound);
    QCOMPARE(m_replica->match(u"ändrad"_s)->size(), 1);
}

void TestSyncEngine::pagesResumeFromTheCursor()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!serverCreate(u"Exempel %1"_s.arg(i)).isEmpty());
    }
    ServerApi api(m_nam, settings());
    QVERIFY(api.prepare().ok());
    api.setToken(login(api));
    const Outcome o = pull(api, 2);
    QVERIFY(o.ok);
    QCOMPARE(o.report.pages, 3);
    QCOMPARE(m_replica->count().value(), 5);
}

void TestSyncEngine::restoredServerIsReadAgain()
{
    const QString a = serverCreate(u"Före återställningen"_s);
    ServerApi api(m_nam, settings());
    QVERIFY(api.prepare().ok());
    api.setToken(login(api));
    QVERIFY(pull(api).ok);
    // The server is restored from a backup: a new epoch, and this case's change is gone.
    QVERIFY(m_serverStore->setMeta(u"epoch"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)).ok());
    const QString b = serverCreate(u"Efter återställningen"_s);
    const Outcome o = pull(api);
    QVERIFY2(o.ok, qPrintable(errorCodeName(o.error.code) + u' ' + o.error.path + u' ' + o.error.detail));
    QVERIFY(o.report.reconciled);
    QCOMPARE(m_replica->get(b)->title, u"Efter återställningen"_s);
    QCOMPARE(m_replica->get(a)->title, u"Före återställningen"_s); // explicit deletes only
}

void TestSyncEngine::untrustedCertificateChangesNothing()
{
    serverCreate(u"Syns inte"_s);
    ServerApi api(m_nam, settings(false));
    QVERIFY(api.prepare().ok());
    api.setToken(u"whatever"_s);
    const Outcome o = pull(api);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.code, ErrorCode::CertificateInvalid);
    QCOMPARE(m_replica->count().value(), SampleBank::load()->size());
    QCOMPARE(m_replica->meta(u"bank_source"_s).value(), u"sample"_s);
}

void TestSyncEngine::badTokenChangesNothing()
{
    serverCreate(u"Syns inte"_s);
    ServerApi api(m_nam, settings());
    QVERIFY(api.prepare().ok());
    api.setToken(u"not-a-token"_s);
    const Outcome o = pull(api);
    QCOMPARE(o.error.code, ErrorCode::TokenInvalid);
    QCOMPARE(m_replica->count().value(), SampleBank::load()->size());
}

void TestSyncEngine::unreachableServer()
{
    const quint16 port = m_port;
    m_server.reset(); // nothing listens any more
    ServerApi api(m_nam, {QUrl(u"https://localhost:%1"_s.arg(port)), m_certs->caCertificate(), false});
    QVERIFY(api.prepare().ok());
    api.setToken(u"t"_s);
    const Outcome o = pull(api);
    QCOMPARE(o.error.code, ErrorCode::NetworkFailed);
    QCOMPARE(m_replica->count().value(), SampleBank::load()->size());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
