#include "cliapplication.h"

#include "caseexporter.h"
#include "caseimporter.h"
#include "corpusgenerator.h"
#include "corpustext.h"
#include "errormessages.h"
#include "facetindex.h"
#include "passwordprompt.h"
#include "profile.h"
#include "samplebank.h"
#include "searchquery.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Runs an asynchronous call to its end: the CLI does one thing at a time.
template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return std::move(*result);
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject o{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, ErrorMessages::text(error)}};
    if (!error.path.isEmpty()) {
        o.insert(u"path"_s, error.path);
    }
    return o;
}

// Opens FILE for writing, or standard output for "" and "-". Writes go to a temporary file that
// replaces FILE only when everything was written, so a failed export never leaves half a file.
class Output
{
public:
    explicit Output(const QString &path)
    {
        if (path.isEmpty() || path == "-"_L1) {
            m_stdout.open(stdout, QIODevice::WriteOnly);
        } else {
            m_file = std::make_unique<QSaveFile>(path);
        }
    }

    bool open() { return m_file ? m_file->open(QIODevice::WriteOnly) : true; }

    QIODevice &device() { return m_file ? static_cast<QIODevice &>(*m_file) : m_stdout; }

    QString errorString() const { return m_file ? m_file->errorString() : m_stdout.errorString(); }

    bool commit() { return m_file ? m_file->commit() : m_stdout.flush(); }

private:
    QFile m_stdout;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace

CliApplication::CliApplication(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
    , m_out(stdout)
    , m_err(stderr)
{
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Framgångsbanken on the command line: read, search, import and export the "
                                        "local case bank.\n\nCommands:\n"
                                        "  list                 list the cases\n"
                                        "  show ID              show one case\n"
                                        "  search QUERY         search (words, \"phrases\", -exclude)\n"
                                        "  import FILE          import cases (JSON Lines, JSON array or object)\n"
                                        "  export               export every case\n"
                                        "  generate             write a synthetic corpus as JSON Lines\n"
                                        "  login                log in to a server (password on standard input)\n"
                                        "  logout               log out and forget the login\n"
                                        "  sync                 bring the local bank up to date with the server\n"
                                        "  status               server, login, last sync, pending changes"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("The command to run."), u"COMMAND [ARGS]"_s);
    const QCommandLineOption profileOption(u"profile"_s, tr("Use the profile in DIR."), u"DIR"_s);
    const QCommandLineOption dbOption(u"db"_s, tr("Use the replica FILE directly."), u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable JSON output."));
    const QCommandLineOption formatOption(u"format"_s,
                                          tr("Export format: json, jsonl or markdown (default: jsonl)."),
                                          u"FORMAT"_s,
                                          u"jsonl"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                          tr("Write to FILE instead of standard output."),
                                          u"FILE"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("Show at most N results (default: 20)."), u"N"_s, u"20"_s);
    const QCommandLineOption countOption(u"count"_s, tr("Number of cases to generate."), u"N"_s, u"1000"_s);
    const QCommandLineOption seedOption(u"seed"_s,
                                        tr("Seed of the generator: the same seed gives the same cases."),
                                        u"S"_s,
                                        u"1"_s);
    const QCommandLineOption skipOption(u"skip-invalid"_s, tr("Import the valid cases even if some are invalid."));
    const QCommandLineOption languageOption(u"language"_s, tr("Language of messages and labels: sv or en."), u"LANG"_s);
    const QCommandLineOption serverOption(u"server"_s, tr("Server address (https://…)."), u"URL"_s);
    const QCommandLineOption userOption(u"user"_s, tr("User name on the server."), u"NAME"_s);
    const QCommandLineOption caOption(u"ca"_s,
                                      tr("Your organisation's CA certificate (PEM), if the server uses one."),
                                      u"FILE"_s);
    const QCommandLineOption developerOption(u"developer"_s, tr("Developer mode: allow http:// to this computer."));
    parser.addOptions({profileOption,
                       dbOption,
                       jsonOption,
                       formatOption,
                       outputOption,
                       limitOption,
                       countOption,
                       seedOption,
                       skipOption,
                       languageOption,
                       serverOption,
                       userOption,
                       caOption,
                       developerOption});

    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        m_out << "framgangsbank-cli " << FB_VERSION << '\n';
        return Success;
    }
    m_json = parser.isSet(jsonOption);
    if (parser.isSet(profileOption) && parser.isSet(dbOption)) {
        return usage(tr("Give either --profile or --db, not both."));
    }
    m_replicaPath = parser.isSet(dbOption)
        ? parser.value(dbOption)
        : Profile(parser.isSet(profileOption) ? parser.value(profileOption) : Profile::defaultDirectory())
              .replicaPath();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return usage(tr("No command given. See --help."));
    }
    const QString command = args.first();
    const auto needArgs = [&](qsizetype n) {
        return args.size() == n + 1;
    };

