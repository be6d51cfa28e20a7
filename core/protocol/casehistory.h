#pragma once

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Fb {

// One field a revision changed: its value before and after (null where there was none).
struct HistoryChange
{
    QString path; // a field path as CaseFields names them: "summary", "sections.results", …
    QJsonValue before;
    QJsonValue after;
};

// One version of a case as the server stored it (case_revisions), with what it changed against
// the version before it that the reader may see.
struct HistoryRevision
{
    int version = 0;
    bool deleted = false;
    bool first = false; // the first version shown: created, or the first this reader may see
    QString user; // the account that wrote it
    QString at; // ISO 8601 UTC
    QList<HistoryChange> changes;
};

// A value someone's change replaced and the server archived (a conflict settled, a value sent
// over): kept so that nothing written is lost (docs/sync.md, "History").
struct HistoryDiscarded
{
    int version = 0;
    QString path;
    QJsonValue value;
    QString reason;
    QString user;
    QString at;
};

// The history of one case, as GET /api/v1/cases/ID/history answers it (docs/server.md). The
// server gives each reader the versions they may see (a draft's versions only to whoever may
// read the draft) and the discarded values only to whoever may write the case.
struct CaseHistory
{
    QString caseId;
    QList<HistoryRevision> revisions; // oldest first
    int hidden = 0; // versions this reader may not see
    bool discardedShown = false; // false: not this reader's to see (not: none)
    QList<HistoryDiscarded> discarded;

    QJsonObject toJson() const;
    static Result<CaseHistory> fromJson(const QJsonObject &object);

    // The fields after changed against before, one level down where people write separately
    // (CaseFields::diff), in path order; server-kept fields (updated_at, …) left out.
    static QList<HistoryChange> changesBetween(const QJsonObject &before, const QJsonObject &after);
};

} // namespace Fb
