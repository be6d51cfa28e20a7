#include "serverapi.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == "localhost"_L1 || (!address.isNull() && address.isLoopback());
}

// The error a failed reply stands for, from the transport or from the server's JSON body.
Error errorOf(QNetworkReply *reply, int status, const QJsonObject &body)
{
    switch (reply->error()) {
    case QNetworkReply::NoError: break;
    case QNetworkReply::SslHandshakeFailedError:
        return Error{ErrorCode::CertificateInvalid, reply->url().host(), reply->errorString()};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::OperationCanceledError:
        // ServerApi aborts nothing itself: this is the stall timeout (QNetworkRequest::transferTimeout).
        return Error{ErrorCode::NetworkFailed, reply->url().host(), u"no answer"_s};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Error{ErrorCode::NetworkFailed, reply->url().host(), reply->errorString()};
    default:
        if (status == 0) {
            return Error{ErrorCode::NetworkFailed, reply->url().host(), reply->errorString()};
        }
        break;
    }
    const QString code = body.value("error"_L1).toObject().value("code"_L1).toString();
    for (ErrorCode c : {ErrorCode::InvalidCredentials,
                        ErrorCode::TokenExpired,
                        ErrorCode::TokenInvalid,
                        ErrorCode::AccountDisabled,
                        ErrorCode::Forbidden,
                        ErrorCode::Throttled,
                        ErrorCode::EpochChanged,
                        ErrorCode::PayloadTooLarge,
                        ErrorCode::Overloaded,
                        ErrorCode::BlobHashMismatch,
                        ErrorCode::BlobMissing,
                        ErrorCode::QuotaExceeded}) {
        if (code == errorCodeName(c)) {
            return Error{c, {}, QString::fromLatin1(reply->rawHeader("Retry-After"))};
        }
    }
    if (code == errorCodeName(ErrorCode::UploadOffsetMismatch)) {
        // Where the server's copy ends: the upload goes on from there.
        return Error{ErrorCode::UploadOffsetMismatch, {}, QString::number(body.value("received"_L1).toInteger())};
    }
    if (code == errorCodeName(ErrorCode::NotFound) || status == 404) {
        return Error{ErrorCode::NotFound, reply->url().path(), {}};
    }
    if (status == 401) {
        return Error{ErrorCode::TokenInvalid, {}, {}};
    }
    return Error{ErrorCode::ServerError, QString::number(status), code};
}

} // namespace

Result<QUrl> ServerSettings::parseUrl(const QString &text, bool developerMode)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (url.path() != QString() && url.path() != "/"_L1)) {
        return Error{ErrorCode::InvalidUrl, text, {}};
    }
    if (url.scheme() == "http"_L1 && developerMode && isLoopback(url.host())) {
        return url.adjusted(QUrl::StripTrailingSlash);
    }
    if (url.scheme() != "https"_L1) {
        return Error{ErrorCode::InsecureUrl, text, {}};
    }
    url.setPath({});
    return url;
}

ServerApi::ServerApi(QNetworkAccessManager &nam, ServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
}

Result<void> ServerApi::prepare()
{
    auto url = ServerSettings::parseUrl(m_settings.url.toString(), m_settings.developerMode);
    if (!url) {
        return url.error();
    }
    m_settings.url = *url;
    if (m_settings.proxy) {
        m_nam.setProxy(*m_settings.proxy);
    }
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (ca.isEmpty()) {
            return Error{ErrorCode::FileOpenFailed, m_settings.caFile, u"no PEM certificate"_s};
        }
        m_tls.addCaCertificates(ca);
    }
    return {};
}

QNetworkReply *ServerApi::start(const QByteArray &method,
                                const QString &path,
                                const QByteArray &body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_settings.url;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    if (url.scheme() == "https"_L1) {
        request.setSslConfiguration(m_tls);
    }
    request.setTransferTimeout(m_stallTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Sync-Protocol", "1");
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return m_nam.sendCustomRequest(request, method, body);
}

void ServerApi::send(const QByteArray &method,
                     const QString &path,
                     const QByteArray &body,
                     std::function<void(Result<QJsonObject>, int status)> done,
                     const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkReply *reply = start(method, path, body, headers);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Seconds; an HTTP date is not used by our server and counts as no hint.
        m_retryAfter = reply->rawHeader("Retry-After").toInt();
        const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when timed out
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (reply->error() != QNetworkReply::NoError || status >= 300) {
            done(errorOf(reply, status, doc.object()), status);
            return;
        }
        if (status == 204) {
            done(QJsonObject(), status);
            return;
        }
        // A captive portal's HTML page or a truncated body is never taken as data.
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            done(Error{ErrorCode::ProtocolError, reply->url().path(), pe.errorString()}, status);
            return;
        }
        done(doc.object(), status);
    });
}