    if (command == "list"_L1 && needArgs(0)) {
        return list();
    }
    if (command == "show"_L1 && needArgs(1)) {
        return show(args.at(1));
    }
    if (command == "search"_L1 && args.size() >= 2) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1) {
            return usage(tr("--limit needs a positive number."));
        }
        return search(args.mid(1).join(u' '), limit);
    }
    if (command == "import"_L1 && needArgs(1)) {
        return import(args.at(1), parser.isSet(skipOption));
    }
    if (command == "export"_L1 && needArgs(0)) {
        return exportCases(parser.value(formatOption), parser.value(outputOption));
    }
    if (command == "generate"_L1 && needArgs(0)) {
        bool countOk = false;
        bool seedOk = false;
        const qint64 count = parser.value(countOption).toLongLong(&countOk);
        const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!countOk || count < 0 || !seedOk) {
            return usage(tr("--count and --seed need whole numbers."));
        }
        return generate(count, seed, parser.value(outputOption));
    }
    if (command == "login"_L1 && needArgs(0)) {
        if (!parser.isSet(serverOption) || !parser.isSet(userOption)) {
            return usage(tr("login needs --server and --user."));
        }
        return login(parser.value(serverOption),
                     parser.value(userOption),
                     parser.value(caOption),
                     parser.isSet(developerOption));
    }
    if (command == "logout"_L1 && needArgs(0)) {
        return logout();
    }
    if (command == "sync"_L1 && needArgs(0)) {
        return sync();
    }
    if (command == "status"_L1 && needArgs(0)) {
        return status();
    }
    return usage(tr("Unknown command or wrong number of arguments: %1").arg(args.join(u' ')));
}

Result<void> CliApplication::openStore(Sample sample)
{
    auto store = CaseStore::open(m_replicaPath, m_vocabularies, m_referenceData);
    if (!store) {
        return store.error();
    }
    m_store = std::move(store).value();
    if (sample == Sample::Install) {
        if (auto installed = SampleBank::installIfNew(*m_store); !installed) {
            return installed.error();
        }
    }
    return {};
}

int CliApplication::fail(const Error &error, int exitCode)
{
    if (m_json) {
        m_err << QJsonDocument(QJsonObject{{u"error"_s, errorJson(error)}}).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_err << tr("framgangsbank-cli: %1").arg(ErrorMessages::text(error)) << '\n';
    }
    return exitCode;
}

int CliApplication::usage(const QString &message)
{
    return fail(Error{ErrorCode::UsageError, {}, message}, UsageError);
}

void CliApplication::printJson(const QJsonValue &value)
{
    m_out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                 .toJson(QJsonDocument::Indented);
}

int CliApplication::list()
{
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    auto summaries = m_store->summaries();
    if (!summaries) {
        return fail(summaries.error(), StorageError);
    }
    QJsonArray array;
    for (const CaseSummary &s : *summaries) {
        if (m_json) {
            array.append(QJsonObject{{u"id"_s, s.id}, {u"title"_s, s.title}, {u"owner"_s, s.ownerName}});
        } else {
            m_out << s.id << "  " << s.title << (s.ownerName.isEmpty() ? QString() : u" ("_s + s.ownerName + u')')
                  << '\n';
        }
    }
    if (m_json) {
        printJson(array);
    }
    return Success;
}

