#pragma once

#include "caserecord.h"
#include "cliapplication.h"
#include "loginstate.h"

#include <QCoreApplication>

#include <variant>

namespace Fb {

// The CLI's review commands: review (move a case to another review state), comment, answer. Each
// is a local edit, saved at once and sent by the next sync; the workflow is checked here first
// against the role stored at login, so a refusal comes at once and offline (the server checks
// again).
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(Fb::ReviewCommands)

public:
    explicit ReviewCommands(CliApplication &cli);

    int review(const QString &id, const QString &state);
    // Adds a review comment on the field at path; prints the comment's id.
    int comment(const QString &id, const QString &path, const QString &text);
    int answer(const QString &id, const QString &commentId, const QString &text);

private:
    // The case to change and who changes it; an exit code when there is none.
    std::variant<CaseRecord, int> open(const QString &id, LoginState &login);
    int refuse(const Error &error, const QList<Error> &missing);
    // Stores after, the case as the command changed it from before: what another program
    // changed meanwhile is merged in, in one write transaction (ReplicaEditor::save).
    int save(const CaseRecord &before, const CaseRecord &after);

    CliApplication &m_cli;
};

} // namespace Fb
