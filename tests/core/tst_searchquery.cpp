#include "searchquery.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseExpanded_data();
    void parseExpanded();
    void partsQuery_data();
    void partsQuery();
    void parse_data();
    void parse();
    void fold_data();
    void fold();
    void highlights_data();
    void highlights();
    void groups();
    void isFiller_data();
    void isFiller();
};

void TestSearchQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fts");
    QTest::addColumn<QStringList>("terms");

    QTest::addRow("empty") << QString() << QString() << QStringList();
    QTest::addRow("spaces") << u"   "_s << QString() << QStringList();
    QTest::addRow("word") << u"äldreomsorg"_s << u"\"äldreomsorg\"*"_s << QStringList{u"aldreomsorg"_s};
    QTest::addRow("two words") << u"trygghet unga"_s << u"\"trygghet\"* \"unga\"*"_s
                               << QStringList{u"trygghet"_s, u"unga"_s};
    QTest::addRow("one letter is whole") << u"a"_s << u"\"a\""_s << QStringList{u"a"_s};
    QTest::addRow("phrase") << u"\"idéburet offentligt partnerskap\""_s << u"\"idéburet offentligt partnerskap\""_s
                            << QStringList{u"ideburet offentligt partnerskap"_s};
    QTest::addRow("exclude") << u"skola -gymnasiet"_s << u"\"skola\"* NOT (\"gymnasiet\"*)"_s
                             << QStringList{u"skola"_s};
    QTest::addRow("exclude phrase") << u"vård -\"psykisk ohälsa\""_s << u"\"vård\"* NOT (\"psykisk ohälsa\")"_s
                                    << QStringList{u"vard"_s};
    QTest::addRow("only exclusions") << u"-skola"_s << QString() << QStringList();
    QTest::addRow("hyphen inside word") << u"e-tjänst"_s << u"\"e\" \"tjänst\"*"_s << QStringList{u"e"_s, u"tjanst"_s};
    QTest::addRow("lone hyphen") << u"skola - vård"_s << u"\"skola\"* \"vård\"*"_s
                                 << QStringList{u"skola"_s, u"vard"_s};
    QTest::addRow("fts operators are words")
        << u"NEAR(x y) OR"_s << u"\"NEAR\"* \"x\" \"y\" \"OR\"*"_s << QStringList{u"near"_s, u"x"_s, u"y"_s, u"or"_s};
    QTest::addRow("quotes and stars stripped")
        << u"\"\" * ^col:x"_s << u"\"col\"* \"x\""_s << QStringList{u"col"_s, u"x"_s};
    QTest::addRow("unclosed quote") << u"\"ensam äldre"_s << u"\"ensam äldre\""_s << QStringList{u"ensam aldre"_s};
}

void TestSearchQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, fts);
    QFETCH(QStringList, terms);
    const SearchQuery q = SearchQuery::parse(text);
    QCOMPARE(q.ftsQuery(), fts);
    QCOMPARE(q.terms(), terms);
    QCOMPARE(q.isEmpty(), fts.isEmpty());
}

void TestSearchQuery::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::addRow("swedish") << u"Åre, Älmhult, Örebro"_s << u"are, almhult, orebro"_s;
    QTest::addRow("accents") << u"idéburet Müller"_s << u"ideburet muller"_s;
    QTest::addRow("ascii") << u"Finsam IOP"_s << u"finsam iop"_s;
}

void TestSearchQuery::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchQuery::fold(text), folded);
    QCOMPARE(SearchQuery::fold(text).size(), text.size());
}

using Ranges = QList<SearchQuery::Range>;

void TestSearchQuery::highlights_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<Ranges>("expected");
    QTest::addRow("none") << u"Äldreomsorg"_s << QStringList{} << Ranges{};
    QTest::addRow("diacritics and case") << u"Äldreomsorg i Åre"_s << QStringList{u"aldre"_s, u"are"_s}
                                         << Ranges{{0, 5}, {14, 3}};
    QTest::addRow("word starts only") << u"omsorg, äldreomsorg"_s << QStringList{u"omsorg"_s} << Ranges{{0, 6}};
    QTest::addRow("overlaps merge") << u"äldreomsorgen"_s << QStringList{u"aldre"_s, u"aldreomsorg"_s}
                                    << Ranges{{0, 11}};
    QTest::addRow("phrase") << u"ensam äldre, äldre ensam"_s << QStringList{u"ensam aldre"_s} << Ranges{{0, 11}};
    QTest::addRow("after punctuation") << u"(Finsam)-arbete"_s << QStringList{u"finsam"_s, u"arbete"_s}
                                       << Ranges{{1, 6}, {9, 6}};
}

void TestSearchQuery::highlights()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(Ranges, expected);
    QCOMPARE(SearchQuery::highlights(text, terms), expected);
}

