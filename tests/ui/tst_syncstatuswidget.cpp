#include "fixtures.h"
#include "heldchanges.h"
#include "localedits.h"
#include "replicaservice.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Fb;
using namespace Qt::StringLiterals;

// The status bar's sync text over a real replica and a real SyncController (no server: the states
// reached without one are enough to see what the user is told).
class TestSyncStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void notConnected();
    void waitingChangesAndFailureAreShown();
    void itemsSetAsideAreShown();
    void casesThatLeftAreShown();
    void age_data();
    void age();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_replica;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncController> m_sync;
};

void TestSyncStatusWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    m_sync = std::make_unique<SyncController>(*m_replica, m_nam);
}

void TestSyncStatusWidget::cleanup()
{
    m_sync.reset();
    m_replica.reset();
    m_dir.reset();
}

void TestSyncStatusWidget::notConnected()
{
    SyncStatusWidget widget(*m_sync);
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(opened.wait(10000));
    m_sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(widget.text().contains(u"Not connected"_s), 5000);
    QVERIFY(!widget.text().contains(u"waiting"_s));
}

void TestSyncStatusWidget::waitingChangesAndFailureAreShown()
{
    // A replica with one local edit and an account whose token is not in any keychain.
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        SyncLedger ledger(*store);
        QVERIFY(LocalEdits(ledger).save(Test::validCase()).ok());
        QVERIFY(store->setMeta(u"server_url"_s, u"https://localhost:1"_s).ok());
        QVERIFY(store->setMeta(u"server_user"_s, u"anna"_s).ok());
        QVERIFY(store
                    ->setMeta(QString::fromLatin1(CaseStore::MetaLastSync),
                              QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60).toString(Qt::ISODate))
                    .ok());
    }
    SyncStatusWidget widget(*m_sync);
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));
    m_sync->start();
    // The sync cannot start (no token), the edit waits, and the user is told both.
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->state() == SyncController::State::NeedsLogin
                                 || m_sync->state() == SyncController::State::Failing,
                             10000);
    QVERIFY2(widget.text().contains(u"1 change(s) waiting"_s), qPrintable(widget.text()));
    QVERIFY(!widget.text().contains(u"Not connected"_s));
    // And how old what they read offline is.
    QVERIFY2(widget.text().contains(u"local copy synced 3 hour(s) ago"_s), qPrintable(widget.text()));
}

void TestSyncStatusWidget::itemsSetAsideAreShown()
{
    // A change from the server that this version could not read stays visible until it is read.
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        QVERIFY(HeldChanges(*store)
                    .hold(FeedItem{3, u"revoke"_s, u"a"_s, 2, {}, u"unknown op"_s, {}}, u"unknown op"_s)
                    .ok());
    }
    SyncStatusWidget widget(*m_sync);
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));
    m_sync->start();
    QTRY_VERIFY2_WITH_TIMEOUT(widget.text().contains(u"1 change(s) from the server this version cannot read"_s),
                              qPrintable(widget.text()),
                              10000);
}

void TestSyncStatusWidget::casesThatLeftAreShown()
{
    // The sync itself is tried against the real server in tst_syncengine
    // (caseNoLongerVisibleLeavesWithItsEditsKept); here only what the user is told of its report.
    SyncStatusWidget widget(*m_sync);
    SyncReport report;
    report.left = 3;
    report.leftWithEdits = 1;
    Q_EMIT m_sync->synced(report);
    QVERIFY2(widget.text().contains(u"3 case(s) no longer shown to you"_s), qPrintable(widget.text()));
    QVERIFY2(widget.text().contains(u"unsent changes to 1 of them are kept"_s), qPrintable(widget.text()));
    Q_EMIT m_sync->synced(SyncReport{});
    QVERIFY(!widget.text().contains(u"no longer shown"_s));
}

void TestSyncStatusWidget::age_data()
{
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << 0 << u"just now"_s;
    QTest::newRow("a clock set back") << -600 << u"just now"_s;
    QTest::newRow("59 s") << 59 << u"just now"_s;
    QTest::newRow("a minute") << 60 << u"1 minute(s) ago"_s;
    QTest::newRow("59 minutes") << 59 * 60 + 59 << u"59 minute(s) ago"_s;
    QTest::newRow("an hour") << 3600 << u"1 hour(s) ago"_s;
    QTest::newRow("23 hours") << 24 * 3600 - 1 << u"23 hour(s) ago"_s;
    QTest::newRow("a day") << 24 * 3600 << u"1 day(s) ago"_s;
    QTest::newRow("a fortnight") << 14 * 24 * 3600 + 7200 << u"14 day(s) ago"_s;
}

void TestSyncStatusWidget::age()
{
    QFETCH(int, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::UTC);
    QCOMPARE(SyncStatusWidget::age(now.addSecs(-secondsAgo), now), expected);
}

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
