#include "searchquery.h"
#include "synonyms.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSynonyms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternatives_data();
    void alternatives();
    void isName_data();
    void isName();
    void malformedListIsEmpty_data();
    void malformedListIsEmpty();
    void builtInList();
};

namespace {

const QByteArray List = R"({"groups": [
    ["Finsam", "finansiell samordning", "samordningsförbund"],
    ["HSL", "hälso- och sjukvårdslagen"],
    ["äldre", "seniorer", "  "],
    ["ensam"],
    ["unga", "ungdomar"],
    ["Unga", "UNG"]
]})";

} // namespace

void TestSynonyms::alternatives_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("acronym") << u"finsam"_s << QStringList{u"finansiell samordning"_s, u"samordningsförbund"_s};
    QTest::addRow("phrase") << u"finansiell samordning"_s << QStringList{u"Finsam"_s, u"samordningsförbund"_s};
    QTest::addRow("punctuation ignored") << u"halso och sjukvardslagen"_s << QStringList{u"HSL"_s};
    QTest::addRow("blank member dropped") << u"aldre"_s << QStringList{u"seniorer"_s};
    QTest::addRow("group of one ignored") << u"ensam"_s << QStringList{};
    QTest::addRow("in two groups, each other member once") << u"unga"_s << QStringList{u"ungdomar"_s, u"UNG"_s};
    QTest::addRow("unknown") << u"skola"_s << QStringList{};
}

void TestSynonyms::alternatives()
{
    QFETCH(QString, term);
    QFETCH(QStringList, expected);
    QCOMPARE(Synonyms::fromJson(List).alternatives(term), expected);
}

void TestSynonyms::isName_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("expected");
    QTest::addRow("capitalised") << u"finsam"_s << true;
    QTest::addRow("acronym") << u"hsl"_s << true;
    QTest::addRow("ordinary word") << u"samordningsforbund"_s << false;
    QTest::addRow("phrase") << u"finansiell samordning"_s << false;
    QTest::addRow("written both ways") << u"unga"_s << true;
    QTest::addRow("group of one") << u"ensam"_s << false;
    QTest::addRow("unknown") << u"skola"_s << false;
}

void TestSynonyms::isName()
{
    QFETCH(QString, term);
    QFETCH(bool, expected);
    QCOMPARE(Synonyms::fromJson(List).isName(term), expected);
}

void TestSynonyms::malformedListIsEmpty_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("not JSON") << QByteArray("{\"groups\": [");
    QTest::addRow("no groups") << QByteArray(R"({"about": "x"})");
    QTest::addRow("groups not arrays") << QByteArray(R"({"groups": ["Finsam", 3]})");
}

void TestSynonyms::malformedListIsEmpty()
{
    QFETCH(QByteArray, json);
    const Synonyms s = Synonyms::fromJson(json);
    QCOMPARE(s.groupCount(), 0);
    QVERIFY(s.members().isEmpty());
    QVERIFY(s.alternatives(u"finsam"_s).isEmpty());
}

void TestSynonyms::builtInList()
{
    const Synonyms &s = Synonyms::builtIn();
    QVERIFY(s.groupCount() >= 30);
    // The issue's own examples.
    QVERIFY(s.alternatives(u"finsam"_s).contains(u"samordningsförbund"_s));
    QVERIFY(s.alternatives(u"iop"_s).contains(u"idéburet offentligt partnerskap"_s));
    QVERIFY(s.alternatives(u"usk"_s).contains(u"undersköterska"_s));
    QVERIFY(s.isName(SearchQuery::fold(u"Finsam"_s)));
    QVERIFY(!s.isName(SearchQuery::fold(u"äldre"_s)));
    // Every member finds the others of its group.
    for (const QString &m : s.members()) {
        QVERIFY2(!s.alternatives(SearchQuery::fold(m)).isEmpty(), qPrintable(m));
    }
}

QTEST_GUILESS_MAIN(TestSynonyms)
#include "tst_synonyms.moc"
