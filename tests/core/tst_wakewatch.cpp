#include "wakewatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fb;

// The clocks are the test's: a sleep cannot be had on a build machine. The timer's own readings
// are covered by start(), which must not report a sleep on its first look.
class TestWakeWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startIsNoWake();
    void gaps_data();
    void gaps();
};

void TestWakeWatch::startIsNoWake()
{
    WakeWatch watch;
    QSignalSpy woke(&watch, &WakeWatch::woke);
    watch.start();
    QCOMPARE(woke.count(), 0);
}

void TestWakeWatch::gaps_data()
{
    QTest::addColumn<qint64>("wallStep");
    QTest::addColumn<qint64>("monotonicStep");
    QTest::addColumn<qint64>("slept"); // -1: no wake reported

    QTest::newRow("a regular look") << qint64(30000) << qint64(30000) << qint64(-1);
    QTest::newRow("a late look on a busy machine") << qint64(95000) << qint64(95000) << qint64(-1);
    QTest::newRow("NTP sets the clock 20 s ahead") << qint64(50000) << qint64(30000) << qint64(-1);
    QTest::newRow("the clock set back a day") << qint64(30000 - 86400000) << qint64(30000) << qint64(-1);
    QTest::newRow("a minute's sleep") << qint64(90000) << qint64(30000) << qint64(60000);
    QTest::newRow("a night's sleep") << qint64(8 * 3600000 + 12000) << qint64(12000) << qint64(8 * 3600000);
}

void TestWakeWatch::gaps()
{
    QFETCH(qint64, wallStep);
    QFETCH(qint64, monotonicStep);
    QFETCH(qint64, slept);
    WakeWatch watch;
    QSignalSpy woke(&watch, &WakeWatch::woke);
    const qint64 wall = 1796000000000;
    watch.check(wall, 1000);
    QCOMPARE(woke.count(), 0);
    watch.check(wall + wallStep, 1000 + monotonicStep);
    QCOMPARE(woke.count(), slept < 0 ? 0 : 1);
    if (slept >= 0) {
        QCOMPARE(woke.first().first().toLongLong(), slept);
    }
    // The next look measures from this one: a sleep is reported once.
    watch.check(wall + wallStep + 30000, 1000 + monotonicStep + 30000);
    QCOMPARE(woke.count(), slept < 0 ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestWakeWatch)
#include "tst_wakewatch.moc"
