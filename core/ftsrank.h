#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace Fb {

// The FTS5 auxiliary function fb_rank(table, weight…): a score for ranking large result sets
// cheaply (docs/search.md, Ranking and speed). Per row it counts the query's phrase instances per column and
// sums, over phrases and columns, weight × tf / (tf + 1.2) — BM25's term-frequency saturation
// without the inverse document frequency and the length normalisation, which make BM25 read every
// phrase's whole list once more and each row's column sizes. Negated like bm25(): lower is
// better. The weights are given per column in the table's order; missing ones count 1.
class FtsRank
{
public:
    static constexpr auto Name = "fb_rank";

    // Makes fb_rank available on this connection.
    static Result<void> registerWith(const QSqlDatabase &db);
};

} // namespace Fb
