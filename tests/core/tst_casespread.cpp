#include "casespread.h"
#include "fixtures.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// Where a case has spread, from its owner and adoptions and SCB's register of municipalities.
class TestCaseSpread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counties_data();
    void counties();
};

void TestCaseSpread::counties_data()
{
    QTest::addColumn<QStringList>("adopters"); // OrganisationIds
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QStringList>("expected"); // county=count, sorted
    QTest::addColumn<int>("adoptions");
    // The fixture's case belongs to Ronneby (1081, Blekinge 10).
    QTest::newRow("none") << QStringList{} << u"10"_s << QStringList{} << 0;
    QTest::newRow("municipalities and a region in one county")
        << QStringList{u"kommun:1737"_s, u"kommun:1780"_s, u"region:17"_s} << u"10"_s << QStringList{u"17=3"_s} << 3;
    QTest::newRow("two counties, the origin's too")
        << QStringList{u"kommun:1737"_s, u"kommun:1082"_s} << u"10"_s << QStringList{u"10=1"_s, u"17=1"_s} << 2;
    // Another kind of organisation, or a code SCB does not have: counted, on no county.
    QTest::newRow("no county") << QStringList{u"myndighet:2021002345"_s, u"kommun:9999"_s} << u"10"_s << QStringList{}
                               << 2;
}

void TestCaseSpread::counties()
{
    QFETCH(QStringList, adopters);
    QFETCH(QString, origin);
    QFETCH(QStringList, expected);
    QFETCH(int, adoptions);
    CaseRecord c = Test::validCase();
    for (qsizetype i = 0; i < adopters.size(); ++i) {
        Adoption a;
        a.organisation = adopters.at(i);
        c.adoptions.insert(QString::number(i), a);
    }
    const CaseSpread spread = CaseSpread::of(c, Test::referenceData());
    QCOMPARE(spread.origin, origin);
    QCOMPARE(spread.adoptions, adoptions);
    QStringList counted;
    for (auto it = spread.adoptionsByCounty.cbegin(); it != spread.adoptionsByCounty.cend(); ++it) {
        counted.append(it.key() + u'=' + QString::number(it.value()));
    }
    counted.sort();
    QCOMPARE(counted, expected);
}

QTEST_GUILESS_MAIN(TestCaseSpread)
#include "tst_casespread.moc"
