#pragma once

#include "casehistory.h"
#include "feedpage.h"
#include "organisationlist.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

namespace Fb {

struct ServerSettings
{
    QUrl url; // https://host:port
    QString caFile; // an organisation CA to trust in addition to the system's; may be empty
    // Accepts http:// to a loopback address: for developers only, never for a real server.
    bool developerMode = false;
    // The proxy to reach the server through (MachineConfig's, as the login's network manager has
    // it); unset leaves the network manager's own. Carried here so that a network manager made on
    // another thread, such as the replica worker's, uses the same proxy as the login.
    std::optional<QNetworkProxy> proxy = std::nullopt;

    // The server address as the user typed it, checked: https only, http only to loopback in
    // developer mode, no path, query or user info.
    static Result<QUrl> parseUrl(const QString &text, bool developerMode);
};

// How far an upload of a blob has come on the server.
struct BlobProgress
{
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

struct LoginReply
{
    QString token;
    qint64 expiresAt = 0;
    QString organisation; // the organisation's name
    QString role; // lasare, redaktor, samordnare or administrator
    QString organisationId; // kommun:0461, region:10, …
};

// The server's HTTPS API as the client uses it. Certificates are always verified. Every call is
// asynchronous and answers through its callback on the calling thread.
struct MutationReply
{
    QJsonArray results;
    QString highWater; // a cursor at the head of the feed after the batch; empty from older servers
};

class ServerApi : public QObject
{
    Q_OBJECT

public:
    ServerApi(QNetworkAccessManager &nam, ServerSettings settings, QObject *parent = nullptr);

    // Empty when the settings are usable; the CA file is read here.
    Result<void> prepare();

    void setToken(const QString &token) { m_token = token; }

    // A request that moves no byte for this long (no connection, a proxy that swallows it, a
    // server that stopped answering) fails with NetworkFailed, and the sync tries again with
    // backoff: the user sees "försöker igen" within seconds, not after a minute. Generous for
    // our server, which answers a page or a batch in well under a second.
    static constexpr int StallTimeoutMs = 10000;

    // For tests.
    void setStallTimeout(int ms) { m_stallTimeoutMs = ms; }

    // The server's Retry-After of the last answer, in seconds; 0 when it gave none.
    int retryAfter() const { return m_retryAfter; }

    void login(const QString &user, const QString &password, std::function<void(Result<LoginReply>)> done);
    void logout(std::function<void(Result<void>)> done);
    // witness: the last high-water cursor this replica got from a push (empty: none); a server
    // that no longer has what it names answers EpochChanged (docs/sync.md, "A restored server").
    void
    changes(const QString &cursor, int limit, std::function<void(Result<FeedPage>)> done, const QString &witness = {});
    // Sends a batch of mutations (a prepared {"mutations": [...]} body): the per-mutation results
    // and the cursor of the feed's head after them.
    void mutations(const QByteArray &body, std::function<void(Result<MutationReply>)> done);
    // Blobs (attachments): the upload's state (nullopt: the server has none of it), one chunk
    // at start of total bytes (UploadOffsetMismatch carries in its detail where to go on from),
    // and the whole blob.
    void blobStatus(const QString &sha256, std::function<void(Result<std::optional<BlobProgress>>)> done);
    void putBlob(const QString &sha256,
                 qint64 start,
                 qint64 total,
                 const QByteArray &chunk,
                 std::function<void(Result<BlobProgress>)> done);
    void getBlob(const QString &sha256, std::function<void(Result<QByteArray>)> done);
    // The versions of a case this user may see, with what each changed (docs/server.md,
    // "History"); NotFound for a case they may not see.
    void history(const QString &caseId, std::function<void(Result<CaseHistory>)> done);
    // The organisations the server has registered beyond SCB's municipalities and regions.
    void organisations(std::function<void(Result<OrganisationList>)> done);

private:
    QNetworkReply *start(const QByteArray &method,
                         const QString &path,
                         const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers);
    void send(const QByteArray &method,
              const QString &path,
              const QByteArray &body,
              std::function<void(Result<QJsonObject>, int status)> done,
              const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QNetworkAccessManager &m_nam;
    ServerSettings m_settings;
    QSslConfiguration m_tls;
    QString m_token;
    int m_retryAfter = 0;
    int m_stallTimeoutMs = StallTimeoutMs;
};

} // namespace Fb
