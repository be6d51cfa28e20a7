#include "fts5api.h"

#include <QSqlDriver>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Fb {

Result<fts5_api *> fts5Api(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return Error{ErrorCode::DatabaseOpenFailed, db.databaseName(), u"not an SQLite connection"_s};
    }
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    // FTS5 hands out its interface only through this query (the SQLite documentation's way).
    if (sqlite && sqlite3_prepare_v2(sqlite, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api) {
        return Error{ErrorCode::DatabaseOpenFailed, db.databaseName(), u"SQLite has no FTS5"_s};
    }
    return api;
}

} // namespace Fb
