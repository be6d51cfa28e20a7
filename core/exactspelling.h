#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Fb {

class CaseStore;

// Exact spelling ranks first. The index folds å, ä, ö and stems every word, so "bostäder" also
// finds "bostad" and "aldreomsorg" finds "äldreomsorg", and BM25 cannot tell the spellings apart.
// Among the first Rows of a ranking, the cases whose title or summary has every typed word and
// phrase as it was typed move ahead of the others; each group keeps its order. Reading Rows short
// texts costs a fraction of a millisecond (docs/search.md, "Exact spelling").
class ExactSpelling
{
public:
    static constexpr int Rows = 20;

    // Whether each spelling (as SearchQuery::spellings gives them) begins a word of text; case
    // does not matter, diacritics do.
    static bool matches(const QString &text, const QStringList &spellings);

    static Result<void> rankFirst(QList<qint64> &rows, const QStringList &spellings, const CaseStore &store);
    // The same with the first rows' title and summary already read (CaseStore::TextPart::Headline).
    static void rankFirst(QList<qint64> &rows, const QStringList &spellings, const QHash<qint64, QString> &headlines);
};

} // namespace Fb
