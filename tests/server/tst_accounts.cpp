#include "accounts.h"
#include "postgresfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void initializePreloadsOrganisations();
    void addUserValidates_data();
    void addUserValidates();
    void loginAndAuthenticate();
    void wrongPasswordAndUnknownUserLookAlike();
    void throttlesThenRecovers();
    void parallelGuessesAreThrottledToo();
    void anAddressIsThrottledAndTheTableStaysSmall();
    void tokensExpire();
    void logoutRevokes();
    void disablingEndsLogins();
    void newPasswordEndsLogins();

private:
    qint64 m_now = 1'800'000'000;
    QString url();
    int failureRows() const;
    QString m_url;
    PostgresFixture m_postgres;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<Accounts> m_accounts;
};

// Every test runs on both backends, against a real PostgreSQL the fixture starts.
void TestAccounts::initTestCase_data()
{
    PostgresFixture::addBackendRows();
}

void TestAccounts::initTestCase()
{
    const QString problem = m_postgres.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestAccounts::url()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == "postgresql"_L1 ? m_postgres.freshDatabase(u"fbtest"_s)
                                      : u"sqlite:"_s + m_dir->filePath(u"server.sqlite"_s);
}

void TestAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_url = url();
    auto opened = ServerStore::open(m_url);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    m_store = std::move(opened).value();
    QVERIFY(Accounts::initialize(*m_store, ReferenceData::builtIn().value()).ok());
    m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Strength::Testing);
    m_now = 1'800'000'000;
    m_accounts = std::make_unique<Accounts>(*m_store, *m_hasher, [this] {
        return m_now;
    });
    QVERIFY(m_accounts->addUser(u"anna"_s, u"Anna A"_s, u"kommun:0461"_s, u"redaktor"_s, u"ett bra lösenord"_s).ok());
}

void TestAccounts::cleanup()
{
    m_accounts.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAccounts::initializePreloadsOrganisations()
{
    QCOMPARE(m_store->organisations()->size(), 290 + 21);
    QCOMPARE(m_store->organisation(u"kommun:0461"_s).value()->name, u"Gnesta kommun"_s);
    QCOMPARE(m_store->organisation(u"region:10"_s).value()->name, u"Region Blekinge"_s);
    const QString serverId = m_store->meta(u"server_id"_s).value();
    QCOMPARE(serverId.size(), 36);
    // Idempotent: a second run adds nothing and keeps the identity.
    QVERIFY(Accounts::initialize(*m_store, ReferenceData::builtIn().value()).ok());
    QCOMPARE(m_store->organisations()->size(), 311);
    QCOMPARE(m_store->meta(u"server_id"_s).value(), serverId);
}

void TestAccounts::addUserValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("ok") << u"bertil"_s << u"region:10"_s << u"samordnare"_s << u"lång nog lösen"_s << ErrorCode::None;
    QTest::addRow("taken") << u"anna"_s << u"region:10"_s << u"lasare"_s << u"lång nog lösen"_s
                           << ErrorCode::AlreadyExists;
    QTest::addRow("bad name") << u"Anna Andersson"_s << u"region:10"_s << u"lasare"_s << u"lång nog lösen"_s
                              << ErrorCode::InvalidValue;
    QTest::addRow("unknown role") << u"cecilia"_s << u"region:10"_s << u"kung"_s << u"lång nog lösen"_s
                                  << ErrorCode::InvalidRole;
    QTest::addRow("short password") << u"cecilia"_s << u"region:10"_s << u"lasare"_s << u"kort"_s
                                    << ErrorCode::InvalidValue;
    QTest::addRow("unknown organisation")
        << u"cecilia"_s << u"kommun:9999"_s << u"lasare"_s << u"lång nog lösen"_s << ErrorCode::UnknownOrganisation;
}

void TestAccounts::addUserValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, organisation);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(ErrorCode, code);
    QCOMPARE(m_accounts->addUser(name, {}, organisation, role, password).code(), code);
}

void TestAccounts::loginAndAuthenticate()
{
    auto login = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s);
    QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().path + u" "_s + login.error().detail));
    QCOMPARE(login->expiresAt, m_now + Accounts::TokenLifetime);
    auto session = m_accounts->authenticate(login->token);
    QVERIFY(session.ok());
    QCOMPARE(session->user.name, u"anna"_s);
    QCOMPARE(session->organisation.name, u"Gnesta kommun"_s);
    QCOMPARE(m_accounts->authenticate(QString()).code(), ErrorCode::TokenInvalid);
    QCOMPARE(m_accounts->authenticate(u"made-up-token"_s).code(), ErrorCode::TokenInvalid);
    // Only the digest is stored.
    QVERIFY(m_store->token(Tokens::digest(login->token)).value().has_value());
    QVERIFY(!m_store->token(login->token.toLatin1()).value().has_value());
}

void TestAccounts::wrongPasswordAndUnknownUserLookAlike()
{
    QCOMPARE(m_accounts->login(u"anna"_s, u"fel lösenord!"_s).code(), ErrorCode::InvalidCredentials);
    QCOMPARE(m_accounts->login(u"okand"_s, u"fel lösenord!"_s).code(), ErrorCode::InvalidCredentials);
}