void ServerApi::login(const QString &user, const QString &password, std::function<void(Result<LoginReply>)> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
    send("POST", u"/api/v1/login"_s, body, [done = std::move(done)](Result<QJsonObject> reply, int) {
        if (!reply) {
            done(reply.error());
            return;
        }
        const QJsonObject user = reply->value("user"_L1).toObject();
        LoginReply r{reply->value("token"_L1).toString(),
                     qint64(reply->value("expires_at"_L1).toDouble()),
                     user.value("organisation"_L1).toObject().value("name"_L1).toString(),
                     user.value("role"_L1).toString(),
                     user.value("organisation"_L1).toObject().value("id"_L1).toString()};
        if (r.token.isEmpty()) {
            done(Error{ErrorCode::ProtocolError, u"token"_s, {}});
            return;
        }
        done(r);
    });
}

void ServerApi::logout(std::function<void(Result<void>)> done)
{
    send("POST", u"/api/v1/logout"_s, {}, [done = std::move(done)](Result<QJsonObject> reply, int) {
        done(reply ? Result<void>() : Result<void>(reply.error()));
    });
}

void ServerApi::changes(const QString &cursor,
                        int limit,
                        std::function<void(Result<FeedPage>)> done,
                        const QString &witness)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty()) {
        query.addQueryItem(u"cursor"_s, cursor);
    }
    if (!witness.isEmpty()) {
        query.addQueryItem(u"witness"_s, witness);
    }
    send("GET",
         u"/api/v1/changes?"_s + query.toString(QUrl::FullyEncoded),
         {},
         [done = std::move(done)](Result<QJsonObject> reply, int) {
             if (!reply) {
                 done(reply.error());
                 return;
             }
             done(FeedPage::fromJson(*reply));
         });
}

void ServerApi::mutations(const QByteArray &body, std::function<void(Result<MutationReply>)> done)
{
    send("POST", u"/api/v1/mutations"_s, body, [done = std::move(done)](Result<QJsonObject> reply, int) {
        if (!reply) {
            done(reply.error());
            return;
        }
        const QJsonValue results = reply->value("results"_L1);
        if (!results.isArray()) {
            done(Error{ErrorCode::ProtocolError, u"mutations"_s, {}});
            return;
        }
        done(MutationReply{results.toArray(), reply->value("high_water"_L1).toString()});
    });
}

namespace {

Result<BlobProgress> progressOf(const QJsonObject &o)
{
    if (!o.value("received"_L1).isDouble() || !o.value("size"_L1).isDouble()) {
        return Error{ErrorCode::ProtocolError, u"blobs"_s, {}};
    }
    return BlobProgress{o.value("size"_L1).toInteger(),
                        o.value("received"_L1).toInteger(),
                        o.value("complete"_L1).toBool()};
}

} // namespace

void ServerApi::blobStatus(const QString &sha256, std::function<void(Result<std::optional<BlobProgress>>)> done)
{
    send("GET", u"/api/v1/blobs/%1/status"_s.arg(sha256), {}, [done = std::move(done)](Result<QJsonObject> reply, int) {
        if (!reply) {
            if (reply.code() == ErrorCode::NotFound) {
                done(std::optional<BlobProgress>());
            } else {
                done(reply.error());
            }
            return;
        }
        auto progress = progressOf(*reply);
        if (!progress) {
            done(progress.error());
            return;
        }
        done(std::optional<BlobProgress>(*progress));
    });
}

void ServerApi::organisations(std::function<void(Result<OrganisationList>)> done)
{
    send("GET", u"/api/v1/organisations"_s, {}, [done = std::move(done)](Result<QJsonObject> reply, int) {
        if (!reply) {
            done(reply.error());
            return;
        }
        done(OrganisationList::fromJson(*reply));
    });
}

void ServerApi::history(const QString &caseId, std::function<void(Result<CaseHistory>)> done)
{
    send("GET",
         u"/api/v1/cases/%1/history"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(caseId))),
         {},
         [done = std::move(done)](Result<QJsonObject> reply, int) {
             if (!reply) {
                 done(reply.error());
                 return;
             }
             done(CaseHistory::fromJson(*reply));
         });
}

void ServerApi::putBlob(const QString &sha256,
                        qint64 start,
                        qint64 total,
                        const QByteArray &chunk,
                        std::function<void(Result<BlobProgress>)> done)
{
    const QByteArray range = total == 0 ? QByteArray("bytes */0")
                                        : "bytes " + QByteArray::number(start) + '-'
            + QByteArray::number(start + chunk.size() - 1) + '/' + QByteArray::number(total);
    send("PUT",
         u"/api/v1/blobs/%1"_s.arg(sha256),
         chunk,
         [done = std::move(done)](Result<QJsonObject> reply, int) {
             if (!reply) {
                 done(reply.error());
                 return;
             }
             done(progressOf(*reply));
         },
         {{"Content-Range", range}, {"Content-Type", "application/octet-stream"}});
}

void ServerApi::getBlob(const QString &sha256, std::function<void(Result<QByteArray>)> done)
{
    QNetworkReply *reply = start("GET", u"/api/v1/blobs/%1"_s.arg(sha256), {}, {});
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when timed out
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            done(errorOf(reply, status, QJsonDocument::fromJson(bytes).object()));
            return;
        }
        done(bytes);
    });
}

} // namespace Fb
