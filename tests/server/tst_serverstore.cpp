#include "postgresfixture.h"
#include "serverstore.h"
#include "sqlresult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void createsSchema();
    void attachmentsAreIndexedOnUpgrade();
    void unfinishedUploadsMoveToTheirUploaderOnUpgrade();
    void refusesUnknownUrls_data();
    void refusesUnknownUrls();
    void organisationsAndUsers();
    void uniqueNames();
    void tokensAndRevocation();
    void loginFailuresWindow();
    void transactionRollsBack();
    void innerTransactionFailsAlone();

private:
    std::unique_ptr<ServerStore> open();
    QString url();
    QString m_url;
    PostgresFixture m_postgres;
    std::unique_ptr<QTemporaryDir> m_dir;
};

// Every test runs on both backends, against a real PostgreSQL the fixture starts.
void TestServerStore::initTestCase_data()
{
    PostgresFixture::addBackendRows();
}

void TestServerStore::initTestCase()
{
    const QString problem = m_postgres.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestServerStore::url()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == "postgresql"_L1 ? m_postgres.freshDatabase(u"fbtest"_s)
                                      : u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
}

void TestServerStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = url();
}

void TestServerStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ServerStore> TestServerStore::open()
{
    auto store = ServerStore::open(m_url);
    if (!store) {
        qWarning() << store.error();
        return nullptr;
    }
    return std::move(store).value();
}

void TestServerStore::createsSchema()
{
    auto store = open();
    QVERIFY(store);
    QFETCH_GLOBAL(QString, backend);
    QCOMPARE(store->backend(),
             backend == "postgresql"_L1 ? ServerStore::Backend::Postgres : ServerStore::Backend::Sqlite);
    QCOMPARE(store->schemaVersion().value(), ServerStore::SchemaVersion);
    store.reset();
    QCOMPARE(open()->schemaVersion().value(), ServerStore::SchemaVersion); // reopening migrates nothing twice
}

