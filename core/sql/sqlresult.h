#pragma once

#include "result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace Fb {

// A database's failure as our error, for SQLite and PostgreSQL alike: a full disk and a busy or
// locked database get codes of their own, because the user can do something about them, and a
// unique-key violation is AlreadyExists.
Error sqlError(const QSqlError &error, const QString &what);
// Runs a prepared query.
Result<void> execute(QSqlQuery &query, const QString &what);
// Prepares sql on db, binds values in order and runs it.
Result<void> execute(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values);

} // namespace Fb
