#include "casestore.h"
#include "exactspelling.h"
#include "fixtures.h"
#include "searchquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// Exact spelling ranks first: the rule itself, and on a real replica, where the Swedish index finds
// both spellings and BM25 alone cannot tell them apart.
class TestExactSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void spellingsAreWhatWasTyped_data();
    void spellingsAreWhatWasTyped();
    void typedSpellingRanksFirst_data();
    void typedSpellingRanksFirst();
};

void TestExactSpelling::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spellings");
    QTest::addColumn<bool>("expected");
    QTest::newRow("as typed") << u"Bostäder för äldre"_s << QStringList{u"bostäder"_s} << true;
    QTest::newRow("another form") << u"Bostad för äldre"_s << QStringList{u"bostäder"_s} << false;
    QTest::newRow("diacritics count") << u"Äldreomsorg i Blekinge"_s << QStringList{u"aldreomsorg"_s} << false;
    QTest::newRow("typed without, written without") << u"aldreomsorg"_s << QStringList{u"aldreomsorg"_s} << true;
    QTest::newRow("case does not") << u"ÄLDREOMSORG"_s << QStringList{u"äldreomsorg"_s} << true;
    QTest::newRow("start of a compound") << u"Äldreomsorgslyftet"_s << QStringList{u"äldreomsorg"_s} << true;
    QTest::newRow("inside a word") << u"Hemtjänst"_s << QStringList{u"tjänst"_s} << false;
    QTest::newRow("after punctuation") << u"(LSS)-handläggning"_s << QStringList{u"lss"_s} << true;
    QTest::newRow("phrase") << u"Ett idéburet offentligt partnerskap"_s
                            << QStringList{u"idéburet offentligt partnerskap"_s} << true;
    QTest::newRow("every word needed") << u"Trygghet för unga"_s << QStringList{u"trygghet"_s, u"äldre"_s} << false;
    QTest::newRow("no words") << u"Vad som helst"_s << QStringList() << true;
}

void TestExactSpelling::matches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spellings);
    QFETCH(bool, expected);
    QCOMPARE(ExactSpelling::matches(text, spellings), expected);
}

void TestExactSpelling::spellingsAreWhatWasTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spellings");
    QTest::newRow("words") << u"Bostäder ÄLDRE"_s << QStringList{u"bostäder"_s, u"äldre"_s};
    QTest::newRow("exclusions left out") << u"kommun -skola"_s << QStringList{u"kommun"_s};
    QTest::newRow("phrase") << u"\"Idéburet offentligt\""_s << QStringList{u"idéburet offentligt"_s};
    // Synonyms widen the search, not the spelling that ranks first.
    QTest::newRow("no synonyms") << u"iop"_s << QStringList{u"iop"_s};
}

void TestExactSpelling::spellingsAreWhatWasTyped()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spellings);
    QCOMPARE(SearchQuery::parse(text, SearchQuery::Expansion::Full).spellings(), spellings);
}

void TestExactSpelling::typedSpellingRanksFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("bostäder") << u"bostäder"_s << u"Bostäder för äldre i Gnesta"_s;
    QTest::newRow("bostad") << u"bostad"_s << u"Bostad för äldre i Ronneby"_s;
    QTest::newRow("äldreomsorg") << u"äldreomsorg "_s << u"Äldreomsorg på landsbygden"_s;
    QTest::newRow("aldreomsorg") << u"aldreomsorg "_s << u"Aldreomsorg, stavat utan prickar"_s;
}

void TestExactSpelling::typedSpellingRanksFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = CaseStore::open(dir.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(opened);
    const std::unique_ptr<CaseStore> store = std::move(opened).value();
    const QStringList titles{u"Bostad för äldre i Ronneby"_s,
                             u"Bostäder för äldre i Gnesta"_s,
                             u"Aldreomsorg, stavat utan prickar"_s,
                             u"Äldreomsorg på landsbygden"_s};
    QList<CaseRecord> cases;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        CaseRecord c = Test::validCase(u"aaaaaaaa-0000-4000-8000-00000000000%1"_s.arg(i + 1));
        c.title = titles.at(i);
        c.summary.clear();
        c.shortName.clear();
        c.tags.clear();
        c.sections = {{u"solution"_s, u"Samma text i alla."_s}};
        cases.append(c);
    }
    QVERIFY(store->putMany(cases).ok());

    const SearchQuery q = SearchQuery::parse(query, SearchQuery::Expansion::Full);
    auto rows = store->match(q.ftsQuery());
    QVERIFY(rows);
    // The index finds both spellings: otherwise there would be nothing to rank.
    QCOMPARE(rows->size(), 2);
    QVERIFY(ExactSpelling::rankFirst(rows.value(), q.spellings(), *store));
    const auto texts = store->texts({rows->first()}, CaseStore::TextPart::Headline);
    QVERIFY(texts);
    QVERIFY2(texts->value(rows->first()).startsWith(first), qPrintable(texts->value(rows->first())));
}

QTEST_GUILESS_MAIN(TestExactSpelling)
#include "tst_exactspelling.moc"
