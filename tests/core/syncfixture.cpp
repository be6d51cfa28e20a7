#include "syncfixture.h"

#include "fixtures.h"
#include "mutationprocessor.h"
#include "samplebank.h"
#include "sqlresult.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

void SyncFixture::setUpTestCase()
{
    const QString problem = m_postgres.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_certDir = std::make_unique<QTemporaryDir>();
    m_certs = std::make_unique<TestCertificates>(m_certDir->path());
    QVERIFY(m_certs->create());
}

void SyncFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QFETCH_GLOBAL(QString, backend);
    m_database = backend == "postgresql"_L1 ? m_postgres.freshDatabase(u"fbsync"_s)
                                            : u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
    m_serverStore = ServerStore::open(m_database).value();
    QVERIFY(Accounts::initialize(*m_serverStore, Test::referenceData()).ok());
    const PasswordHasher hasher(PasswordHasher::Strength::Testing);
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"anna"_s, {}, u"kommun:0461"_s, u"redaktor"_s, u"ett bra lösenord"_s)
                .ok());
    // A colleague in the same municipality, and an editor of another one.
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"bertil"_s, {}, u"kommun:0461"_s, u"redaktor"_s, u"ett bra lösenord"_s)
                .ok());
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"cecilia"_s, {}, u"kommun:0180"_s, u"redaktor"_s, u"ett bra lösenord"_s)
                .ok());
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"lena"_s, {}, u"kommun:0461"_s, u"lasare"_s, u"ett bra lösenord"_s)
                .ok());
    // The county's reviewer (Gnesta is in Södermanland, 04) and the national editor.
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"sara"_s, {}, u"region:04"_s, u"samordnare"_s, u"ett bra lösenord"_s)
                .ok());
    QVERIFY(Accounts(*m_serverStore, hasher)
                .addUser(u"admin"_s, {}, u"region:01"_s, u"administrator"_s, u"ett bra lösenord"_s)
                .ok());

    startServer();

    m_replica =
        CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData()).value();
    QVERIFY(SampleBank::installIfNew(*m_replica).value());
    m_nam.clearConnectionCache();
}

void SyncFixture::startServer(quint16 port)
{
    ApiServerConfig config;
    config.databaseUrl = m_database;
    config.tls = m_certs->serverConfiguration();
    config.passwordStrength = PasswordHasher::Strength::Testing;
    config.port = port;
    m_server = std::make_unique<ApiServer>(config);
    m_port = m_server->listen().value();
}

void SyncFixture::tearDown()
{
    m_replica.reset();
    m_server.reset();
    m_serverStore.reset();
    m_dir.reset();
}

ServerSettings SyncFixture::settings(bool trustCa) const
{
    return {QUrl(u"https://localhost:%1"_s.arg(m_port)), trustCa ? m_certs->caCertificate() : QString(), false};
}

QJsonObject SyncFixture::serverApply(QJsonObject mutation, const QString &user)
{
    const User u = m_serverStore->userByName(user).value().value();
    const Session session{u, m_serverStore->organisation(u.organisationId).value().value(), 0};
    mutation.insert(u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return MutationProcessor(*m_serverStore, Test::vocabularies(), Test::referenceData(), Accounts::systemClock())
        .apply(session, mutation);
}

QString SyncFixture::serverUpdate(const QString &id, int baseVersion, const QJsonObject &set)
{
    return serverApply({{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, baseVersion}, {u"set"_s, set}})
        .value("status"_L1)
        .toString();
}

QString SyncFixture::serverMove(const QString &id, int baseVersion, const QString &state, const QString &user)
{
    return serverApply({{u"op"_s, u"update"_s},
                        {u"id"_s, id},
                        {u"base_version"_s, baseVersion},
                        {u"set"_s, QJsonObject{{u"review_state"_s, state}}}},
                       user)
        .value("status"_L1)
        .toString();
}

QString SyncFixture::serverCreate(const QString &title, const QString &reviewState)
{
    CaseRecord c = reviewState.isEmpty() ? Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                         : Test::completeCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
    c.title = title;
    c.reviewState = reviewState;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    const QJsonObject r = serverApply({{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}},
                                      reviewState.isEmpty() ? u"anna"_s : u"admin"_s);
    return r.value("status"_L1).toString() == "applied"_L1 ? c.id : QString();
}

QString SyncFixture::login(ServerApi &api, const QString &user)
{
    QString token;
    bool done = false;
    api.login(user, u"ett bra lösenord"_s, [&](Result<LoginReply> r) {
        token = r ? r->token : QString();
        done = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            20000)) {
        return {};
    }
    return token;
}

SyncFixture::Outcome SyncFixture::pull(ServerApi &api, int pageSize)
{
    SyncEngine engine(*m_replica, api);
    engine.setPageSize(pageSize);
    return run(engine, false);
}

SyncFixture::Outcome SyncFixture::run(SyncEngine &engine, bool push)
{
    Outcome outcome;
    bool done = false;
    connect(&engine, &SyncEngine::finished, this, [&](const SyncReport &r) {
        outcome = {true, r, {}};
        done = true;
    });
    connect(&engine, &SyncEngine::failed, this, [&](const Error &e) {
        outcome = {false, {}, e};
        done = true;
    });
    if (push) {
        engine.sync();
    } else {
        engine.pull();
    }
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            30000)) {
        outcome.error = Error{ErrorCode::NetworkFailed, u"test"_s, u"no answer in 30 s"_s};
    }
    return outcome;
}

