#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace Fb {

// Login tokens in the operating system's keychain (Secret Service on Linux, the Keychain on macOS,
// the Credential Manager on Windows) through QtKeychain: never in a file, a setting or a log.
// Calls answer asynchronously on the calling thread.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QString service = QStringLiteral("framgangsbank"), QObject *parent = nullptr);

    // The keychain entry's name for a user on a server: "anna@bank.example.se:8443".
    static QString account(const QUrl &server, const QString &user);

    void write(const QString &account, const QString &token, std::function<void(Result<void>)> done);
    // NotLoggedIn when there is no entry.
    void read(const QString &account, std::function<void(Result<QString>)> done);
    void remove(const QString &account, std::function<void(Result<void>)> done);

private:
    QString m_service;
};

} // namespace Fb
