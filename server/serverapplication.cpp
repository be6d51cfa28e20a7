#include "serverapplication.h"

#include "accounts.h"
#include "apiserver.h"
#include "bankimporter.h"
#include "casevalidator.h"
#include "errormessages.h"
#include "passwordprompt.h"
#include "serverstore.h"
#include "vocabularies.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QStandardPaths>
#include <QUuid>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

Result<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) {
        return Error{ErrorCode::FileOpenFailed, certFile, u"no PEM certificate"_s};
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileOpenFailed, keyFile, file.errorString()};
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    }
    if (key.isNull()) {
        return Error{ErrorCode::InvalidValue, keyFile, u"no PEM private key (EC or RSA)"_s};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    return tls;
}

} // namespace

ServerApplication::ServerApplication(const ReferenceData &referenceData, PasswordHasher::Strength strength)
    : m_referenceData(referenceData)
    , m_hasher(strength)
    , m_strength(strength)
    , m_out(stdout)
    , m_err(stderr)
{
}

int ServerApplication::fail(const Error &error, int exitCode)
{
    m_err << tr("framgangsbank-server: %1").arg(ErrorMessages::text(error)) << Qt::endl;
    return exitCode;
}

int ServerApplication::usage(const QString &message)
{
    return fail(Error{ErrorCode::UsageError, {}, message}, UsageError);
}

QString ServerApplication::readPassword()
{
    return PasswordPrompt::read(m_err, tr("Password: "));
}

int ServerApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The national Framgångsbanken server.\n\nCommands:\n"
           "  init                                  create or upgrade the database\n"
           "  serve --cert FILE --key FILE          serve the API over HTTPS\n"
           "  org add --type TYPE --name NAME       add an organisation\n"
           "  org list                              list organisations\n"
           "  user add NAME --org ID --role ROLE    add a user (password on standard input)\n"
           "  user list                             list users\n"
           "  user set NAME [--role ROLE] [--org ID] give a user another role or organisation\n"
           "  user disable|enable NAME              disable or enable a user\n"
           "  user passwd NAME                      set a password (on standard input)\n"
           "  import FILE [--org ID]                import cases from JSON Lines, all or nothing\n"
           "  backup FILE                           write a consistent copy (SQLite) with a new epoch\n"
           "  restored                              give a database restored by other tools a new epoch"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("The command to run."), u"COMMAND [ARGS]"_s);
    const QString defaultDb = u"sqlite:"_s + QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/framgangsbank-server/server.sqlite"_s;
    const QCommandLineOption dbOption(u"db"_s,
                                      tr("Database: sqlite:FILE or postgresql://USER@HOST:PORT/NAME."),
                                      u"URL"_s,
                                      qEnvironmentVariable("FB_SERVER_DB", defaultDb));
    const QCommandLineOption certOption(u"cert"_s, tr("TLS certificate chain (PEM)."), u"FILE"_s);
    const QCommandLineOption keyOption(u"key"_s, tr("TLS private key (PEM)."), u"FILE"_s);
    const QCommandLineOption listenOption(u"listen"_s,
                                          tr("Address to listen on (default: 127.0.0.1)."),
                                          u"ADDRESS"_s,
                                          u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s,
                                        tr("Port (default: 8443; 0 picks a free one)."),
                                        u"PORT"_s,
                                        u"8443"_s);
    const QCommandLineOption threadsOption(u"threads"_s,
                                           tr("Worker threads for database work (default: 4)."),
                                           u"N"_s,
                                           u"4"_s);
    const QCommandLineOption typeOption(u"type"_s, tr("Organisation type (actor_type vocabulary)."), u"TYPE"_s);
    const QCommandLineOption nameOption(u"name"_s, tr("Organisation name."), u"NAME"_s);
    const QCommandLineOption codeOption(u"code"_s,
                                        tr("Organisation code (for example an organisationsnummer)."),
                                        u"CODE"_s);
    const QCommandLineOption regionOption(u"region"_s, tr("County code of the organisation."), u"CODE"_s);
    const QCommandLineOption orgOption(u"org"_s, tr("Organisation id (see org list)."), u"ID"_s);
    const QCommandLineOption roleOption(u"role"_s,
                                        tr("Role: lasare, redaktor, samordnare or administrator."),
                                        u"ROLE"_s);
    const QCommandLineOption displayOption(u"display-name"_s, tr("Name shown to others."), u"NAME"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable JSON output."));
    parser.addOptions({dbOption,
                       certOption,
                       keyOption,
                       listenOption,
                       portOption,
                       threadsOption,
                       typeOption,
                       nameOption,
                       codeOption,
                       regionOption,
                       orgOption,
                       roleOption,
                       displayOption,
                       jsonOption});
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        m_out << "framgangsbank-server " << FB_VERSION << Qt::endl;
        return Success;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0)
        + (args.size() > 1 && (args.value(0) == "org"_L1 || args.value(0) == "user"_L1) ? u' ' + args.value(1)
                                                                                        : QString());
    const QString db = parser.value(dbOption);

    auto opened = ServerStore::open(db);
    if (!opened) {
        return fail(opened.error(), StorageError);
    }
    ServerStore &store = **opened;
    if (auto r = Accounts::initialize(store, m_referenceData); !r) {
        return fail(r.error(), StorageError);
    }
    Accounts accounts(store, m_hasher);
    const bool json = parser.isSet(jsonOption);

    if (command == "init"_L1 && args.size() == 1) {
        m_out << tr("Database ready (schema %1).").arg(ServerStore::SchemaVersion) << Qt::endl;
        return Success;
    }
    if (command == "serve"_L1 && args.size() == 1) {
        if (!parser.isSet(certOption) || !parser.isSet(keyOption)) {
            return usage(tr("serve needs --cert and --key: the server speaks HTTPS only."));
        }
        auto tls = loadTls(parser.value(certOption), parser.value(keyOption));
        if (!tls) {
            return fail(tls.error(), InvalidInput);
        }
        ApiServerConfig config;
        config.databaseUrl = db;
        config.tls = *tls;
        config.address = QHostAddress(parser.value(listenOption));
        config.port = quint16(parser.value(portOption).toUInt());
        config.workerThreads = std::max(1, parser.value(threadsOption).toInt());
        config.passwordStrength = m_strength;
        if (config.address.isNull()) {
            return usage(tr("Not an IP address: %1").arg(parser.value(listenOption)));
        }
        opened->reset(); // the workers open their own connections
        ApiServer server(config);
        auto port = server.listen();
        if (!port) {
            return fail(port.error(), StorageError);
        }
        // Scripts and tests read this line to learn the port.
        m_out << "listening https://" << config.address.toString() << ':' << *port << Qt::endl;
        return QCoreApplication::exec();
    }
    if (command == "org add"_L1 && args.size() == 2) {
        if (!parser.isSet(typeOption) || !parser.isSet(nameOption)) {
            return usage(tr("org add needs --type and --name."));
        }
        const Organisation o{u"org:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                             parser.value(typeOption),
                             parser.value(codeOption),
                             parser.value(nameOption),
                             parser.value(regionOption)};
        if (auto r = store.addOrganisation(o); !r) {
            return fail(r.error(), r.code() == ErrorCode::AlreadyExists ? InvalidInput : StorageError);
        }
        m_out << o.id << Qt::endl;
        return Success;
    }
    if (command == "org list"_L1 && args.size() == 2) {
        auto list = store.organisations();
        if (!list) {
            return fail(list.error(), StorageError);
        }
        QJsonArray array;
        for (const Organisation &o : *list) {
            if (json) {
                array.append(
                    QJsonObject{{u"id"_s, o.id}, {u"type"_s, o.type}, {u"code"_s, o.code}, {u"name"_s, o.name}});
            } else {
                m_out << o.id << '\t' << o.name << Qt::endl;
            }
        }
        if (json) {
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return Success;
    }
    if (command == "user add"_L1 && args.size() == 3) {
        if (!parser.isSet(orgOption) || !parser.isSet(roleOption)) {
            return usage(tr("user add needs --org and --role."));
        }
        auto user = accounts.addUser(args.at(2),
                                     parser.value(displayOption),
                                     parser.value(orgOption),
                                     parser.value(roleOption),
                                     readPassword());
        if (!user) {
            return fail(user.error(), user.code() == ErrorCode::DatabaseQueryFailed ? StorageError : InvalidInput);
        }
        m_out << tr("User %1 added.").arg(user->name) << Qt::endl;
        return Success;
    }
    if (command == "user list"_L1 && args.size() == 2) {
        auto list = store.users();
        if (!list) {
            return fail(list.error(), StorageError);
        }
        QJsonArray array;
        for (const User &u : *list) {
            if (json) {
                array.append(QJsonObject{{u"name"_s, u.name},
                                         {u"organisation"_s, u.organisationId},
                                         {u"role"_s, u.role},
                                         {u"disabled"_s, u.disabled}});
            } else {
                m_out << u.name << '\t' << u.organisationId << '\t' << u.role << (u.disabled ? "\tdisabled" : "")
                      << Qt::endl;
            }
        }
        if (json) {
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return Success;
    }
    if ((command == "user disable"_L1 || command == "user enable"_L1) && args.size() == 3) {
        if (auto r = accounts.setDisabled(args.at(2), command == "user disable"_L1); !r) {
            return fail(r.error(), r.code() == ErrorCode::NotFound ? NotFound : StorageError);
        }
        return Success;
    }
    if (command == "user set"_L1 && args.size() == 3) {
        if (!parser.isSet(orgOption) && !parser.isSet(roleOption)) {
            return usage(tr("user set needs --role, --org or both."));
        }
        auto user = accounts.setRoleAndOrganisation(args.at(2), parser.value(roleOption), parser.value(orgOption));
        if (!user) {
            return fail(user.error(),
                        user.code() == ErrorCode::NotFound                  ? NotFound
                            : user.code() == ErrorCode::DatabaseQueryFailed ? StorageError
                                                                            : InvalidInput);
        }
        m_out << tr("User %1 is now %2 at %3.").arg(user->name, user->role, user->organisationId) << Qt::endl;
        return Success;
    }
    if (command == "import"_L1 && args.size() == 2) {
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Error{ErrorCode::FileOpenFailed, args.at(1), file.errorString()}, InvalidInput);
        }
        auto vocabularies = Vocabularies::builtIn();
        if (!vocabularies) {
            return fail(vocabularies.error(), StorageError);
        }
        const CaseValidator validator(*vocabularies, m_referenceData);
        auto report = BankImporter(store, validator)
                          .import(file, parser.value(orgOption), u"import"_s, QDateTime::currentSecsSinceEpoch());
        if (!report) {
            return fail(report.error(), StorageError);
        }
        if (report->firstBadLine > 0) {
            Error e = report->error;
            e.path = u"%1:%2 %3"_s.arg(args.at(1)).arg(report->firstBadLine).arg(e.path);
            fail(e, InvalidInput);
            m_err << tr("Nothing was imported.") << Qt::endl;
            return InvalidInput;
        }
        m_out << tr("Imported %n case(s).", nullptr, int(report->imported)) << Qt::endl;
        return Success;
    }
    if (command == "backup"_L1 && args.size() == 2) {
        if (auto r = store.backup(args.at(1)); !r) {
            return fail(r.error(),
                        r.code() == ErrorCode::AlreadyExists || r.code() == ErrorCode::InvalidValue ? InvalidInput
                                                                                                    : StorageError);
        }
        m_out << tr("Backup written to %1. A server restored from it gets a new epoch.").arg(args.at(1)) << Qt::endl;
        return Success;
    }
    if (command == "restored"_L1 && args.size() == 1) {
        // After pg_restore (or a SQLite file copied back): the clients must read the feed again
        // instead of trusting cursors from before the restore.
        if (auto r = store.setMeta(u"epoch"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)); !r) {
            return fail(r.error(), StorageError);
        }
        m_out << tr("The database has a new epoch: every client reads the change feed again at its next sync.")
              << Qt::endl;
        return Success;
    }
    if (command == "user passwd"_L1 && args.size() == 3) {
        if (auto r = accounts.setPassword(args.at(2), readPassword()); !r) {
            return fail(r.error(), r.code() == ErrorCode::NotFound ? NotFound : InvalidInput);
        }
        m_out << tr("Password changed; the user's logins were ended.") << Qt::endl;
        return Success;
    }
    return usage(args.isEmpty() ? tr("No command given. See --help.") : tr("Unknown command: %1").arg(args.join(u' ')));
}

} // namespace Fb
