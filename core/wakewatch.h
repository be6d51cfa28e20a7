#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Fb {

// Notices that the computer slept: between two looks the wall clock moved on much further than
// the process ran (Linux's monotonic clock, which QTimer and QElapsedTimer follow, stands still
// during suspend). A timer due in five minutes is still due in five minutes after a night's
// sleep; the sync should not wait for it.
class WakeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 30 * 1000;
    // Less than this is a clock corrected by NTP or a busy machine, not a sleep.
    static constexpr qint64 MinSleepMs = 60 * 1000;

    explicit WakeWatch(QObject *parent = nullptr);

    void start();
    // One look at the clocks: the wall clock's and the monotonic one's milliseconds (the timer
    // passes the real ones; tests their own).
    void check(qint64 wallMs, qint64 monotonicMs);

Q_SIGNALS:
    void woke(qint64 sleptMs);

private:
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_lastWall = -1;
    qint64 m_lastMonotonic = -1;
};

} // namespace Fb
