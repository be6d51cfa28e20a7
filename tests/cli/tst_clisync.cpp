#include "caserecord.h"
#include "clitools.h"
#include "fixtures.h"
#include "swedishtokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

// The CLI's server commands end to end: the real framgangsbank-cli against the real
// framgangsbank-server over TLS, the login kept in a real keychain (tools/with-keyring).
class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loginSyncStatusLogout();
    void loginRefusals_data();
    void loginRefusals();
    void interruptedSyncResumesExactly();
    void twoReplicasEditAndSettleAConflict();

private:
    using Run = Test::CliRun;

    Run cli(const QStringList &arguments) { return m_tools->cli(arguments, {}, u"sv"_s); }

    Run cliWithInput(const QStringList &arguments, const QByteArray &input) { return m_tools->cli(arguments, input); }

    QStringList profile() const { return {u"--profile"_s, m_dir->filePath(u"profile"_s)}; }

    // `login` as anna to the test server on port, trusting the test CA, with p as the profile.
    static QStringList login(const QStringList &p, int port, const TestCertificates &certs)
    {
        return p
            + QStringList{u"login"_s,
                          u"--server"_s,
                          u"https://localhost:%1"_s.arg(port),
                          u"--user"_s,
                          u"anna"_s,
                          u"--ca"_s,
                          certs.caCertificate()};
    }

    // CliTools::Password as typed at the prompt.
    static QByteArray password() { return QByteArray(Test::CliTools::Password) + '\n'; }

    // Starts the real server over TLS with user anna (redaktor, Gnesta) and one case; its port.
    int startServer(QProcess &server, TestCertificates &certs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::CliTools> m_tools;
};

void TestCliSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tools = std::make_unique<Test::CliTools>(m_dir->path());
}

void TestCliSync::cleanup()
{
    m_tools.reset();
    m_dir.reset();
}

int TestCliSync::startServer(QProcess &server, TestCertificates &certs)
{
    if (!certs.create()) {
        return 0;
    }
    if (!m_tools->addUser(u"anna"_s, u"kommun:0461"_s, u"redaktor"_s)) {
        return 0;
    }
    const int port = m_tools->serve(server, certs);
    if (port == 0) {
        return 0;
    }
    // One case on the server, written through its API as any client would.
    QNetworkAccessManager nam;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certs.caCertificate()));
    const auto post = [&](const QString &path, const QByteArray &body, const QString &token) {
        QNetworkRequest req(QUrl(u"https://localhost:%1%2"_s.arg(port).arg(path)));
        req.setSslConfiguration(tls);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        }
        std::unique_ptr<QNetworkReply> reply(nam.post(req, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(20000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    const QString token =
        post(u"/api/v1/login"_s, R"({"user":"anna","password":"ett bra lösenord"})", {}).value("token"_L1).toString();
    CaseRecord c = Test::validCase();
    c.title = u"Exempel från servern"_s;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    const QJsonObject mutation{{u"mutation_id"_s, u"33333333-3333-4333-8333-333333333333"_s},
                               {u"op"_s, u"create"_s},
                               {u"doc"_s, c.toJsonObject()}};
    const QJsonObject result = post(u"/api/v1/mutations"_s,
                                    QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{mutation}}}).toJson(),
                                    token);
    if (result.value("results"_L1).toArray().first().toObject().value("status"_L1).toString() != "applied"_L1) {
        return 0;
    }
    return port;
}

