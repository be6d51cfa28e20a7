#include "facetmodel.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Fb;

class TestFacetModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void checkingBuildsTheFilter();
    void countsAndDisabledValues();
    void yearsAreAddedAsTheyAppear();
    void showsInATreeView();
};

void TestFacetModel::structure()
{
    FacetModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex regions = model.index(0, 0);
    QCOMPARE(model.rowCount(regions), 21);
    const QModelIndex blekinge = model.indexOf(Facet::Region, u"10"_s);
    QCOMPARE(blekinge.parent(), regions);
    QCOMPARE(model.rowCount(blekinge), 5);
    QCOMPARE(model.indexOf(Facet::Municipality, u"1080"_s).parent(), blekinge);
    QVERIFY(model.indexOf(Facet::PolicyArea, u"aldreomsorg"_s).data().toString().startsWith(u"Äldreomsorg"_s));
    QVERIFY(!model.indexOf(Facet::PolicyArea, u"rymdfart"_s).isValid());
}

void TestFacetModel::checkingBuildsTheFilter()
{
    FacetModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &FacetModel::filterChanged);
    FacetCounts counts;
    counts[size_t(Facet::Municipality)].insert(u"0461"_s, 1);
    counts[size_t(Facet::StudyVisit)].insert(u"ja"_s, 3);
    model.setCounts(counts);

    QVERIFY(model.setData(model.indexOf(Facet::Municipality, u"0461"_s), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.indexOf(Facet::StudyVisit, u"ja"_s), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.filter().values(Facet::Municipality), QSet<QString>{u"0461"_s});
    QCOMPARE(model.filter().values(Facet::StudyVisit), QSet<QString>{u"ja"_s});
    QCOMPARE(model.indexOf(Facet::StudyVisit, u"ja"_s).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    // Groups are not checkable.
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));

    QVERIFY(model.setData(model.indexOf(Facet::StudyVisit, u"ja"_s), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.filter().values(Facet::StudyVisit).isEmpty());
    model.clearFilter();
    QVERIFY(model.filter().isEmpty());
    QCOMPARE(changed.size(), 4);
}

void TestFacetModel::countsAndDisabledValues()
{
    FacetModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FacetCounts counts;
    counts[size_t(Facet::Status)].insert(u"i_drift"_s, 12);
    model.setCounts(counts);
    const QModelIndex running = model.indexOf(Facet::Status, u"i_drift"_s);
    const QModelIndex idea = model.indexOf(Facet::Status, u"ide"_s);
    QCOMPARE(running.data().toString(), u"I drift (12)"_s);
    QCOMPARE(running.data(FacetModel::CountRole).toInt(), 12);
    QVERIFY(running.flags() & Qt::ItemIsEnabled);
    QVERIFY(!(idea.flags() & Qt::ItemIsEnabled));
    // A checked value stays enabled at zero, so it can be unchecked.
    QVERIFY(model.setData(running, Qt::Checked, Qt::CheckStateRole));
    model.setCounts({});
    QVERIFY(running.flags() & Qt::ItemIsEnabled);
    QCOMPARE(running.data().toString(), u"I drift (0)"_s);
}

void TestFacetModel::yearsAreAddedAsTheyAppear()
{
    FacetModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex years = model.indexOf(Facet::StartYear);
    QCOMPARE(model.rowCount(years), 0);
    FacetCounts counts;
    counts[size_t(Facet::StartYear)] = {{u"2019"_s, 2}, {u"2023"_s, 1}};
    model.setCounts(counts);
    counts[size_t(Facet::StartYear)] = {{u"2021"_s, 4}};
    model.setCounts(counts);
    QCOMPARE(model.rowCount(years), 3);
    QCOMPARE(model.index(0, 0, years).data(FacetModel::ValueRole).toString(), u"2023"_s);
    QCOMPARE(model.index(1, 0, years).data().toString(), u"2021 (4)"_s);
    QCOMPARE(model.index(2, 0, years).data().toString(), u"2019 (0)"_s);
}

void TestFacetModel::showsInATreeView()
{
    FacetModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QTreeView view;
    view.setModel(&model);
    view.resize(300, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex first = model.index(0, 0);
    QVERIFY(view.visualRect(first).height() > 0);
    QCOMPARE(view.indexAt(view.visualRect(first).center()), first);
    view.expand(first);
    const QModelIndex stockholm = model.index(0, 0, first);
    QVERIFY(view.visualRect(stockholm).height() > 0);
    FacetCounts counts;
    counts[size_t(Facet::StartYear)] = {{u"2019"_s, 2}};
    counts[size_t(Facet::Status)] = {{u"i_drift"_s, 2}};
    model.setCounts(counts);
    QVERIFY(view.visualRect(first).height() > 0);
    FacetFilter filter;
    filter.values(Facet::Status) = {u"i_drift"_s};
    {
        const QSignalBlocker blocker(&model);
        model.setFilter(filter);
    }
    QVERIFY(view.visualRect(first).height() > 0);
}

QTEST_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
