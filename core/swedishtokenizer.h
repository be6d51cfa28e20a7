#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sb_stemmer;

namespace Fb {

// The FTS5 tokenizer "swedish" (docs/search.md). For every word of a document it emits, at one
// position (FTS5_TOKEN_COLOCATED), the word in lower case without diacritics (å ä ö é → a a o e),
// its Snowball stem without diacritics, and for compounds the known parts and the rest of the
// word after each part (äldreomsorgslyftet → omsorgslyftet, lyftet, …) with their stems, so that
// a word is found by its parts and by inflected or unaccented forms.
//
// A query word becomes its stem without diacritics, which every form of the word in a document
// shares.
//
// Thread affinity: one instance per FTS5 table and connection; the Snowball stemmer it owns is not
// thread-safe. The dictionary of compound parts is shared and read-only.
class SwedishTokenizer
{
public:
    static constexpr auto Name = "swedish";
    // Shorter dictionary words would split too much (till|, över|…): not parts.
    static constexpr qsizetype MinPart = 4;

    enum class Mode {
        Document,
        Query,
    };

    struct Token
    {
        QString text;
        bool colocated = false;
        bool operator==(const Token &) const = default;
    };

    explicit SwedishTokenizer(const QSet<QString> &dictionary);
    ~SwedishTokenizer();
    SwedishTokenizer(const SwedishTokenizer &) = delete;
    SwedishTokenizer &operator=(const SwedishTokenizer &) = delete;

    // The tokens FTS5 gets for text.
    QList<Token> tokenize(const QString &text, Mode mode) const;

    // Calls emit for each token with the UTF-16 range of its word in text.
    void forEachToken(
        const QString &text,
        Mode mode,
        const std::function<bool(const QString &token, bool colocated, qsizetype start, qsizetype end)> &emit) const;

    // The Snowball stem of a lower-case word, without diacritics.
    QString stem(const QString &lowerWord) const;
    // The known parts of a folded compound and the rest of it after each part (both folded).
    QStringList compoundTokens(const QString &foldedWord) const;
    // A folded compound cut into known words from start to end, with the linking s of Swedish
    // compounds between them (aldreomsorgslyft → aldreomsorg, lyft), the last part possibly a rest
    // the dictionary does not know, as (start, length) ranges; empty when the word cannot be cut
    // into two or more parts that way.
    QList<std::pair<qsizetype, qsizetype>> compoundParts(const QString &foldedWord) const;

    // The words compounds are split into: lower-case, folded words of at least MinPart letters
    // and their stems, from texts.
    static QSet<QString> dictionaryFrom(const QStringList &texts);
    // From the vocabulary labels, the sample bank and the synonym list; built once.
    static const QSet<QString> &builtInDictionary();

    // Makes "swedish" available to CREATE VIRTUAL TABLE … USING fts5(tokenize='swedish') on this
    // connection. Must run on every connection before it touches such a table.
    static Result<void> registerWith(const QSqlDatabase &db);

private:
    void split(const QString &word,
               qsizetype from,
               qsizetype to,
               int depth,
               QList<qsizetype> &boundaries,
               QStringList &parts) const;

    QStringList documentTokens(const QString &lowerWord) const;
    // compoundParts() from position from on, parts so far in parts.
    bool cover(const QString &word, qsizetype from, QList<std::pair<qsizetype, qsizetype>> &parts) const;

    const QSet<QString> &m_dictionary;
    mutable QHash<QString, QStringList> m_cache; // lower-case word → its document tokens
    sb_stemmer *m_stemmer = nullptr;
    qsizetype m_longest = 0;
};

} // namespace Fb
