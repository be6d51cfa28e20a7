#include "apiserver.h"

#include "apirequests.h"
#include "apiresponses.h"
#include "casepermissions.h"
#include "caserepository.h"
#include "changecursor.h"
#include "connectionguard.h"
#include "errormessages.h"
#include "feedpage.h"
#include "mutationprocessor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslKey>
#include <QSslServer>
#include <QUrlQuery>
#include <QUuid>
#include <QtConcurrentRun>

#include <unordered_map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "fb.server.api")

namespace Fb {

namespace {

using Status = QHttpServerResponse::StatusCode;
using Http::failure;
using Http::json;

QString bearer(const QByteArray &authorization)
{
    return authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7).trimmed()) : QString();
}

QJsonObject userJson(const User &u, const Organisation &o)
{
    return {{u"name"_s, u.name},
            {u"display_name"_s, u.displayName},
            {u"role"_s, u.role},
            {u"organisation"_s,
             QJsonObject{{u"id"_s, o.id}, {u"name"_s, o.name}, {u"type"_s, o.type}, {u"code"_s, o.code}}}};
}

QByteArray authorizationOf(const QHttpServerRequest &request)
{
    return request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray();
}

} // namespace

// Runs work on the pool and logs one line per request: method, path, status and time, never a
// body or a token, so logs can be shared when debugging.
template<typename Work>
QFuture<QHttpServerResponse> ApiServer::onPool(const char *method, const QString &path, Work work)
{
    return onPool(m_pool, m_queued, m_config.maxQueued, method, path, std::move(work));
}

template<typename Work>
QFuture<QHttpServerResponse> ApiServer::onPool(QThreadPool &pool,
                                               std::atomic<int> &queued,
                                               int maxQueued,
                                               const char *method,
                                               const QString &path,
                                               Work work)
{
    if (queued.fetch_add(1) >= maxQueued) {
        queued.fetch_sub(1);
        qCInfo(lcApi).noquote() << QJsonDocument(QJsonObject{{u"method"_s, QLatin1StringView(method)},
                                                             {u"path"_s, path},
                                                             {u"status"_s, 503},
                                                             {u"overloaded"_s, true}})
                                       .toJson(QJsonDocument::Compact);
        return QtFuture::makeReadyValueFuture(failure({ErrorCode::Overloaded, {}, {}}));
    }
    return QtConcurrent::run(&pool, [&queued, method, path, work = std::move(work)]() mutable {
        queued.fetch_sub(1);
        QElapsedTimer timer;
        timer.start();
        QHttpServerResponse response = work();
        qCInfo(lcApi).noquote() << QJsonDocument(QJsonObject{{u"method"_s, QLatin1StringView(method)},
                                                             {u"path"_s, path},
                                                             {u"status"_s, int(response.statusCode())},
                                                             {u"ms"_s, timer.elapsed()}})
                                       .toJson(QJsonDocument::Compact);
        return response;
    });
}

