#pragma once

#include "casestore.h"
#include "language.h"
#include "referencedata.h"
#include "result.h"
#include "serverapi.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Fb {

// framgangsbank-cli: the core, headless. One instance runs one command and returns the exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(Fb::CliApplication)
    // The server commands share the profile, streams and error reporting.
    friend class SyncCommands;
    friend class EditCommands;
    friend class ReviewCommands;
    friend class QuestionCommands;
    friend class BankCommands;

public:
    // Exit codes, documented in docs/cli.md. Scripts rely on them: never renumber.
    enum ExitCode {
        Success = 0,
        InvalidInput = 1, // a file or argument with bad content; nothing was changed
        UsageError = 2,
        StorageError = 3,
        NotFound = 4,
        NotLoggedIn = 5, // no login, or the server refused it: log in again
        Unavailable = 6, // the server could not be reached or failed: try again later
        NeedsConfirmation = 7, // sync stopped before removing many cases: rerun with --allow-deletions
    };

    CliApplication(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language);

    int run(const QStringList &arguments);

    // Whether the command line asks for a PDF or ODT document: those need fonts, so main() must
    // make a QGuiApplication (on the offscreen platform) instead of a QCoreApplication.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    enum class Sample {
        Install, // a never-connected profile opens on the sample bank
        Skip,
    };

    Result<void> openStore(Sample sample);
    int fail(const Error &error, int exitCode);
    // Fails with the exit code of the error's kind: not found, not logged in, storage, or input.
    int failEdit(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonValue &value);
    // An error as the JSON of --json: code, message, path.
    static QJsonObject errorJson(const Error &error);

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_replicaPath;
    std::unique_ptr<CaseStore> m_store;
    QNetworkAccessManager m_nam;
};

} // namespace Fb
