#include "accountmenu.h"
#include "casestore.h"
#include "fixtures.h"
#include "replicaservice.h"
#include "synccontroller.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The Account menu over a real replica and a real SyncController, without a server: what the user
// can do with and without an account, and the question before a sync removes many cases.
class TestAccountMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionsFollowTheAccount_data();
    void actionsFollowTheAccount();
    void massDeletionWaitsForTheUser_data();
    void massDeletionWaitsForTheUser();

private:
    void openReplica(bool withAccount);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_replica;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncController> m_sync;
};

void TestAccountMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    m_sync = std::make_unique<SyncController>(*m_replica, m_nam);
}

void TestAccountMenu::cleanup()
{
    m_sync.reset();
    m_replica.reset();
    m_dir.reset();
}

// An account whose token is in no keychain: a sync starts and then asks for a login.
void TestAccountMenu::openReplica(bool withAccount)
{
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    if (withAccount) {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        QVERIFY(store->setMeta(u"server_url"_s, u"https://localhost:1"_s).ok());
        QVERIFY(store->setMeta(u"server_user"_s, u"anna"_s).ok());
    }
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));
    m_sync->start();
}

void TestAccountMenu::actionsFollowTheAccount_data()
{
    QTest::addColumn<bool>("withAccount");
    QTest::newRow("no account") << false;
    QTest::newRow("account") << true;
}

void TestAccountMenu::actionsFollowTheAccount()
{
    QFETCH(bool, withAccount);
    QMainWindow window;
    auto *menu = new AccountMenu(*m_sync, &window);
    QVERIFY(!menu->syncNowAction()->isEnabled());
    openReplica(withAccount);
    QTRY_COMPARE_WITH_TIMEOUT(menu->syncNowAction()->isEnabled(), withAccount, 5000);
    QCOMPARE(menu->logoutAction()->isEnabled(), withAccount);

    QSignalSpy login(menu, &AccountMenu::loginRequested);
    QSignalSpy inbox(menu, &AccountMenu::inboxRequested);
    const QList<QAction *> actions = menu->actions();
    actions.first()->trigger();
    QCOMPARE(login.size(), 1);
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)) {
            action->trigger();
        }
    }
    QCOMPARE(inbox.size(), 1);
}

void TestAccountMenu::massDeletionWaitsForTheUser_data()
{
    QTest::addColumn<bool>("yes");
    QTest::newRow("no") << false;
    QTest::newRow("yes") << true;
}

void TestAccountMenu::massDeletionWaitsForTheUser()
{
    QFETCH(bool, yes);
    QMainWindow window;
    auto *menu = new AccountMenu(*m_sync, &window);
    window.show();
    openReplica(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->state() == SyncController::State::NeedsLogin
                                 || m_sync->state() == SyncController::State::Failing,
                             10000);

    // What SyncController says when a sync stopped before removing 120 cases.
    Q_EMIT m_sync->massDeletionHeld(120);
    QMessageBox *question = menu->massDeletionQuestion();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY2(question->text().contains(u"120"_s), qPrintable(question->text()));
    // Nothing is removed by a stray Enter.
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));

    QSignalSpy states(m_sync.get(), &SyncController::stateChanged);
    question->button(yes ? QMessageBox::Yes : QMessageBox::No)->click();
    QTRY_VERIFY(!menu->massDeletionQuestion());
    // Yes syncs again at once, allowed to remove; No leaves the sync where it was.
    if (yes) {
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 5000);
        QCOMPARE(states.first().first().value<SyncController::State>(), SyncController::State::Syncing);
    } else {
        QTest::qWait(200);
        QVERIFY(states.isEmpty());
    }
}

QTEST_MAIN(TestAccountMenu)
#include "tst_accountmenu.moc"
