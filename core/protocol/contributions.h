#pragma once

#include "caserecord.h"
#include "result.h"

#include <QStringList>

namespace Fb {

// Answers to questions and adoptions of cases: entries of a record that organisations other than
// its owner write, each organisation its own (docs/questions.md). The server enforces the rule on
// every write; clients ask it first and fill in what the server would refuse without.
class Contributions
{
public:
    struct Writer
    {
        QString user; // account name, stamped into what it writes
        QString organisation; // OrganisationId of the account
        bool administrator = false; // writes any organisation's entries
    };

    // Checks every answer and adoption that differs from before to after (before null for a new
    // record): each is added, changed or removed by the organisation it names. Stamps the added
    // and changed ones with the writer's name and, when empty, with now. Error: Forbidden with the
    // entry's path.
    static Result<void> check(const CaseRecord *before, CaseRecord &after, const Writer &writer, const QString &now);

    // Whether an update setting these paths touches contributions only: what someone who may read
    // a record but not write it may send.
    static bool onlyContributions(const QStringList &paths);
};

} // namespace Fb
