#include "connectproxy.h"
#include "controllerfixture.h"
#include "machineconfig.h"

#include <QJsonObject>
#include <QNetworkProxy>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Fb;
using namespace Qt::StringLiterals;

// The app's background sync: the real server in-process over TLS, a real replica on its worker
// thread and the real keychain (the test runs under tools/with-keyring).
class TestSyncController : public Test::ControllerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void retryDelay_data();
    void retryDelay();
    void loginSyncsInTheBackground();
    void wrongPasswordIsReported();
    void unreachableServerBacksOff();
    void backgroundSyncGoesThroughTheConfiguredProxy();
    void networkReturnSyncsAtOnce();
    void resumeWithoutAnAccountDoesNothing();

private:
    bool waitForState(SyncController::State state, int timeoutMs = 20000);
};

void TestSyncController::initTestCase()
{
    setUpTestCase();
}

void TestSyncController::init()
{
    // A proxy a test set leaves with the network manager, which all tests share.
    m_nam.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    // One case on the server, written as a client would.
    setUp([this] {
        CaseRecord c = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
        c.title = u"Från servern"_s;
        c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
        QCOMPARE(applyAsAnna({{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}}).value("status"_L1).toString(),
                 u"applied"_s);
    });
}

void TestSyncController::cleanup()
{
    tearDown();
}

bool TestSyncController::waitForState(SyncController::State state, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return m_sync->state() == state;
        },
        timeoutMs);
}

void TestSyncController::retryDelay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");
    QTest::newRow("first, middle of the window") << 1 << 0 << 0.5 << 1000;
    QTest::newRow("second doubles the window") << 2 << 0 << 0.5 << 2000;
    QTest::newRow("fifth") << 5 << 0 << 1.0 << 32000;
    QTest::newRow("capped at five minutes") << 30 << 0 << 1.0 << SyncController::BackoffCapMs;
    QTest::newRow("never sooner than half a second") << 1 << 0 << 0.0 << 500;
    QTest::newRow("Retry-After wins when longer") << 1 << 30 << 0.5 << 30000;
    QTest::newRow("jitter wins when longer") << 8 << 3 << 0.9 << 230400;
}

void TestSyncController::retryDelay()
{
    QFETCH(int, failures);
    QFETCH(int, retryAfter);
    QFETCH(double, random);
    QFETCH(int, expected);
    QCOMPARE(SyncController::retryDelayMs(failures, retryAfter, random), expected);
}

void TestSyncController::loginSyncsInTheBackground()
{
    QSignalSpy refreshed(m_replica.get(), &ReplicaService::refreshed);
    QVERIFY(login());
    QVERIFY(waitForState(SyncController::State::Idle));
    QVERIFY(refreshed.wait(5000) || !refreshed.isEmpty());
    const auto info = refreshed.last().first().value<ReplicaInfo>();
    QCOMPARE(info.caseCount, 1);
    QVERIFY(!info.isSample);
    QCOMPARE(m_sync->status().user, u"anna"_s);
    QVERIFY(!m_sync->status().lastSync.isEmpty());
    QCOMPARE(m_sync->status().counts.pending, 0);
    // Role and organisation, as the server said at login, read back from the replica: what the
    // review workflow offers offline.
    QCOMPARE(m_sync->status().role, u"redaktor"_s);
    QCOMPARE(m_sync->status().organisationId, u"kommun:0461"_s);
    // The next sync is planned a few minutes ahead.
    QVERIFY(m_sync->nextSyncInMs() > 60000);

    // Logging out forgets the account: no more syncs.
    QSignalSpy loggedOut(m_sync.get(), &SyncController::loggedOut);
    m_sync->logout();
    QVERIFY(loggedOut.wait(10000));
    QVERIFY(waitForState(SyncController::State::NotConfigured));
    QVERIFY(!m_sync->status().configured());
    QVERIFY(m_sync->status().role.isEmpty());
    QCOMPARE(m_sync->nextSyncInMs(), -1);
}

