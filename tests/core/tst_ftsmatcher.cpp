#include "casestore.h"
#include "corpusgenerator.h"
#include "fixtures.h"
#include "ftsmatcher.h"
#include "ftsrank.h"
#include "searchquery.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestFtsMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rankedMatches_data();
    void rankedMatches();
    void splitReadsMatchOneConnection_data();
    void splitReadsMatchOneConnection();
    void splitReadsOnlyAboveTheirSize();
    void splitReadsNeedAFile();
    void badQueryIsAnErrorInHalves();

private:
    QString path() const { return m_dir->filePath(u"replica.sqlite"_s); }

    // A generated replica, written once; every test function gets a fresh copy.
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
};

namespace {

constexpr int GeneratedCases = 600;

} // namespace

void TestFtsMatcher::initTestCase()
{
    QVERIFY(m_template.isValid());
    auto store = CaseStore::open(m_template.filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    CorpusGenerator generator(Test::vocabularies(), Test::referenceData(), 7);
    QVERIFY((*store)->transaction([&]() -> Result<void> {
        for (int i = 0; i < GeneratedCases; ++i) {
            if (auto r = (*store)->putTrusted(generator.next()); !r) {
                return r;
            }
        }
        return {};
    }));
    QSqlQuery checkpoint((*store)->database());
    QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
}

void TestFtsMatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::copy(m_template.filePath(u"replica.sqlite"_s), path()));
    auto store = CaseStore::open(path(), Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    m_store = std::move(store.value());
    QCOMPARE(m_store->count().value(), qint64(GeneratedCases));
}

void TestFtsMatcher::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

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

void TestFtsMatcher::splitReadsMatchOneConnection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::addRow("common word") << u"kommun"_s << true;
    QTest::addRow("prefix being typed") << u"äl"_s << true;
    QTest::addRow("two words") << u"trygghet unga"_s << true;
    QTest::addRow("acronym and its phrase") << u"iop"_s << true;
    QTest::addRow("phrase") << u"\"idéburet offentligt partnerskap\""_s << true;
    QTest::addRow("exclusion") << u"kommun -skola"_s << true;
    QTest::addRow("nothing") << u"xyzzyq"_s << false;
}

void TestFtsMatcher::splitReadsMatchOneConnection()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const QString fts = SearchQuery::parse(text, SearchQuery::Expansion::Full).ftsQuery();
    const QString connection = m_store->database().connectionName();
    const FtsMatcher one(connection);
    FtsMatcher halves(connection);
    QVERIFY(halves.enableSplitReads(0));
    QVERIFY(halves.splitsReads());

    const auto expected = one.rankedMatches(u"case_fts"_s, fts);
    QVERIFY(expected);
    QCOMPARE(!expected->isEmpty(), matches);
    const auto split = halves.rankedMatches(u"case_fts"_s, fts);
    QVERIFY(split);
    QCOMPARE(halves.splitReadCount(), 1);
    QCOMPARE(*split, *expected);
    // Both halves found something: the rows are spread over the whole rowid range.
    if (matches && expected->size() > 20) {
        const qint64 middle = 1 + (GeneratedCases - 1) / 2;
        QVERIFY(std::any_of(split->cbegin(), split->cend(), [&](qint64 r) {
            return r <= middle;
        }));
        QVERIFY(std::any_of(split->cbegin(), split->cend(), [&](qint64 r) {
            return r > middle;
        }));
    }
}

void TestFtsMatcher::splitReadsOnlyAboveTheirSize()
{
    FtsMatcher matcher(m_store->database().connectionName());
    QVERIFY(matcher.enableSplitReads(GeneratedCases));
    const QString fts = SearchQuery::parse(u"kommun"_s, SearchQuery::Expansion::Full).ftsQuery();
    QVERIFY(matcher.rankedMatches(u"case_fts"_s, fts));
    QCOMPARE(matcher.splitReadCount(), 0);
    QVERIFY(matcher.enableSplitReads(GeneratedCases - 2));
    QVERIFY(matcher.rankedMatches(u"case_fts"_s, fts));
    QCOMPARE(matcher.splitReadCount(), 1);
    // The store's own matcher splits from FtsMatcher::SplitAbove rows, more than this replica.
    QVERIFY(m_store->matcher().splitsReads());
    QVERIFY(m_store->match(fts));
    QCOMPARE(m_store->matcher().splitReadCount(), 0);
}

void TestFtsMatcher::splitReadsNeedAFile()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"memory"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, summary, sections, tags)"_s));
        QVERIFY(q.exec(u"INSERT INTO t(rowid, title, summary, sections, tags) VALUES(1, 'Trygghet', '', '', '')"_s));
        FtsMatcher matcher(u"memory"_s);
        const auto enabled = matcher.enableSplitReads(0);
        QVERIFY(!enabled);
        QCOMPARE(enabled.error().code, ErrorCode::DatabaseOpenFailed);
        QVERIFY(!matcher.splitsReads());
        // Still matches, on the one connection.
        QCOMPARE(matcher.rankedMatches(u"t"_s, u"trygghet"_s).value(), QList<qint64>{1});
    }
    QSqlDatabase::removeDatabase(u"memory"_s);
}

void TestFtsMatcher::badQueryIsAnErrorInHalves()
{
    FtsMatcher matcher(m_store->database().connectionName());
    QVERIFY(matcher.enableSplitReads(0));
    const auto bad = matcher.rankedMatches(u"case_fts"_s, u"\"unterminated AND ("_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::DatabaseQueryFailed);
    QVERIFY(!bad.error().detail.isEmpty());
    // The connections are usable afterwards.
    QVERIFY(matcher.rankedMatches(u"case_fts"_s, u"kommun"_s));
}

QTEST_GUILESS_MAIN(TestFtsMatcher)
#include "tst_ftsmatcher.moc"
