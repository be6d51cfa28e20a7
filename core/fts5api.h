#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace Fb {

// SQLite's FTS5 extension interface of a Qt SQLite connection, to register tokenizers and
// functions with (SwedishTokenizer, FtsRank). DatabaseOpenFailed when the connection is not
// SQLite or its SQLite has no FTS5.
Result<fts5_api *> fts5Api(const QSqlDatabase &db);

} // namespace Fb