void TestSyncController::wrongPasswordIsReported()
{
    QVERIFY(!login(u"fel lösenord"_s));
    QCOMPARE(m_loginError.code, ErrorCode::InvalidCredentials);
    QCOMPARE(m_sync->state(), SyncController::State::NotConfigured);
}

void TestSyncController::unreachableServerBacksOff()
{
    QVERIFY(login());
    QVERIFY(waitForState(SyncController::State::Idle));
    m_server.reset();
    m_sync->syncNow();
    QVERIFY(waitForState(SyncController::State::Offline));
    QCOMPARE(m_sync->lastError().code, ErrorCode::NetworkFailed);
    // The retry comes after half of the current window, as the injected random number says (a
    // loaded machine may have gone through more than one failure by now).
    QVERIFY(m_sync->failures() >= 1);
    const int next = m_sync->nextSyncInMs();
    // A coarse timer may fire up to 5 % late.
    QVERIFY2(next > 0 && next <= SyncController::retryDelayMs(m_sync->failures(), 0, 0.5) * 21 / 20,
             qPrintable(QString::number(next)));
}

void TestSyncController::backgroundSyncGoesThroughTheConfiguredProxy()
{
    // IT's manual proxy, from the machine-wide configuration as the app reads it at start.
    Test::ConnectProxy proxy;
    QVERIFY(proxy.listen());
    QTemporaryDir configDir;
    QSettings ini(configDir.filePath(u"framgangsbank.conf"_s), QSettings::IniFormat);
    ini.setValue(u"network/proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxy.port()));
    ini.sync();
    const MachineConfig machine = MachineConfig::read(ini);
    QCOMPARE(machine.problems().size(), 0);
    QCOMPARE(machine.proxyMode(), MachineConfig::ProxyMode::Manual);
    machine.applyProxy(m_nam);

    QVERIFY(login());
    // The sync that follows the login runs on the replica's thread, with a network manager of its
    // own: a tunnel of its own besides the login's.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_sync->state() == SyncController::State::Idle && !m_sync->status().lastSync.isEmpty();
        },
        20000));
    QCOMPARE(m_sync->lastError().code, ErrorCode::None);
    QVERIFY2(proxy.tunnels().size() >= 2, qPrintable(proxy.tunnels().join(u", "_s)));
    for (const QString &target : proxy.tunnels()) {
        QCOMPARE(target, u"localhost:%1"_s.arg(m_port));
    }
}

void TestSyncController::networkReturnSyncsAtOnce()
{
    QVERIFY(login());
    QVERIFY(waitForState(SyncController::State::Idle));
    QVERIFY(m_sync->nextSyncInMs() > 60000);
    QSignalSpy synced(m_sync.get(), &SyncController::synced);
    // Going away starts nothing.
    m_sync->setNetworkReachable(false);
    QCOMPARE(m_sync->state(), SyncController::State::Idle);
    // Back: a sync at once, minutes before the timer's.
    m_sync->setNetworkReachable(true);
    QCOMPARE(m_sync->state(), SyncController::State::Syncing);
    QVERIFY(waitForState(SyncController::State::Idle));
    QCOMPARE(synced.count(), 1);
    // Reachable all along: nothing more.
    m_sync->setNetworkReachable(true);
    QCOMPARE(m_sync->state(), SyncController::State::Idle);

    // Offline, waiting out a backoff: the return does not wait for it.
    m_server.reset();
    m_sync->syncNow();
    QVERIFY(waitForState(SyncController::State::Offline));
    m_sync->setNetworkReachable(false);
    m_sync->setNetworkReachable(true);
    QCOMPARE(m_sync->state(), SyncController::State::Syncing);
    QVERIFY(waitForState(SyncController::State::Offline));
}

void TestSyncController::resumeWithoutAnAccountDoesNothing()
{
    m_sync->resume();
    QCOMPARE(m_sync->state(), SyncController::State::NotConfigured);
    m_sync->setNetworkReachable(false);
    m_sync->setNetworkReachable(true);
    QCOMPARE(m_sync->state(), SyncController::State::NotConfigured);
}

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
