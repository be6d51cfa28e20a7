#pragma once

#include "loginstate.h"
#include "syncledger.h"

#include <QMetaType>
#include <QString>

namespace Fb {

// What the app shows of sync: where and who (the login), when, and what waits.
struct SyncStatus : LoginState
{
    QString lastSync; // ISO 8601 UTC, display only
    SyncCounts counts;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::SyncStatus)