void TestServerStore::attachmentsAreIndexedOnUpgrade()
{
    // A bank from before schema 5 holds cases with attachments: the upgrade indexes which case
    // names which blob, in each backend's own JSON functions, so that blobs stay readable.
    auto store = open();
    QVERIFY(store);
    const QString a(64, u'a');
    const QString b(64, u'b');
    const auto body = [](const QStringList &shas) {
        QString attachments;
        for (const QString &sha : shas) {
            attachments +=
                (attachments.isEmpty() ? u""_s : u","_s) + u"{\"name\":\"x.pdf\",\"sha256\":\""_s + sha + u"\"}"_s;
        }
        return QString(u"{\"title\":\"t\",\"attachments\":["_s + attachments + u"]}"_s);
    };
    {
        // Back to schema 4: what steps 5 and 6 added goes.
        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        for (const QString &undo : {u"ALTER TABLE changes DROP COLUMN chain"_s,
                                    u"ALTER TABLE bank_state DROP COLUMN head_chain"_s,
                                    u"DROP TABLE blob_uploads"_s,
                                    u"DROP TABLE blob_upload_chunks"_s,
                                    u"DROP TABLE blob_holders"_s,
                                    u"DROP TABLE case_blobs"_s,
                                    u"DROP INDEX login_failures_by_source"_s,
                                    u"DROP INDEX login_failures_by_time"_s,
                                    u"ALTER TABLE login_failures DROP COLUMN source"_s,
                                    u"UPDATE schema_version SET version = 4"_s}) {
            QVERIFY2(q.exec(undo), qPrintable(q.lastError().text()));
        }
        q.prepare(u"INSERT INTO cases(id, version, deleted, body, field_versions, organisation_id, updated_seq) "
                  "VALUES(?, 1, ?, ?, '{}', 'kommun:0461', 1)"_s);
        for (const auto &[id, deleted, shas] : {std::tuple{u"c1"_s, 0, QStringList{a, b}},
                                                std::tuple{u"c2"_s, 0, QStringList{a}},
                                                std::tuple{u"c3"_s, 1, QStringList{b}},
                                                std::tuple{u"c4"_s, 0, QStringList{}}}) {
            q.addBindValue(id);
            q.addBindValue(deleted);
            q.addBindValue(body(shas));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    store.reset();
    store = open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().value(), ServerStore::SchemaVersion);
    QSqlQuery q(QSqlDatabase::database(store->connectionName()));
    QVERIFY(q.exec(u"SELECT sha256, case_id FROM case_blobs ORDER BY sha256, case_id"_s));
    QStringList rows;
    while (q.next()) {
        rows.append(q.value(0).toString().left(1) + u' ' + q.value(1).toString());
    }
    // The deleted case names nothing any more.
    QCOMPARE(rows, (QStringList{u"a c1"_s, u"a c2"_s, u"b c1"_s}));
}

void TestServerStore::unfinishedUploadsMoveToTheirUploaderOnUpgrade()
{
    // A bank from before schema 6 holds one stored blob and one unfinished upload in the shared
    // tables: the upgrade gives the upload to whoever began it and the stored one its first holder.
    auto store = open();
    QVERIFY(store);
    {
        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        for (const QString &sql : {u"ALTER TABLE changes DROP COLUMN chain"_s,
                                   u"ALTER TABLE bank_state DROP COLUMN head_chain"_s,
                                   u"DROP TABLE blob_uploads"_s,
                                   u"DROP TABLE blob_upload_chunks"_s,
                                   u"DROP TABLE blob_holders"_s,
                                   u"UPDATE schema_version SET version = 5"_s,
                                   u"INSERT INTO blobs VALUES('%1', 3, 3, 1, 'u-anna', 10)"_s.arg(QString(64, u'a')),
                                   u"INSERT INTO blobs VALUES('%1', 9, 4, 0, 'u-bo', 20)"_s.arg(QString(64, u'b'))}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        q.prepare(u"INSERT INTO blob_chunks(sha256, start_byte, data) VALUES(?, ?, ?)"_s);
        for (const auto &[sha, start, data] : {std::tuple{QString(64, u'a'), 0, QByteArray("abc")},
                                               std::tuple{QString(64, u'b'), 0, QByteArray("de")},
                                               std::tuple{QString(64, u'b'), 2, QByteArray("fg")}}) {
            q.addBindValue(sha);
            q.addBindValue(start);
            q.addBindValue(data);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    store.reset();
    store = open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().value(), ServerStore::SchemaVersion);
    const auto rows = [&](const QString &sql) {
        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        QStringList found;
        if (!q.exec(sql)) {
            return QStringList{q.lastError().text()};
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                values.append(q.value(i).toString().left(8));
            }
            found.append(values.join(u' '));
        }
        return found;
    };
    QCOMPARE(rows(u"SELECT sha256, complete FROM blobs"_s), (QStringList{u"aaaaaaaa 1"_s}));
    QCOMPARE(rows(u"SELECT sha256, start_byte FROM blob_chunks"_s), (QStringList{u"aaaaaaaa 0"_s}));
    QCOMPARE(rows(u"SELECT sha256, user_id FROM blob_holders"_s), (QStringList{u"aaaaaaaa u-anna"_s}));
    QCOMPARE(rows(u"SELECT sha256, user_id, size, received, updated_at FROM blob_uploads"_s),
             (QStringList{u"bbbbbbbb u-bo 9 4 20"_s}));
    QCOMPARE(rows(u"SELECT user_id, start_byte, data FROM blob_upload_chunks ORDER BY start_byte"_s),
             (QStringList{u"u-bo 0 de"_s, u"u-bo 2 fg"_s}));
}

void TestServerStore::refusesUnknownUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("no scheme") << u"/tmp/x.sqlite"_s;
    QTest::addRow("empty sqlite") << u"sqlite:"_s;
    QTest::addRow("mysql") << u"mysql://u@h/db"_s;
}

void TestServerStore::refusesUnknownUrls()
{
    QFETCH(QString, url);
    QCOMPARE(ServerStore::open(url).code(), ErrorCode::DatabaseOpenFailed);
}

void TestServerStore::organisationsAndUsers()
{
    auto store = open();
    QVERIFY(store);
    const Organisation gnesta{u"kommun:0461"_s, u"kommun"_s, u"0461"_s, u"Gnesta kommun"_s, u"04"_s};
    QVERIFY(store->addOrganisation(gnesta).ok());
    QCOMPARE(store->organisation(u"kommun:0461"_s).value(), gnesta);
    QVERIFY(!store->organisation(u"kommun:9999"_s).value().has_value());
    User u{u"u1"_s, u"anna"_s, u"Anna"_s, u"kommun:0461"_s, u"redaktor"_s, "$argon2id$x", false, 100};
    QVERIFY(store->addUser(u).ok());
    QCOMPARE(store->userByName(u"anna"_s).value()->organisationId, u"kommun:0461"_s);
    QVERIFY(store->setDisabled(u"u1"_s, true).ok());
    QVERIFY(store->userById(u"u1"_s).value()->disabled);
    // A user needs an existing organisation (foreign key).
    User orphan = u;
    orphan.id = u"u2"_s;
    orphan.name = u"bertil"_s;
    orphan.organisationId = u"org:none"_s;
    QVERIFY(!store->addUser(orphan).ok());
}

void TestServerStore::uniqueNames()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addOrganisation({u"region:10"_s, u"region"_s, u"10"_s, u"Region Blekinge"_s, u"10"_s}).ok());
    QCOMPARE(store->addOrganisation({u"region:10"_s, u"region"_s, u"10"_s, u"Igen"_s, u"10"_s}).code(),
             ErrorCode::AlreadyExists);
    QVERIFY(store->addUser({u"a"_s, u"anna"_s, {}, u"region:10"_s, u"lasare"_s, "h", false, 1}).ok());
    QCOMPARE(store->addUser({u"b"_s, u"anna"_s, {}, u"region:10"_s, u"lasare"_s, "h", false, 1}).code(),
             ErrorCode::AlreadyExists);
}

