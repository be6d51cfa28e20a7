#pragma once

#include <QList>
#include <QString>

namespace Fb {

// Word-level differences between two texts, for showing what each side of a conflict changed.
namespace WordDiff {

struct Piece
{
    enum class Kind {
        Same,
        Removed, // only in the first text
        Added, // only in the second text
    };

    Kind kind = Kind::Same;
    QString text; // words with the spaces that follow them

    bool operator==(const Piece &) const = default;
};

// Above this many words on either side the texts are compared as wholes (the table would be
// too large to be quick).
inline constexpr qsizetype MaxWords = 1500;

QList<Piece> diff(const QString &from, const QString &to);

} // namespace WordDiff

} // namespace Fb
