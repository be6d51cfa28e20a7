#include "fixtures.h"
#include "regionshapes.h"

#include <QTest>

using namespace Fb;

class TestRegionShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAllRegions();
    void hitTesting_data();
    void hitTesting();
    void keepsHoles();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void TestRegionShapes::parsesAllRegions()
{
    const auto shapes = RegionShapes::builtIn();
    QVERIFY2(shapes.ok(), qPrintable(shapes.ok() ? QString() : shapes.error().detail));
    QCOMPARE(shapes->regions().size(), 21);
    QStringList expected;
    for (const Region &region : Test::referenceData().regions()) {
        expected.append(region.code);
    }
    QStringList codes;
    for (const RegionShape &shape : shapes->regions()) {
        codes.append(shape.code);
        QCOMPARE(shape.name, Test::referenceData().region(shape.code)->name);
        // The interior point is where keyboard focus and tests click: it must hit its own region.
        QCOMPARE(shapes->regionAt(shape.interiorPoint), shape.code);
    }
    QCOMPARE(codes, expected);
    // Sweden lies between about 55.3 and 69.1 degrees north, 10.9 and 24.2 east.
    const QRectF bounds = shapes->bounds();
    QVERIFY(bounds.contains(RegionShapes::project(17, 60)));
    QVERIFY(!bounds.contains(RegionShapes::project(17, 70)));
    QVERIFY(bounds.height() > bounds.width()); // a tall country once longitudes are scaled
}

void TestRegionShapes::hitTesting_data()
{
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<QString>("code");
    QTest::newRow("Visby") << 18.29 << 57.64 << u"09"_s;
    QTest::newRow("Stockholm") << 18.07 << 59.33 << u"01"_s;
    QTest::newRow("Kiruna") << 20.22 << 67.86 << u"25"_s;
    QTest::newRow("Växjö") << 14.81 << 56.88 << u"07"_s;
    QTest::newRow("inland Skåne") << 13.6 << 55.9 << u"12"_s;
    QTest::newRow("sea between Gotland and Stockholm") << 18.6 << 58.5 << QString();
    // Lakes drawn as holes in their län.
    QTest::newRow("Siljan") << 14.79 << 60.88 << QString();
    QTest::newRow("Storsjön") << 14.39 << 63.12 << QString();
    QTest::newRow("Östersund, beside Storsjön") << 14.64 << 63.18 << u"23"_s;
    QTest::newRow("Oslo") << 10.75 << 59.91 << QString();
    QTest::newRow("Helsinki") << 24.94 << 60.17 << QString();
}

void TestRegionShapes::hitTesting()
{
    QFETCH(double, longitude);
    QFETCH(double, latitude);
    QFETCH(QString, code);
    static const auto shapes = RegionShapes::builtIn();
    QVERIFY(shapes.ok());
    QCOMPARE(shapes->regionAt(RegionShapes::project(longitude, latitude)), code);
}

void TestRegionShapes::keepsHoles()
{
    // A square with a square hole: the hole belongs to no region.
    const QByteArray json = R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"code":"99","name":"Ring"},"geometry":{"type":"Polygon","coordinates":[
        [[10,50],[20,50],[20,60],[10,60],[10,50]],
        [[14,54],[16,54],[16,56],[14,56],[14,54]]]}}]})";
    const auto shapes = RegionShapes::fromGeoJson(json);
    QVERIFY(shapes.ok());
    QCOMPARE(shapes->regionAt(RegionShapes::project(12, 52)), u"99"_s);
    QCOMPARE(shapes->regionAt(RegionShapes::project(15, 55)), QString());
    QCOMPARE(shapes->regionAt(RegionShapes::project(25, 55)), QString());
    // The middle is in the hole, so the interior point has to move into the ring.
    QCOMPARE(shapes->regionAt(shapes->regions().constFirst().interiorPoint), u"99"_s);
}

void TestRegionShapes::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("path");
    const auto feature = [](const char *properties, const char *geometry) -> QByteArray {
        return QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)") + properties
            + R"(,"geometry":)" + geometry + "}]}";
    };
    const char *square = R"({"type":"Polygon","coordinates":[[[10,50],[20,50],[20,60],[10,50]]]})";
    QTest::newRow("not JSON") << QByteArray("{\"type\":") << ErrorCode::InvalidJson << QString();
    QTest::newRow("array") << QByteArray("[]") << ErrorCode::NotAnObject << QString();
    QTest::newRow("not a collection") << QByteArray(R"({"type":"Feature"})") << ErrorCode::InvalidValue << u"type"_s;
    QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection"})") << ErrorCode::MissingField
                                 << u"features"_s;
    QTest::newRow("empty") << QByteArray(R"({"type":"FeatureCollection","features":[]})") << ErrorCode::MissingField
                           << u"features"_s;
    QTest::newRow("no code") << feature(R"({"name":"X"})", square) << ErrorCode::MissingField
                             << u"features[0].properties.code"_s;
    QTest::newRow("point") << feature(R"({"code":"01"})", R"({"type":"Point","coordinates":[10,50]})")
                           << ErrorCode::InvalidValue << u"features[0].geometry.type"_s;
    QTest::newRow("short ring") << feature(R"({"code":"01"})",
                                           R"({"type":"Polygon","coordinates":[[[10,50],[20,50],[10,50]]]})")
                                << ErrorCode::InvalidValue << u"features[0].geometry.coordinates[0]"_s;
    QTest::newRow("text position") << feature(
        R"({"code":"01"})",
        R"({"type":"Polygon","coordinates":[[[10,50],["a",50],[20,60],[10,50]]]})")
                                   << ErrorCode::WrongType << u"features[0].geometry.coordinates[0][1]"_s;
    QTest::newRow("latitude out of range")
        << feature(R"({"code":"01"})", R"({"type":"Polygon","coordinates":[[[10,50],[20,95],[20,60],[10,50]]]})")
        << ErrorCode::InvalidValue << u"features[0].geometry.coordinates[0][1]"_s;
    QTest::newRow("empty multipolygon") << feature(R"({"code":"01"})", R"({"type":"MultiPolygon","coordinates":[]})")
                                        << ErrorCode::WrongType << u"features[0].geometry.coordinates"_s;
    QByteArray twice = feature(R"({"code":"01"})", square);
    twice.chop(2);
    twice += R"(,{"type":"Feature","properties":{"code":"01"},"geometry":)" + QByteArray(square) + "}]}";
    QTest::newRow("duplicate code") << twice << ErrorCode::DuplicateValue << u"features[1].properties.code"_s;
}

void TestRegionShapes::rejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, path);
    const auto shapes = RegionShapes::fromGeoJson(json);
    QVERIFY(!shapes.ok());
    QCOMPARE(shapes.code(), code);
    QCOMPARE(shapes.error().path, path);
}

QTEST_GUILESS_MAIN(TestRegionShapes)
#include "tst_regionshapes.moc"
