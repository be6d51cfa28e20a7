// The history window against the real server over TLS, logged in through SyncController with
// the token in the real keychain (tools/with-keyring): the versions, the change word by word, the
// replaced values, and what it says when it cannot show them.

#include "apiserver.h"
#include "fixtures.h"
#include "historywindow.h"
#include "mutationprocessor.h"
#include "replicaservice.h"
#include "synccontroller.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUuid>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheVersionsFromTheServer();
    void withoutALoginSaysWhere();
    void unreachableServerOffersToTryAgain();

private:
    bool login();
    QJsonObject apply(const QJsonObject &mutation);

    std::unique_ptr<QTemporaryDir> m_certDir;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_serverStore;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<ReplicaService> m_replica;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncController> m_sync;
    quint16 m_port = 0;
    QString m_caseId;
};

void TestHistoryWindow::initTestCase()
{
    m_certDir = std::make_unique<QTemporaryDir>();
    m_certs = std::make_unique<TestCertificates>(m_certDir->path());
    QVERIFY(m_certs->create());
}

QJsonObject TestHistoryWindow::apply(const QJsonObject &mutation)
{
    const User u = m_serverStore->userByName(u"anna"_s).value().value();
    const Session session{u, m_serverStore->organisation(u.organisationId).value().value(), 0};
    QJsonObject m = mutation;
    m.insert(u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return MutationProcessor(*m_serverStore, Test::vocabularies(), Test::referenceData(), Accounts::systemClock())
        .apply(session, m);
}

void TestHistoryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
    m_serverStore = ServerStore::open(db).value();
    QVERIFY(Accounts::initialize(*m_serverStore, Test::referenceData()).ok());
    const PasswordHasher hasher(PasswordHasher::Strength::Testing);
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"anna"_s, {}, u"kommun:0461"_s, u"redaktor"_s, u"ett bra lösenord"_s)
                .ok());
    CaseRecord c = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
    c.title = u"Med historik"_s;
    c.summary = u"Kommunen prövade kvällsvärdar."_s;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    m_caseId = c.id;
    QCOMPARE(apply({{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}}).value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(apply({{u"op"_s, u"update"_s},
                    {u"id"_s, c.id},
                    {u"base_version"_s, 1},
                    {u"set"_s, QJsonObject{{u"summary"_s, u"Kommunen anställde kvällsvärdar."_s}}},
                    {u"discarded"_s,
                     QJsonArray{QJsonObject{{u"path"_s, u"summary"_s},
                                            {u"value"_s, u"En text som fick ge vika."_s},
                                            {u"reason"_s, u"conflict"_s}}}}})
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);

    ApiServerConfig config;
    config.databaseUrl = db;
    config.tls = m_certs->serverConfiguration();
    config.passwordStrength = PasswordHasher::Strength::Testing;
    m_server = std::make_unique<ApiServer>(config);
    m_port = m_server->listen().value();

    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    m_sync = std::make_unique<SyncController>(*m_replica, m_nam, [] {
        return 0.5;
    });
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(opened.wait(10000));
    m_sync->start();
}

void TestHistoryWindow::cleanup()
{
    m_sync.reset();
    m_replica.reset();
    m_server.reset();
    m_serverStore.reset();
    m_dir.reset();
}

bool TestHistoryWindow::login()
{
    Error error{ErrorCode::InternalError, {}, {}};
    bool done = false;
    connect(m_sync.get(), &SyncController::loginFinished, this, [&](const Error &e) {
        error = e;
        done = true;
    });
    m_sync->login(u"https://localhost:%1"_s.arg(m_port), u"anna"_s, u"ett bra lösenord"_s, m_certs->caCertificate());
    const bool finished = QTest::qWaitFor(
        [&] {
            return done;
        },
        20000);
    disconnect(m_sync.get(), &SyncController::loginFinished, this, nullptr);
    return finished && error.code == ErrorCode::None;
}

void TestHistoryWindow::showsTheVersionsFromTheServer()
{
    QVERIFY(login());
    HistoryWindow window(*m_sync, Test::vocabularies(), Language::English, nullptr);
    QSignalSpy finished(&window, &HistoryWindow::finished);
    window.show();
    window.showCase(m_caseId, u"Med historik"_s);
    QVERIFY(finished.wait(20000));

    QCOMPARE(window.versions()->topLevelItemCount(), 2);
    // Newest first, shown at once.
    const QTreeWidgetItem *newest = window.versions()->topLevelItem(0);
    QCOMPARE(newest->text(0), u"2"_s);
    QCOMPARE(newest->text(2), u"anna"_s);
    QCOMPARE(newest->text(3), u"Summary"_s);
    QCOMPARE(newest->childCount(), 1);
    QCOMPARE(window.versions()->topLevelItem(1)->text(3), u"Created"_s);
    QCOMPARE(window.versions()->currentItem(), newest);
    // Word by word: the word taken out struck through, the new one there.
    const QString html = window.detail()->toHtml();
    QVERIFY2(window.detail()->toPlainText().contains(u"anställde"_s), qPrintable(html));
    QVERIFY2(html.contains(u"line-through"_s), qPrintable(html));

    QVERIFY(window.discarded()->isVisibleTo(&window));
    QCOMPARE(window.discarded()->topLevelItemCount(), 1);
    QCOMPARE(window.discarded()->topLevelItem(0)->text(1), u"En text som fick ge vika."_s);
    window.discarded()->setCurrentItem(window.discarded()->topLevelItem(0));
    QVERIFY(window.detail()->toPlainText().contains(u"En text som fick ge vika."_s));
    QVERIFY2(window.status()->text().startsWith(u"2 version"_s), qPrintable(window.status()->text()));
}

void TestHistoryWindow::withoutALoginSaysWhere()
{
    HistoryWindow window(*m_sync, Test::vocabularies(), Language::English, nullptr);
    QSignalSpy finished(&window, &HistoryWindow::finished);
    window.showCase(m_caseId, u"Med historik"_s);
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    QVERIFY2(window.status()->text().contains(u"Log in"_s), qPrintable(window.status()->text()));
    QCOMPARE(window.versions()->topLevelItemCount(), 0);
}

void TestHistoryWindow::unreachableServerOffersToTryAgain()
{
    QVERIFY(login());
    m_server.reset(); // the server goes away
    HistoryWindow window(*m_sync, Test::vocabularies(), Language::English, nullptr);
    window.show();
    QSignalSpy finished(&window, &HistoryWindow::finished);
    window.showCase(m_caseId, u"Med historik"_s);
    QVERIFY(finished.wait(30000));
    QVERIFY2(window.status()->text().contains(u"could not be fetched"_s), qPrintable(window.status()->text()));
    auto *retry = window.findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());

    // Back again: trying again shows it.
    ApiServerConfig config;
    config.databaseUrl = u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
    config.tls = m_certs->serverConfiguration();
    config.passwordStrength = PasswordHasher::Strength::Testing;
    config.port = m_port;
    m_server = std::make_unique<ApiServer>(config);
    QVERIFY(m_server->listen().ok());
    finished.clear();
    retry->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.versions()->topLevelItemCount(), 2);
    QVERIFY(!retry->isVisible());
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
