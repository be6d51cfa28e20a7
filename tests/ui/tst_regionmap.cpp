#include "fixtures.h"
#include "regionmap.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Fb;

class TestRegionMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void colouring();
    void paintsCounts();
    void clickEmitsRegion_data();
    void clickEmitsRegion();
    void clickOnSeaEmitsNothing();
    void tooltip();
    void keyboard();

private:
    RegionShapes m_shapes;
};

void TestRegionMap::initTestCase()
{
    auto shapes = RegionShapes::builtIn();
    QVERIFY(shapes.ok());
    m_shapes = *shapes;
}

void TestRegionMap::colouring()
{
    RegionMap map(m_shapes, Test::referenceData());
    map.setCounts({{u"25"_s, 10}, {u"09"_s, 3}, {u"10"_s, 1}});
    const QColor darkest = map.colorFor(10);
    for (int count = 1; count < 10; ++count) {
        QVERIFY2(map.colorFor(count).lightnessF() >= darkest.lightnessF(), qPrintable(QString::number(count)));
        QVERIFY(map.colorFor(count) != map.colorFor(0));
    }
    QVERIFY(map.colorFor(1).lightnessF() > darkest.lightnessF());
    // More cases never get a lighter colour.
    for (int count = 2; count <= 10; ++count) {
        QVERIFY(map.colorFor(count).lightnessF() <= map.colorFor(count - 1).lightnessF());
    }
    // Zero is a neutral grey, apart from the coloured classes.
    QVERIFY(map.colorFor(0).hslSaturationF() < 0.1);
    QVERIFY(map.colorFor(1).hslSaturationF() > 0.4);

    // A dark theme turns the scale around: the maximum is the lightest.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    map.setPalette(dark);
    QVERIFY(map.colorFor(10).lightnessF() > map.colorFor(1).lightnessF());
    QVERIFY(map.colorFor(0).hslSaturationF() < 0.1);
}

void TestRegionMap::paintsCounts()
{
    RegionMap map(m_shapes, Test::referenceData());
    map.resize(400, 640);
    map.setCounts({{u"25"_s, 8}, {u"23"_s, 2}});
    const QImage image = map.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](const QString &code) {
        const QPoint p = map.positionOf(code);
        return image.pixelColor(int(p.x() * ratio), int(p.y() * ratio)).rgb();
    };
    QCOMPARE(pixel(u"25"_s), map.colorFor(8).rgb());
    QCOMPARE(pixel(u"23"_s), map.colorFor(2).rgb());
    QVERIFY(pixel(u"20"_s) != map.colorFor(2).rgb());
    QVERIFY(pixel(u"20"_s) != map.colorFor(8).rgb());
}

void TestRegionMap::clickEmitsRegion_data()
{
    QTest::addColumn<QString>("code");
    for (const RegionShape &shape : m_shapes.regions()) {
        QTest::newRow(qPrintable(shape.name)) << shape.code;
    }
}

void TestRegionMap::clickEmitsRegion()
{
    QFETCH(QString, code);
    RegionMap map(m_shapes, Test::referenceData());
    map.resize(500, 800);
    QSignalSpy clicked(&map, &RegionMap::regionClicked);
    QCOMPARE(map.regionAt(map.positionOf(code)), code);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.positionOf(code));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), code);
    QCOMPARE(map.focusedRegion(), code);
}

void TestRegionMap::clickOnSeaEmitsNothing()
{
    RegionMap map(m_shapes, Test::referenceData());
    map.resize(300, 500);
    QSignalSpy clicked(&map, &RegionMap::regionClicked);
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
    // Between Gotland and Stockholm: inside the map's box, but sea.
    const QPoint visby = map.positionOf(u"09"_s);
    const QPoint stockholm = map.positionOf(u"01"_s);
    const QPoint sea((visby.x() + stockholm.x()) / 2 + 8, (visby.y() + stockholm.y()) / 2);
    QCOMPARE(map.regionAt(sea), QString());
    QTest::mouseClick(&map, Qt::LeftButton, {}, sea);
    QCOMPARE(clicked.size(), 0);
}

void TestRegionMap::tooltip()
{
    RegionMap map(m_shapes, Test::referenceData());
    map.setCounts({{u"10"_s, 3}});
    QCOMPARE(map.regionText(u"10"_s), u"Blekinge län: 3 case(s)"_s);
    QCOMPARE(map.regionText(u"09"_s), u"Gotlands län: 0 case(s)"_s);

    map.resize(400, 640);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const QPoint at = map.positionOf(u"10"_s);
    QHelpEvent help(QEvent::ToolTip, at, map.mapToGlobal(at));
    QCoreApplication::sendEvent(&map, &help);
    QTRY_COMPARE(QToolTip::text(), u"Blekinge län: 3 case(s)"_s);
}

void TestRegionMap::keyboard()
{
    RegionMap map(m_shapes, Test::referenceData());
    map.resize(400, 640);
    map.setCounts({{u"25"_s, 4}});
    QVERIFY(map.focusPolicy() & Qt::TabFocus);
    map.setFocusedRegion(u"25"_s);
    QVERIFY(map.accessibleDescription().contains(map.regionText(u"25"_s)));
    QVERIFY(map.accessibleDescription().contains(map.tr("not selected")));
    map.setSelected({u"25"_s});
    QVERIFY(map.accessibleDescription().contains(map.tr("selected as a filter")));

    QSignalSpy clicked(&map, &RegionMap::regionClicked);
    QTest::keyClick(&map, Qt::Key_Space);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), u"25"_s);

    // Norrbotten is the northernmost: Up stays, Down goes south to Västerbotten.
    QTest::keyClick(&map, Qt::Key_Up);
    QCOMPARE(map.focusedRegion(), u"25"_s);
    QTest::keyClick(&map, Qt::Key_Down);
    QCOMPARE(map.focusedRegion(), u"24"_s);
    QTest::keyClick(&map, Qt::Key_Return);
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(1).at(0).toString(), u"24"_s);
    // Gotland: Left goes to the mainland (Kalmar län).
    map.setFocusedRegion(u"09"_s);
    QTest::keyClick(&map, Qt::Key_Left);
    QCOMPARE(map.focusedRegion(), u"08"_s);
}

QTEST_MAIN(TestRegionMap)
#include "tst_regionmap.moc"
