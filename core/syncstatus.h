#pragma once

#include "syncledger.h"

#include <QMetaType>
#include <QString>

namespace Fb {

// What the app shows of sync: where, who, when, and what waits.
struct SyncStatus
{
    QString serverUrl;
    QString user;
    QString caFile;
    QString role; // the user's role at login (lasare, redaktor, samordnare, administrator)
    QString organisationId; // the user's organisation at login (kommun:0461, region:10, …)
    QString lastSync; // ISO 8601 UTC, display only
    SyncCounts counts;

    bool configured() const { return !serverUrl.isEmpty() && !user.isEmpty(); }
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::SyncStatus)
