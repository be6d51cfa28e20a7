#include "postgresfixture.h"
#include "sqlresult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Fb;
using namespace Qt::StringLiterals;

// The one mapping of database failures to our errors, against real SQLite files and a real
// PostgreSQL: what the replica and the server both rely on.
class TestSqlResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void uniqueViolationIsAlreadyExists_data();
    void uniqueViolationIsAlreadyExists();
    void lockedSqliteIsDatabaseLocked();
    void otherFailuresAreQueryFailures();

private:
    QSqlDatabase open(const QString &backend, const QString &name);

    PostgresFixture m_postgres;
    QString m_postgresProblem;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlResult::initTestCase()
{
    m_postgresProblem = m_postgres.start();
}

void TestSqlResult::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSqlResult::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_dir.reset();
}

QSqlDatabase TestSqlResult::open(const QString &backend, const QString &name)
{
    if (backend == "postgresql"_L1) {
        const QUrl url(m_postgres.freshDatabase(u"fbsql"_s));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(QUrlQuery(url).queryItemValue(u"host"_s));
        db.setPort(QUrlQuery(url).queryItemValue(u"port"_s).toInt());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_dir->filePath(u"test.sqlite"_s));
    db.open();
    return db;
}

void TestSqlResult::uniqueViolationIsAlreadyExists_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << u"sqlite"_s;
    QTest::addRow("postgresql") << u"postgresql"_s;
}

void TestSqlResult::uniqueViolationIsAlreadyExists()
{
    QFETCH(QString, backend);
    if (backend == "postgresql"_L1 && !m_postgresProblem.isEmpty()) {
        QFAIL(qPrintable(m_postgresProblem));
    }
    QSqlDatabase db = open(backend, u"unique"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t(id TEXT PRIMARY KEY)"_s)); // PostgreSQL prepares no DDL
    QVERIFY(execute(db, u"INSERT INTO t(id) VALUES(?)"_s, {u"a"_s}).ok());
    const Result<void> again = execute(db, u"INSERT INTO t(id) VALUES(?)"_s, {u"a"_s});
    QCOMPARE(again.code(), ErrorCode::AlreadyExists);
}

void TestSqlResult::lockedSqliteIsDatabaseLocked()
{
    // Another program holds the write lock (the app beside the CLI): busy, not a failed query.
    QSqlDatabase first = open(u"sqlite"_s, u"first"_s);
    QVERIFY(execute(first, u"CREATE TABLE t(id TEXT)"_s, {}).ok());
    QSqlDatabase second = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"second"_s);
    second.setDatabaseName(first.databaseName());
    second.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
    QVERIFY(second.open());
    QVERIFY(execute(first, u"BEGIN IMMEDIATE"_s, {}).ok());
    QCOMPARE(execute(second, u"INSERT INTO t(id) VALUES('b')"_s, {}).code(), ErrorCode::DatabaseLocked);
    QVERIFY(execute(first, u"COMMIT"_s, {}).ok());
    QVERIFY(execute(second, u"INSERT INTO t(id) VALUES('b')"_s, {}).ok());
}

void TestSqlResult::otherFailuresAreQueryFailures()
{
    QSqlDatabase db = open(u"sqlite"_s, u"other"_s);
    const Result<void> r = execute(db, u"SELECT * FROM no_such_table"_s, {});
    QCOMPARE(r.code(), ErrorCode::DatabaseQueryFailed);
    QVERIFY(!r.error().detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestSqlResult)
#include "tst_sqlresult.moc"