int CliApplication::show(const QString &id)
{
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    auto record = m_store->get(id);
    if (!record) {
        return fail(record.error(), record.code() == ErrorCode::NotFound ? NotFound : StorageError);
    }
    if (m_json) {
        printJson(record->toJsonObject());
    } else {
        m_out << CaseExporter(m_vocabularies, m_referenceData, m_language).toMarkdown(*record);
    }
    return Success;
}

int CliApplication::search(const QString &text, int limit)
{
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty()) {
        return usage(tr("The query has no words to search for."));
    }
    auto matches = m_store->match(query.ftsQuery(), limit);
    auto summaries = m_store->summaries();
    if (!matches || !summaries) {
        return fail(!matches ? matches.error() : summaries.error(), StorageError);
    }
    SearchResult result;
    FacetIndex(std::move(summaries).value()).query({}, *matches, result);
    QJsonArray array;
    for (qsizetype rank = 0; rank < result.rows.size(); ++rank) {
        const CaseSummary &s = result.cases->at(result.rows.at(rank));
        if (m_json) {
            array.append(QJsonObject{{u"rank"_s, rank + 1}, {u"id"_s, s.id}, {u"title"_s, s.title}});
        } else {
            m_out << rank + 1 << ". " << s.title << "  [" << s.id << "]\n";
        }
    }
    if (m_json) {
        printJson(array);
    } else if (result.rows.isEmpty()) {
        m_err << tr("No case matches.") << '\n';
    }
    return Success;
}

int CliApplication::import(const QString &path, bool skipInvalid)
{
    if (auto r = openStore(Sample::Skip); !r) {
        return fail(r.error(), StorageError);
    }
    CaseValidator validator(m_vocabularies, m_referenceData);
    CaseImporter importer(*m_store, validator);
    importer.setPolicy(skipInvalid ? CaseImporter::Policy::SkipInvalid : CaseImporter::Policy::AllOrNothing);
    // Large imports take a while: say how far they got, on standard error so output stays clean.
    if (!m_json) {
        QElapsedTimer sinceLast;
        sinceLast.start();
        importer.setProgress([this, sinceLast](qint64 written) mutable {
            if (sinceLast.elapsed() >= 1000) {
                m_err << tr("%n case(s) written…", nullptr, int(written)) << Qt::endl;
                sinceLast.restart();
            }
        });
    }
    auto report = importer.importFile(path);
    if (!report) {
        const bool input = report.code() == ErrorCode::FileOpenFailed || report.code() == ErrorCode::InvalidJson
            || report.code() == ErrorCode::DocumentTooLarge;
        return fail(report.error(), input ? InvalidInput : StorageError);
    }
    if (m_json) {
        QJsonArray problems;
        for (const ImportProblem &p : report->problems) {
            QJsonObject o = errorJson(p.error);
            o.insert(u"line"_s, p.line);
            problems.append(o);
        }
        printJson(QJsonObject{{u"imported"_s, report->imported}, {u"problems"_s, problems}});
    } else {
        for (const ImportProblem &p : report->problems) {
            m_err << tr("%1:%2: %3").arg(path).arg(p.line).arg(ErrorMessages::text(p.error)) << '\n';
        }
        m_out << tr("Imported %n case(s).", nullptr, int(report->imported)) << '\n';
    }
    if (!report->problems.isEmpty() && !skipInvalid) {
        if (!m_json) {
            m_err << tr("Nothing was imported: correct the file, or use --skip-invalid.") << '\n';
        }
        return InvalidInput;
    }
    return Success;
}

int CliApplication::exportCases(const QString &formatName, const QString &output)
{
    const auto format = CaseExporter::formatFromName(formatName);
    if (!format) {
        return usage(tr("Unknown export format: %1").arg(formatName));
    }
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    Output out(output);
    if (!out.open()) {
        return fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, InvalidInput);
    }
    auto count = CaseExporter(m_vocabularies, m_referenceData, m_language).exportStore(*m_store, *format, out.device());
    if (!count) {
        return fail(count.error(), StorageError);
    }
    if (!out.commit()) {
        return fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, StorageError);
    }
    if (!output.isEmpty() && output != "-"_L1) {
        m_err << tr("Exported %n case(s).", nullptr, int(*count)) << '\n';
    }
    return Success;
}