void TestSearchQuery::parseExpanded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fts");
    QTest::addColumn<QStringList>("terms");

    QTest::addRow("word being typed") << u"bostä"_s << u"\"bostä\"*"_s << QStringList{u"bosta"_s};
    QTest::addRow("long word being typed") << u"äldreomso"_s << u"\"äldreomso\"*"_s << QStringList{u"aldreomso"_s};
    // Known to the compound dictionary and long: finished, even while it might still be typed.
    QTest::addRow("known long word") << u"bostäder"_s << u"\"bostäder\""_s << QStringList{u"bostader"_s};
    QTest::addRow("finished word") << u"bostäder "_s << u"\"bostäder\""_s << QStringList{u"bostader"_s};
    QTest::addRow("acronym") << u"USK"_s << u"(\"USK\"* OR \"undersköterska\")"_s
                             << QStringList{u"usk"_s, u"underskoterska"_s};
    // A synonym-list member longer than the prefix index's prefixes is meant as it is.
    QTest::addRow("synonym member") << u"Finsam"_s
                                    << u"(\"Finsam\" OR \"finansiell samordning\" OR \"samordningsförbund\")"_s
                                    << QStringList{u"finsam"_s, u"finansiell samordning"_s, u"samordningsforbund"_s};
    QTest::addRow("word a member begins") << u"finsamv"_s << u"\"finsamv\"*"_s << QStringList{u"finsamv"_s};
    QTest::addRow("two letters typed") << u"äl"_s << u"\"äl\"*"_s << QStringList{u"al"_s};
    QTest::addRow("two-letter acronym") << u"AI"_s << u"(\"AI\"* OR \"artificiell intelligens\")"_s
                                        << QStringList{u"ai"_s, u"artificiell intelligens"_s};
    QTest::addRow("words are joined with AND, the last typed")
        << u"trygg skola"_s << u"\"trygg\" AND \"skola\"*"_s << QStringList{u"trygg"_s, u"skola"_s};
    QTest::addRow("hyphenated word being typed")
        << u"skola/vård"_s << u"\"skola\" AND \"vård\"*"_s << QStringList{u"skola"_s, u"vard"_s};
    QTest::addRow("phrase with synonym") << u"\"idéburet offentligt partnerskap\""_s
                                         << u"(\"idéburet offentligt partnerskap\" OR \"IOP\")"_s
                                         << QStringList{u"ideburet offentligt partnerskap"_s, u"iop"_s};
    QTest::addRow("exclusion is not expanded")
        << u"skola -iop"_s << u"\"skola\" NOT (\"iop\"*)"_s << QStringList{u"skola"_s};
    QTest::addRow("finished exclusion") << u"skola -iop "_s << u"\"skola\" NOT (\"iop\")"_s << QStringList{u"skola"_s};
}

void TestSearchQuery::parseExpanded()
{
    QFETCH(QString, text);
    QFETCH(QString, fts);
    QFETCH(QStringList, terms);
    const SearchQuery q = SearchQuery::parse(text, SearchQuery::Expansion::Full);
    QCOMPARE(q.ftsQuery(), fts);
    QCOMPARE(q.terms(), terms);
}

void TestSearchQuery::partsQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parts");
    QTest::addRow("finished compound") << u"äldreomsorgslyftet "_s << u"(\"äldreomsorg\" AND \"lyftet\")"_s;
    QTest::addRow("with another word and an exclusion")
        << u"äldreomsorgslyftet gnesta -skola"_s
        << u"(\"äldreomsorg\" AND \"lyftet\") AND \"gnesta\" NOT (\"skola\"*)"_s;
    QTest::addRow("being typed: no parts yet") << u"äldreomsorgsly"_s << QString();
    QTest::addRow("no compound") << u"skola "_s << QString();
    QTest::addRow("phrase stays whole") << u"\"äldreomsorgslyftet\""_s << QString();
}

void TestSearchQuery::partsQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, parts);
    QCOMPARE(SearchQuery::parse(text, SearchQuery::Expansion::Full).partsQuery(), parts);
    // Only the Swedish index has the parts of compounds.
    QVERIFY(SearchQuery::parse(text).partsQuery().isEmpty());
}

void TestSearchQuery::groups()
{
    const SearchQuery q = SearchQuery::parse(u"Hur \"idéburet partnerskap\" äldreomsorgslyftet -skola unga"_s,
                                             SearchQuery::Expansion::Full);
    const QList<SearchQuery::Group> &g = q.groups();
    QCOMPARE(g.size(), 4);
    QCOMPARE(g.at(0).typed, u"hur"_s);
    QVERIFY(g.at(0).filler && !g.at(0).phrase && !g.at(0).prefix);
    QCOMPARE(g.at(0).fts, u"\"Hur\""_s);
    QCOMPARE(g.at(1).typed, u"idéburet partnerskap"_s);
    QVERIFY(g.at(1).phrase && !g.at(1).filler);
    QCOMPARE(g.at(2).typed, u"äldreomsorgslyftet"_s);
    QCOMPARE(g.at(2).parts, u"(\"äldreomsorg\" AND \"lyftet\")"_s);
    QVERIFY(g.at(3).prefix);
    QVERIFY(g.at(3).parts.isEmpty());
    QCOMPARE(q.excluded(), u" NOT (\"skola\")"_s);
    // The groups joined with AND and the exclusions are the query.
    QStringList all;
    for (const SearchQuery::Group &group : g) {
        all.append(group.fts);
    }
    QCOMPARE(all.join(u" AND "_s) + q.excluded(), q.ftsQuery());
    // unga has a synonym (ungdomar): the query without it is the words as typed.
    QCOMPARE(q.typedQuery(),
             u"\"Hur\" AND \"idéburet partnerskap\" AND \"äldreomsorgslyftet\" AND \"unga\"* NOT (\"skola\")"_s);
    QVERIFY(SearchQuery::parse(u"gnesta"_s, SearchQuery::Expansion::Full).typedQuery().isEmpty());
}

void TestSearchQuery::isFiller_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("filler");
    QTest::addRow("question word") << u"hur"_s << true;
    QTest::addRow("får, folded") << u"far"_s << true;
    QTest::addRow("för, folded") << u"for"_s << true;
    QTest::addRow("first of the list") << u"ar"_s << true;
    QTest::addRow("last of the list") << u"vill"_s << true;
    QTest::addRow("with diacritics: not folded") << u"får"_s << false;
    QTest::addRow("a subject") << u"socialsekreterare"_s << false;
    QTest::addRow("negation changes what is asked") << u"inte"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void TestSearchQuery::isFiller()
{
    QFETCH(QString, word);
    QFETCH(bool, filler);
    QCOMPARE(SearchQuery::isFiller(word), filler);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
