#pragma once

#include "cliapplication.h"
#include "loginstate.h"
#include "serverapi.h"

#include <QCoreApplication>

#include <memory>

namespace Fb {

// The CLI's server commands: login, logout, sync, status, and what is read online only
// (attachments, a case's history). The token lives in the OS keychain;
// the profile keeps the server address, user name and CA path.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(Fb::SyncCommands)

public:
    explicit SyncCommands(CliApplication &cli);

    int login(const QString &server, const QString &user, const QString &caFile, bool developer);
    int logout();
    int sync(bool allowMassDeletion);
    int status();
    // Writes an attachment to output (from the profile's cache, else downloaded and checked).
    int attachment(const QString &sha256, const QString &output);
    // The versions of a case the server shows this user, with what each changed (read online).
    int history(const QString &caseId);

private:
    // The server settings stored in the profile, and the login token from the keychain.
    // The stored login; NotLoggedIn when there is none.
    Result<LoginState> storedLogin();
    Result<QString> storedToken(const LoginState &login);
    // The API of the stored server with the stored login.
    Result<std::unique_ptr<ServerApi>> loggedInApi();
    int failSync(const Error &error);

    CliApplication &m_cli;
};

} // namespace Fb
