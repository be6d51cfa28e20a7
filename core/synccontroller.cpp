#include "synccontroller.h"

#include "replicalogin.h"

#include <QNetworkInformation>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

bool isLoginError(ErrorCode code)
{
    return code == ErrorCode::TokenExpired || code == ErrorCode::TokenInvalid || code == ErrorCode::NotLoggedIn
        || code == ErrorCode::AccountDisabled || code == ErrorCode::InvalidCredentials;
}

} // namespace

SyncController::SyncController(ReplicaService &replica,
                               QNetworkAccessManager &nam,
                               std::function<double()> random,
                               QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_nam(nam)
    , m_random(random ? std::move(random) : [] {
        return QRandomGenerator::global()->generateDouble();
    })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_replica, &ReplicaService::syncStatusRead, this, [this](const SyncStatus &status) {
        setStatus(status);
        if (!m_started) {
            return;
        }
        if (!status.configured()) {
            m_timer.stop();
            setState(State::NotConfigured);
        } else if (m_state == State::NotConfigured) {
            syncNow();
        }
    });
    connect(&m_wake, &WakeWatch::woke, this, &SyncController::resume);
    connect(&m_replica, &ReplicaService::syncProgress, this, &SyncController::progress);
    connect(&m_replica, &ReplicaService::syncFinished, this, &SyncController::finished);
    connect(&m_replica, &ReplicaService::syncFailed, this, &SyncController::failed);
}

int SyncController::retryDelayMs(int failures, int retryAfterSeconds, double random)
{
    const double window = std::min(double(BackoffCapMs), BackoffBaseMs * std::pow(2.0, std::max(0, failures - 1)));
    // Full jitter spreads the clients that failed together (a server restart) over the window.
    const int jittered = int(window * std::clamp(random, 0.0, 1.0));
    return std::max({jittered, retryAfterSeconds * 1000, 500});
}

void SyncController::start()
{
    m_started = true;
    // Without a backend (no NetworkManager, no GLib) the timer and the wake watch still sync.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(),
                &QNetworkInformation::reachabilityChanged,
                this,
                [this](QNetworkInformation::Reachability r) {
                    // Site: a network with a route out that the backend could not confirm (a
                    // captive portal, a strict firewall); worth one try.
                    setNetworkReachable(r == QNetworkInformation::Reachability::Online
                                        || r == QNetworkInformation::Reachability::Site);
                });
    }
    m_wake.start();
    m_replica.readSyncStatus();
}

void SyncController::resume()
{
    if (!m_status.configured() || m_state == State::NeedsLogin || m_state == State::Syncing
        || (m_state == State::Failing && m_lastError.code == ErrorCode::MassDeletion)) {
        return;
    }
    syncNow();
}

void SyncController::setNetworkReachable(bool reachable)
{
    const bool returned = reachable && !m_reachable;
    m_reachable = reachable;
    if (returned) {
        resume();
    }
}

