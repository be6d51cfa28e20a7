#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real framgangsbank-server binary: admin commands, then `serve` over HTTPS.
class TestServerApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initAndUsers();
    void userErrors_data();
    void userErrors();
    void serveAnswersOverHttps();
    void serveNeedsCertificate();
    void importAllOrNothing();
    void backupGetsANewEpoch();
    void restoredGetsANewEpoch();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run server(const QStringList &arguments, const QByteArray &input = {});
    QProcessEnvironment environment() const;
    static qint64 casesIn(const QString &path);
    static std::pair<QString, qint64> epochAndCases(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerApplication::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestServerApplication::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestServerApplication::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FB_SERVER_DB"_s, u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s));
    env.insert(u"FB_PASSWORD_STRENGTH"_s, u"testing"_s);
    env.insert(u"FB_LANGUAGE"_s, u"en"_s);
    return env;
}

TestServerApplication::Run TestServerApplication::server(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(FB_SERVER_PATH), arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestServerApplication::initAndUsers()
{
    const Run init = server({u"init"_s});
    QCOMPARE(init.exitCode, 0);
    const Run orgs = server({u"org"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(orgs.out).array().size(), 311);
    const Run added =
        server({u"org"_s, u"add"_s, u"--type"_s, u"samordningsforbund"_s, u"--name"_s, u"Samordningsförbundet Test"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY(added.out.startsWith("org:"));

    const Run user = server({u"user"_s, u"add"_s, u"anna"_s, u"--org"_s, u"kommun:0461"_s, u"--role"_s, u"redaktor"_s},
                            "hemligt lösenord 1\n");
    QCOMPARE(user.exitCode, 0);
    QVERIFY(!user.out.contains("hemligt") && !user.err.contains("hemligt"));
    const QJsonArray users = QJsonDocument::fromJson(server({u"user"_s, u"list"_s, u"--json"_s}).out).array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value("role"_L1).toString(), u"redaktor"_s);
    QCOMPARE(users.first().toObject().value("disabled"_L1).toBool(), false);
    QVERIFY(!QJsonDocument(users).toJson().contains("argon2"));

    QCOMPARE(server({u"user"_s, u"disable"_s, u"anna"_s}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(server({u"user"_s, u"list"_s, u"--json"_s}).out)
                 .array()
                 .first()
                 .toObject()
                 .value("disabled"_L1)
                 .toBool(),
             true);
    // Another role and organisation: the listing says so; what she reads follows at her next sync.
    QCOMPARE(
        server({u"user"_s, u"set"_s, u"anna"_s, u"--role"_s, u"samordnare"_s, u"--org"_s, u"region:04"_s}).exitCode,
        0);
    const QJsonObject moved =
        QJsonDocument::fromJson(server({u"user"_s, u"list"_s, u"--json"_s}).out).array().first().toObject();
    QCOMPARE(moved.value("role"_L1).toString(), u"samordnare"_s);
    QCOMPARE(moved.value("organisation"_L1).toString(), u"region:04"_s);
    QCOMPARE(server({u"user"_s, u"set"_s, u"anna"_s, u"--role"_s, u"lasare"_s}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(server({u"user"_s, u"list"_s, u"--json"_s}).out)
                 .array()
                 .first()
                 .toObject()
                 .value("organisation"_L1)
                 .toString(),
             u"region:04"_s);
    QCOMPARE(server({u"user"_s, u"passwd"_s, u"anna"_s}, "ett annat lösenord\n").exitCode, 0);
    QCOMPARE(server({u"user"_s, u"passwd"_s, u"ingen"_s}, "ett annat lösenord\n").exitCode, 4);
}

void TestServerApplication::userErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("bad role")
        << QStringList{u"user"_s, u"add"_s, u"bo"_s, u"--org"_s, u"kommun:0461"_s, u"--role"_s, u"kung"_s}
        << QByteArray("långt lösenord\n") << 1;
    QTest::addRow("short password")
        << QStringList{u"user"_s, u"add"_s, u"bo"_s, u"--org"_s, u"kommun:0461"_s, u"--role"_s, u"lasare"_s}
        << QByteArray("kort\n") << 1;
    QTest::addRow("unknown organisation")
        << QStringList{u"user"_s, u"add"_s, u"bo"_s, u"--org"_s, u"kommun:0000"_s, u"--role"_s, u"lasare"_s}
        << QByteArray("långt lösenord\n") << 1;
    QTest::addRow("missing role") << QStringList{u"user"_s, u"add"_s, u"bo"_s, u"--org"_s, u"kommun:0461"_s}
                                  << QByteArray() << 2;
    QTest::addRow("set, nothing to set") << QStringList{u"user"_s, u"set"_s, u"anna"_s} << QByteArray() << 2;
    QTest::addRow("set, no such user") << QStringList{u"user"_s, u"set"_s, u"ingen"_s, u"--role"_s, u"lasare"_s}
                                       << QByteArray() << 4;
    QTest::addRow("set, bad role") << QStringList{u"user"_s, u"set"_s, u"anna"_s, u"--role"_s, u"kung"_s}
                                   << QByteArray() << 1;
    QTest::addRow("set, unknown organisation")
        << QStringList{u"user"_s, u"set"_s, u"anna"_s, u"--org"_s, u"kommun:0000"_s} << QByteArray() << 1;
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << QByteArray() << 2;
    QTest::addRow("bad database url") << QStringList{u"--db"_s, u"mysql://x"_s, u"init"_s} << QByteArray() << 3;
}

void TestServerApplication::userErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    const Run r = server(arguments, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

void TestServerApplication::serveAnswersOverHttps()
{
    TestCertificates certs(m_dir->path());
    QVERIFY(certs.create());
    QCOMPARE(server({u"user"_s, u"add"_s, u"anna"_s, u"--org"_s, u"region:10"_s, u"--role"_s, u"samordnare"_s},
                    "ett bra lösenord\n")
                 .exitCode,
             0);

    QProcess serve;
    serve.setProcessEnvironment(environment());
    serve.start(
        QStringLiteral(FB_SERVER_PATH),
        {u"serve"_s, u"--cert"_s, certs.serverCertificate(), u"--key"_s, certs.serverKey(), u"--port"_s, u"0"_s});
    QVERIFY(serve.waitForReadyRead(20000));
    const QString line = QString::fromUtf8(serve.readLine()).trimmed();
    const auto match = QRegularExpression(u"^listening https://127\\.0\\.0\\.1:(\\d+)$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const int port = match.captured(1).toInt();

    QNetworkAccessManager nam;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certs.caCertificate()));
    QNetworkRequest req(QUrl(u"https://localhost:%1/api/v1/login"_s.arg(port)));
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(nam.post(req, R"({"user":"anna","password":"ett bra lösenord"})"));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString token = QJsonDocument::fromJson(reply->readAll()).object().value("token"_L1).toString();
    QVERIFY(!token.isEmpty());

    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    // The log names requests, never passwords or tokens.
    const QByteArray log = serve.readAllStandardError() + serve.readAllStandardOutput();
    QVERIFY(log.contains("/api/v1/login"));
    QVERIFY(!log.contains("ett bra"));
    QVERIFY(!log.contains(token.toLatin1()));
}

void TestServerApplication::serveNeedsCertificate()
{
    QCOMPARE(server({u"serve"_s}).exitCode, 2);
}

static QByteArray caseLine(const QString &id, const QString &title, const QString &status = u"i_drift"_s)
{
    const QJsonObject doc{{u"schema"_s, 1},
                          {u"id"_s, id},
                          {u"title"_s, title},
                          {u"status"_s, status},
                          {u"owner"_s, QJsonObject{{u"type"_s, u"kommun"_s}, {u"code"_s, u"1081"_s}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
}

void TestServerApplication::importAllOrNothing()
{
    const QString bad = m_dir->filePath(u"bad.jsonl"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(caseLine(u"11111111-1111-4111-8111-111111111111"_s, u"Ett"_s)
            + caseLine(u"22222222-2222-4111-8111-111111111111"_s, u"Två"_s, u"okänd"_s));
    f.close();
    const Run refused = server({u"import"_s, bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("bad.jsonl:2"));
    QCOMPARE(casesIn(m_dir->filePath(u"server.sqlite"_s)), 0);

    QFile good(m_dir->filePath(u"good.jsonl"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(caseLine(u"11111111-1111-4111-8111-111111111111"_s, u"Ett"_s) + "\n"
               + caseLine(u"33333333-3333-4111-8111-111111111111"_s, u"Tre"_s));
    good.close();
    const Run imported = server({u"import"_s, good.fileName()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(casesIn(m_dir->filePath(u"server.sqlite"_s)), 2);
    QCOMPARE(server({u"import"_s, m_dir->filePath(u"saknas.jsonl"_s)}).exitCode, 1);
}

qint64 TestServerApplication::casesIn(const QString &path)
{
    return epochAndCases(path).second;
}

std::pair<QString, qint64> TestServerApplication::epochAndCases(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
    QString epoch;
    qint64 cases = -1;
    {
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s);
            epoch = q.next() ? q.value(0).toString() : QString();
            q.exec(u"SELECT count(*) FROM cases"_s);
            cases = q.next() ? q.value(0).toLongLong() : -1;
            db.close();
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return {epoch, cases};
}

void TestServerApplication::backupGetsANewEpoch()
{
    const QString file = m_dir->filePath(u"good.jsonl"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(caseLine(u"11111111-1111-4111-8111-111111111111"_s, u"Ett"_s));
    f.close();
    QCOMPARE(server({u"import"_s, file}).exitCode, 0);
    const QString copy = m_dir->filePath(u"backup.sqlite"_s);
    QCOMPARE(server({u"backup"_s, copy}).exitCode, 0);
    QCOMPARE(server({u"backup"_s, copy}).exitCode, 1); // never overwrites
    const auto [originalEpoch, originalCases] = epochAndCases(m_dir->filePath(u"server.sqlite"_s));
    const auto [copyEpoch, copyCases] = epochAndCases(copy);
    QCOMPARE(copyCases, originalCases);
    QCOMPARE(copyCases, 1);
    QVERIFY(!copyEpoch.isEmpty());
    QVERIFY(copyEpoch != originalEpoch);
}

void TestServerApplication::restoredGetsANewEpoch()
{
    // A database put back by other tools (pg_restore, a file copied back) keeps the epoch it had
    // and so would let clients trust their cursors; `restored` gives it a new one, cases intact.
    const QString file = m_dir->filePath(u"good.jsonl"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(caseLine(u"22222222-2222-4222-8222-222222222222"_s, u"Två"_s));
    f.close();
    QCOMPARE(server({u"import"_s, file}).exitCode, 0);
    const auto [before, cases] = epochAndCases(m_dir->filePath(u"server.sqlite"_s));
    const auto r = server({u"restored"_s});
    QCOMPARE(r.exitCode, 0);
    const auto [after, casesAfter] = epochAndCases(m_dir->filePath(u"server.sqlite"_s));
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(casesAfter, cases);
}

QTEST_GUILESS_MAIN(TestServerApplication)
#include "tst_serverapplication.moc"