ApiServer::ApiServer(ApiServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_hasher(m_config.passwordStrength)
    , m_vocabularies(Vocabularies::builtIn())
    , m_referenceData(ReferenceData::builtIn())
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_pool.setMaxThreadCount(m_config.workerThreads);
    m_pool.setObjectName(u"api-workers"_s);
    m_loginPool.setMaxThreadCount(m_config.loginThreads);
    m_loginPool.setObjectName(u"api-logins"_s);

    m_http.route(u"/healthz"_s, QHttpServerRequest::Method::Get, [this] {
        return onPool("GET", u"/healthz"_s, [this] {
            return handleHealth();
        });
    });
    m_http.route(u"/api/v1/login"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        if (request.body().size() > m_config.maxBodyBytes) {
            return QtFuture::makeReadyValueFuture(failure({ErrorCode::PayloadTooLarge, {}, {}}));
        }
        return onPool(m_loginPool,
                      m_loginsQueued,
                      m_config.maxQueuedLogins,
                      "POST",
                      u"/api/v1/login"_s,
                      [this, body = request.body(), source = request.remoteAddress().toString()] {
                          return handleLogin(body, source);
                      });
    });
    m_http.route(u"/api/v1/logout"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        return onPool("POST", u"/api/v1/logout"_s, [this, authorization = authorizationOf(request)] {
            return handleLogout(authorization);
        });
    });
    m_http.route(u"/api/v1/session"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        return onPool("GET", u"/api/v1/session"_s, [this, authorization = authorizationOf(request)] {
            return handleSession(authorization);
        });
    });
    m_http.route(u"/api/v1/mutations"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        if (request.body().size() > m_config.maxBodyBytes) {
            return QtFuture::makeReadyValueFuture(failure({ErrorCode::PayloadTooLarge, {}, {}}));
        }
        return onPool("POST",
                      u"/api/v1/mutations"_s,
                      [this, authorization = authorizationOf(request), body = request.body()] {
                          return handleMutations(authorization, body);
                      });
    });
    m_http.route(u"/api/v1/changes"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        const QUrlQuery query(request.url());
        return onPool("GET",
                      u"/api/v1/changes"_s,
                      [this,
                       authorization = authorizationOf(request),
                       cursor = query.queryItemValue(u"cursor"_s),
                       witness = query.queryItemValue(u"witness"_s),
                       limit = query.queryItemValue(u"limit"_s)] {
                          return handleChanges(authorization, cursor, limit, witness);
                      });
    });
    m_http.route(
        u"/api/v1/blobs/<arg>/status"_s,
        QHttpServerRequest::Method::Get,
        [this](const QString &sha256, const QHttpServerRequest &request) {
            return onPool("GET", u"/api/v1/blobs/status"_s, [this, authorization = authorizationOf(request), sha256] {
                return handleBlobStatus(authorization, sha256);
            });
        });
    m_http.route(u"/api/v1/blobs/<arg>"_s,
                 QHttpServerRequest::Method::Get,
                 [this](const QString &sha256, const QHttpServerRequest &request) {
                     return onPool("GET", u"/api/v1/blobs"_s, [this, authorization = authorizationOf(request), sha256] {
                         return handleBlobGet(authorization, sha256);
                     });
                 });
    m_http.route(u"/api/v1/blobs/<arg>"_s,
                 QHttpServerRequest::Method::Put,
                 [this](const QString &sha256, const QHttpServerRequest &request) {
                     if (request.body().size() > m_config.maxBodyBytes) {
                         return QtFuture::makeReadyValueFuture(failure({ErrorCode::PayloadTooLarge, {}, {}}));
                     }
                     return onPool(
                         "PUT",
                         u"/api/v1/blobs"_s,
                         [this,
                          authorization = authorizationOf(request),
                          sha256,
                          range = request.headers().value(QHttpHeaders::WellKnownHeader::ContentRange).toByteArray(),
                          body = request.body()] {
                             return handleBlobPut(authorization, sha256, range, body);
                         });
                 });
    m_http.route(u"/api/v1/organisations"_s,
                 QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request) {
                     return onPool("GET", u"/api/v1/organisations"_s, [this, authorization = authorizationOf(request)] {
                         return handleOrganisations(authorization);
                     });
                 });
    m_http.route(
        u"/api/v1/cases/<arg>/history"_s,
        QHttpServerRequest::Method::Get,
        [this](const QString &caseId, const QHttpServerRequest &request) {
            return onPool("GET", u"/api/v1/cases/history"_s, [this, authorization = authorizationOf(request), caseId] {
                return handleHistory(authorization, caseId);
            });
        });
    m_http.setMissingHandler(this, [](const QHttpServerRequest &, QHttpServerResponder &responder) {
        responder.sendResponse(failure({ErrorCode::NotFoundRoute, {}, {}}));
    });
}

ApiServer::~ApiServer()
{
    m_loginPool.waitForDone();
    m_pool.waitForDone();
    // The workers' answers wait as posted calls on the HTTP server, each holding its responder.
    // Delivered now, while their connections still exist: destroyed with the server instead, after
    // the connections, they crashed (found by the sync simulation restarting its server).
    QCoreApplication::sendPostedEvents(&m_http, QEvent::MetaCall);
}

Result<quint16> ApiServer::listen()
{
    if (!m_vocabularies || !m_referenceData) {
        return !m_vocabularies ? m_vocabularies.error() : m_referenceData.error();
    }
    QSslConfiguration tls = m_config.tls;
    if (tls.localCertificate().isNull() || tls.privateKey().isNull()) {
        return Error{ErrorCode::InvalidValue,
                     u"tls"_s,
                     u"a certificate and its private key are required: the server speaks HTTPS only"_s};
    }
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tcp = new QSslServer(this);
    m_tcp->setSslConfiguration(tls);
    new ConnectionGuard(*m_tcp, m_config.maxBodyBytes, m_config.requestTimeoutMs, m_tcp);
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        return Error{ErrorCode::InternalError, u"listen"_s, m_tcp->errorString()};
    }
    if (!m_http.bind(m_tcp)) {
        return Error{ErrorCode::InternalError, u"bind"_s, {}};
    }
    return m_tcp->serverPort();
}

