#pragma once

#include "accounts.h"
#include "passwordhasher.h"
#include "referencedata.h"
#include "result.h"
#include "vocabularies.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QLoggingCategory>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QSslServer;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace Fb {

struct ApiServerConfig
{
    QString databaseUrl; // see ServerStore::open
    QSslConfiguration tls; // certificate and key; TLS 1.2 or newer is enforced
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port (tests)
    PasswordHasher::Strength passwordStrength = PasswordHasher::Strength::Interactive;
    int workerThreads = 4;
    // Requests waiting for a worker beyond this are answered 503 with Retry-After at once: a
    // queue that long means the clients should come back later, not wait.
    int maxQueued = 256;
    // Logins hash a password (Argon2id: 64 MiB and about 0.1 s each) on a pool of their own with
    // a queue of its own, so a flood of logins is answered 503 there and never holds up a sync.
    int loginThreads = 2;
    int maxQueuedLogins = 32;
    // A body above this is refused with 413 as soon as its headers announce it (ConnectionGuard).
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
    // A request not answered this long after its first bytes arrived has its connection closed:
    // room for a 4 MiB chunk at 0.3 Mbit/s, none for a sender who trickles on for ever.
    int requestTimeoutMs = 120'000;
    // A page of the change feed ends after the item that takes it past this many bytes of case
    // bodies, whatever its limit: 1,000 cases of 1 MiB must not become one reply of 1 GB.
    qsizetype maxPageBytes = 8 * 1024 * 1024;
};

// The national server's HTTPS API. Requests are accepted on the thread that owns the server;
// everything that touches the database runs on a worker pool, each worker thread with its own
// connection, so one slow request never holds up the others.
//
// Endpoints (docs/server.md, docs/sync.md): GET /healthz, POST /api/v1/login, POST /api/v1/logout,
// GET /api/v1/session, GET /api/v1/changes, POST /api/v1/mutations, PUT and GET
// /api/v1/blobs/SHA256, GET /api/v1/blobs/SHA256/status, GET /api/v1/cases/ID/history, GET /api/v1/organisations.
// Errors are JSON:
// {"error":{"code":"…","message":"…"}}, codes from ErrorCode.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(ApiServerConfig config, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening; the port actually bound.
    Result<quint16> listen();

    // Replaces the clock the accounts use (tests of expiry and throttling).
    void setClock(Accounts::Clock clock) { m_clock = std::move(clock); }

private:
    QHttpServerResponse handleLogin(const QByteArray &body, const QString &source);
    QHttpServerResponse handleLogout(const QByteArray &authorization);
    QHttpServerResponse handleSession(const QByteArray &authorization);
    QHttpServerResponse handleHealth();
    QHttpServerResponse handleMutations(const QByteArray &authorization, const QByteArray &body);
    QHttpServerResponse
    handleChanges(const QByteArray &authorization, const QString &cursor, const QString &limit, const QString &witness);
    // Ok for an empty witness or one naming a change this bank has; EpochChanged otherwise.
    static Result<void> checkWitness(ServerStore &store, const QString &witness);
    QHttpServerResponse handleBlobPut(const QByteArray &authorization,
                                      const QString &sha256,
                                      const QByteArray &contentRange,
                                      const QByteArray &body);
    QHttpServerResponse handleBlobStatus(const QByteArray &authorization, const QString &sha256);
    QHttpServerResponse handleBlobGet(const QByteArray &authorization, const QString &sha256);
    QHttpServerResponse handleHistory(const QByteArray &authorization, const QString &caseId);
    QHttpServerResponse handleOrganisations(const QByteArray &authorization);
    // The organisation list's version as the feed names it; a bank whose list predates versions
    // has the version "1", so every client fetches it once.
    static QString organisationsVersion(ServerStore &store);
    ServerStore *store(Error &error);
    // Runs work on the worker pool and logs one line for the request; answers 503 at once when
    // maxQueued requests already wait.
    template<typename Work>
    QFuture<QHttpServerResponse> onPool(const char *method, const QString &path, Work work);
    // Runs work on one pool with its own bounded queue, logging the request.
    template<typename Work>
    QFuture<QHttpServerResponse> onPool(QThreadPool &pool,
                                        std::atomic<int> &queued,
                                        int maxQueued,
                                        const char *method,
                                        const QString &path,
                                        Work work);
    // This thread's store (set even when the token is refused) and the caller's session.
    Result<Session> authenticated(const QByteArray &authorization, ServerStore *&store);

    ApiServerConfig m_config;
    PasswordHasher m_hasher;
    Result<Vocabularies> m_vocabularies;
    Result<ReferenceData> m_referenceData;
    Accounts::Clock m_clock = Accounts::systemClock();
    QHttpServer m_http;
    QSslServer *m_tcp = nullptr;
    QThreadPool m_pool;
    std::atomic<int> m_queued{0};
    QThreadPool m_loginPool;
    std::atomic<int> m_loginsQueued{0};
    QString m_instance; // keys this server's per-thread connections
};

} // namespace Fb