void TestAccounts::throttlesThenRecovers()
{
    for (int i = 0; i < Accounts::MaxFailures; ++i) {
        QCOMPARE(m_accounts->login(u"anna"_s, u"fel"_s).code(), ErrorCode::InvalidCredentials);
    }
    // Even the right password is refused while throttled, so guessing gains nothing.
    auto throttled = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s);
    QCOMPARE(throttled.code(), ErrorCode::Throttled);
    QCOMPARE(throttled.error().detail, QString::number(Accounts::FailureWindow));
    m_now += Accounts::FailureWindow + 1;
    QVERIFY(m_accounts->login(u"anna"_s, u"ett bra lösenord"_s).ok());
    // A success clears the count.
    QCOMPARE(m_store->loginFailuresSince(u"anna"_s, 0).value(), 0);
}

int TestAccounts::failureRows() const
{
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    return q.exec(u"SELECT count(*) FROM login_failures"_s) && q.next() ? q.value(0).toInt() : -1;
}

void TestAccounts::parallelGuessesAreThrottledToo()
{
    // Found reading the server: the throttle counted a name's failures before it recorded the new
    // one, so guesses sent at the same moment all got past it to the password check.
    constexpr int Guesses = 16;
    std::latch start(Guesses);
    std::atomic<int> checked{0};
    std::atomic<int> throttled{0};
    std::vector<std::thread> threads;
    const qint64 now = m_now;
    for (int i = 0; i < Guesses; ++i) {
        threads.emplace_back([&] {
            auto store = ServerStore::open(m_url); // a connection of this thread, as a worker has
            start.arrive_and_wait();
            if (!store) {
                return;
            }
            Accounts accounts(**store, *m_hasher, [now] {
                return now;
            });
            const auto r = accounts.login(u"anna"_s, u"en gissning till"_s);
            if (r.code() == ErrorCode::InvalidCredentials) {
                ++checked;
            } else if (r.code() == ErrorCode::Throttled) {
                ++throttled;
            }
        });
    }
    for (std::thread &t : threads) {
        t.join();
    }
    QCOMPARE(checked + throttled, Guesses);
    QVERIFY2(checked <= Accounts::MaxFailures, qPrintable(QString::number(checked)));
}

void TestAccounts::anAddressIsThrottledAndTheTableStaysSmall()
{
    // Found reading the server: failures were recorded for any name, never forgotten, and counted
    // only per name, so one address could guess at made-up names without end and fill the table.
    const QString office = u"192.0.2.7"_s;
    for (int i = 0; i < Accounts::MaxFailuresPerSource; ++i) {
        QCOMPARE(m_accounts->login(u"namn%1"_s.arg(i), u"fel lösenord"_s, office).code(),
                 ErrorCode::InvalidCredentials);
    }
    // The address is throttled whatever the name, and what it sends now is not even recorded.
    QCOMPARE(m_accounts->login(u"anna"_s, u"ett bra lösenord"_s, office).code(), ErrorCode::Throttled);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(m_accounts->login(u"fler%1"_s.arg(i), u"fel lösenord"_s, office).code(), ErrorCode::Throttled);
    }
    QCOMPARE(failureRows(), Accounts::MaxFailuresPerSource);
    // Another address is not.
    QVERIFY(m_accounts->login(u"anna"_s, u"ett bra lösenord"_s, u"198.51.100.1"_s).ok());
    // A window later the old attempts are gone from the table.
    m_now += Accounts::FailureWindow + 1;
    QCOMPARE(m_accounts->login(u"namn0"_s, u"fel lösenord"_s, office).code(), ErrorCode::InvalidCredentials);
    QCOMPARE(failureRows(), 1);
}

void TestAccounts::tokensExpire()
{
    const QString token = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s)->token;
    m_now += Accounts::TokenLifetime - 1;
    QVERIFY(m_accounts->authenticate(token).ok());
    m_now += 1;
    QCOMPARE(m_accounts->authenticate(token).code(), ErrorCode::TokenExpired);
}

void TestAccounts::logoutRevokes()
{
    const QString a = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s)->token;
    const QString b = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s)->token;
    QVERIFY(m_accounts->logout(a).ok());
    QCOMPARE(m_accounts->authenticate(a).code(), ErrorCode::TokenInvalid);
    QVERIFY(m_accounts->authenticate(b).ok()); // other devices stay logged in
}

void TestAccounts::disablingEndsLogins()
{
    const QString token = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s)->token;
    QVERIFY(m_accounts->setDisabled(u"anna"_s, true).ok());
    QCOMPARE(m_accounts->authenticate(token).code(), ErrorCode::TokenInvalid);
    QCOMPARE(m_accounts->login(u"anna"_s, u"ett bra lösenord"_s).code(), ErrorCode::AccountDisabled);
    QVERIFY(m_accounts->setDisabled(u"anna"_s, false).ok());
    QVERIFY(m_accounts->login(u"anna"_s, u"ett bra lösenord"_s).ok());
    QCOMPARE(m_accounts->setDisabled(u"ingen"_s, true).code(), ErrorCode::NotFound);
}

void TestAccounts::newPasswordEndsLogins()
{
    const QString token = m_accounts->login(u"anna"_s, u"ett bra lösenord"_s)->token;
    QVERIFY(m_accounts->setPassword(u"anna"_s, u"ett nytt lösenord"_s).ok());
    QCOMPARE(m_accounts->authenticate(token).code(), ErrorCode::TokenInvalid);
    QCOMPARE(m_accounts->login(u"anna"_s, u"ett bra lösenord"_s).code(), ErrorCode::InvalidCredentials);
    QVERIFY(m_accounts->login(u"anna"_s, u"ett nytt lösenord"_s).ok());
    QCOMPARE(m_accounts->setPassword(u"anna"_s, u"kort"_s).code(), ErrorCode::InvalidValue);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
