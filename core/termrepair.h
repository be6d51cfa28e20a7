#pragma once

#include <QString>
#include <QStringList>

namespace Fb {

// The pure half of repairing a query word the index does not have (FtsMatcher::search asks the
// index which of these exist): the spellings one typing mistake away, and the typed word's
// diacritics put back on what the index has (docs/search.md, "When the words together find
// little").
class TermRepair
{
public:
    // Every string one deletion, transposition, substitution or insertion away from folded (lower
    // case without diacritics, SearchQuery::fold), over the letters the index folds to: a–z.
    // Without folded itself, without duplicates, in a fixed order. With before, only those that
    // change the first before letters (the others begin as folded does).
    static QStringList editsOf(const QString &folded, qsizetype before = -1);

    // How many first letters FtsMatcher looks up edits of one by one; mistakes after them are
    // found among the index's tokens that begin with them.
    static constexpr qsizetype Head = 3;

    // The Levenshtein distance with adjacent transpositions, or max + 1 once it is over max.
    static int distance(QStringView a, QStringView b, int max);

    // found (folded, as the index has it) spelled with typed's diacritics and case where the two
    // agree letter by letter from the start and from the end: "nattilsyn" and "nattillsyn" give
    // "nattillsyn", "äldreomsorgn" and "aldreomsorg" give "äldreomsorg".
    static QString respell(const QString &typed, const QString &found);

    // The largest typing mistake looked for in a word of this length: 1, or 2 from LongWord on.
    static constexpr int LongWord = 8;

    static int tolerance(qsizetype length) { return length >= LongWord ? 2 : 1; }
};

} // namespace Fb
