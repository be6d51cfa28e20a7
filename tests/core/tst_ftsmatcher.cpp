#include "ftsmatcher.h"
#include "ftsrank.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestFtsMatcher)
#include "tst_ftsmatcher.moc"
