#pragma once

#include "replicaservice.h"
#include "serverapi.h"
#include "syncstatus.h"
#include "tokenstore.h"
#include "wakewatch.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Fb {

// Runs sync for the desktop app in the background: logs in and out, keeps the token in the
// keychain, syncs on start, every few minutes, on request, when the network returns and when the
// computer wakes, and backs off after failures (exponential with full jitter, at least the
// server's Retry-After). The disk and network work
// runs on the replica's worker thread and in asynchronous calls; nothing here blocks the caller.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotConfigured, // no server account: the app works offline on its replica
        Idle, // logged in and up to date as of the last sync
        Syncing,
        Offline, // the server could not be reached; tries again later
        NeedsLogin, // the token expired or was refused: local changes wait for a new login
        Failing, // another error; tries again later
    };
    Q_ENUM(State)

    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int BackoffBaseMs = 2000;
    static constexpr int BackoffCapMs = 5 * 60 * 1000;

    // random gives a number in [0, 1); tests pass their own.
    SyncController(ReplicaService &replica,
                   QNetworkAccessManager &nam,
                   std::function<double()> random = {},
                   QObject *parent = nullptr);

    // The delay before retry number failures (1, 2, …): full jitter over an exponentially
    // growing window, never below the server's Retry-After.
    static int retryDelayMs(int failures, int retryAfterSeconds, double random);

    // Starts with the replica's stored account, if any, and listens to the network's state
    // (QNetworkInformation, where the system has a backend) and to the computer waking. Call
    // after the replica opened.
    void start();
    void login(const QString &url, const QString &user, const QString &password, const QString &caFile);
    void logout();
    void syncNow();
    // The network came back or the computer woke: sync at once rather than when the timer comes
    // due (it may be waiting out a long backoff, or have slept too). Nothing when no one is
    // logged in, the login must be renewed or the user has yet to answer a held sync.
    void resume();
    // What the system says of the network (start() wires QNetworkInformation to it); a return
    // after an outage resumes.
    void setNetworkReachable(bool reachable);
    // The user confirmed that the server may remove many cases here: the next sync goes on.
    void allowMassDeletion();
    // A server connection with the user's token, for what is read online only (a case's
    // history): asynchronous, on this thread; nothing happens when context is gone by then.
    // NotLoggedIn without an account.
    void withServer(QObject *context, std::function<void(Result<std::shared_ptr<ServerApi>>)> next);

    State state() const { return m_state; }

    const SyncStatus &status() const { return m_status; }

    const Error &lastError() const { return m_lastError; }

    // Failed syncs in a row.
    int failures() const { return m_failures; }

    // Milliseconds until the next automatic sync; -1 when none is planned.
    int nextSyncInMs() const;

    // For developers only: accept http:// to loopback (see ServerSettings).
    void setDeveloperMode(bool on) { m_developerMode = on; }

    // Time between automatic syncs after a successful one (IT sets it: MachineConfig).
    void setIntervalMs(int ms) { m_intervalMs = ms; }

    int intervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void stateChanged(Fb::SyncController::State state);
    void statusChanged(const Fb::SyncStatus &status);
    void progress(int changed);
    void loginFinished(const Fb::Error &error); // code None on success
    void synced(const Fb::SyncReport &report);
    // The token is gone from the keychain.
    void loggedOut();
    // A sync stopped before removing many cases (count): ask the user, then allowMassDeletion().
    void massDeletionHeld(int count);

private:
    void setState(State state);
    void setStatus(const SyncStatus &status);
    ServerSettings settings() const;
    void withToken(std::function<void(Result<QString>)> next);
    void scheduleNext(int delayMs);
    void finished(const SyncReport &report, const SyncStatus &status);
    void failed(const Error &error, int retryAfter, const SyncStatus &status);

    ReplicaService &m_replica;
    QNetworkAccessManager &m_nam;
    std::function<double()> m_random;
    TokenStore m_tokens;
    QTimer m_timer;
    WakeWatch m_wake;
    SyncStatus m_status;
    State m_state = State::NotConfigured;
    Error m_lastError;
    int m_failures = 0;
    bool m_started = false;
    bool m_again = false; // a sync was asked for while one ran
    bool m_developerMode = false;
    int m_intervalMs = DefaultIntervalMs;
    bool m_allowMassDeletion = false;
    bool m_reachable = true; // until the system says otherwise
};

} // namespace Fb
