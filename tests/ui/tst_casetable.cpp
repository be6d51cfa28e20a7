#include "caselistmodel.h"
#include "casetable.h"
#include "fixtures.h"
#include "highlightdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestCaseTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configuresTheList();
    void columnWidthsFollowTheFont_data();
    void columnWidthsFollowTheFont();
    void searchWordsMakeRowsTwoLinesHigh();
    void compareTakesTwoToFiveCases_data();
    void compareTakesTwoToFiveCases();
};

namespace {

SearchResult sevenCases()
{
    QList<CaseSummary> cases;
    SearchResult r;
    for (int i = 0; i < 7; ++i) {
        CaseSummary s;
        s.rowId = i + 1;
        s.id = u"id-%1"_s.arg(i);
        s.title = u"Fall %1"_s.arg(i);
        cases.append(s);
        r.rows.append(i);
    }
    r.cases = std::make_shared<const QList<CaseSummary>>(cases);
    return r;
}

} // namespace

void TestCaseTable::configuresTheList()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseTable table(&model);
    QCOMPARE(table.model(), &model);
    QCOMPARE(table.itemDelegateForColumn(CaseListModel::TitleColumn), table.titleDelegate());
    QCOMPARE(table.titleDelegate()->secondLineRole(), int(CaseListModel::SnippetRole));
    QCOMPARE(table.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table.selectionMode(), QAbstractItemView::ExtendedSelection);
    QVERIFY(table.isSortingEnabled());
    // No sort until the user picks a column: the list keeps the search's ranking.
    QCOMPARE(table.horizontalHeader()->sortIndicatorSection(), -1);
    QVERIFY(!table.tabKeyNavigation());
    QVERIFY(!table.accessibleName().isEmpty());
    QVERIFY(!table.accessibleDescription().isEmpty());
}

void TestCaseTable::columnWidthsFollowTheFont_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::addRow("normal") << 10;
    QTest::addRow("large") << 20;
}

void TestCaseTable::columnWidthsFollowTheFont()
{
    QFETCH(int, pointSize);
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QWidget parent;
    QFont font = parent.font();
    font.setPointSize(pointSize);
    parent.setFont(font);
    CaseTable table(&model, &parent);
    const int em = table.fontMetrics().horizontalAdvance(u'M');
    QCOMPARE(table.columnWidth(CaseListModel::OrganisationColumn), 11 * em);
    QCOMPARE(table.columnWidth(CaseListModel::StartColumn), 4 * em);
    QCOMPARE(table.horizontalHeader()->sectionResizeMode(CaseListModel::TitleColumn), QHeaderView::Stretch);
}

void TestCaseTable::searchWordsMakeRowsTwoLinesHigh()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseTable table(&model);
    const int oneLine = table.verticalHeader()->defaultSectionSize();
    table.setTerms({u"trygghet"_s});
    QCOMPARE(table.titleDelegate()->terms(), QStringList{u"trygghet"_s});
    QCOMPARE(table.verticalHeader()->defaultSectionSize(), oneLine + table.fontMetrics().lineSpacing());
    // Back to one line when the search is cleared.
    table.setTerms({});
    QVERIFY(table.titleDelegate()->terms().isEmpty());
    QCOMPARE(table.verticalHeader()->defaultSectionSize(), oneLine);
}

void TestCaseTable::compareTakesTwoToFiveCases_data()
{
    QTest::addColumn<QList<int>>("rows"); // selected, in the order clicked
    QTest::addColumn<bool>("enabled");
    QTest::addRow("one") << QList<int>{2} << false;
    QTest::addRow("two") << QList<int>{4, 1} << true;
    QTest::addRow("five") << QList<int>{0, 1, 2, 3, 4} << true;
    QTest::addRow("six") << QList<int>{0, 1, 2, 3, 4, 5} << false;
}

void TestCaseTable::compareTakesTwoToFiveCases()
{
    QFETCH(QList<int>, rows);
    QFETCH(bool, enabled);
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    model.setResult(sevenCases());
    CaseTable table(&model);
    QVERIFY(!table.compareAction()->isEnabled());
    QVERIFY(table.actions().contains(table.compareAction())); // on the context menu
    for (int row : std::as_const(rows)) {
        table.selectionModel()->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(table.compareAction()->isEnabled(), enabled);
    QSignalSpy requested(&table, &CaseTable::compareRequested);
    table.compareAction()->trigger();
    QCOMPARE(requested.size(), enabled ? 1 : 0);
    if (!enabled) {
        return;
    }
    // In the list's order, whatever the order of the clicks.
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QStringList expected;
    for (int row : std::as_const(sorted)) {
        expected.append(u"id-%1"_s.arg(row));
    }
    QCOMPARE(requested.first().first().toStringList(), expected);
    // A new result clears the selection, and with it the action.
    model.setResult(sevenCases());
    QVERIFY(!table.compareAction()->isEnabled());
}

QTEST_MAIN(TestCaseTable)
#include "tst_casetable.moc"