int CliApplication::generate(qint64 count, quint64 seed, const QString &output)
{
    // The generator's text banks are data; without them it could only write empty cases.
    if (auto text = CorpusText::builtIn(); !text) {
        return fail(text.error(), StorageError);
    }
    Output out(output);
    if (!out.open()) {
        return fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, InvalidInput);
    }
    CorpusGenerator generator(m_vocabularies, m_referenceData, seed);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray line = generator.next().toCanonicalJson() + '\n';
        if (out.device().write(line) != line.size()) {
            return fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, StorageError);
        }
    }
    if (!out.commit()) {
        return fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, StorageError);
    }
    return Success;
}

int CliApplication::failSync(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotLoggedIn:
    case ErrorCode::InvalidCredentials:
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenInvalid:
    case ErrorCode::AccountDisabled: return fail(error, NotLoggedIn);
    case ErrorCode::NetworkFailed:
    case ErrorCode::ServerError:
    case ErrorCode::Throttled: return fail(error, Unavailable);
    case ErrorCode::InvalidUrl:
    case ErrorCode::InsecureUrl:
    case ErrorCode::FileOpenFailed:
    case ErrorCode::CertificateInvalid: return fail(error, InvalidInput);
    default: return fail(error, StorageError);
    }
}

Result<ServerSettings> CliApplication::storedSettings()
{
    auto url = m_store->meta(QString::fromLatin1(CaseStore::MetaServerUrl));
    auto ca = m_store->meta(QString::fromLatin1(CaseStore::MetaServerCa));
    if (!url || !ca) {
        return !url ? url.error() : ca.error();
    }
    if (url->isEmpty()) {
        return Error{ErrorCode::NotLoggedIn, {}, {}};
    }
    const QUrl parsed(*url);
    // Developer mode is remembered by the address itself: only loopback http:// was ever stored.
    return ServerSettings{parsed, *ca, parsed.scheme() == "http"_L1};
}

Result<QString> CliApplication::storedToken(const ServerSettings &settings)
{
    auto user = m_store->meta(QString::fromLatin1(CaseStore::MetaServerUser));
    if (!user) {
        return user.error();
    }
    if (user->isEmpty()) {
        return Error{ErrorCode::NotLoggedIn, {}, {}};
    }
    TokenStore tokens;
    const QString account = TokenStore::account(settings.url, *user);
    return await<QString>([&](auto done) {
        tokens.read(account, std::move(done));
    });
}

int CliApplication::login(const QString &server, const QString &user, const QString &caFile, bool developer)
{
    auto url = ServerSettings::parseUrl(server, developer);
    if (!url) {
        return failSync(url.error());
    }
    const QString ca = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
    ServerApi api(m_nam, ServerSettings{*url, ca, developer});
    if (auto r = api.prepare(); !r) {
        return failSync(r.error());
    }
    const QString password = PasswordPrompt::read(m_err, tr("Password for %1: ").arg(user));
    auto reply = await<LoginReply>([&](auto done) {
        api.login(user, password, std::move(done));
    });
    if (!reply) {
        return failSync(reply.error());
    }
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    TokenStore tokens;
    auto stored = await<void>([&](auto done) {
        tokens.write(TokenStore::account(*url, user), reply->token, std::move(done));
    });
    if (!stored) {
        return failSync(stored.error());
    }
    for (const auto &[key, value] : {std::pair{CaseStore::MetaServerUrl, url->toString()},
                                     {CaseStore::MetaServerUser, user},
                                     {CaseStore::MetaServerCa, ca}}) {
        if (auto r = m_store->setMeta(QString::fromLatin1(key), value); !r) {
            return fail(r.error(), StorageError);
        }
    }
    if (m_json) {
        printJson(QJsonObject{{u"user"_s, user}, {u"organisation"_s, reply->organisation}, {u"role"_s, reply->role}});
    } else {
        m_out << tr("Logged in as %1 (%2, %3).").arg(user, reply->organisation, reply->role) << '\n';
    }
    return Success;
}

