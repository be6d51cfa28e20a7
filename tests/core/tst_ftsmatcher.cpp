#include "casestore.h"
#include "fixtures.h"
#include "ftsmatcher.h"
#include "ftsrank.h"
#include "samplebank.h"
#include "searchquery.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Fb::SearchRecall::Correction)

using namespace Fb;
using namespace Qt::StringLiterals;

class TestFtsMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankedMatches_data();
    void rankedMatches();
    void badQueryIsAnError();
    void unknownConnectionIsAnError();
    void searchWhenTheWordsFindFew_data();
    void searchWhenTheWordsFindFew();
    void searchOfWordsFoundTogetherAddsNothing();
    void wordsAsTypedRankAheadOfSynonyms();
    void exclusionsHoldInEveryStep();
};

void TestFtsMatcher::rankedMatches_data()
{
    QTest::addColumn<int>("rows");
    QTest::addRow("few: all ranked") << 50;
    QTest::addRow("many: title matches first") << FtsMatcher::RankLimit + 100;
}

void TestFtsMatcher::rankedMatches()
{
    QFETCH(int, rows);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ranked"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QVERIFY(FtsRank::registerWith(db));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, summary, sections, tags)"_s));
        QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t_titles USING fts5(title)"_s));
        QVERIFY(db.transaction());
        // Every row mentions the word in its sections, twice in the first row; the last row has it
        // in the title, which outranks sections, and is the only one to say "mycket".
        for (int i = 1; i <= rows; ++i) {
            const QString title = i == rows ? u"Trygghet i centrum"_s : u"Annat"_s;
            q.prepare(u"INSERT INTO t(rowid, title, summary, sections, tags) VALUES(?, ?, '', ?, '')"_s);
            q.addBindValue(i);
            q.addBindValue(title);
            q.addBindValue(i == 1          ? u"trygghet och trygghet"_s
                               : i == rows ? u"trygghet, mycket"_s
                                           : u"lite om trygghet bland annat text"_s);
            QVERIFY(q.exec());
            q.prepare(u"INSERT INTO t_titles(rowid, title) VALUES(?, ?)"_s);
            q.addBindValue(i);
            q.addBindValue(title);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        const FtsMatcher matcher(u"ranked"_s);
        const auto matches = matcher.rankedMatches(u"t"_s, u"\"trygghet\"*"_s);
        QVERIFY(matches);
        QCOMPARE(matches->size(), rows);
        QCOMPARE(QSet<qint64>(matches->cbegin(), matches->cend()).size(), rows);
        QCOMPARE(matches->first(), qint64(rows));
        // Ranked: the row with two mentions next; beyond the limit: rowid order.
        QCOMPARE(matches->at(1), qint64(1));
        if (rows > FtsMatcher::RankLimit) {
            QCOMPARE(matches->at(2), qint64(2));
            QCOMPARE(matches->last(), qint64(rows - 1));
        }
        // A title match that the whole query excludes stays out.
        const auto excluding = matcher.rankedMatches(u"t"_s, u"\"trygghet\"* NOT \"mycket\""_s);
        QVERIFY(excluding);
        QCOMPARE(excluding->size(), rows - 1);
        QVERIFY(!excluding->contains(qint64(rows)));
        QCOMPARE(excluding->first(), qint64(1));
    }
    QSqlDatabase::removeDatabase(u"ranked"_s);
}

void TestFtsMatcher::badQueryIsAnError()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bad"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, summary, sections, tags)"_s));
        QVERIFY(q.exec(u"INSERT INTO t(rowid, title, summary, sections, tags) VALUES(1, 'Trygghet', '', '', '')"_s));
        const FtsMatcher matcher(u"bad"_s);
        const auto bad = matcher.rankedMatches(u"t"_s, u"\"unterminated AND ("_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::DatabaseQueryFailed);
        QCOMPARE(bad.error().detail, u"unterminated string"_s);
        // The connection is usable afterwards.
        QCOMPARE(matcher.rankedMatches(u"t"_s, u"trygghet"_s).value(), QList<qint64>{1});
    }
    QSqlDatabase::removeDatabase(u"bad"_s);
}

void TestFtsMatcher::unknownConnectionIsAnError()
{
    const auto r = FtsMatcher(u"no such connection"_s).rankedMatches(u"t"_s, u"trygghet"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::DatabaseQueryFailed);
}

using Correction = SearchRecall::Correction;
using Related = SearchRecall::Related;

