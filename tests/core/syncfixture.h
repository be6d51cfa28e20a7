#pragma once

#include "apiserver.h"
#include "casestore.h"
#include "postgresfixture.h"
#include "serverapi.h"
#include "syncengine.h"
#include "syncledger.h"
#include "testcertificates.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Fb {

// What the sync tests share: the real server in-process over real TLS, on SQLite or on a
// PostgreSQL the fixture starts, its accounts, real replicas, and helpers that act on the server
// behind the clients' backs (writes, backups, restores). A test class derives from it and calls
// setUpTestCase(), setUp() and tearDown() from its initTestCase(), init() and cleanup(); its
// initTestCase_data() adds PostgresFixture::addBackendRows().
class SyncFixture : public QObject
{
protected:
    void setUpTestCase();
    void setUp();
    void tearDown();

    static QString describe(const Error &e);
    // Owned by Gnesta (0461), as anna's cases are.
    static CaseRecord newCase(const QString &title);
    static SyncCounts counts(CaseStore &replica);

    struct Outcome
    {
        bool ok = false;
        SyncReport report;
        Error error;
    };

    // A replica of its own, logged in as user.
    struct Client
    {
        std::unique_ptr<CaseStore> replica;
        std::unique_ptr<ServerApi> api;
    };

    Client client(const QString &name, const QString &user = QStringLiteral("anna"));
    Outcome sync(Client &c, QNetworkAccessManager *nam = nullptr);
    // The first sync after the server was restored: a new login (the restore lost the session),
    // a sync, and a reconcile, which it must have been.
    bool reconcile(Client &c, const QString &user = QStringLiteral("anna"));
    // What the replica's archive holds of a case: "path=value" for each discarded value.
    static QStringList archived(CaseStore &replica, const QString &id);
    int serverVersion(const QString &id) const;
    // A backup of the server's database made with its backend's own tools (SQLite's backup, which
    // gives the copy a new epoch; pg_dump, which keeps it), and the server stopped, put back
    // from it (a file copied back; pg_restore) and started again on the same port.
    QString backupServer();
    bool restoreServer(const QString &backup);
    // A SQLite backup made to look copied back by hand: the live bank's epoch, not a new one
    // (pg_dump keeps it by itself).
    bool keepEpoch(const QString &backup);
    // What `framgangsbank-server restored` does after pg_restore (SQLite's backup has one already).
    bool giveRestoredANewEpoch();
    // Writes a case's body on the server behind the API's back (a form a later version writes).
    bool writeServerBody(const QString &id, const QJsonObject &body);
    void startServer(quint16 port = 0);

    // Owned by Gnesta (0461): a draft by anna, or in another state by the administrator.
    QString serverCreate(const QString &title, const QString &reviewState = {});
    QJsonObject serverApply(QJsonObject mutation, const QString &user = QStringLiteral("anna"));
    // An update by someone else on the server; its status ("applied", "conflict", …).
    QString serverUpdate(const QString &id, int baseVersion, const QJsonObject &set);
    // Moves the case to another review state as user (a samordnare claims, publishes…).
    QString serverMove(const QString &id, int baseVersion, const QString &state, const QString &user);
    QString login(ServerApi &api, const QString &user = QStringLiteral("anna"));
    Outcome run(SyncEngine &engine, bool push);

    Outcome pull(ServerApi &api, int pageSize = SyncEngine::PageSize);
    ServerSettings settings(bool trustCa = true) const;

    PostgresFixture m_postgres;
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_certDir;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_serverStore;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<CaseStore> m_replica;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};

} // namespace Fb
