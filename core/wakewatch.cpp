#include "wakewatch.h"

#include <QDateTime>

namespace Fb {

WakeWatch::WakeWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        check(QDateTime::currentMSecsSinceEpoch(), m_monotonic.elapsed());
    });
}

void WakeWatch::start()
{
    m_monotonic.start();
    check(QDateTime::currentMSecsSinceEpoch(), 0);
    m_timer.start();
}

void WakeWatch::check(qint64 wallMs, qint64 monotonicMs)
{
    if (m_lastWall >= 0) {
        // A wall clock set back gives a negative gap: not a sleep.
        const qint64 slept = (wallMs - m_lastWall) - (monotonicMs - m_lastMonotonic);
        if (slept >= MinSleepMs) {
            Q_EMIT woke(slept);
        }
    }
    m_lastWall = wallMs;
    m_lastMonotonic = monotonicMs;
}

} // namespace Fb
