// The File menu: new cases of each kind, and the actions on the case shown, which follow the
// case view.

#include "casedeletion.h"
#include "caseview.h"
#include "decisiondocument.h"
#include "filemenu.h"
#include "fixtures.h"
#include "historywindow.h"
#include "replicaservice.h"
#include "synccontroller.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestFileMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseActionsFollowTheCaseShown();
    void newCaseKinds_data();
    void newCaseKinds();
    void editAsksForTheCaseShown();
    void deleteAsksAboutTheCaseShown();
    void historyOfTheCaseShown();
};

namespace {

// A main window with a case view and the menu, nothing shown yet.
struct Window
{
    const CaseExporter exporter{Test::vocabularies(), Test::referenceData(), Language::Swedish};
    const DecisionDocument document{Test::vocabularies(), Test::referenceData(), Language::Swedish};
    ReplicaService replica{Test::vocabularies(), Test::referenceData()};
    QNetworkAccessManager nam;
    SyncController sync{replica, nam};
    QMainWindow window;
    CaseView view{exporter};
    FileMenu menu{view, document, replica, sync, Test::vocabularies(), Language::English, &window};
};

} // namespace

void TestFileMenu::caseActionsFollowTheCaseShown()
{
    Window w;
    FileMenu &menu = w.menu;
    CaseView &view = w.view;
    QVERIFY(!menu.editAction()->isEnabled());
    QVERIFY(!menu.exportAction()->isEnabled());
    QVERIFY(!menu.deleteAction()->isEnabled());
    QVERIFY(!menu.historyAction()->isEnabled());
    view.showCase(Test::validCase(), {});
    QVERIFY(menu.editAction()->isEnabled());
    QVERIFY(menu.exportAction()->isEnabled());
    QVERIFY(menu.deleteAction()->isEnabled());
    QVERIFY(menu.historyAction()->isEnabled());
    view.showMessage(u"Inget exempel"_s);
    QVERIFY(!menu.editAction()->isEnabled());
    QVERIFY(!menu.deleteAction()->isEnabled());
    QVERIFY(!menu.historyAction()->isEnabled());
}

void TestFileMenu::newCaseKinds_data()
{
    QTest::addColumn<int>("action"); // index among the menu's actions
    QTest::addColumn<NewCase>("kind");
    QTest::addRow("blank") << 0 << NewCase::Blank;
    QTest::addRow("guiding questions") << 1 << NewCase::Guided;
    QTest::addRow("the structure of the case shown") << 2 << NewCase::SameStructure;
}

void TestFileMenu::newCaseKinds()
{
    QFETCH(int, action);
    QFETCH(NewCase, kind);
    Window w;
    w.view.showCase(Test::validCase(), {});
    FileMenu &menu = w.menu;
    QSignalSpy requested(&menu, &FileMenu::newCaseRequested);
    menu.actions().at(action)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<NewCase>(), kind);
}

void TestFileMenu::editAsksForTheCaseShown()
{
    Window w;
    w.view.showCase(Test::validCase(), {});
    FileMenu &menu = w.menu;
    QSignalSpy requested(&menu, &FileMenu::editRequested);
    QCOMPARE(menu.editAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    menu.editAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), Test::validCase().id);
}

void TestFileMenu::deleteAsksAboutTheCaseShown()
{
    // What follows the question is tst_casedeletion's.
    Window w;
    const CaseRecord c = Test::validCase();
    w.view.showCase(c, {});
    w.menu.deleteAction()->trigger();
    QMessageBox *question = w.menu.deletion().messageBox();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(question->text().contains(c.title));
    question->button(QMessageBox::Cancel)->click();
}

void TestFileMenu::historyOfTheCaseShown()
{
    // Opens the window on the case shown; the history is on the server, and without a login
    // the window says so (tst_historywindow shows it from the real server).
    Window w;
    w.view.showCase(Test::validCase(), {});
    QVERIFY(!w.menu.historyWindow());
    w.menu.historyAction()->trigger();
    HistoryWindow *history = w.menu.historyWindow();
    QVERIFY(history);
    QVERIFY(history->isVisible());
    QVERIFY2(history->status()->text().contains(u"Log in"_s), qPrintable(history->status()->text()));
    w.menu.historyAction()->trigger(); // the same window again
    QCOMPARE(w.menu.historyWindow(), history);
}

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
