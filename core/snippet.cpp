#include "snippet.h"

#include "searchquery.h"

using namespace Qt::StringLiterals;

namespace Fb {

QString Snippet::plain(const QString &markdown)
{
    QString result;
    result.reserve(markdown.size());
    bool lineStart = true;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (c.isSpace()) {
            lineStart = lineStart || c == u'\n';
            if (!result.isEmpty() && !result.endsWith(u' ')) {
                result += u' ';
            }
            continue;
        }
        // Emphasis and code marks anywhere; headings, quotes and list bullets at a line's start.
        if (c == u'*' || c == u'_' || c == u'`' || (lineStart && (c == u'#' || c == u'>' || c == u'-'))) {
            continue;
        }
        lineStart = false;
        result += c;
    }
    return result.trimmed();
}

QString Snippet::excerpt(const QString &text, const QStringList &terms, qsizetype length)
{
    const QString flat = plain(text);
    if (flat.size() <= length) {
        return flat;
    }
    // The window of the given length that holds the most hits, anchored at its first hit.
    const QList<SearchQuery::Range> hits = SearchQuery::highlights(flat, terms);
    qsizetype anchor = 0;
    qsizetype most = 0;
    for (qsizetype i = 0, j = 0; i < hits.size(); ++i) {
        j = std::max(j, i);
        while (j + 1 < hits.size() && hits.at(j + 1).start + hits.at(j + 1).length <= hits.at(i).start + length) {
            ++j;
        }
        if (j - i + 1 > most) {
            most = j - i + 1;
            anchor = hits.at(i).start;
        }
    }
    // A few words before the hit for context, but never past the end of the text.
    qsizetype start = std::min(std::max<qsizetype>(0, anchor - length / 5), flat.size() - length);
    if (start > 0 && !flat.at(start - 1).isSpace()) {
        // From the start of the next word.
        const qsizetype space = flat.indexOf(u' ', start);
        start = space >= 0 && space < anchor ? space + 1 : start;
    }
    qsizetype end = std::min(flat.size(), start + length);
    if (end < flat.size() && !flat.at(end).isSpace()) {
        const qsizetype space = flat.lastIndexOf(u' ', end);
        end = space > start ? space : end;
    }
    QString result = flat.mid(start, end - start).trimmed();
    if (start > 0) {
        result.prepend(u"… "_s);
    }
    if (end < flat.size()) {
        result.append(u" …"_s);
    }
    return result;
}

} // namespace Fb
