#include "comparemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestCompareModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheComparison();
    void onlyDifferences();
};

namespace {

QList<ComparisonRow> threeRows()
{
    return {{u"Status"_s, {u"I drift"_s, u"Pilot/test"_s}, true},
            {u"Huvudman"_s, {u"Ronneby kommun"_s, u"Ronneby kommun"_s}, false},
            {u"Fallgropar"_s, {u"Svårt att nå killar."_s, QString()}, true}};
}

} // namespace

void TestCompareModel::showsTheComparison()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setComparison({u"Nattvandring"_s, u"Fritidsbanken"_s}, threeRows());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Fritidsbanken"_s);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"Huvudman"_s);
    // A row that differs says so in its header, in bold, and to a screen reader.
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"Status ≠"_s);
    QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(1, 0), Qt::FontRole).isValid());
    QVERIFY(model.data(model.index(0, 1), Qt::AccessibleDescriptionRole).toString().contains(u"differs"_s));
    QVERIFY(model.data(model.index(1, 1), Qt::AccessibleDescriptionRole).toString().contains(u"the same"_s));
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"Pilot/test"_s);
    // Nothing said is shown as a dash, not as an empty cell that looks like a fault.
    QCOMPARE(model.data(model.index(2, 1)).toString(), u"—"_s);
}

void TestCompareModel::onlyDifferences()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison({u"A"_s, u"B"_s}, threeRows());
    model.setOnlyDifferences(true);
    QVERIFY(model.onlyDifferences());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).label, u"Status"_s);
    QCOMPARE(model.rowAt(1).label, u"Fallgropar"_s);
    // A new comparison keeps the choice.
    model.setComparison({u"A"_s, u"B"_s}, threeRows().mid(1, 1));
    QCOMPARE(model.rowCount(), 0);
    model.setOnlyDifferences(false);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestCompareModel)
#include "tst_comparemodel.moc"