void TestFtsMatcher::searchWhenTheWordsFindFew_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first"); // id prefix of the sample case listed first
    QTest::addColumn<bool>("mostWords"); // no case has every word
    QTest::addColumn<QStringList>("ignored");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QList<Correction>>("corrections");
    QTest::addColumn<QList<Related>>("related");

    // Over the sample bank (21 cases); each text finds nothing with every word required.
    QTest::newRow("a question: the filler words need not match")
        << u"hur får vi socialsekreterare att stanna"_s << u"629ed132"_s << false
        << QStringList{u"hur"_s, u"får"_s, u"vi"_s, u"att"_s} << QStringList() << QList<Correction>()
        << QList<Related>();
    QTest::newRow("a typo, corrected with its diacritics kept")
        << u"nattilsyn i hemtjänsten"_s << u"ecdc959f"_s << false << QStringList{u"i"_s} << QStringList()
        << QList<Correction>{{u"nattilsyn"_s, u"nattillsyn"_s}} << QList<Related>();
    QTest::newRow("two typing mistakes in a long word")
        << u"skyfalsanpasning bostadsområden"_s << u"9d584af3"_s << false << QStringList() << QStringList()
        << QList<Correction>{{u"skyfalsanpasning"_s, u"skyfallsanpassning"_s}} << QList<Related>();
    QTest::newRow("one word where the text writes two")
        << u"IOP istället för LOU"_s << u"dc5c8912"_s << false << QStringList{u"för"_s} << QStringList()
        << QList<Correction>{{u"istället"_s, u"i stället"_s}} << QList<Related>();
    QTest::newRow("a word no case has: most of the words, the rare one first")
        << u"klubbhus qwzx psykisk"_s << u"dc5c8912"_s << true << QStringList() << QStringList{u"qwzx"_s}
        << QList<Correction>() << QList<Related>();
    QTest::newRow("three mistakes away is too far, not a correction")
        << u"nattillsyn kramfxyz"_s << u"ecdc959f"_s << true << QStringList() << QStringList{u"kramfxyz"_s}
        << QList<Correction>() << QList<Related>();
    QTest::newRow("words in different cases: the rarer word weighs more")
        << u"gnestamodellen skyfall pensionärsorganisationerna"_s << u"04c83e47"_s << true << QStringList()
        << QStringList() << QList<Correction>() << QList<Related>();
    QTest::newRow("a compound the text writes apart, found by its parts")
        << u"tjänsteplattformsdrift gagnef"_s << u"3196929e"_s << false << QStringList() << QStringList()
        << QList<Correction>() << QList<Related>();
    QTest::newRow("a word no case has, through its related words in the thesaurus")
        << u"övervakning nattetid"_s << u"ecdc959f"_s << false << QStringList() << QStringList() << QList<Correction>()
        << QList<Related>{{u"övervakning"_s, {u"tillsyn"_s, u"bevakning"_s}}};
    QTest::newRow("a word alone, through its related words")
        << u"bortovaro"_s << u"3c980fb8"_s << false << QStringList() << QStringList() << QList<Correction>()
        << QList<Related>{{u"bortovaro"_s, {u"skolk"_s, u"frånvaro"_s}}};
}

void TestFtsMatcher::searchWhenTheWordsFindFew()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(bool, mostWords);
    QFETCH(QStringList, ignored);
    QFETCH(QStringList, missing);
    QFETCH(QList<Correction>, corrections);
    QFETCH(QList<Related>, related);

    QTemporaryDir dir;
    auto opened = CaseStore::open(dir.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(opened);
    const std::unique_ptr<CaseStore> store = std::move(opened).value();
    QVERIFY(SampleBank::installIfNew(*store));
    QHash<qint64, QString> idOf;
    const auto summaries = store->summaries();
    QVERIFY(summaries);
    for (const CaseSummary &s : *summaries) {
        idOf.insert(s.rowId, s.id);
    }

    const SearchQuery query = SearchQuery::parse(text, SearchQuery::Expansion::Full);
    QVERIFY(store->match(query.ftsQuery())->isEmpty());
    const auto found = store->search(query);
    QVERIFY(found);
    QVERIFY(!found->rows.isEmpty());
    QCOMPARE(idOf.value(found->rows.first()).left(8), first);
    // mostWords: no row has every word (as corrected); else those that do come first.
    QCOMPARE(found->recall.kind == SearchRecall::Kind::MostWords && found->recall.complete == 0, mostWords);
    if (!mostWords && found->recall.kind == SearchRecall::Kind::MostWords) {
        QVERIFY(found->recall.complete > 0);
    }
    QCOMPARE(found->recall.ignored, ignored);
    QCOMPARE(found->recall.missing, missing);
    QCOMPARE(found->recall.corrections, corrections);
    QCOMPARE(found->recall.related, related);
    // Every row matches the query the scores come from, and no row comes twice.
    QCOMPARE(QSet<qint64>(found->rows.cbegin(), found->rows.cend()).size(), found->rows.size());
    const auto scored = store->searchScored(query, 5, true);
    QVERIFY(scored);
    QCOMPARE(scored->hits.size(), std::min<qsizetype>(5, found->rows.size()));
    for (const FtsMatcher::Match &m : scored->hits) {
        QVERIFY2(m.score < 0 && !m.columns.isEmpty(), qPrintable(idOf.value(m.rowId)));
    }
    QCOMPARE(scored->recall, found->recall);
}

