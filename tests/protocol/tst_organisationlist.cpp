// OrganisationList: the server's registered organisations as GET /api/v1/organisations writes
// them and the client reads and keeps them.

#include "organisationlist.h"

#include <QJsonArray>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestOrganisationList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrites();
    void entriesWithoutIdOrNameAreLeftOut();
    void noVersionIsRefused();
};

void TestOrganisationList::readsBackWhatItWrites()
{
    OrganisationList list;
    list.version = u"3f2a"_s;
    list.organisations.append({u"org:1"_s, u"myndighet"_s, u"202100-5489"_s, u"Försäkringskassan"_s, {}});
    list.organisations.append(
        {u"org:2"_s, u"samordningsforbund"_s, {}, u"Samordningsförbundet Södra Dalarna"_s, u"20"_s});
    const auto back = OrganisationList::fromJson(list.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->version, list.version);
    QCOMPARE(back->organisations, list.organisations);
}

void TestOrganisationList::entriesWithoutIdOrNameAreLeftOut()
{
    const QJsonObject json{{u"version"_s, u"1"_s},
                           {u"organisations"_s,
                            QJsonArray{QJsonObject{{u"id"_s, u"org:1"_s}, {u"name"_s, u"  "_s}},
                                       QJsonObject{{u"name"_s, u"Utan id"_s}},
                                       QJsonObject{{u"id"_s, u"org:3"_s}, {u"name"_s, u"Kvar"_s}},
                                       u"inte ett objekt"_s}}};
    const auto list = OrganisationList::fromJson(json);
    QVERIFY(list.ok());
    QCOMPARE(list->organisations.size(), 1);
    QCOMPARE(list->organisations.first().name, u"Kvar"_s);
}

void TestOrganisationList::noVersionIsRefused()
{
    const auto list = OrganisationList::fromJson({{u"organisations"_s, QJsonArray()}});
    QVERIFY(!list.ok());
    QCOMPARE(list.error().path, u"version"_s);
}

QTEST_GUILESS_MAIN(TestOrganisationList)
#include "tst_organisationlist.moc"
