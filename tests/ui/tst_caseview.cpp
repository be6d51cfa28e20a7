#include "caseview.h"
#include "fixtures.h"

#include <QTest>

using namespace Fb;

class TestCaseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersFieldsAndSections();
    void highlightsSearchWords_data();
    void highlightsSearchWords();
    void neverLoadsRemoteResources();
};

void TestCaseView::rendersFieldsAndSections()
{
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseView view(exporter);
    view.showCase(Test::validCase(), {});
    const QString text = view.toPlainText();
    QVERIFY(text.startsWith(u"Trygghetsvärdar i Ronneby"_s));
    QVERIFY(text.contains(u"Problem och sammanhang"_s));
    QVERIFY(text.contains(u"Otrygghet i centrum kvällstid."_s)); // Markdown rendered, not shown raw
    QVERIFY(!text.contains(u"**"_s));
    QCOMPARE(view.caseId(), Test::validCase().id);
    view.showMessage(u"Inget valt"_s);
    QCOMPARE(view.caseId(), QString());
}

void TestCaseView::highlightsSearchWords_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<int>("hits");
    QTest::addRow("none") << QStringList{} << 0;
    QTest::addRow("word without diacritics") << QStringList{u"trygghetsvardar"_s} << 1;
    QTest::addRow("prefix") << QStringList{u"trygghet"_s} << 5; // title ×2 (also short name), summary, tags, section list
    QTest::addRow("not inside words") << QStringList{u"centrum"_s, u"rum"_s} << 2;
}

void TestCaseView::highlightsSearchWords()
{
    QFETCH(QStringList, terms);
    QFETCH(int, hits);
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseView view(exporter);
    view.showCase(Test::validCase(), terms);
    QCOMPARE(view.highlightCount(), hits);
}

void TestCaseView::neverLoadsRemoteResources()
{
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseView view(exporter);
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/pixel.png"_s)).isValid());
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/passwd"_s)).isValid());
    CaseRecord c = Test::validCase();
    c.sections[u"results"_s] = u"![bild](https://tracker.example/pixel.png)"_s;
    view.showCase(c, {});
    QVERIFY(view.toHtml().contains(u"tracker.example"_s)); // referenced, never fetched
}

QTEST_MAIN(TestCaseView)
#include "tst_caseview.moc"
