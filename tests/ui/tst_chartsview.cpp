#include "chartsview.h"
#include "fixtures.h"

#include <QFile>
#include <QImage>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

class TestChartsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void talliesRows();
    void emptyResult();
    void table();
    void exportsPng();
    void exportsSvg();
    void exportsAllCharts();
    void exportFailsOnBadPath();

private:
    static QString policyKey(int i);
    static SearchResult result();
    static int countOf(const QList<ChartBar> &bars, const QString &key);
};

QString TestChartsView::policyKey(int i)
{
    return Test::vocabularies().vocabulary(Vocabularies::PolicyArea).entries().at(i).key;
}

SearchResult TestChartsView::result()
{
    const auto summary = [](QStringList policy, QStringList regions, const QString &year, const QString &evidence) {
        CaseSummary s;
        s.facets[size_t(Facet::PolicyArea)] = policy;
        s.facets[size_t(Facet::Region)] = regions;
        s.facets[size_t(Facet::StartYear)] = {year};
        s.facets[size_t(Facet::EvidenceLevel)] = {evidence};
        return s;
    };
    QList<CaseSummary> cases{
        summary({policyKey(0), policyKey(1)}, {u"10"_s, u"12"_s}, u"2019"_s, u"2"_s),
        summary({policyKey(0)}, {u"10"_s, u"10"_s}, u"2021"_s, u"2"_s),
        // Not in the rows: filtered out, so it must not count.
        summary({policyKey(2)}, {u"25"_s}, u"2024"_s, u"4"_s),
        summary({u"framtida_omrade"_s}, {u"01"_s}, u"2021"_s, u"1"_s),
    };
    SearchResult r;
    r.cases = std::make_shared<const QList<CaseSummary>>(cases);
    r.rows = {0, 3, 1};
    // Facet counts deliberately disagree: the charts must not read them.
    r.counts[size_t(Facet::Region)] = {{u"25"_s, 99}};
    return r;
}

int TestChartsView::countOf(const QList<ChartBar> &bars, const QString &key)
{
    for (const ChartBar &bar : bars) {
        if (bar.key == key) {
            return bar.count;
        }
    }
    return -1;
}

void TestChartsView::talliesRows()
{
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    view.setResult(result());
    using C = ChartsView::Chart;

    const auto &policy = view.bars(C::PolicyArea);
    const Vocabulary &areas = Test::vocabularies().vocabulary(Vocabularies::PolicyArea);
    QCOMPARE(policy.size(), areas.entries().size() + 1); // every area, then the unknown key
    QCOMPARE(countOf(policy, policyKey(0)), 2);
    QCOMPARE(countOf(policy, policyKey(1)), 1);
    QCOMPARE(countOf(policy, policyKey(2)), 0);
    QCOMPARE(policy.constFirst().label, areas.label(policyKey(0), Language::Swedish));
    QCOMPARE(policy.constLast(), (ChartBar{u"framtida_omrade"_s, u"framtida_omrade"_s, 1}));

    const auto &regions = view.bars(C::Region);
    QCOMPARE(regions.size(), 21);
    QCOMPARE(countOf(regions, u"10"_s), 2); // listed twice on one case, counted once
    QCOMPARE(countOf(regions, u"12"_s), 1);
    QCOMPARE(countOf(regions, u"01"_s), 1);
    QCOMPARE(countOf(regions, u"25"_s), 0);
    QCOMPARE(regions.at(8).label, u"Blekinge län"_s);

    const auto &years = view.bars(C::StartYear);
    QCOMPARE(years, (QList<ChartBar>{{u"2019"_s, u"2019"_s, 1}, {u"2020"_s, u"2020"_s, 0}, {u"2021"_s, u"2021"_s, 2}}));

    const auto &evidence = view.bars(C::EvidenceLevel);
    QCOMPARE(countOf(evidence, u"2"_s), 2);
    QCOMPARE(countOf(evidence, u"1"_s), 1);
    QCOMPARE(countOf(evidence, u"4"_s), 0);
    QCOMPARE(evidence.at(2).label, u"2 Uppföljd förändring"_s);

    ChartsView english(Test::vocabularies(), Test::referenceData(), Language::English);
    english.setResult(result());
    QCOMPARE(english.bars(C::EvidenceLevel).at(0).label, u"0 No follow-up"_s);
}