ServerStore *ApiServer::store(Error &error)
{
    // One connection per worker thread and server, opened on first use and closed when the
    // thread ends (QThreadPool retires idle threads).
    thread_local std::unordered_map<std::string, std::unique_ptr<ServerStore>> stores;
    const std::string key = m_instance.toStdString();
    auto it = stores.find(key);
    if (it != stores.end() && !it->second->alive()) {
        // The database server restarted since this thread's last request: a new connection.
        stores.erase(it);
        it = stores.end();
    }
    if (it == stores.end()) {
        auto opened = ServerStore::open(m_config.databaseUrl);
        if (!opened) {
            error = opened.error();
            return nullptr;
        }
        it = stores.emplace(key, std::move(opened).value()).first;
    }
    return it->second.get();
}

Result<Session> ApiServer::authenticated(const QByteArray &authorization, ServerStore *&s)
{
    Error error;
    s = store(error);
    if (!s) {
        qCWarning(lcApi) << error;
        return Error{ErrorCode::InternalError, {}, {}};
    }
    return Accounts(*s, m_hasher, m_clock).authenticate(bearer(authorization));
}

QHttpServerResponse ApiServer::handleHealth()
{
    Error error;
    ServerStore *s = store(error);
    if (!s) {
        return json(QJsonObject{{u"status"_s, u"unavailable"_s}}, Status::ServiceUnavailable);
    }
    auto version = s->schemaVersion();
    if (!version) {
        return json(QJsonObject{{u"status"_s, u"unavailable"_s}}, Status::ServiceUnavailable);
    }
    return json(QJsonObject{{u"status"_s, u"ok"_s}, {u"schema"_s, *version}});
}

QHttpServerResponse ApiServer::handleLogin(const QByteArray &body, const QString &source)
{
    auto request = Http::parseObject(body);
    if (!request) {
        return failure(request.error());
    }
    const QJsonValue name = request->value("user"_L1);
    const QJsonValue password = request->value("password"_L1);
    if (!name.isString() || !password.isString()) {
        return failure({ErrorCode::MissingField, name.isString() ? u"password"_s : u"user"_s, {}});
    }
    Error error;
    ServerStore *s = store(error);
    if (!s) {
        qCWarning(lcApi) << error;
        return failure({ErrorCode::InternalError, {}, {}});
    }
    Accounts accounts(*s, m_hasher, m_clock);
    auto login = accounts.login(name.toString(), password.toString(), source);
    if (!login) {
        if (login.code() != ErrorCode::InvalidCredentials && login.code() != ErrorCode::Throttled
            && login.code() != ErrorCode::AccountDisabled) {
            qCWarning(lcApi) << login.error();
        }
        return failure(login.error());
    }
    auto organisation = s->organisation(login->user.organisationId);
    return json(
        {{u"token"_s, login->token},
         {u"expires_at"_s, login->expiresAt},
         {u"user"_s, userJson(login->user, organisation ? organisation->value_or(Organisation{}) : Organisation{})}});
}

QHttpServerResponse ApiServer::handleLogout(const QByteArray &authorization)
{
    ServerStore *s = nullptr;
    if (auto session = authenticated(authorization, s); !session) {
        return failure(session.error());
    }
    if (auto r = Accounts(*s, m_hasher, m_clock).logout(bearer(authorization)); !r) {
        return failure({ErrorCode::InternalError, {}, {}});
    }
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse ApiServer::handleSession(const QByteArray &authorization)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    return json({{u"user"_s, userJson(session->user, session->organisation)},
                 {u"expires_at"_s, session->expiresAt},
                 {u"server_id"_s, s->meta(u"server_id"_s).value()},
                 {u"epoch"_s, s->meta(u"epoch"_s).value()},
                 {u"protocol"_s, 1}});
}

} // namespace Fb

namespace Fb {

QHttpServerResponse ApiServer::handleMutations(const QByteArray &authorization, const QByteArray &body)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    auto request = Http::parseObject(body);
    if (!request) {
        return failure(request.error());
    }
    const QJsonValue mutations = request->value("mutations"_L1);
    if (!mutations.isArray()) {
        return failure({ErrorCode::MissingField, u"mutations"_s, {}});
    }
    if (mutations.toArray().size() > MutationProcessor::MaxBatch) {
        return failure({ErrorCode::PayloadTooLarge, u"mutations"_s, {}});
    }
    if (auto witnessed = checkWitness(*s, request->value("witness"_L1).toString()); !witnessed) {
        return failure(witnessed.error()); // before anything is applied
    }
    MutationProcessor processor(*s, *m_vocabularies, *m_referenceData, m_clock);
    const QJsonArray results = processor.applyBatch(*session, mutations.toArray());
    const QString epoch = s->meta(u"epoch"_s).value();
    const CaseRepository cases(*s);
    auto highWater = ChangeCursor::at(cases, epoch, cases.headSeq().value(), CasePermissions::view(*session));
    if (!highWater) {
        // The mutations are committed: their results must reach the client all the same.
        qCWarning(lcApi) << highWater.error();
        return json({{u"results"_s, results}});
    }
    return json({{u"results"_s, results}, {u"high_water"_s, *highWater}});
}

