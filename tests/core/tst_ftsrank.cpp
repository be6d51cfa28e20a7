#include "ftsrank.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestFtsRank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void orders_data();
    void orders();
    void unregisteredFails();

private:
    QSqlDatabase m_db;
};

void TestFtsRank::init()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rank"_s);
    m_db.setDatabaseName(u":memory:"_s);
    QVERIFY(m_db.open());
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, body)"_s), qPrintable(q.lastError().text()));
    // 1: once in the body; 2: once in the title; 3: three times in the body; 4: both words in the
    // body; 5: once in the title and once in the body.
    QVERIFY(q.exec(u"INSERT INTO t(rowid, title, body) VALUES"
                   "(1, 'x', 'skola'), (2, 'skola', 'x'), (3, 'x', 'skola skola skola'),"
                   "(4, 'x', 'skola och trygghet'), (5, 'skola', 'skola')"_s));
}

void TestFtsRank::cleanup()
{
    m_db = {};
    QSqlDatabase::removeDatabase(u"rank"_s);
}

void TestFtsRank::orders_data()
{
    QTest::addColumn<QString>("rank");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QList<qint64>>("expected");
    // Title weight 10, body 1: title first; within the body, more mentions saturate (3 > 1) but
    // never reach one in the title.
    QTest::addRow("title outranks body") << u"fb_rank(t, 10.0, 1.0)"_s << u"skola"_s << QList<qint64>{5, 2, 3, 1, 4};
    // Without weights every column counts 1: two columns beat three mentions in one.
    QTest::addRow("default weights") << u"fb_rank(t)"_s << u"skola"_s << QList<qint64>{5, 3, 1, 2, 4};
    // Each phrase counts: a row with both alternatives beats rows with one.
    QTest::addRow("phrases add up") << u"fb_rank(t, 1.0, 1.0)"_s << u"skola OR trygghet"_s
                                    << QList<qint64>{4, 5, 3, 1, 2};
}

void TestFtsRank::orders()
{
    QFETCH(QString, rank);
    QFETCH(QString, match);
    QFETCH(QList<qint64>, expected);
    QVERIFY(FtsRank::registerWith(m_db));
    QSqlQuery q(m_db);
    // Ties in rowid order.
    QVERIFY(q.prepare(u"SELECT rowid FROM t WHERE t MATCH ? ORDER BY %1, rowid"_s.arg(rank)));
    q.addBindValue(match);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QList<qint64> rows;
    while (q.next()) {
        rows.append(q.value(0).toLongLong());
    }
    QCOMPARE(rows, expected);
}

void TestFtsRank::unregisteredFails()
{
    QSqlQuery q(m_db);
    QVERIFY(!q.exec(u"SELECT rowid FROM t WHERE t MATCH 'skola' ORDER BY fb_rank(t)"_s));
}

QTEST_GUILESS_MAIN(TestFtsRank)
#include "tst_ftsrank.moc"