SyncFixture::Client SyncFixture::client(const QString &name, const QString &user)
{
    Client c;
    c.replica =
        CaseStore::open(m_dir->filePath(name + u".sqlite"_s), Test::vocabularies(), Test::referenceData()).value();
    c.api = std::make_unique<ServerApi>(m_nam, settings());
    if (c.api->prepare()) {
        c.api->setToken(login(*c.api, user));
    }
    return c;
}

bool SyncFixture::reconcile(Client &c, const QString &user)
{
    c.api->setToken(login(*c.api, user));
    const Outcome o = sync(c);
    if (!o.ok || !o.report.reconciled) {
        qWarning() << "no reconcile:" << errorCodeName(o.error.code) << o.error.detail;
        return false;
    }
    return true;
}

QStringList SyncFixture::archived(CaseStore &replica, const QString &id)
{
    QSqlQuery q(replica.database());
    q.prepare(u"SELECT path, value FROM discarded WHERE case_id = ? ORDER BY seq"_s);
    q.addBindValue(id);
    QStringList values;
    if (q.exec()) {
        while (q.next()) {
            values.append(q.value(0).toString() + u'=' + q.value(1).toString());
        }
    }
    return values;
}

SyncFixture::Outcome SyncFixture::sync(Client &c, QNetworkAccessManager *nam)
{
    std::unique_ptr<ServerApi> faulty;
    ServerApi *api = c.api.get();
    if (nam) {
        // The same login over a transport that injects a fault.
        faulty = std::make_unique<ServerApi>(*nam, settings());
        (void)faulty->prepare();
        faulty->setToken(login(*faulty));
        api = faulty.get();
    }
    SyncEngine engine(*c.replica, *api);
    return run(engine, true);
}

int SyncFixture::serverVersion(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_serverStore->connectionName()));
    q.prepare(u"SELECT version FROM cases WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString SyncFixture::backupServer()
{
    if (m_database.startsWith(u"postgresql:"_s)) {
        const QString file = m_postgres.dumpFile(u"fbsync"_s);
        QFile::remove(file);
        return m_postgres.dump(u"fbsync"_s, file) ? file : QString();
    }
    const QString file = m_dir->filePath(u"backup.sqlite"_s);
    QFile::remove(file);
    return m_serverStore->backup(file) ? file : QString();
}

bool SyncFixture::keepEpoch(const QString &backup)
{
    if (m_database.startsWith(u"postgresql:"_s)) {
        return true;
    }
    auto copy = ServerStore::open(u"sqlite:"_s + backup);
    return copy && (*copy)->setMeta(u"epoch"_s, m_serverStore->meta(u"epoch"_s).value()).ok();
}

bool SyncFixture::giveRestoredANewEpoch()
{
    return !m_database.startsWith(u"postgresql:"_s)
        || m_serverStore->setMeta(u"epoch"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)).ok();
}

bool SyncFixture::restoreServer(const QString &backup)
{
    const quint16 port = m_port;
    m_server.reset();
    m_serverStore.reset();
    if (m_database.startsWith(u"postgresql:"_s)) {
        if (!m_postgres.restore(u"fbsync"_s, backup)) {
            return false;
        }
    } else {
        const QString live = m_dir->filePath(u"server.sqlite"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(live + suffix);
        }
        if (!QFile::copy(backup, live)) {
            return false;
        }
    }
    auto store = ServerStore::open(m_database);
    if (!store) {
        return false;
    }
    m_serverStore = std::move(store).value();
    startServer(port);
    return true;
}

bool SyncFixture::writeServerBody(const QString &id, const QJsonObject &body)
{
    QSqlQuery q(QSqlDatabase::database(m_serverStore->connectionName()));
    q.prepare(u"UPDATE cases SET body = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QString SyncFixture::describe(const Error &e)
{
    return errorCodeName(e.code) + u' ' + e.path + u' ' + e.detail;
}

CaseRecord SyncFixture::newCase(const QString &title)
{
    CaseRecord c = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
    c.title = title;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    return c;
}

SyncCounts SyncFixture::counts(CaseStore &replica)
{
    return SyncLedger(replica).counts().value();
}

} // namespace Fb