void SyncController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void SyncController::setStatus(const SyncStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

ServerSettings SyncController::settings() const
{
    ServerSettings settings = ReplicaLogin::serverSettings(m_status);
    // The background sync runs on the replica's thread with a network manager of its own: it gets
    // the proxy that IT's configuration gave the login's one (MachineConfig::applyProxy).
    settings.proxy = m_nam.proxy();
    return settings;
}

int SyncController::nextSyncInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void SyncController::scheduleNext(int delayMs)
{
    m_timer.start(delayMs);
}

void SyncController::withToken(std::function<void(Result<QString>)> next)
{
    m_tokens.read(TokenStore::account(QUrl(m_status.serverUrl), m_status.user), std::move(next));
}

void SyncController::syncNow()
{
    if (!m_status.configured()) {
        setState(State::NotConfigured);
        return;
    }
    if (m_state == State::Syncing) {
        m_again = true;
        return;
    }
    m_timer.stop();
    setState(State::Syncing);
    withToken([this](Result<QString> token) {
        if (!token) {
            failed(token.error(), 0, m_status);
            return;
        }
        m_replica.sync(settings(), *token, std::exchange(m_allowMassDeletion, false));
    });
}

void SyncController::allowMassDeletion()
{
    m_allowMassDeletion = true;
    syncNow();
}

void SyncController::finished(const SyncReport &report, const SyncStatus &status)
{
    m_failures = 0;
    m_lastError = {};
    setStatus(status);
    setState(State::Idle);
    Q_EMIT synced(report);
    if (std::exchange(m_again, false)) {
        syncNow();
        return;
    }
    scheduleNext(m_intervalMs);
}

void SyncController::failed(const Error &error, int retryAfter, const SyncStatus &status)
{
    m_lastError = error;
    setStatus(status);
    m_again = false;
    if (isLoginError(error.code)) {
        // Nothing is retried with a refused token; the outbox waits for a new login.
        m_timer.stop();
        setState(State::NeedsLogin);
        return;
    }
    if (error.code == ErrorCode::MassDeletion) {
        // Not retried by itself: only the user can say whether this is expected.
        m_timer.stop();
        setState(State::Failing);
        Q_EMIT massDeletionHeld(error.detail.toInt());
        return;
    }
    ++m_failures;
    setState(error.code == ErrorCode::NetworkFailed ? State::Offline : State::Failing);
    scheduleNext(retryDelayMs(m_failures, retryAfter, m_random()));
}

void SyncController::login(const QString &url, const QString &user, const QString &password, const QString &caFile)
{
    auto parsed = ServerSettings::parseUrl(url, m_developerMode);
    if (!parsed) {
        Q_EMIT loginFinished(parsed.error());
        return;
    }
    auto api = std::make_shared<ServerApi>(m_nam, ServerSettings{*parsed, caFile, m_developerMode});
    if (auto r = api->prepare(); !r) {
        Q_EMIT loginFinished(r.error());
        return;
    }
    api->login(user, password, [this, api, server = *parsed, user, caFile](Result<LoginReply> reply) {
        if (!reply) {
            Q_EMIT loginFinished(reply.error());
            return;
        }
        m_tokens.write(
            TokenStore::account(server, user),
            reply->token,
            [this, server, user, caFile, role = reply->role, org = reply->organisationId](Result<void> stored) {
                if (!stored) {
                    Q_EMIT loginFinished(stored.error());
                    return;
                }
                m_failures = 0;
                const LoginState login{server.toString(), user, caFile, role, org};
                static_cast<LoginState &>(m_status) = login;
                // Saved through the worker; its status answer starts the first sync.
                setState(State::NotConfigured);
                m_replica.saveLogin(login);
                Q_EMIT loginFinished(Error{});
            });
    });
}

void SyncController::withServer(QObject *context, std::function<void(Result<std::shared_ptr<ServerApi>>)> next)
{
    if (!m_status.configured()) {
        next(Error{ErrorCode::NotLoggedIn, {}, {}});
        return;
    }
    auto api = std::make_shared<ServerApi>(m_nam, settings());
    if (auto ready = api->prepare(); !ready) {
        next(ready.error());
        return;
    }
    withToken([context = QPointer<QObject>(context), api, next = std::move(next)](Result<QString> token) {
        if (!context) {
            return; // the asker is gone
        }
        if (!token) {
            next(token.error());
            return;
        }
        api->setToken(*token);
        next(api);
    });
}

void SyncController::logout()
{
    if (!m_status.configured()) {
        return;
    }
    const QString account = TokenStore::account(QUrl(m_status.serverUrl), m_status.user);
    auto api = std::make_shared<ServerApi>(m_nam, settings());
    withToken([this, api, account](Result<QString> token) {
        if (token && api->prepare()) {
            // Ending the session on the server is best effort: offline, the token expires.
            api->setToken(*token);
            api->logout([api](Result<void>) { });
        }
        m_tokens.remove(account, [this](Result<void>) {
            Q_EMIT loggedOut();
        });
    });
    m_timer.stop();
    m_replica.forgetLogin();
}

} // namespace Fb