void TestCliSync::loginSyncStatusLogout()
{
    QProcess server;
    TestCertificates certs(m_dir->path());
    const int port = startServer(server, certs);
    QVERIFY(port > 0);
    const QString url = u"https://localhost:%1"_s.arg(port);

    QCOMPARE(cli(profile() + QStringList{u"--json"_s, u"status"_s}).exitCode, 0);
    const Run loggedIn = cliWithInput(login(profile(), port, certs), password());
    QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());
    QVERIFY(loggedIn.out.contains("Gnesta kommun"));
    // The token went to the keychain, not to the profile.
    QFile replica(m_dir->filePath(u"profile/replica.sqlite"_s));
    QVERIFY(replica.open(QIODevice::ReadOnly));
    QVERIFY(!replica.readAll().contains("Bearer"));

    QJsonObject status = QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"status"_s}).out).object();
    QCOMPARE(status.value("logged_in"_L1).toBool(), true);
    QCOMPARE(status.value("bank"_L1).toString(), u"sample"_s);

    const Run sync = cli(profile() + QStringList{u"--json"_s, u"sync"_s});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(QJsonDocument::fromJson(sync.out).object().value("changed"_L1).toInt(), 1);
    const QJsonArray cases = QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"list"_s}).out).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().toObject().value("title"_L1).toString(), u"Exempel från servern"_s);
    status = QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"status"_s}).out).object();
    QCOMPARE(status.value("bank"_L1).toString(), u"server"_s);
    QVERIFY(!status.value("last_sync"_L1).toString().isEmpty());
    QVERIFY(status.value("held"_L1).isArray()); // feed items set aside: none here
    QCOMPARE(status.value("held"_L1).toArray().size(), 0);

    QCOMPARE(cli(profile() + QStringList{u"logout"_s}).exitCode, 0);
    status = QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"status"_s}).out).object();
    QCOMPARE(status.value("logged_in"_L1).toBool(), false);
    QCOMPARE(cli(profile() + QStringList{u"sync"_s}).exitCode, 5);
    // The server's bank stays readable offline after logout.
    QCOMPARE(cli(profile() + QStringList{u"--json"_s, u"list"_s}).exitCode, 0);

    server.kill();
    server.waitForFinished();
    // Logged in again but the server is gone: "try again later", and nothing local is lost.
    QCOMPARE(cli(profile() + QStringList{u"sync"_s}).exitCode, 5);
}

void TestCliSync::loginRefusals_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("wrong password") << QString() << true << QByteArray("fel lösenord\n") << 5;
    QTest::addRow("unknown certificate authority") << QString() << false << password() << 1;
    QTest::addRow("plain http") << u"http://bank.example.se"_s << true << password() << 1;
}

void TestCliSync::loginRefusals()
{
    QFETCH(QString, server);
    QFETCH(bool, withCa);
    QFETCH(QByteArray, password);
    QFETCH(int, exitCode);
    QProcess process;
    TestCertificates certs(m_dir->path());
    const int port = startServer(process, certs);
    QVERIFY(port > 0);
    QStringList args = profile()
        + QStringList{u"login"_s,
                      u"--server"_s,
                      server.isEmpty() ? u"https://localhost:%1"_s.arg(port) : server,
                      u"--user"_s,
                      u"anna"_s};
    if (withCa) {
        args << u"--ca"_s << certs.caCertificate();
    }
    const Run r = cliWithInput(args, password);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains("lösenord"));
    QCOMPARE(QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"status"_s}).out)
                 .object()
                 .value("logged_in"_L1)
                 .toBool(),
             false);
    process.kill();
    process.waitForFinished();
}

