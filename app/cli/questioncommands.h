#pragma once

#include "cliapplication.h"

#include <QCoreApplication>

namespace Fb {

// The CLI's questions and adoptions (docs/questions.md): question create|list|show|answer|close,
// adopt, start-from, verify, and news (what is new). Local edits through QuestionDesk, pushed by the next sync.
class QuestionCommands
{
    Q_DECLARE_TR_FUNCTIONS(Fb::QuestionCommands)

public:
    explicit QuestionCommands(CliApplication &cli);

    // sets: FIELD=VALUE of the question (summary, policy_areas, target_groups, municipalities, …).
    int create(const QString &title, const QStringList &sets);
    // state: only questions in this state; empty for all.
    int list(const QString &state);
    int answer(const QString &questionId, const QString &caseId, const QString &note);
    int close(const QString &questionId, const QString &state);
    // sets: FIELD=VALUE of the adoption (period, status, adaptation, outcome, case_id, name).
    int adopt(const QString &caseId, const QStringList &sets);
    int startFrom(const QString &originId);
    // Confirms that a published case of one's organisation still holds (QuestionDesk::verify).
    int verify(const QString &caseId);
    // What came for the user with the syncs (WhatsNew): the unread items, or all of them.
    int news(bool all);
    // Marks items read by their numbers; none: all of them.
    int markNewsRead(const QStringList &seqs);

private:
    // Prints the id of what was written, and what happens next.
    int written(const QString &id);

    CliApplication &m_cli;
};

} // namespace Fb
