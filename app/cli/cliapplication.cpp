#include "cliapplication.h"

#include "bankcommands.h"
#include "decisiondocument.h"
#include "editcommands.h"
#include "errormessages.h"
#include "machineconfig.h"
#include "profile.h"
#include "questioncommands.h"
#include "reviewcommands.h"
#include "samplebank.h"
#include "synccommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fb {

QJsonObject CliApplication::errorJson(const Error &error)
{
    QJsonObject o{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, ErrorMessages::text(error)}};
    if (!error.path.isEmpty()) {
        o.insert(u"path"_s, error.path);
    }
    return o;
}

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
                                        "  list                 list the cases (--review-state STATE, --due)\n"
                                        "  show ID              show one case\n"
                                        "  search QUERY         search (words, \"phrases\", -exclude; --explain)\n"
                                        "  import FILE          import cases (JSON Lines, JSON array or object)\n"
                                        "  export               export every case\n"
                                        "  export ID…           one case, or 2–5 side by side, as a decision document\n"
                                        "                       (PDF, ODT, Markdown; --sections KEY,…)\n"
                                        "  generate             write a synthetic corpus as JSON Lines\n"
                                        "  login                log in to a server (password on standard input)\n"
                                        "  logout               log out and forget the login\n"
                                        "  sync                 send local changes, receive the server's\n"
                                        "  status               server, login, last sync, pending changes\n"
                                        "  create --from FILE   create a case from a JSON file\n"
                                        "  update ID            change fields (--set, --section)\n"
                                        "  delete ID            delete a case\n"
                                        "  conflicts            list conflicts and refused changes\n"
                                        "  archive              what was thrown away here (kept, never lost)\n"
                                        "  resolve ID PATH      settle a conflict (--take mine|theirs|FILE)\n"
                                        "  revert ID            throw away local changes to a case\n"
                                        "  review ID STATE      move a case to another review state\n"
                                        "  comment ID PATH TEXT add a review comment on a field\n"
                                        "  answer ID COMMENT TEXT\n"
                                        "                       answer a review comment\n"
                                        "  attach ID FILE       attach a file to a case\n"
                                        "  attachment SHA256    fetch an attachment (-o FILE)\n"
                                        "  history ID           the versions of a case on the server\n"
                                        "  question create TEXT ask the bank a question (--set summary=…)\n"
                                        "  question list        list the questions (--state STATE)\n"
                                        "  question show ID     show a question and its answers\n"
                                        "  question answer ID CASE\n"
                                        "                       answer a question with a case (--note TEXT)\n"
                                        "  question close ID    mark a question answered (--state STATE)\n"
                                        "  adopt ID             record that your organisation took a case up\n"
                                        "                       (--set period=2026-03 --set adaptation=…)\n"
                                        "  start-from ID        start your own case from another\n"
                                        "  verify ID            confirm that a published case still holds\n"
                                        "  news                 what came with the syncs (--all: read ones too)\n"
                                        "  news read [N…]       mark items read (none given: all)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("The command to run."), u"COMMAND [ARGS]"_s);
    const QCommandLineOption profileOption(u"profile"_s, tr("Use the profile in DIR."), u"DIR"_s);
    const QCommandLineOption dbOption(u"db"_s, tr("Use the replica FILE directly."), u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable JSON output."));
    const QCommandLineOption formatOption(u"format"_s,
                                          tr("Export format: json, jsonl or markdown (default: jsonl); for one "
                                             "case pdf, odt or markdown (default: pdf); for the list of a search "
                                             "csv or ods."),
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
    const QCommandLineOption allowDeletionsOption(
        u"allow-deletions"_s,
        tr("Let sync remove many cases here when the server has removed them (otherwise it stops and asks)."));
    const QCommandLineOption fromOption(u"from"_s, tr("The case to create, as a JSON file."), u"FILE"_s);
    const QCommandLineOption setOption(u"set"_s,
                                       tr("Set a field (JSON or text; empty removes it). Repeatable."),
                                       u"FIELD=VALUE"_s);
    const QCommandLineOption sectionOption(u"section"_s,
                                           tr("Set a section's Markdown text from a file. Repeatable."),
                                           u"KEY=@FILE"_s);
    const QCommandLineOption takeOption(u"take"_s,
                                        tr("How to settle a conflict: mine, theirs, or a FILE with the value."),
                                        u"WHICH"_s);
    const QCommandLineOption reviewStateOption(u"review-state"_s,
                                               tr("list: only cases in this review state (utkast, inskickad, …)."),
                                               u"STATE"_s);
    const QCommandLineOption explainOption(u"explain"_s,
                                           tr("search: show each hit's BM25 score and the fields it matched in."));
    const QCommandLineOption stateOption(u"state"_s,
                                         tr("question list and close: the question's state (oppen, besvarad, "
                                            "arkiverad)."),
                                         u"STATE"_s);
    const QCommandLineOption noteOption(u"note"_s, tr("question answer: a short note with the answer."), u"TEXT"_s);
    const QCommandLineOption allOption(u"all"_s, tr("news: the items already read too."));
    const QCommandLineOption dueOption(u"due"_s, tr("list: only published cases due for review, with the day."));
    const QCommandLineOption sectionsOption(
        u"sections"_s,
        tr("export ID…: the sections in the decision document, comma separated (default: "
           "costs,results,pitfalls,success_factors)."),
        u"KEYS"_s);
    parser.addOptions({explainOption, stateOption, noteOption, allOption, dueOption, sectionsOption});
    parser.addOptions({reviewStateOption,    profileOption, dbOption,    jsonOption,    formatOption,
                       outputOption,         limitOption,   countOption, seedOption,    skipOption,
                       languageOption,       serverOption,  userOption,  caOption,      developerOption,
                       allowDeletionsOption, fromOption,    setOption,   sectionOption, takeOption});

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
    // IT's settings for this computer (docs/deployment.md), as in the app.
    const MachineConfig machine = MachineConfig::readSystem();
    for (const Error &problem : machine.problems()) {
        m_err << tr("This computer's settings (%1): %2: %3")
                     .arg(machine.source(), problem.path, ErrorMessages::text(problem))
              << '\n';
    }
    machine.applyProxy(m_nam);
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
    BankCommands bank(*this);

    if (command == "list"_L1 && needArgs(0)) {
        const QString state = parser.value(reviewStateOption);
        if (parser.isSet(reviewStateOption) && !m_vocabularies.vocabulary(Vocabularies::ReviewState).contains(state)) {
            return usage(tr("Unknown review state: %1").arg(state));
        }
        return bank.list(state, parser.isSet(dueOption));
    }
    if (command == "show"_L1 && needArgs(1)) {
        return bank.show(args.at(1));
    }
    if (command == "search"_L1 && args.size() >= 2) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1) {
            return usage(tr("--limit needs a positive number."));
        }
        return bank.search(
            args.mid(1).join(u' '),
            limit,
            parser.isSet(explainOption),
            {parser.isSet(formatOption) ? parser.value(formatOption) : QString(), parser.value(outputOption)});
    }
    if (command == "import"_L1 && needArgs(1)) {
        return bank.import(args.at(1), parser.isSet(skipOption));
    }
    if (command == "export"_L1 && needArgs(0)) {
        return bank.exportCases(parser.value(formatOption), parser.value(outputOption));
    }
    if (command == "export"_L1 && args.size() >= 2) {
        return bank.exportDocument(args.mid(1),
                                   parser.isSet(sectionsOption)
                                       ? parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts)
                                       : DecisionDocument::defaultSections(),
                                   parser.isSet(formatOption) ? parser.value(formatOption) : u"pdf"_s,
                                   parser.value(outputOption));
    }
    if (command == "generate"_L1 && needArgs(0)) {
        bool countOk = false;
        bool seedOk = false;
        const qint64 count = parser.value(countOption).toLongLong(&countOk);
        const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!countOk || count < 0 || !seedOk) {
            return usage(tr("--count and --seed need whole numbers."));
        }
        return bank.generate(count, seed, parser.value(outputOption));
    }
    if (command == "login"_L1 && needArgs(0)) {
        const bool locked = machine.serverLocked() && !machine.serverUrl().isEmpty();
        if (locked && (parser.isSet(serverOption) || parser.isSet(caOption))) {
            return usage(tr("This computer's IT has set the server and the CA certificate: log in without --server "
                            "and --ca."));
        }
        const QString server = parser.isSet(serverOption) ? parser.value(serverOption) : machine.serverUrl();
        if (server.isEmpty() || !parser.isSet(userOption)) {
            return usage(tr("login needs --server and --user."));
        }
        return SyncCommands(*this).login(server,
                                         parser.value(userOption),
                                         parser.isSet(caOption) ? parser.value(caOption) : machine.caFile(),
                                         parser.isSet(developerOption));
    }
    if (command == "logout"_L1 && needArgs(0)) {
        return SyncCommands(*this).logout();
    }
    if (command == "sync"_L1 && needArgs(0)) {
        return SyncCommands(*this).sync(parser.isSet(allowDeletionsOption));
    }
    if (command == "status"_L1 && needArgs(0)) {
        return SyncCommands(*this).status();
    }
    EditCommands edits(*this);
    if (command == "create"_L1 && needArgs(0)) {
        if (!parser.isSet(fromOption)) {
            return usage(tr("create needs --from FILE."));
        }
        return edits.create(parser.value(fromOption));
    }
    if (command == "update"_L1 && needArgs(1)) {
        return edits.update(args.at(1), parser.values(setOption), parser.values(sectionOption));
    }
    if (command == "delete"_L1 && needArgs(1)) {
        return edits.remove(args.at(1));
    }
    if (command == "conflicts"_L1 && needArgs(0)) {
        return edits.conflicts();
    }
    if (command == "archive"_L1 && needArgs(0)) {
        return edits.archive();
    }
    if (command == "resolve"_L1 && needArgs(2)) {
        if (!parser.isSet(takeOption)) {
            return usage(tr("resolve needs --take mine, theirs or FILE."));
        }
        return edits.resolve(args.at(1), args.at(2), parser.value(takeOption));
    }
    if (command == "revert"_L1 && needArgs(1)) {
        return edits.revert(args.at(1));
    }
    ReviewCommands review(*this);
    if (command == "review"_L1 && needArgs(2)) {
        return review.review(args.at(1), args.at(2));
    }
    if (command == "comment"_L1 && needArgs(3)) {
        return review.comment(args.at(1), args.at(2), args.at(3));
    }
    if (command == "answer"_L1 && needArgs(3)) {
        return review.answer(args.at(1), args.at(2), args.at(3));
    }
    if (command == "attach"_L1 && needArgs(2)) {
        return edits.attach(args.at(1), args.at(2));
    }
    if (command == "attachment"_L1 && needArgs(1)) {
        return SyncCommands(*this).attachment(args.at(1), parser.value(outputOption));
    }
    if (command == "history"_L1 && needArgs(1)) {
        return SyncCommands(*this).history(args.at(1));
    }
    QuestionCommands questions(*this);
    const QString sub = args.value(1);
    if (command == "question"_L1 && sub == "create"_L1 && needArgs(2)) {
        return questions.create(args.at(2), parser.values(setOption));
    }
    if (command == "question"_L1 && sub == "list"_L1 && needArgs(1)) {
        return questions.list(parser.value(stateOption));
    }
    if (command == "question"_L1 && sub == "show"_L1 && needArgs(2)) {
        return bank.show(args.at(2));
    }
    if (command == "question"_L1 && sub == "answer"_L1 && needArgs(3)) {
        return questions.answer(args.at(2), args.at(3), parser.value(noteOption));
    }
    if (command == "question"_L1 && sub == "close"_L1 && needArgs(2)) {
        return questions.close(args.at(2), parser.isSet(stateOption) ? parser.value(stateOption) : u"besvarad"_s);
    }
    if (command == "adopt"_L1 && needArgs(1)) {
        return questions.adopt(args.at(1), parser.values(setOption));
    }
    if (command == "start-from"_L1 && needArgs(1)) {
        return questions.startFrom(args.at(1));
    }
    if (command == "verify"_L1 && needArgs(1)) {
        return questions.verify(args.at(1));
    }
    if (command == "news"_L1 && needArgs(0)) {
        return questions.news(parser.isSet(allOption));
    }
    if (command == "news"_L1 && sub == "read"_L1) {
        return questions.markNewsRead(args.mid(2));
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

int CliApplication::failEdit(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound: return fail(error, NotFound);
    case ErrorCode::NotLoggedIn: return fail(error, NotLoggedIn);
    case ErrorCode::DatabaseOpenFailed:
    case ErrorCode::DatabaseQueryFailed:
    case ErrorCode::DatabaseLocked:
    case ErrorCode::DatabaseTooNew:
    case ErrorCode::MigrationFailed:
    case ErrorCode::DiskFull: return fail(error, StorageError);
    default: return fail(error, InvalidInput);
    }
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

bool CliApplication::needsGuiApplication(const QStringList &arguments)
{
    // Read before the parser exists, so only roughly: an explicit --format decides; without one,
    // `export ID` makes a PDF, and telling it from `export` would need the whole parser. Whole
    // exports without --format get a QGuiApplication too, which costs only the offscreen plugin.
    std::optional<QString> format;
    bool exporting = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == "--format"_L1) {
            format = arguments.value(i + 1);
        } else if (a.startsWith("--format="_L1)) {
            format = a.mid(9);
        }
        exporting = exporting || a == "export"_L1;
    }
    return format ? *format == "pdf"_L1 || *format == "odt"_L1 : exporting;
}

} // namespace Fb
