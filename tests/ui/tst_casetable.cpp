#include "caselistmodel.h"
#include "casetable.h"
#include "fixtures.h"
#include "highlightdelegate.h"

#include <QHeaderView>
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
};

void TestCaseTable::configuresTheList()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseTable table(&model);
    QCOMPARE(table.model(), &model);
    QCOMPARE(table.itemDelegateForColumn(CaseListModel::TitleColumn), table.titleDelegate());
    QCOMPARE(table.titleDelegate()->secondLineRole(), int(CaseListModel::SnippetRole));
    QCOMPARE(table.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table.selectionMode(), QAbstractItemView::SingleSelection);
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

QTEST_MAIN(TestCaseTable)
#include "tst_casetable.moc"
