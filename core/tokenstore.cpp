#include "tokenstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

Error keychainError(const QKeychain::Job *job)
{
    return Error{job->error() == QKeychain::EntryNotFound ? ErrorCode::NotLoggedIn : ErrorCode::KeychainFailed,
                 {},
                 job->errorString()};
}

// A job has no parent: QtKeychain's backends (libsecret) call back into a running job, so one
// deleted with its store while the keychain answers crashed the program (tst_tokenstore
// storeGoneWhileAJobRuns). A job deletes itself once it has finished; a store that is gone by then
// is not called.
template<typename Job>
Job *newJob(const QString &service, const QString &account)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setKey(account);
    // Never fall back to a plain-text file when no keychain is available.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString TokenStore::account(const QUrl &server, const QString &user)
{
    return user + u'@' + server.host() + u':' + QString::number(server.port(server.scheme() == "http"_L1 ? 80 : 443));
}

void TokenStore::write(const QString &account, const QString &token, std::function<void(Result<void>)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Result<void>() : Result<void>(keychainError(j)));
    });
    job->start();
}

void TokenStore::read(const QString &account, std::function<void(Result<QString>)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void TokenStore::remove(const QString &account, std::function<void(Result<void>)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? Result<void>() : Result<void>(keychainError(j)));
    });
    job->start();
}

} // namespace Fb