void TestFtsMatcher::searchOfWordsFoundTogetherAddsNothing()
{
    QTemporaryDir dir;
    auto opened = CaseStore::open(dir.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(opened);
    const std::unique_ptr<CaseStore> store = std::move(opened).value();
    QVERIFY(SampleBank::installIfNew(*store));
    // One case has every word, filler words too: it comes first, the filler words are not said to
    // be left out (leaving them out found nothing more), and the cases with most of the words
    // follow it.
    const SearchQuery query = SearchQuery::parse(u"nattillsyn i hemtjänsten"_s, SearchQuery::Expansion::Full);
    const QList<qint64> all = store->match(query.ftsQuery()).value();
    QCOMPARE(all.size(), 1);
    const auto found = store->search(query);
    QVERIFY(found);
    QCOMPARE(found->rows.first(), all.first());
    QVERIFY(found->rows.size() > 1);
    QVERIFY(found->recall.ignored.isEmpty());
    QCOMPARE(found->recall.kind, SearchRecall::Kind::MostWords);
    QCOMPARE(found->recall.complete, 1);
    // Only filler words: they are what is asked for.
    const auto fillers = store->search(SearchQuery::parse(u"hur"_s, SearchQuery::Expansion::Full));
    QVERIFY(fillers);
    QVERIFY(fillers->recall.ignored.isEmpty());
}

void TestFtsMatcher::wordsAsTypedRankAheadOfSynonyms()
{
    QTemporaryDir dir;
    auto opened = CaseStore::open(dir.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(opened);
    const std::unique_ptr<CaseStore> store = std::move(opened).value();
    // The synonym in the title, which BM25 weighs most; the word as typed only in a section.
    CaseRecord synonym = Test::validCase(u"aaaaaaaa-0000-4000-8000-000000000001"_s);
    synonym.title = u"Undersköterskor i hemtjänsten"_s;
    synonym.summary.clear();
    synonym.tags.clear();
    synonym.sections = {{u"solution"_s, u"Kvällar och helger."_s}};
    CaseRecord typed = Test::validCase(u"bbbbbbbb-0000-4000-8000-000000000002"_s);
    typed.title = u"Bemanning i hemtjänsten"_s;
    typed.summary.clear();
    typed.tags.clear();
    typed.sections = {{u"solution"_s, u"Fler USK på kvällar och helger."_s}};
    QVERIFY(store->putMany({synonym, typed}));
    QHash<qint64, QString> idOf;
    const auto summaries = store->summaries();
    QVERIFY(summaries);
    for (const CaseSummary &s : *summaries) {
        idOf.insert(s.rowId, s.id);
    }
    const SearchQuery query = SearchQuery::parse(u"usk hemtjänsten"_s, SearchQuery::Expansion::Full);
    QVERIFY(!query.typedQuery().isEmpty());
    // BM25 alone puts the synonym's title first.
    const QList<qint64> bm25 = store->match(query.ftsQuery(), 10).value();
    QCOMPARE(bm25.size(), 2);
    QCOMPARE(idOf.value(bm25.first()), synonym.id);
    const auto found = store->search(query);
    QVERIFY(found);
    QCOMPARE(found->rows.size(), 2);
    QCOMPARE(idOf.value(found->rows.at(0)), typed.id);
    QCOMPARE(idOf.value(found->rows.at(1)), synonym.id);
}

void TestFtsMatcher::exclusionsHoldInEveryStep()
{
    QTemporaryDir dir;
    auto opened = CaseStore::open(dir.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(opened);
    const std::unique_ptr<CaseStore> store = std::move(opened).value();
    QVERIFY(SampleBank::installIfNew(*store));
    const auto summaries = store->summaries();
    QVERIFY(summaries);
    qint64 kramfors = -1;
    for (const CaseSummary &s : *summaries) {
        if (s.id.startsWith(u"ecdc959f"_s)) {
            kramfors = s.rowId;
        }
    }
    QVERIFY(kramfors >= 0);
    // No case has all three words, so the cases with most of them are listed: the one about
    // Kramfors has nattillsyn, and it is excluded.
    const SearchQuery query = SearchQuery::parse(u"nattillsyn ohälsa qwzx -kramfors"_s, SearchQuery::Expansion::Full);
    const auto found = store->search(query);
    QVERIFY(found);
    QCOMPARE(found->recall.kind, SearchRecall::Kind::MostWords);
    QVERIFY(!found->rows.isEmpty());
    QVERIFY(!found->rows.contains(kramfors));
    // Nor does the query the rows are scored with match it.
    const auto scoredBy = store->match(found->scoreQuery);
    QVERIFY(scoredBy);
    QVERIFY(!scoredBy->isEmpty());
    QVERIFY(!scoredBy->contains(kramfors));
}

QTEST_GUILESS_MAIN(TestFtsMatcher)
#include "tst_ftsmatcher.moc"
