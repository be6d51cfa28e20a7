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
//
// A cursor also names the view it was read under (CasePermissions::view): what decided which cases
// the reader could see. The feed read under an older view (the user got another role or moved to
// another organisation) starts again from the beginning, so that what the reader may now see
// arrives and what they may no longer see leaves their replica.
class ChangeCursor
{
public:
    struct Position
    {
        qint64 seq = 0;
        QString view; // empty in cursors written before views
    };

    // The cursor just after change seq (0: before the first), tagged with that change.
    static Result<QString> at(const CaseRepository &cases, const QString &epoch, qint64 seq, const QString &view);
    static QString after(const QString &epoch, const Change &change, const QString &view);

    // The position a cursor stands for in this bank; EpochChanged for a cursor of another epoch,
    // past the head or naming another change than the bank has at its place; InvalidValue for one
    // that is not a cursor at all. The empty cursor is the beginning.
    static Result<Position> decode(const QString &cursor, const QString &epoch, const CaseRepository &cases);

private:
    static QString encode(const QString &epoch, qint64 seq, const QString &tag, const QString &view);
    static QString tag(const Change &change);
};

} // namespace Fb
