#include "fixtures.h"
#include "regionmap.h"
#include "spreadwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The spread of one case on the map of counties, with the built-in shapes and reference data.
class TestSpreadWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhereTheCaseWasTakenUp();
};

void TestSpreadWindow::showsWhereTheCaseWasTakenUp()
{
    CaseRecord c = Test::validCase(); // Ronneby, Blekinge (10)
    const QList<std::pair<QString, QString>> adopters{{u"kommun:1737"_s, u"2023"_s},
                                                      {u"kommun:1780"_s, u"2024-02"_s},
                                                      {u"kommun:1082"_s, QString()}};
    for (const auto &[organisation, period] : adopters) {
        Adoption a;
        a.organisation = organisation;
        a.period = period;
        c.adoptions.insert(organisation, a);
    }
    SpreadWindow window(Test::vocabularies(), Test::referenceData(), Language::Swedish, nullptr);
    window.showCase(c);
    QVERIFY(window.windowTitle().contains(c.title));
    QVERIFY(window.map());
    QCOMPARE(window.map()->counts().value(u"17"_s), 2);
    QCOMPARE(window.map()->counts().value(u"10"_s), 1);
    QCOMPARE(window.map()->selected(), QSet<QString>{u"10"_s}); // where it started
    QVERIFY2(window.map()->regionText(u"17"_s).contains(u"2 adoption(s)"_s),
             qPrintable(window.map()->regionText(u"17"_s)));
    QVERIFY(window.summary()->text().contains(u"3 organisation(s)"_s));
    QVERIFY(window.summary()->text().contains(u"Blekinge"_s));
    QCOMPARE(window.list()->count(), 3);
    // Sorted by name, with when (the tests run without a translator: English names).
    QCOMPARE(window.list()->item(0)->text(), u"Karlshamn municipality"_s);
    QCOMPARE(window.list()->item(1)->text(), u"Karlstad municipality (2024-02)"_s);
    QCOMPARE(window.list()->item(2)->text(), u"Torsby municipality (2023)"_s);

    // Another case replaces the first.
    window.showCase(Test::validCase(CaseRecord::newId()));
    QVERIFY(window.map()->counts().isEmpty());
    QCOMPARE(window.list()->count(), 0);
}

QTEST_MAIN(TestSpreadWindow)
#include "tst_spreadwindow.moc"