void TestChartsView::emptyResult()
{
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    view.setResult({});
    QCOMPARE(view.bars(ChartsView::Chart::StartYear).size(), 0);
    QCOMPARE(view.bars(ChartsView::Chart::Region).size(), 21);
    QCOMPARE(countOf(view.bars(ChartsView::Chart::Region), u"10"_s), 0);
}

void TestChartsView::table()
{
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    view.setResult(result());
    view.setChart(ChartsView::Chart::Region);
    view.setTableShown(true);
    QVERIFY(view.isTableShown());
    auto *table = view.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 21);
    QCOMPARE(table->item(8, 0)->text(), u"Blekinge län"_s);
    QCOMPARE(table->item(8, 1)->text(), u"2"_s);
    QCOMPARE(table->accessibleName(), view.title(ChartsView::Chart::Region));
    view.setChart(ChartsView::Chart::StartYear);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 1)->text(), u"2"_s);
    // The chart itself tells screen readers its numbers.
    auto *chart = view.findChild<BarChart *>();
    QVERIFY(chart);
    QCOMPARE(chart->accessibleDescription(), u"2019: 1; 2020: 0; 2021: 2"_s);
}

void TestChartsView::exportsPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    view.setResult(result());
    view.setChart(ChartsView::Chart::Region);
    const QString path = dir.filePath(u"regions.png"_s);
    const auto written = view.exportPng(path);
    QVERIFY(written.ok());
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.width(), 800);
    QCOMPARE(image.height(), BarChart::naturalHeight(view.font(), 21));
    // The bars are there: some pixels carry the bar colour on the white background.
    const QColor bar(0x2a, 0x6f, 0xb0);
    int barPixels = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            barPixels += image.pixelColor(x, y) == bar;
        }
    }
    QVERIFY(barPixels > 100);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
}

void TestChartsView::exportsSvg()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    view.setResult(result());
    view.setChart(ChartsView::Chart::Region);
    const QString path = dir.filePath(u"regions.svg"_s);
    QVERIFY(view.exportSvg(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains("<svg"_L1));
    QVERIFY(svg.contains(view.title(ChartsView::Chart::Region)));
    QVERIFY(svg.contains(u"Blekinge län"_s));
    QVERIFY(svg.contains(u"Norrbottens län"_s));
}

void TestChartsView::exportsAllCharts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    view.setResult(result());
    const QString png = dir.filePath(u"all.png"_s);
    QVERIFY(view.exportPng(png, ChartsView::ExportScope::AllCharts).ok());
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    int height = 0;
    for (int c = 0; c < ChartsView::ChartCount; ++c) {
        height += BarChart::naturalHeight(view.font(), view.bars(ChartsView::Chart(c)).size());
    }
    QCOMPARE(image.height(), height);

    const QString svgPath = dir.filePath(u"all.svg"_s);
    QVERIFY(view.exportSvg(svgPath, ChartsView::ExportScope::AllCharts).ok());
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (int c = 0; c < ChartsView::ChartCount; ++c) {
        QVERIFY2(svg.contains(view.title(ChartsView::Chart(c))), qPrintable(view.title(ChartsView::Chart(c))));
    }
    QVERIFY(svg.contains(u"2 Uppföljd förändring"_s));
    QVERIFY(svg.contains(u"Blekinge län"_s));
}

void TestChartsView::exportFailsOnBadPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartsView view(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const QString path = dir.filePath(u"missing/dir/chart.png"_s);
    QCOMPARE(view.exportPng(path).code(), ErrorCode::FileOpenFailed);
    QCOMPARE(view.exportSvg(path).code(), ErrorCode::FileOpenFailed);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
