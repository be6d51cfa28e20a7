#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Fb {

// Turns what a user types into an FTS5 query. Words match as prefixes (results as you type),
// "quoted phrases" match as phrases and -word excludes every word it begins; with Expansion::Full a
// word or phrase also matches its synonyms. FTS5 syntax in the input is never
// interpreted, so no input can produce an FTS5 syntax error.
class SearchQuery
{
public:
    enum class Expansion {
        // Each word and phrase as typed: what any FTS5 tokenizer understands.
        None,
        // For the "swedish" tokenizer (docs/search.md): only the word being typed (the last, with
        // nothing after it) is a prefix, a finished word matches its stem (every inflected form,
        // compounds by their parts), and each word or phrase also matches its synonyms and
        // acronyms (Synonyms). AND between words.
        Full,
    };

    static SearchQuery parse(const QString &text, Expansion expansion = Expansion::None);

    bool isEmpty() const { return m_ftsQuery.isEmpty(); }

    const QString &ftsQuery() const { return m_ftsQuery; }

    // With Expansion::Full, ftsQuery() with each finished compound word replaced by all of its
    // parts (äldreomsorgslyftet → "äldreomsorg" AND "lyftet"): the cases that speak of the
    // compound's parts apart ("lyft för äldreomsorgen"). Empty when no word is a compound the
    // dictionary can cut. CaseStore::search shows them after a search that finds few.
    const QString &partsQuery() const { return m_partsQuery; }

    // With Expansion::Full, ftsQuery() without the synonyms: the words as typed. Empty when no
    // word has a synonym. FtsMatcher::search ranks the cases it matches ahead of those found only
    // through a synonym, among the first rows.
    const QString &typedQuery() const { return m_typedQuery; }

    // Folded words and phrases to highlight.
    const QStringList &terms() const { return m_terms; }

    // One word or "phrase" the query asks for (not an exclusion), in the order typed.
    struct Group
    {
        QString fts; // its FTS5 expression, with its synonyms (Expansion::Full)
        QString parts; // a compound word's parts, all of them: as in partsQuery(); else empty
        QString typed; // lower case as typed, diacritics kept; a phrase without its quotes
        bool phrase = false;
        bool prefix = false; // the word being typed
        bool filler = false; // a question or filler word (isFiller)
    };

    // What ftsQuery() joins with AND, before the exclusions: what FtsMatcher tries apart when the
    // words together find few (docs/search.md, "When the words together find little").
    const QList<Group> &groups() const { return m_groups; }

    // The exclusions, " NOT (…)", or empty: what every query built from groups() ends with.
    const QString &excluded() const { return m_excluded; }

    // Swedish question and filler words (hur, vad, vi, kan, får, att, för, med, …), folded: a
    // search of several words does not need them to match.
    static bool isFiller(const QString &foldedWord);

    // The words and phrases to find (not the excluded ones, not synonyms) in lower case as typed,
    // with their diacritics: what ExactSpelling ranks first.
    const QStringList &spellings() const { return m_spellings; }

    // Lower case without diacritics, character by character, so positions in the folded string
    // equal positions in the original (å→a, ä→a, ö→o, é→e). Used for highlighting.
    static QString fold(const QString &text);

    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Range &) const = default;
    };

    // Where terms (folded, as terms() gives them) occur in text, matched the way the search
    // matches: from the start of a word, ignoring case and diacritics. Sorted, not overlapping.
    static QList<Range> highlights(const QString &text, const QStringList &terms);

private:
    QString m_ftsQuery;
    QString m_partsQuery;
    QString m_typedQuery;
    QStringList m_terms;
    QStringList m_spellings;
    QList<Group> m_groups;
    QString m_excluded;
};

} // namespace Fb
