#pragma once

// The real framgangsbank-cli and framgangsbank-server binaries, run as processes by the CLI tests
// (FB_CLI_PATH and FB_SERVER_PATH come from the test's target), with HOME and the data dir in a
// temporary folder, so no real profile, keychain entry or server database is touched.

#include "testcertificates.h"

#include <QDir>
#include <QProcess>
#include <QStringList>

namespace Fb::Test {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed or hung
    QByteArray out;
    QByteArray err;
};

class CliTools
{
public:
    // The password every user the tests add gets.
    static constexpr auto Password = "ett bra lösenord";

    explicit CliTools(const QString &home)
        : m_home(home)
    {
    }

    // framgangsbank-cli ARGUMENTS in language, with input on its standard input.
    CliRun cli(const QStringList &arguments,
               const QByteArray &input = {},
               const QString &language = QStringLiteral("en")) const
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(FB_CLI_PATH), QStringList{QStringLiteral("--language"), language} + arguments);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    // HOME and the data dir in the temporary folder: for a CLI process a test starts itself.
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg")));
        return env;
    }

    // The server's database in the home folder, and password hashing cheap enough for tests.
    QProcessEnvironment serverEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FB_SERVER_DB"),
                   QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("server.sqlite")));
        env.insert(QStringLiteral("FB_PASSWORD_STRENGTH"), QStringLiteral("testing"));
        return env;
    }

    // `framgangsbank-server user add` with Password; false when it failed.
    bool addUser(const QString &user, const QString &organisation, const QString &role) const
    {
        QProcess admin;
        admin.setProcessEnvironment(serverEnvironment());
        admin.start(QStringLiteral(FB_SERVER_PATH),
                    {QStringLiteral("user"),
                     QStringLiteral("add"),
                     user,
                     QStringLiteral("--org"),
                     organisation,
                     QStringLiteral("--role"),
                     role});
        admin.write(QByteArray(Password) + '\n');
        admin.closeWriteChannel();
        return admin.waitForFinished(30000) && admin.exitStatus() == QProcess::NormalExit && admin.exitCode() == 0;
    }

    // `framgangsbank-server serve` over TLS on port (0: a free one); the port it listens on, 0 on
    // failure.
    int serve(QProcess &server, const TestCertificates &certs, int port = 0) const
    {
        server.setProcessEnvironment(serverEnvironment());
        server.start(QStringLiteral(FB_SERVER_PATH),
                     {QStringLiteral("serve"),
                      QStringLiteral("--cert"),
                      certs.serverCertificate(),
                      QStringLiteral("--key"),
                      certs.serverKey(),
                      QStringLiteral("--port"),
                      QString::number(port)});
        if (!server.waitForReadyRead(20000)) {
            return 0;
        }
        return QString::fromUtf8(server.readLine()).trimmed().section(u':', -1).toInt();
    }

private:
    QDir m_home;
};

} // namespace Fb::Test
