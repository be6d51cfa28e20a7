#include "sqlresult.h"

using namespace Qt::StringLiterals;

namespace Fb {

Error sqlError(const QSqlError &e, const QString &what)
{
    // The drivers' native codes: SQLite's result codes (primary, or extended when the driver
    // reports them) and PostgreSQL's SQLSTATE.
    const QString native = e.nativeErrorCode();
    ErrorCode code = ErrorCode::DatabaseQueryFailed;
    if (native == "13"_L1 || native == "53100"_L1) { // SQLITE_FULL, disk_full
        code = ErrorCode::DiskFull;
    } else if (native == "5"_L1 || native == "6"_L1 || native == "517"_L1 || native == "55P03"_L1
               || native
                   == "40P01"_L1) { // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_BUSY_SNAPSHOT, lock_not_available, deadlock
        code = ErrorCode::DatabaseLocked;
    } else if (native == "2067"_L1 || native == "1555"_L1 || native == "19"_L1 || native == "23505"_L1) {
        // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY, SQLITE_CONSTRAINT (the primary code, when the
        // driver does not give the extended one), unique_violation
        code = ErrorCode::AlreadyExists;
    }
    return Error{code, what, e.text()};
}

Result<void> execute(QSqlQuery &q, const QString &what)
{
    if (!q.exec()) {
        return sqlError(q.lastError(), what);
    }
    return {};
}

Result<void> execute(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        return sqlError(q.lastError(), sql.left(60));
    }
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    return execute(q, sql.left(60));
}

} // namespace Fb
