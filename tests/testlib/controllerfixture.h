#pragma once

#include "accounts.h"
#include "apiserver.h"
#include "fixtures.h"
#include "mutationprocessor.h"
#include "replicaservice.h"
#include "serverstore.h"
#include "synccontroller.h"
#include "testcertificates.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace Fb::Test {

// What the tests of the app's online parts share (SyncController and what reads through it): the
// real server in-process over real TLS on a fresh SQLite bank with one user, anna (redaktor,
// Gnesta), a real replica on its worker thread and a SyncController on it, started and not logged
// in; the token goes to the real keychain (the tests run under tools/with-keyring). A test class
// derives from it and calls setUpTestCase(), setUp() and tearDown() from its initTestCase(),
// init() and cleanup().
class ControllerFixture : public QObject
{
protected:
    static constexpr auto Password = "ett bra lösenord";

    void setUpTestCase()
    {
        m_certDir = std::make_unique<QTemporaryDir>();
        m_certs = std::make_unique<TestCertificates>(m_certDir->path());
        QVERIFY(m_certs->create());
    }

    // seed writes to the server's bank (applyAsAnna) before the server and the replica start.
    void setUp(const std::function<void()> &seed = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString db = databaseUrl();
        m_serverStore = ServerStore::open(db).value();
        QVERIFY(Accounts::initialize(*m_serverStore, referenceData()).ok());
        const PasswordHasher hasher(PasswordHasher::Strength::Testing);
        QVERIFY(Accounts(*m_serverStore, hasher)
                    .addUser(QStringLiteral("anna"),
                             {},
                             QStringLiteral("kommun:0461"),
                             QStringLiteral("redaktor"),
                             QString::fromUtf8(Password))
                    .ok());
        if (seed) {
            seed();
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        startServer();
        m_replica = std::make_unique<ReplicaService>(vocabularies(), referenceData());
        // A fixed "random" number: the backoff is then exactly predictable.
        m_sync = std::make_unique<SyncController>(*m_replica, m_nam, [] {
            return 0.5;
        });
        connect(m_sync.get(), &SyncController::loginFinished, this, [this](const Error &e) {
            m_loginError = e;
        });
        QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
        m_replica->open(m_dir->filePath(QStringLiteral("replica.sqlite")));
        QVERIFY(opened.wait(10000));
        m_sync->start();
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_sync->state() == SyncController::State::NotConfigured;
            },
            20000));
    }

    void tearDown()
    {
        m_sync.reset();
        m_replica.reset();
        m_server.reset();
        m_serverStore.reset();
        m_dir.reset();
    }

    QString databaseUrl() const { return QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.sqlite")); }

    // The server (again) on port (0: any free one, kept in m_port).
    void startServer(quint16 port = 0)
    {
        ApiServerConfig config;
        config.databaseUrl = databaseUrl();
        config.tls = m_certs->serverConfiguration();
        config.passwordStrength = PasswordHasher::Strength::Testing;
        config.port = port;
        m_server = std::make_unique<ApiServer>(config);
        auto listening = m_server->listen();
        QVERIFY(listening.ok());
        m_port = *listening;
    }

    // A mutation written as anna's client would, straight into the server's bank.
    QJsonObject applyAsAnna(QJsonObject mutation)
    {
        const User u = m_serverStore->userByName(QStringLiteral("anna")).value().value();
        const Session session{u, m_serverStore->organisation(u.organisationId).value().value(), 0};
        mutation.insert(QStringLiteral("mutation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        return MutationProcessor(*m_serverStore, vocabularies(), referenceData(), Accounts::systemClock())
            .apply(session, mutation);
    }

    // Logs anna in through the controller; the error is kept in m_loginError.
    bool login(const QString &password = QString::fromUtf8(Password))
    {
        QSignalSpy finished(m_sync.get(), &SyncController::loginFinished);
        m_sync->login(QStringLiteral("https://localhost:%1").arg(m_port),
                      QStringLiteral("anna"),
                      password,
                      m_certs->caCertificate());
        return finished.wait(20000) && m_loginError.code == ErrorCode::None;
    }

    std::unique_ptr<QTemporaryDir> m_certDir;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_serverStore;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<ReplicaService> m_replica;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncController> m_sync;
    quint16 m_port = 0;
    Error m_loginError;
};

} // namespace Fb::Test
