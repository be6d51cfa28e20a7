#pragma once

#include "caserepository.h"
#include "result.h"

#include <QString>

namespace Fb {

// The change feed's cursor (docs/sync.md, "The change feed"): opaque to clients, it names the
// change a client has read up to by the bank's epoch, the change's sequence number and a tag of
// that change (its case and version). A server restored from a backup keeps its epoch when the
// restore did not set a new one (a PostgreSQL restore, a copied SQLite file); its sequence numbers
// then go back and are used again for other changes. A cursor past the head, or whose tag no longer
// matches its change, is answered like a cursor of another epoch, so the client reconciles instead
// of skipping the changes it has not seen.
class ChangeCursor
{
public:
    // The cursor just after change seq (0: before the first), tagged with that change.
    static Result<QString> at(const CaseRepository &cases, const QString &epoch, qint64 seq);
    static QString after(const QString &epoch, const Change &change);

    // The sequence number a cursor stands for in this bank; EpochChanged for a cursor of another
    // epoch, past the head or naming another change than the bank has at its place; InvalidValue
    // for one that is not a cursor at all.
    static Result<qint64> decode(const QString &cursor, const QString &epoch, const CaseRepository &cases);

private:
    static QString encode(const QString &epoch, qint64 seq, const QString &tag);
    static QString tag(const Change &change);
};

} // namespace Fb
