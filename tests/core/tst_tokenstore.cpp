// The token store against the real keychain (the tests run under tools/with-keyring): what is
// written is read back, what is removed is gone, and a store deleted while the keychain is still
// answering is neither called nor crashes the program.

#include "tokenstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void account_data();
    void account();
    void writtenTokenIsReadBackUntilRemoved();
    void storeGoneWhileAJobRuns_data();
    void storeGoneWhileAJobRuns();

private:
    // Waits for a call on store to answer.
    template<typename T>
    static Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &call);

    QString m_account; // a fresh entry per test function
};

template<typename T>
Result<T> TestTokenStore::wait(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> answer;
    call([&answer](Result<T> r) {
        answer = std::move(r);
    });
    if (!QTest::qWaitFor(
            [&answer] {
                return answer.has_value();
            },
            20000)) {
        return Error{ErrorCode::KeychainFailed, {}, u"the keychain did not answer"_s};
    }
    return *answer;
}

void TestTokenStore::init()
{
    m_account = u"anna-%1@localhost:443"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestTokenStore::account_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https, no port") << QUrl(u"https://bank.example.se"_s) << u"anna@bank.example.se:443"_s;
    QTest::newRow("port given") << QUrl(u"https://bank.example.se:8443/"_s) << u"anna@bank.example.se:8443"_s;
    QTest::newRow("http") << QUrl(u"http://localhost"_s) << u"anna@localhost:80"_s;
}

void TestTokenStore::account()
{
    QFETCH(QUrl, server);
    QFETCH(QString, expected);
    QCOMPARE(TokenStore::account(server, u"anna"_s), expected);
}

void TestTokenStore::writtenTokenIsReadBackUntilRemoved()
{
    TokenStore store(u"framgangsbank-test"_s);
    const auto written = wait<void>([&](auto done) {
        store.write(m_account, u"hemlig-token"_s, done);
    });
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
    const auto read = wait<QString>([&](auto done) {
        store.read(m_account, done);
    });
    QVERIFY(read.ok());
    QCOMPARE(*read, u"hemlig-token"_s);

    QVERIFY(wait<void>([&](auto done) {
                store.remove(m_account, done);
            }).ok());
    const auto gone = wait<QString>([&](auto done) {
        store.read(m_account, done);
    });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotLoggedIn);
    // Removing what is not there is no error: the user is logged out either way.
    QVERIFY(wait<void>([&](auto done) {
                store.remove(m_account, done);
            }).ok());
}

void TestTokenStore::storeGoneWhileAJobRuns_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("remove") << u"remove"_s;
}

void TestTokenStore::storeGoneWhileAJobRuns()
{
    QFETCH(QString, op);
    // The app quits, or a test ends, while the keychain is answering.
    bool called = false;
    auto gone = std::make_unique<TokenStore>(u"framgangsbank-test"_s);
    if (op == "write"_L1) {
        gone->write(m_account, u"token"_s, [&called](Result<void>) {
            called = true;
        });
    } else if (op == "read"_L1) {
        gone->read(m_account, [&called](Result<QString>) {
            called = true;
        });
    } else {
        gone->remove(m_account, [&called](Result<void>) {
            called = true;
        });
    }
    // Started: the keychain has the request and will answer into the job.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    gone.reset();

    // QtKeychain runs its jobs one after the other: when a later one has answered, so has the
    // orphan. The program is still alive and the gone store was not called.
    TokenStore store(u"framgangsbank-test"_s);
    const auto after = wait<QString>([&](auto done) {
        store.read(m_account, done);
    });
    QVERIFY(after.ok() || after.error().code == ErrorCode::NotLoggedIn);
    QTest::qWait(50);
    QVERIFY(!called);
    QVERIFY(wait<void>([&](auto done) {
                store.remove(m_account, done);
            }).ok());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
