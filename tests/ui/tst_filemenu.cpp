// The File menu: new cases of each kind, and the actions on the case shown, which follow the
// case view.

#include "casedeletion.h"
#include "caseview.h"
#include "decisiondocument.h"
#include "filemenu.h"
#include "fixtures.h"
#include "replicaservice.h"

#include <QAbstractButton>
#include <QMainWindow>
#include <QMessageBox>
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
};

namespace {

// A main window with a case view and the menu, nothing shown yet.
struct Window
{
    const CaseExporter exporter{Test::vocabularies(), Test::referenceData(), Language::Swedish};
    const DecisionDocument document{Test::vocabularies(), Test::referenceData(), Language::Swedish};
    ReplicaService replica{Test::vocabularies(), Test::referenceData()};
    QMainWindow window;
    CaseView view{exporter};
    FileMenu menu{view, document, replica, &window};
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
    view.showCase(Test::validCase(), {});
    QVERIFY(menu.editAction()->isEnabled());
    QVERIFY(menu.exportAction()->isEnabled());
    QVERIFY(menu.deleteAction()->isEnabled());
    view.showMessage(u"Inget exempel"_s);
    QVERIFY(!menu.editAction()->isEnabled());
    QVERIFY(!menu.deleteAction()->isEnabled());
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

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
