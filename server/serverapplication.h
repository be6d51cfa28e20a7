#pragma once

#include "passwordhasher.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Fb {

// framgangsbank-server's command line: init, serve, org add|list, user add|list|disable|enable|passwd.
// Passwords are read from standard input (never from the command line, where other users and
// shell histories would see them).
class ServerApplication
{
    Q_DECLARE_TR_FUNCTIONS(Fb::ServerApplication)

public:
    enum ExitCode {
        Success = 0,
        InvalidInput = 1,
        UsageError = 2,
        StorageError = 3,
        NotFound = 4,
    };

    ServerApplication(const ReferenceData &referenceData, PasswordHasher::Strength strength);

    int run(const QStringList &arguments);

private:
    int fail(const Error &error, int exitCode);
    int usage(const QString &message);
    QString readPassword();

    const ReferenceData &m_referenceData;
    PasswordHasher m_hasher;
    PasswordHasher::Strength m_strength;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Fb
