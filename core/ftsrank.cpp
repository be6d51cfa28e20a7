#include "ftsrank.h"

#include "fts5api.h"

#include <sqlite3.h>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argCount, sqlite3_value **args)
{
    const int phrases = api->xPhraseCount(fts);
    const int columns = api->xColumnCount(fts);
    int instances = 0;
    if (const int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    // Most queries have a handful of phrases and four columns: no allocation per row then.
    std::array<int, 64> small{};
    std::vector<int> large;
    int *tf = small.data();
    const auto cells = size_t(phrases) * size_t(columns);
    if (cells > small.size()) {
        large.assign(cells, 0);
        tf = large.data();
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases && column < columns) {
            ++tf[size_t(phrase) * size_t(columns) + size_t(column)];
        }
    }
    double score = 0;
    for (int c = 0; c < columns; ++c) {
        const double weight = c < argCount ? sqlite3_value_double(args[c]) : 1.0;
        for (int p = 0; p < phrases; ++p) {
            if (const int n = tf[size_t(p) * size_t(columns) + size_t(c)]; n > 0) {
                score += weight * double(n) / (double(n) + 1.2);
            }
        }
    }
    sqlite3_result_double(context, -score);
}

} // namespace

Result<void> FtsRank::registerWith(const QSqlDatabase &db)
{
    auto found = fts5Api(db);
    if (!found) {
        return found.error();
    }
    fts5_api *api = *found;
    if (api->xCreateFunction(api, Name, nullptr, rank, nullptr) != SQLITE_OK) {
        return Error{ErrorCode::DatabaseOpenFailed, db.databaseName(), u"cannot register fb_rank"_s};
    }
    return {};
}

} // namespace Fb