void TestServerStore::tokensAndRevocation()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->addOrganisation({u"region:10"_s, u"region"_s, u"10"_s, u"Region Blekinge"_s, u"10"_s}).ok());
    QVERIFY(store->addUser({u"a"_s, u"anna"_s, {}, u"region:10"_s, u"lasare"_s, "h", false, 1}).ok());
    QVERIFY(store->addToken({"hash1", u"a"_s, 10, 20, false}).ok());
    QVERIFY(store->addToken({"hash2", u"a"_s, 10, 20, false}).ok());
    QCOMPARE(store->token("hash1").value()->expiresAt, 20);
    QVERIFY(store->revokeToken("hash1").ok());
    QVERIFY(store->token("hash1").value()->revoked);
    QVERIFY(!store->token("hash2").value()->revoked);
    QVERIFY(store->revokeTokensOf(u"a"_s).ok());
    QVERIFY(store->token("hash2").value()->revoked);
    QVERIFY(!store->token("nope").value().has_value());
}

void TestServerStore::loginFailuresWindow()
{
    auto store = open();
    QVERIFY(store);
    for (qint64 at : {100, 200, 300}) {
        QVERIFY(store->recordLoginAttempt(u"anna"_s, u"192.0.2.1"_s, at).ok());
    }
    QVERIFY(store->recordLoginAttempt(u"bo"_s, u"192.0.2.1"_s, 400).ok());
    QCOMPARE(store->loginFailuresSince(u"anna"_s, 150).value(), 2);
    QCOMPARE(store->loginFailuresSince(u"bertil"_s, 0).value(), 0);
    QCOMPARE(store->loginFailuresFromSince(u"192.0.2.1"_s, 150).value(), 3);
    QCOMPARE(store->loginFailuresFromSince(u"198.51.100.1"_s, 0).value(), 0);
    QVERIFY(store->forgetLoginFailuresBefore(250).ok());
    QCOMPARE(store->loginFailuresSince(u"anna"_s, 0).value(), 1);
    QVERIFY(store->clearLoginFailures(u"anna"_s).ok());
    QCOMPARE(store->loginFailuresSince(u"anna"_s, 0).value(), 0);
    QCOMPARE(store->loginFailuresSince(u"bo"_s, 0).value(), 1);
}

void TestServerStore::transactionRollsBack()
{
    auto store = open();
    QVERIFY(store);
    auto r = store->transaction([&]() -> Result<void> {
        if (auto x = store->setMeta(u"k"_s, u"v"_s); !x) {
            return x;
        }
        return Error{ErrorCode::InvalidValue, {}, {}};
    });
    QCOMPARE(r.code(), ErrorCode::InvalidValue);
    QCOMPARE(store->meta(u"k"_s).value(), QString());
}

void TestServerStore::innerTransactionFailsAlone()
{
    // A batch of mutations: each in a savepoint of the batch's transaction. One that fails, even
    // on a statement the database refused (which aborts a PostgreSQL transaction), takes back what
    // it wrote and nothing else.
    auto store = open();
    QVERIFY(store);
    auto r = store->transaction([&]() -> Result<void> {
        if (auto x = store->setMeta(u"före"_s, u"1"_s); !x) {
            return x;
        }
        auto failed = store->transaction([&]() -> Result<void> {
            if (auto x = store->setMeta(u"inuti"_s, u"1"_s); !x) {
                return x;
            }
            return execute(QSqlDatabase::database(store->connectionName()),
                           u"INSERT INTO no_such_table VALUES (1)"_s,
                           {});
        });
        if (failed) {
            return Error{ErrorCode::InvalidValue, u"the inner transaction should have failed"_s, {}};
        }
        if (auto ok = store->transaction([&]() -> Result<void> {
                return store->setMeta(u"efter"_s, u"1"_s);
            });
            !ok) {
            return ok;
        }
        return {};
    });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().path + u' ' + r.error().detail));
    QCOMPARE(store->meta(u"före"_s).value(), u"1"_s);
    QCOMPARE(store->meta(u"inuti"_s).value(), QString());
    QCOMPARE(store->meta(u"efter"_s).value(), u"1"_s);

    // The commit fails (a full disk): nothing of it is written, savepoints included.
    store->setCommitFault([] {
        return true;
    });
    r = store->transaction([&]() -> Result<void> {
        return store->transaction([&]() -> Result<void> {
            return store->setMeta(u"aldrig"_s, u"1"_s);
        });
    });
    store->setCommitFault({});
    QCOMPARE(r.code(), ErrorCode::DiskFull);
    QCOMPARE(store->meta(u"aldrig"_s).value(), QString());
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
