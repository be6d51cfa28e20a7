#include "fixtures.h"
#include "referencedata.h"

#include <QSet>
#include <QTest>

using namespace Fb;

class TestReferenceData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void lookups_data();
    void lookups();
    void everyMunicipalityBelongsToItsRegion();
    void distances_data();
    void distances();
    void rejectsBrokenCsv();
};

void TestReferenceData::counts()
{
    QCOMPARE(Test::referenceData().municipalities().size(), 290);
    QCOMPARE(Test::referenceData().regions().size(), 21);
    int total = 0;
    for (const Region &r : Test::referenceData().regions()) {
        total += int(Test::referenceData().municipalitiesIn(r.code).size());
    }
    QCOMPARE(total, 290);
    QCOMPARE(Test::referenceData().municipalitiesIn(u"10"_s).size(), 5); // Blekinge
}

void TestReferenceData::lookups_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addRow("Gnesta") << u"0461"_s << u"Gnesta"_s << u"Södermanlands län"_s;
    QTest::addRow("leading zero kept") << u"0114"_s << u"Upplands Väsby"_s << u"Stockholms län"_s;
    QTest::addRow("Karlskrona") << u"1080"_s << u"Karlskrona"_s << u"Blekinge län"_s;
    QTest::addRow("Kiruna") << u"2584"_s << u"Kiruna"_s << u"Norrbottens län"_s;
}

void TestReferenceData::lookups()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, region);
    const Municipality *m = Test::referenceData().municipality(code);
    QVERIFY(m);
    QCOMPARE(m->name, name);
    QCOMPARE(Test::referenceData().region(m->regionCode)->name, region);
    QVERIFY(m->latitude > 55 && m->latitude < 69.5);
    QVERIFY(m->longitude > 10.5 && m->longitude < 24.5);
    QVERIFY(!Test::referenceData().municipality(code.mid(1)));
}

void TestReferenceData::everyMunicipalityBelongsToItsRegion()
{
    QSet<QString> codes;
    for (const Municipality &m : Test::referenceData().municipalities()) {
        QCOMPARE(m.code.left(2), m.regionCode);
        QVERIFY(!codes.contains(m.code));
        codes.insert(m.code);
        QVERIFY2(m.latitude != 0, qPrintable(m.code));
    }
    QCOMPARE(Test::referenceData().region(u"09"_s)->authorityName, u"Region Gotland"_s);
}

void TestReferenceData::distances_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("minKm");
    QTest::addColumn<double>("maxKm");
    QTest::addRow("same") << u"0180"_s << u"0180"_s << 0.0 << 0.001;
    QTest::addRow("Stockholm–Göteborg") << u"0180"_s << u"1480"_s << 380.0 << 420.0;
    QTest::addRow("Malmö–Kiruna") << u"1280"_s << u"2584"_s << 1350.0 << 1550.0;
    QTest::addRow("unknown") << u"0180"_s << u"9999"_s << -1.0 << -1.0;
}

void TestReferenceData::distances()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, minKm);
    QFETCH(double, maxKm);
    const double d = Test::referenceData().distanceKm(from, to);
    QVERIFY2(d >= minKm && d <= maxKm, qPrintable(QString::number(d)));
    QCOMPARE(Test::referenceData().distanceKm(to, from), d);
}

void TestReferenceData::rejectsBrokenCsv()
{
    const QByteArray regions = "code,name,region_name\n01,Stockholms län,Region Stockholm\n";
    QCOMPARE(
        ReferenceData::fromCsv("code,name,region_code\n0114,Upplands Väsby,02\n", regions, "code,lat,lon\n").code(),
        ErrorCode::UnknownRegion);
    QCOMPARE(ReferenceData::fromCsv("code,name,region_code\n0114,Upplands Väsby\n", regions, "code,lat,lon\n").code(),
             ErrorCode::InvalidValue);
    QCOMPARE(
        ReferenceData::fromCsv("code,name,region_code\n0114,Upplands Väsby,01\n", regions, "code,lat,lon\n0115,1,2\n")
            .code(),
        ErrorCode::UnknownMunicipality);
    QVERIFY(ReferenceData::fromCsv("code,name,region_code\n0114,Upplands Väsby,01\n",
                                   regions,
                                   "code,lat,lon\n0114,59.5,17.9\n")
                .ok());
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