int CliApplication::logout()
{
    if (auto r = openStore(Sample::Skip); !r) {
        return fail(r.error(), StorageError);
    }
    auto settings = storedSettings();
    if (!settings) {
        return failSync(settings.error());
    }
    const QString user = m_store->meta(QString::fromLatin1(CaseStore::MetaServerUser)).value();
    auto token = storedToken(*settings);
    if (token) {
        // Ending the login on the server is best effort: offline, the token simply expires.
        ServerApi api(m_nam, *settings);
        if (api.prepare()) {
            api.setToken(*token);
            (void)await<void>([&](auto done) {
                api.logout(std::move(done));
            });
        }
        TokenStore tokens;
        if (auto r = await<void>([&](auto done) {
                tokens.remove(TokenStore::account(settings->url, user), std::move(done));
            });
            !r) {
            return failSync(r.error());
        }
    }
    if (auto r = m_store->setMeta(QString::fromLatin1(CaseStore::MetaServerUser), QString()); !r) {
        return fail(r.error(), StorageError);
    }
    m_out << tr("Logged out.") << '\n';
    return Success;
}

int CliApplication::sync()
{
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    auto settings = storedSettings();
    if (!settings) {
        return failSync(settings.error());
    }
    auto token = storedToken(*settings);
    if (!token) {
        return failSync(token.error());
    }
    ServerApi api(m_nam, *settings);
    if (auto r = api.prepare(); !r) {
        return failSync(r.error());
    }
    api.setToken(*token);
    SyncEngine engine(*m_store, api);
    auto report = await<SyncReport>([&](auto done) {
        QObject::connect(&engine, &SyncEngine::finished, &engine, [done](const SyncReport &r) {
            done(r);
        });
        QObject::connect(&engine, &SyncEngine::failed, &engine, [done](const Error &e) {
            done(e);
        });
        engine.pull();
    });
    if (!report) {
        return failSync(report.error());
    }
    if (m_json) {
        printJson(QJsonObject{{u"changed"_s, report->changed},
                              {u"pages"_s, report->pages},
                              {u"reconciled"_s, report->reconciled}});
    } else {
        m_out << tr("Up to date: %n case(s) changed.", nullptr, report->changed) << '\n';
    }
    return Success;
}

int CliApplication::status()
{
    if (auto r = openStore(Sample::Install); !r) {
        return fail(r.error(), StorageError);
    }
    QJsonObject s;
    for (const auto &[key, name] : {std::pair{CaseStore::MetaServerUrl, "server"},
                                    {CaseStore::MetaServerUser, "user"},
                                    {CaseStore::MetaLastSync, "last_sync"},
                                    {CaseStore::MetaBankSource, "bank"}}) {
        s.insert(QLatin1StringView(name), m_store->meta(QString::fromLatin1(key)).value());
    }
    s.insert(u"cursor"_s, !m_store->meta(QString::fromLatin1(CaseStore::MetaCursor)).value().isEmpty());
    s.insert(u"cases"_s, m_store->count().value());
    bool loggedIn = false;
    if (auto settings = storedSettings(); settings) {
        loggedIn = storedToken(*settings).ok();
    }
    s.insert(u"logged_in"_s, loggedIn);
    // Local edits and their conflicts arrive with the outbox (issue #3); until then there are none.
    s.insert(u"pending_changes"_s, 0);
    s.insert(u"conflicts"_s, 0);
    if (m_json) {
        printJson(s);
        return Success;
    }
    const QString server = s.value("server"_L1).toString();
    const QString lastSync = s.value("last_sync"_L1).toString();
    m_out << tr("Server: %1").arg(server.isEmpty() ? tr("none") : server) << '\n'
          << tr("Logged in: %1").arg(loggedIn ? tr("yes, as %1").arg(s.value("user"_L1).toString()) : tr("no")) << '\n'
          << tr("Last sync: %1").arg(lastSync.isEmpty() ? tr("never") : lastSync) << '\n'
          << tr("Cases: %1").arg(s.value("cases"_L1).toInteger()) << '\n';
    return Success;
}

} // namespace Fb
