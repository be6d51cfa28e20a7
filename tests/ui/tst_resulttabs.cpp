#include "chartsview.h"
#include "facetmodel.h"
#include "fixtures.h"
#include "regionmap.h"
#include "resulttabs.h"
#include "similarcasespanel.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestResultTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapCountsTheRowsAndClickTogglesTheCounty();
    void nearCasesActivate();
};

static SearchResult resultOf(const QList<std::pair<QString, QString>> &idAndRegion)
{
    auto cases = std::make_shared<QList<CaseSummary>>();
    SearchResult result;
    for (const auto &[id, region] : idAndRegion) {
        CaseSummary s;
        s.id = id;
        s.title = id;
        s.facets[size_t(Facet::Region)] = {region};
        result.rows.append(int(cases->size()));
        cases->append(s);
    }
    result.cases = cases;
    return result;
}

void TestResultTabs::mapCountsTheRowsAndClickTogglesTheCounty()
{
    FacetModel facets(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    // The tabs own the list, as the main window's do.
    ResultTabs tabs(new QTableView, facets, Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QVERIFY(tabs.map());
    SearchResult result = resultOf({{u"a"_s, u"10"_s}, {u"b"_s, u"10"_s}, {u"c"_s, u"09"_s}, {u"d"_s, u"01"_s}});
    result.rows.removeLast(); // d is filtered out: it must not count
    tabs.setResult(result);
    QCOMPARE(tabs.map()->counts().value(u"10"_s), 2);
    QCOMPARE(tabs.map()->counts().value(u"09"_s), 1);
    QCOMPARE(tabs.map()->counts().value(u"01"_s), 0);
    QSignalSpy changed(&facets, &FacetModel::filterChanged);
    Q_EMIT tabs.map()->regionClicked(u"10"_s);
    QCOMPARE(facets.filter().values(Facet::Region), QSet<QString>{u"10"_s});
    Q_EMIT tabs.map()->regionClicked(u"10"_s);
    QVERIFY(facets.filter().values(Facet::Region).isEmpty());
    QCOMPARE(changed.size(), 2);
}

void TestResultTabs::nearCasesActivate()
{
    FacetModel facets(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    // The tabs own the list, as the main window's do.
    ResultTabs tabs(new QTableView, facets, Test::vocabularies(), Test::referenceData(), Language::Swedish);
    SimilarCase near;
    near.id = u"6f1c2a4e-0b7d-4c1e-9a53-2f8e4d6b7c10"_s;
    near.title = u"Trygghetsvärdar"_s;
    near.score = 0.5;
    tabs.setNearCases(u"Ronneby"_s, {near});
    QCOMPARE(tabs.near()->cases().size(), 1);
    QSignalSpy activated(&tabs, &ResultTabs::caseActivated);
    Q_EMIT tabs.near()->caseActivated(near.id);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), near.id);
}

QTEST_MAIN(TestResultTabs)
#include "tst_resulttabs.moc"
