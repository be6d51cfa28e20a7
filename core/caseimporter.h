#pragma once

#include "caserecord.h"
#include "casestore.h"
#include "localedits.h"
#include "result.h"

#include <QIODevice>
#include <QList>

#include <functional>

namespace Fb {

// One problem in an import file, with the 1-based line (JSON Lines) or array index + 1.
struct ImportProblem
{
    qint64 line = 0;
    Error error;
};

struct ImportReport
{
    qint64 imported = 0;
    QList<ImportProblem> problems;
};

// Reads cases from JSON Lines (one object per line), a JSON array or a single JSON object, and
// saves them as local edits (so a replica connected to a server pushes them). Every case is checked before anything is
// written; by default one bad case stops the whole import, so a file is imported whole or not at all.
class CaseImporter
{
public:
    enum class Policy {
        AllOrNothing,
        SkipInvalid, // import the valid cases, report the others
    };

    CaseImporter(LocalEdits &edits, const CaseValidator &validator);

    void setPolicy(Policy policy) { m_policy = policy; }

    // Called with the number of cases written so far.
    void setProgress(std::function<void(qint64)> progress) { m_progress = std::move(progress); }

    // A file's worth of problems is reported; more than this many stops the listing.
    static constexpr qsizetype MaxProblems = 100;

    Result<ImportReport> importFile(const QString &path);
    Result<ImportReport> importDevice(QIODevice &device);

    // Reads JSON Lines, a JSON array or one object from device and calls visit(line or item,
    // record-or-error) for each case, checked by validator, until visit returns false. Writes
    // nothing: the importers above decide what to keep.
    static Result<void> read(QIODevice &device,
                             const CaseValidator &validator,
                             const std::function<bool(qint64, Result<CaseRecord> &&)> &visit);

private:
    LocalEdits &m_edits;
    CaseStore &m_store;
    const CaseValidator &m_validator;
    Policy m_policy = Policy::AllOrNothing;
    std::function<void(qint64)> m_progress;
};

} // namespace Fb
