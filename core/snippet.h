#pragma once

#include <QString>
#include <QStringList>

namespace Fb {

// A short excerpt of a case's text for the result list: the stretch with the most search words
// (matched as SearchQuery::highlights matches them: from the start of a word, ignoring case and
// diacritics), cut at word boundaries, with "…" where text was left out. Markdown marks and line
// breaks become plain spaces. Without any hit it is the beginning of the text.
class Snippet
{
public:
    static constexpr qsizetype DefaultLength = 160;

    // terms: folded, as SearchQuery::terms() gives them.
    static QString excerpt(const QString &text, const QStringList &terms, qsizetype length = DefaultLength);

    // The text as the excerpt shows it: Markdown marks (# * _ > ` and list dashes) dropped,
    // whitespace runs made one space.
    static QString plain(const QString &markdown);
};

} // namespace Fb
