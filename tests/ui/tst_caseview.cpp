#include "caseview.h"
#include "fixtures.h"

#include <QSignalSpy>
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
    QVERIFY(view.shownCase());
    QCOMPARE(*view.shownCase(), Test::validCase());
    QSignalSpy changed(&view, &CaseView::shownCaseChanged);
    view.showMessage(u"Inget valt"_s);
    QCOMPARE(view.caseId(), QString());
    QCOMPARE(view.shownCase(), nullptr);
    QCOMPARE(changed.size(), 1);
}

void TestCaseView::highlightsSearchWords_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<int>("hits");
    QTest::addRow("none") << QStringList{} << 0;
    QTest::addRow("without diacritics, prefix") << QStringList{u"aldreomsorg"_s} << 3;
    QTest::addRow("not inside words") << QStringList{u"omsorg"_s} << 1;
    QTest::addRow("two terms") << QStringList{u"are"_s, u"omsorg"_s} << 2;
    QTest::addRow("phrase") << QStringList{u"aldreomsorg i are"_s} << 1;
}

void TestCaseView::highlightsSearchWords()
{
    QFETCH(QStringList, terms);
    QFETCH(int, hits);
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseView view(exporter);
    CaseRecord c;
    c.id = Test::validCase().id;
    c.title = u"Äldreomsorg i Åre"_s;
    c.sections = {{u"problem"_s, u"Äldreomsorgen och aldreomsorg. Omsorg."_s}};
    view.showCase(c, terms);
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
