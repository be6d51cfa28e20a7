#include "worddiff.h"

#include <vector>

namespace Fb::WordDiff {

namespace {

// Words keep their trailing white space, so joining the pieces gives the texts back exactly.
QStringList words(const QString &text)
{
    QStringList result;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text.at(i).isSpace()) {
            ++i;
        }
        while (i < text.size() && text.at(i).isSpace()) {
            ++i;
        }
        result.append(text.mid(start, i - start));
        start = i;
    }
    return result;
}

void append(QList<Piece> &pieces, Piece::Kind kind, const QString &text)
{
    if (!pieces.isEmpty() && pieces.last().kind == kind) {
        pieces.last().text += text;
    } else {
        pieces.append(Piece{kind, text});
    }
}

} // namespace

QList<Piece> diff(const QString &from, const QString &to)
{
    const QStringList a = words(from);
    const QStringList b = words(to);
    QList<Piece> pieces;
    if (a.size() > MaxWords || b.size() > MaxWords) {
        if (from == to) {
            append(pieces, Piece::Kind::Same, from);
        } else {
            append(pieces, Piece::Kind::Removed, from);
            append(pieces, Piece::Kind::Added, to);
        }
        return pieces;
    }
    // Longest common subsequence of words, filled from the end so the walk goes forwards.
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<quint16> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](size_t i, size_t j) {
        return i * (m + 1) + j;
    };
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[at(i, j)] = a[qsizetype(i)].trimmed() == b[qsizetype(j)].trimmed()
                ? quint16(lcs[at(i + 1, j + 1)] + 1)
                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    size_t i = 0;
    size_t j = 0;
    while (i < n && j < m) {
        if (a[qsizetype(i)].trimmed() == b[qsizetype(j)].trimmed()) {
            append(pieces, Piece::Kind::Same, b[qsizetype(j)]);
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            append(pieces, Piece::Kind::Removed, a[qsizetype(i++)]);
        } else {
            append(pieces, Piece::Kind::Added, b[qsizetype(j++)]);
        }
    }
    for (; i < n; ++i) {
        append(pieces, Piece::Kind::Removed, a[qsizetype(i)]);
    }
    for (; j < m; ++j) {
        append(pieces, Piece::Kind::Added, b[qsizetype(j)]);
    }
    return pieces;
}

} // namespace Fb::WordDiff