void TestCliSync::interruptedSyncResumesExactly()
{
    // Invariant I6 end to end: a sync killed at any moment (SIGKILL, no cleanup), or cut off by a
    // server restart, resumes to exactly the server's bank, with an intact replica.
    QProcess server;
    TestCertificates certs(m_dir->path());
    const int firstPort = startServer(server, certs);
    QVERIFY(firstPort > 0);
    server.kill();
    server.waitForFinished();
    const QString corpus = m_dir->filePath(u"corpus.jsonl"_s);
    QCOMPARE(cli({u"generate"_s, u"--count"_s, u"3000"_s, u"--seed"_s, u"9"_s, u"-o"_s, corpus}).exitCode, 0);
    QProcess import;
    import.setProcessEnvironment(m_tools->serverEnvironment());
    import.start(QStringLiteral(FB_SERVER_PATH), {u"import"_s, corpus, u"--org"_s, u"kommun:0461"_s});
    QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitCode(), 0);
    const int port = m_tools->serve(server, certs);
    QVERIFY(port > 0);
    QCOMPARE(cliWithInput(login(profile(), port, certs), password()).exitCode, 0);

    const QProcessEnvironment env = m_tools->cliEnvironment();
    for (const int killAfterMs : {300, 900, 1600}) {
        QProcess sync;
        sync.setProcessEnvironment(env);
        sync.start(QStringLiteral(FB_CLI_PATH), profile() + QStringList{u"sync"_s});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(killAfterMs);
        sync.kill();
        sync.waitForFinished();
    }
    // The server goes away in the middle of a sync and comes back on the same port.
    QProcess cut;
    cut.setProcessEnvironment(env);
    cut.start(QStringLiteral(FB_CLI_PATH), profile() + QStringList{u"sync"_s});
    QVERIFY(cut.waitForStarted());
    QTest::qWait(400);
    server.kill();
    server.waitForFinished();
    if (cut.state() != QProcess::NotRunning) {
        // A request caught half-way can stall rather than fail; the client then gives up after its
        // transfer timeout (60 s, ServerApi). Waiting exactly that long made this test flaky.
        QVERIFY(cut.waitForFinished(150000));
    }
    QCOMPARE(cut.exitStatus(), QProcess::NormalExit);
    QVERIFY(cut.exitCode() == 0 || cut.exitCode() == 6); // done already, or "try again later"
    QCOMPARE(m_tools->serve(server, certs, port), port);

    // The imported cases anna may read, and the one startServer writes through the API. Counted
    // here from the file by the rule as docs/server.md states it, not by the server's code: a
    // public case, or one of her municipality (its owner, or the importing organisation for an
    // owner that is no municipality or region), or one naming her municipality among its actors.
    int readable = 0;
    {
        QFile file(corpus);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList publicStates{u"publicerad"_s, u"behover_uppdateras"_s, u"arkiverad"_s};
        while (!file.atEnd()) {
            const QJsonObject c = QJsonDocument::fromJson(file.readLine()).object();
            const QJsonObject owner = c.value("owner"_L1).toObject();
            const QString type = owner.value("type"_L1).toString();
            const QString ownerOrg = type == "kommun"_L1 || type == "region"_L1
                ? type + u':' + owner.value("code"_L1).toString()
                : u"kommun:0461"_s;
            bool named = false;
            for (const QJsonValue &a : c.value("actors"_L1).toArray()) {
                named = named
                    || (a.toObject().value("type"_L1).toString() == "kommun"_L1
                        && a.toObject().value("code"_L1).toString() == "0461"_L1);
            }
            readable +=
                publicStates.contains(c.value("review_state"_L1).toString()) || ownerOrg == "kommun:0461"_L1 || named
                ? 1
                : 0;
        }
    }
    QVERIFY(readable > 2000 && readable < 3000); // drafts of others exist, and are not read
    const int Expected = readable + 1;
    const Run finish = cli(profile() + QStringList{u"--json"_s, u"sync"_s});
    QVERIFY2(finish.exitCode == 0, finish.err.constData());
    const QJsonArray cases = QJsonDocument::fromJson(cli(profile() + QStringList{u"--json"_s, u"list"_s}).out).array();
    QCOMPARE(cases.size(), Expected);
    QSet<QString> ids;
    for (const QJsonValue &c : cases) {
        ids.insert(c.toObject().value("id"_L1).toString());
    }
    QCOMPARE(ids.size(), Expected);
    QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"resume"_s);
    {
        check.setDatabaseName(m_dir->filePath(u"profile/replica.sqlite"_s));
        QVERIFY(check.open());
        QVERIFY(SwedishTokenizer::registerWith(check));
        QSqlQuery q(check);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        // Every case is in the search index exactly once, and every one is marked as synced.
        QVERIFY(q.exec(u"SELECT count(*) FROM case_fts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Expected);
        QVERIFY(q.exec(u"SELECT count(*) FROM sync_case WHERE synced_version = 1"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Expected);
        check.close();
    }
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"resume"_s);
    server.kill();
    server.waitForFinished();
}

void TestCliSync::twoReplicasEditAndSettleAConflict()
{
    // Two laptops with their own replicas against one server, driven as a script would.
    QProcess server;
    TestCertificates certs(m_dir->path());
    const int port = startServer(server, certs);
    QVERIFY(port > 0);
    const QStringList one{u"--profile"_s, m_dir->filePath(u"one"_s)};
    const QStringList two{u"--profile"_s, m_dir->filePath(u"two"_s)};
    for (const QStringList &p : {one, two}) {
        const Run loggedIn = cliWithInput(login(p, port, certs), password());
        QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());
    }
    const auto json = [&](const QStringList &p, const QStringList &args) {
        const Run r = cli(p + QStringList{u"--json"_s} + args);
        return QJsonDocument::fromJson(r.out);
    };

    // One writes a new case offline and syncs; the other receives it.
    CaseRecord c = Test::validCase();
    c.id.clear();
    c.title = u"Nytt från laptop ett"_s;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    QJsonObject body = c.toJsonObject();
    body.remove(u"id"_s);
    QFile file(m_dir->filePath(u"new.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(body).toJson());
    file.close();
    const QString id = json(one, {u"create"_s, u"--from"_s, file.fileName()}).object().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(json(one, {u"status"_s}).object().value("pending_changes"_L1).toInt(), 1);
    QCOMPARE(json(one, {u"sync"_s}).object().value("pushed"_L1).toInt(), 1);
    QCOMPARE(cli(two + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(json(two, {u"show"_s, id}).object().value("title"_L1).toString(), u"Nytt från laptop ett"_s);

    // Both edit the title offline; two also writes a section from a file.
    QFile section(m_dir->filePath(u"results.md"_s));
    QVERIFY(section.open(QIODevice::WriteOnly));
    section.write("Resultat skrivna på laptop två.\n");
    section.close();
    QCOMPARE(cli(one + QStringList{u"update"_s, id, u"--set"_s, u"title=Titel från ett"_s}).exitCode, 0);
    QCOMPARE(cli(two
                 + QStringList{u"update"_s,
                               id,
                               u"--set"_s,
                               u"title=Titel från två"_s,
                               u"--section"_s,
                               u"results=@"_s + section.fileName()})
                 .exitCode,
             0);
    QCOMPARE(cli(one + QStringList{u"update"_s, id, u"--set"_s, u"nonsense.path=1"_s}).exitCode, 2);
    QCOMPARE(cli(one + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(json(two, {u"sync"_s}).object().value("conflicts"_L1).toInt(), 1);
    const QJsonArray conflicts = json(two, {u"conflicts"_s}).array();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().toObject().value("path"_L1).toString(), u"title"_s);
    QCOMPARE(conflicts.first().toObject().value("mine"_L1).toString(), u"Titel från två"_s);
    QCOMPARE(conflicts.first().toObject().value("theirs"_L1).toString(), u"Titel från ett"_s);
    QCOMPARE(cli(two + QStringList{u"resolve"_s, id, u"summary"_s, u"--take"_s, u"mine"_s}).exitCode, 4);
    QCOMPARE(cli(two + QStringList{u"resolve"_s, id, u"title"_s, u"--take"_s, u"theirs"_s}).exitCode, 0);
    QCOMPARE(cli(two + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(cli(one + QStringList{u"sync"_s}).exitCode, 0);

    // The same case on both, with both edits that did not collide.
    const QJsonObject onOne = json(one, {u"show"_s, id}).object();
    QCOMPARE(onOne, json(two, {u"show"_s, id}).object());
    QCOMPARE(onOne.value("title"_L1).toString(), u"Titel från ett"_s);
    QCOMPARE(onOne.value("sections"_L1).toObject().value("results"_L1).toString(),
             u"Resultat skrivna på laptop två.\n"_s);
    for (const QStringList &p : {one, two}) {
        const QJsonObject status = json(p, {u"status"_s}).object();
        QCOMPARE(status.value("pending_changes"_L1).toInt(), 0);
        QCOMPARE(status.value("conflicts"_L1).toInt(), 0);
    }

    // The case's history on the server: every version, what each changed, and the title two let
    // go when it settled the conflict, kept by the server.
    const QJsonObject history = json(two, {u"history"_s, id}).object();
    const QJsonArray versions = history.value("revisions"_L1).toArray();
    QCOMPARE(versions.size(), 3); // created, one's title, two's section
    QVERIFY(versions.first().toObject().value("first"_L1).toBool());
    QCOMPARE(versions.at(1).toObject().value("changes"_L1).toArray().first().toObject().value("after"_L1).toString(),
             u"Titel från ett"_s);
    const QJsonArray replaced = history.value("discarded"_L1).toArray();
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.first().toObject().value("value"_L1).toString(), u"Titel från två"_s);
    const Run text = cli(two + QStringList{u"history"_s, id});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("«Titel från två»"), text.out.constData());
    QCOMPARE(cli(two + QStringList{u"history"_s, u"0c000000-0000-4000-8000-000000000009"_s}).exitCode, 4);

    // An attachment travels with its case and comes out byte-identical on the other laptop.
    QFile attachment(m_dir->filePath(u"protokoll.txt"_s));
    QVERIFY(attachment.open(QIODevice::WriteOnly));
    attachment.write(QByteArray(300000, 'x') + "slut");
    attachment.close();
    const QString sha = json(one, {u"attach"_s, id, attachment.fileName()}).object().value("sha256"_L1).toString();
    QCOMPARE(sha.size(), 64);
    QCOMPARE(cli(one + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(cli(two + QStringList{u"sync"_s}).exitCode, 0);
    const QString fetched = m_dir->filePath(u"hämtad.txt"_s);
    QCOMPARE(cli(two + QStringList{u"attachment"_s, sha, u"-o"_s, fetched}).exitCode, 0);
    QFile copy(fetched);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray(300000, 'x') + "slut");
    QCOMPARE(cli(two + QStringList{u"attachment"_s, QString(64, u'0')}).exitCode, 4);

    // A deletion travels too.
    QCOMPARE(cli(one + QStringList{u"delete"_s, id}).exitCode, 0);
    QCOMPARE(cli(one + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(cli(two + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(cli(two + QStringList{u"show"_s, id}).exitCode, 4);
    server.kill();
    server.waitForFinished();
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