Result<void> ApiServer::checkWitness(ServerStore &store, const QString &witness)
{
    // A cursor this bank handed out once (the high water of a push). Past the head, or naming
    // another change at its place, it shows a restore that kept the epoch: the client reads the
    // whole feed again before anything else (docs/sync.md, "A restored server").
    if (witness.isEmpty()) {
        return {};
    }
    const CaseRepository cases(store);
    auto position = ChangeCursor::decode(witness, store.meta(u"epoch"_s).value(), cases);
    if (!position) {
        Error e = position.error();
        if (e.code == ErrorCode::InvalidValue) {
            e.path = u"witness"_s;
        }
        return e;
    }
    return {};
}

QHttpServerResponse ApiServer::handleChanges(const QByteArray &authorization,
                                             const QString &cursor,
                                             const QString &limitText,
                                             const QString &witness)
{
    ServerStore *s = nullptr;
    auto session = authenticated(authorization, s);
    if (!session) {
        return failure(session.error());
    }
    constexpr int DefaultLimit = 500;
    constexpr int MaxLimit = 1000;
    bool ok = true;
    const int limit = limitText.isEmpty() ? DefaultLimit : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > MaxLimit) {
        return failure({ErrorCode::InvalidValue, u"limit"_s, {}});
    }
    if (auto witnessed = checkWitness(*s, witness); !witnessed) {
        return failure(witnessed.error());
    }
    const QString epoch = s->meta(u"epoch"_s).value();
    CaseRepository cases(*s);
    auto after = ChangeCursor::decode(cursor, epoch, cases);
    if (!after) {
        if (after.code() != ErrorCode::InvalidValue && after.code() != ErrorCode::EpochChanged) {
            qCWarning(lcApi) << after.error();
            return failure({ErrorCode::InternalError, {}, {}});
        }
        return failure(after.error());
    }
    // Read under another view (a new role, another organisation): from the beginning again, so
    // that what the reader may now see arrives and what they may no longer see leaves.
    const QString view = CasePermissions::view(*session);
    const bool restart = !cursor.isEmpty() && after->view != view;
    const qint64 from = restart ? 0 : after->seq;
    auto changes = cases.changesAfter(from, limit + 1);
    if (!changes) {
        qCWarning(lcApi) << changes.error();
        return failure({ErrorCode::InternalError, {}, {}});
    }
    bool more = changes->size() > limit;
    if (more) {
        changes->removeLast();
    }
    FeedPage page;
    page.epoch = epoch;
    page.hasMore = more;
    page.organisations = organisationsVersion(*s);
    page.nextCursor = cursor.isEmpty() || restart ? ChangeCursor::at(cases, epoch, 0, view).value() : cursor;
    CasePermissions permissions(*s, *session);
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        if (i > 0 && bytes >= m_config.maxPageBytes) {
            page.hasMore = true; // the rest on the next page, from this page's cursor
            break;
        }
        const Change &c = changes->at(i);
        // The newest state of the case: a later change of it repeats that, and clients skip
        // versions they already have.
        auto current = cases.find(c.caseId);
        if (!current || !current->has_value()) {
            return failure({ErrorCode::InternalError, {}, {}});
        }
        auto readable = permissions.mayRead(**current);
        if (!readable) {
            qCWarning(lcApi) << readable.error();
            return failure({ErrorCode::InternalError, {}, {}});
        }
        FeedItem item{c.seq, QString::fromLatin1(FeedItem::Upsert), c.caseId, (*current)->version, {}, {}, {}};
        if (!*readable) {
            // Only that a case with this id is not for this reader: never its state, its version
            // or whether it was deleted.
            item.op = QString::fromLatin1(FeedItem::Hidden);
            item.version = 1;
        } else if ((*current)->deleted) {
            item.op = QString::fromLatin1(FeedItem::Delete);
        } else {
            item.doc = (*current)->body;
            bytes += (*current)->bodyBytes;
        }
        page.items.append(std::move(item));
        page.nextCursor = ChangeCursor::after(epoch, c, view);
    }
    return json(page.toJson());
}

} // namespace Fb
