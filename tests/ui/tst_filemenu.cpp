// The File menu: new cases of each kind, and the actions on the case shown, which follow the
// case view.

#include "caseview.h"
#include "decisiondocument.h"
#include "filemenu.h"
#include "fixtures.h"

#include <QMainWindow>
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
};

void TestFileMenu::caseActionsFollowTheCaseShown()
{
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QMainWindow window;
    CaseView view(exporter);
    FileMenu menu(view, document, &window);
    QVERIFY(!menu.editAction()->isEnabled());
    QVERIFY(!menu.exportAction()->isEnabled());
    view.showCase(Test::validCase(), {});
    QVERIFY(menu.editAction()->isEnabled());
    QVERIFY(menu.exportAction()->isEnabled());
    view.showMessage(u"Inget exempel"_s);
    QVERIFY(!menu.editAction()->isEnabled());
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
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QMainWindow window;
    CaseView view(exporter);
    view.showCase(Test::validCase(), {});
    FileMenu menu(view, document, &window);
    QSignalSpy requested(&menu, &FileMenu::newCaseRequested);
    menu.actions().at(action)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<NewCase>(), kind);
}

void TestFileMenu::editAsksForTheCaseShown()
{
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const DecisionDocument document(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QMainWindow window;
    CaseView view(exporter);
    view.showCase(Test::validCase(), {});
    FileMenu menu(view, document, &window);
    QSignalSpy requested(&menu, &FileMenu::editRequested);
    QCOMPARE(menu.editAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    menu.editAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), Test::validCase().id);
}

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
