#include "sqlresult.h"

namespace Fb {

Error sqlError(const QSqlError &e, const QString &what)
{
    // SQLite's primary result codes: 5 BUSY, 6 LOCKED, 13 FULL.
    const int code = e.nativeErrorCode().toInt();
    ErrorCode c = ErrorCode::DatabaseQueryFailed;
    if (code == 13) {
        c = ErrorCode::DiskFull;
    } else if (code == 5 || code == 6) {
        c = ErrorCode::DatabaseLocked;
    }
    return Error{c, what, e.text()};
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
