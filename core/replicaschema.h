#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace Fb {

// The replica's schema: numbered migrations kept in PRAGMA user_version. Each step runs in one
// transaction, so a crash mid-upgrade leaves the previous version intact, and a file from a newer
// program is refused untouched (DatabaseTooNew).
class ReplicaSchema
{
public:
    static constexpr int Version = 12;

    static Result<int> version(const QSqlDatabase &db);
    static Result<void> migrate(QSqlDatabase db, const QString &path);
};

} // namespace Fb
