#include "organisationid.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestOrganisationId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void ofOwner_data();
    void ofOwner();
};

void TestOrganisationId::parse_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    using K = OrganisationId::Kind;
    QTest::newRow("municipality") << u"kommun:0461"_s << int(K::Municipality) << u"0461"_s;
    QTest::newRow("region") << u"region:04"_s << int(K::Region) << u"04"_s;
    QTest::newRow("another organisation") << u"org:samordningsforbund-gnesta"_s << int(K::Other) << QString();
    QTest::newRow("no code") << u"kommun:"_s << int(K::Other) << QString();
    QTest::newRow("no colon") << u"kommun"_s << int(K::Other) << QString();
    QTest::newRow("empty") << QString() << int(K::Other) << QString();
    QTest::newRow("prefix only alike") << u"kommunal:0461"_s << int(K::Other) << QString();
}

void TestOrganisationId::parse()
{
    QFETCH(QString, id);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const OrganisationId parsed = OrganisationId::parse(id);
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(parsed.code, code);
    // What parses as a municipality or region is written back the same way.
    if (parsed.kind == OrganisationId::Kind::Municipality) {
        QCOMPARE(OrganisationId::municipality(parsed.code), id);
    } else if (parsed.kind == OrganisationId::Kind::Region) {
        QCOMPARE(OrganisationId::region(parsed.code), id);
    }
}

void TestOrganisationId::ofOwner_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("id");
    QTest::newRow("municipality") << u"kommun"_s << u"1081"_s << u"kommun:1081"_s;
    QTest::newRow("region") << u"region"_s << u"10"_s << u"region:10"_s;
    QTest::newRow("civil society") << u"civilsamhalle"_s << u"x"_s << QString();
    QTest::newRow("municipality without code") << u"kommun"_s << QString() << QString();
}

void TestOrganisationId::ofOwner()
{
    QFETCH(QString, type);
    QFETCH(QString, code);
    QFETCH(QString, id);
    QCOMPARE(OrganisationId::ofOwner(type, code), id);
}

QTEST_GUILESS_MAIN(TestOrganisationId)
#include "tst_organisationid.moc"
