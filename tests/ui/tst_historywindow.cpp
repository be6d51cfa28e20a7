// The history window against the real server over TLS, logged in through SyncController with
// the token in the real keychain (tools/with-keyring): the versions, the change word by word, the
// replaced values, and what it says when it cannot show them.

#include "controllerfixture.h"
#include "historywindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestHistoryWindow : public Test::ControllerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheVersionsFromTheServer();
    void withoutALoginSaysWhere();
    void unreachableServerOffersToTryAgain();

private:
    QString m_caseId;
};

void TestHistoryWindow::initTestCase()
{
    setUpTestCase();
}

void TestHistoryWindow::init()
{
    // A case in two versions, the second replacing a value that a conflict settled discarded.
    setUp([this] {
        CaseRecord c = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
        c.title = u"Med historik"_s;
        c.summary = u"Kommunen prövade kvällsvärdar."_s;
        c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
        m_caseId = c.id;
        QCOMPARE(applyAsAnna({{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}}).value("status"_L1).toString(),
                 u"applied"_s);
        QCOMPARE(applyAsAnna({{u"op"_s, u"update"_s},
                              {u"id"_s, c.id},
                              {u"base_version"_s, 1},
                              {u"set"_s, QJsonObject{{u"summary"_s, u"Kommunen anställde kvällsvärdar."_s}}},
                              {u"discarded"_s,
                               QJsonArray{QJsonObject{{u"path"_s, u"summary"_s},
                                                      {u"value"_s, u"En text som fick ge vika."_s},
                                                      {u"reason"_s, u"conflict"_s}}}}})
                     .value("status"_L1)
                     .toString(),
                 u"applied"_s);
    });
}

void TestHistoryWindow::cleanup()
{
    tearDown();
}

void TestHistoryWindow::showsTheVersionsFromTheServer()
{
    QVERIFY(login());
    HistoryWindow window(*m_sync, Test::vocabularies(), Language::English, nullptr);
    QSignalSpy finished(&window, &HistoryWindow::finished);
    window.show();
    window.showCase(m_caseId, u"Med historik"_s);
    QVERIFY(finished.wait(20000));

    QCOMPARE(window.versions()->topLevelItemCount(), 2);
    // Newest first, shown at once.
    const QTreeWidgetItem *newest = window.versions()->topLevelItem(0);
    QCOMPARE(newest->text(0), u"2"_s);
    QCOMPARE(newest->text(2), u"anna"_s);
    QCOMPARE(newest->text(3), u"Summary"_s);
    QCOMPARE(newest->childCount(), 1);
    QCOMPARE(window.versions()->topLevelItem(1)->text(3), u"Created"_s);
    QCOMPARE(window.versions()->currentItem(), newest);
    // Word by word: the word taken out struck through, the new one there.
    const QString html = window.detail()->toHtml();
    QVERIFY2(window.detail()->toPlainText().contains(u"anställde"_s), qPrintable(html));
    QVERIFY2(html.contains(u"line-through"_s), qPrintable(html));

    QVERIFY(window.discarded()->isVisibleTo(&window));
    QCOMPARE(window.discarded()->topLevelItemCount(), 1);
    QCOMPARE(window.discarded()->topLevelItem(0)->text(1), u"En text som fick ge vika."_s);
    window.discarded()->setCurrentItem(window.discarded()->topLevelItem(0));
    QVERIFY(window.detail()->toPlainText().contains(u"En text som fick ge vika."_s));
    QVERIFY2(window.status()->text().startsWith(u"2 version"_s), qPrintable(window.status()->text()));
}

void TestHistoryWindow::withoutALoginSaysWhere()
{
    HistoryWindow window(*m_sync, Test::vocabularies(), Language::English, nullptr);
    QSignalSpy finished(&window, &HistoryWindow::finished);
    window.showCase(m_caseId, u"Med historik"_s);
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    QVERIFY2(window.status()->text().contains(u"Log in"_s), qPrintable(window.status()->text()));
    QCOMPARE(window.versions()->topLevelItemCount(), 0);
}

void TestHistoryWindow::unreachableServerOffersToTryAgain()
{
    QVERIFY(login());
    m_server.reset(); // the server goes away
    HistoryWindow window(*m_sync, Test::vocabularies(), Language::English, nullptr);
    window.show();
    QSignalSpy finished(&window, &HistoryWindow::finished);
    window.showCase(m_caseId, u"Med historik"_s);
    QVERIFY(finished.wait(30000));
    QVERIFY2(window.status()->text().contains(u"could not be fetched"_s), qPrintable(window.status()->text()));
    auto *retry = window.findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());

    // Back again: trying again shows it.
    startServer(m_port);
    finished.clear();
    retry->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.versions()->topLevelItemCount(), 2);
    QVERIFY(!retry->isVisible());
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
