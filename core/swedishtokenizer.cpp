#include "swedishtokenizer.h"

#include "fts5api.h"
#include "samplebank.h"
#include "searchquery.h"
#include "synonyms.h"
#include "vocabularies.h"

#include <libstemmer.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

bool isTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

qsizetype utf8Length(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

// Words too common to be a compound's part: they would split "tillsammans" and "översikt".
bool isStopWord(const QString &folded)
{
    static const QSet<QString> stop{u"till"_s,  u"over"_s,  u"inte"_s,  u"aven"_s,   u"fran"_s,  u"under"_s,
                                    u"eller"_s, u"efter"_s, u"inom"_s,  u"utan"_s,   u"genom"_s, u"samt"_s,
                                    u"ocksa"_s, u"andra"_s, u"detta"_s, u"denna"_s,  u"dessa"_s, u"alla"_s,
                                    u"sina"_s,  u"sitt"_s,  u"hela"_s,  u"mellan"_s, u"vara"_s,  u"blir"_s,
                                    u"varit"_s, u"kan"_s,   u"som"_s,   u"med"_s,    u"mot"_s,   u"har"_s};
    return stop.contains(folded);
}

void appendUnique(QStringList &list, const QString &token)
{
    if (!token.isEmpty() && !list.contains(token)) {
        list.append(token);
    }
}

// --- the FTS5 side: C callbacks around one SwedishTokenizer per table and connection -----------

int createTokenizer(void * /*context*/, const char ** /*args*/, int /*argCount*/, Fts5Tokenizer **out)
{
    // The dictionary is built here, when the text index is first used, not when a replica is
    // opened: a program that does not touch the index (a sync that brings nothing, status) does
    // not pay for it (issue 18).
    *out = reinterpret_cast<Fts5Tokenizer *>(new SwedishTokenizer(SwedishTokenizer::builtInDictionary()));
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<SwedishTokenizer *>(tokenizer);
}

int tokenizeText(Fts5Tokenizer *tokenizer,
                 void *context,
                 int flags,
                 const char *text,
                 int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    const auto *self = reinterpret_cast<const SwedishTokenizer *>(tokenizer);
    const QString input = QString::fromUtf8(text, length);
    // FTS5 wants byte offsets into the UTF-8 text; the tokenizer works in UTF-16.
    QList<int> byteAt(input.size() + 1, 0);
    int bytes = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        byteAt[i] = bytes;
        const QChar c = input.at(i);
        if (c.isHighSurrogate()) {
            bytes += 4;
        } else if (!c.isLowSurrogate()) {
            bytes += int(utf8Length(c.unicode()));
        }
    }
    byteAt[input.size()] = bytes;
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? SwedishTokenizer::Mode::Query : SwedishTokenizer::Mode::Document;
    int rc = SQLITE_OK;
    self->forEachToken(input, mode, [&](const QString &t, bool colocated, qsizetype start, qsizetype end) {
        const QByteArray utf8 = t.toUtf8();
        rc = token(context,
                   colocated ? FTS5_TOKEN_COLOCATED : 0,
                   utf8.constData(),
                   int(utf8.size()),
                   byteAt.at(start),
                   byteAt.at(end));
        return rc == SQLITE_OK;
    });
    return rc;
}

} // namespace

SwedishTokenizer::SwedishTokenizer(const QSet<QString> &dictionary)
    : m_dictionary(dictionary)
    , m_stemmer(sb_stemmer_new("swedish", "UTF_8"))
{
    for (const QString &w : dictionary) {
        m_longest = std::max(m_longest, w.size());
    }
}

SwedishTokenizer::~SwedishTokenizer()
{
    if (m_stemmer) {
        sb_stemmer_delete(m_stemmer);
    }
}

QString SwedishTokenizer::stem(const QString &lowerWord) const
{
    if (!m_stemmer) {
        return SearchQuery::fold(lowerWord);
    }
    const QByteArray utf8 = lowerWord.toUtf8();
    const sb_symbol *stemmed =
        sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) {
        return SearchQuery::fold(lowerWord);
    }
    return SearchQuery::fold(QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer)));
}

void SwedishTokenizer::split(const QString &word,
                             qsizetype from,
                             qsizetype to,
                             int depth,
                             QList<qsizetype> &boundaries,
                             QStringList &parts) const
{
    qsizetype i = from;
    while (to - i >= MinPart) {
        qsizetype best = 0;
        // Greedy: the longest known word starting here, never the whole span itself.
        for (qsizetype len = std::min(to - i, m_longest); len >= MinPart; --len) {
            if (len != to - from && m_dictionary.contains(word.mid(i, len))) {
                best = len;
                break;
            }
        }
        if (best == 0) {
            ++i;
            continue;
        }
        appendUnique(parts, word.mid(i, best));
        if (i > 0 && !boundaries.contains(i)) {
            boundaries.append(i);
        }
        // A long part may itself be a compound (äldreomsorg in äldreomsorgslyftet).
        if (depth < 2 && best >= 2 * MinPart) {
            split(word, i, i + best, depth + 1, boundaries, parts);
        }
        i += best;
        // The linking s of Swedish compounds (omsorg|s|lyft).
        if (i < to && word.at(i) == u's' && to - i - 1 >= MinPart) {
            ++i;
        }
        if (i < to && to - i >= MinPart && !boundaries.contains(i)) {
            boundaries.append(i);
        }
    }
}

QStringList SwedishTokenizer::compoundTokens(const QString &foldedWord) const
{
    QStringList result;
    if (foldedWord.size() < 2 * MinPart || m_dictionary.isEmpty()) {
        return result;
    }
    QList<qsizetype> boundaries;
    QStringList parts;
    split(foldedWord, 0, foldedWord.size(), 0, boundaries, parts);
    for (const QString &p : std::as_const(parts)) {
        appendUnique(result, p);
    }
    for (qsizetype b : std::as_const(boundaries)) {
        if (foldedWord.size() - b >= MinPart) {
            appendUnique(result, foldedWord.mid(b));
        }
    }
    return result;
}

void SwedishTokenizer::forEachToken(const QString &text,
                                    Mode mode,
                                    const std::function<bool(const QString &, bool, qsizetype, qsizetype)> &emit) const
{
    qsizetype i = 0;
    while (i < text.size()) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        const qsizetype width = c > 0xffff ? 2 : 1;
        if (!isTokenChar(c)) {
            i += width;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size()) {
            const char32_t d = text.at(i).isHighSurrogate() && i + 1 < text.size()
                ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                : text.at(i).unicode();
            if (!isTokenChar(d)) {
                break;
            }
            i += d > 0xffff ? 2 : 1;
        }
        const QString lower = text.mid(start, i - start).toLower();
        const QStringList tokens = mode == Mode::Query ? QStringList{stem(lower)} : documentTokens(lower);
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (!emit(tokens.at(t), t > 0, start, i)) {
                return;
            }
        }
    }
}

QStringList SwedishTokenizer::documentTokens(const QString &lower) const
{
    // Documents repeat their words: stemming and splitting each once per tokenizer is most of the
    // saving when the index is built. Bounded, as a long-lived connection sees many words.
    if (const auto it = m_cache.constFind(lower); it != m_cache.cend()) {
        return *it;
    }
    if (m_cache.size() > 200'000) {
        m_cache.clear();
    }
    // Folded first: it owns the position. The spelling with diacritics is not indexed: no query
    // asks for it (docs/search.md), and leaving it out made the index smaller and faster.
    const QString folded = SearchQuery::fold(lower);
    QStringList tokens{folded};
    appendUnique(tokens, stem(lower));
    for (const QString &part : compoundTokens(folded)) {
        appendUnique(tokens, part);
        // Stemmed as spelled, like a query word: the stemmer treats å ä ö as vowels of their own
        // (områden → områd, but omraden → omr). Folding keeps positions, so the part's spelling
        // is at the same place in lower.
        const qsizetype at = folded.indexOf(part);
        appendUnique(tokens, stem(at >= 0 ? lower.mid(at, part.size()) : part));
    }
    m_cache.insert(lower, tokens);
    return tokens;
}

bool SwedishTokenizer::cover(const QString &word, qsizetype from, QList<std::pair<qsizetype, qsizetype>> &parts) const
{
    if (from == word.size()) {
        return parts.size() >= 2;
    }
    // The longest known word first, never the whole word; a shorter one when the rest cannot be
    // covered after it (aldreomsorgslyft|et fails, aldreomsorg|s|lyftet does).
    for (qsizetype len = std::min(word.size() - from, m_longest); len >= MinPart; --len) {
        if (len == word.size() || !m_dictionary.contains(word.mid(from, len))) {
            continue;
        }
        parts.append({from, len});
        const qsizetype next = from + len;
        // The linking s of Swedish compounds (omsorg|s|lyft).
        if (next < word.size() && word.at(next) == u's' && word.size() - next - 1 >= MinPart
            && cover(word, next + 1, parts)) {
            return true;
        }
        if (cover(word, next, parts)) {
            return true;
        }
        parts.removeLast();
    }
    // After a known part, a rest of a part's length is the last part, as the index has it
    // (compoundTokens): lyftet in aldreomsorgslyftet.
    if (!parts.isEmpty() && word.size() - from >= MinPart) {
        parts.append({from, word.size() - from});
        return true;
    }
    return false;
}

QList<std::pair<qsizetype, qsizetype>> SwedishTokenizer::compoundParts(const QString &foldedWord) const
{
    QList<std::pair<qsizetype, qsizetype>> parts;
    if (foldedWord.size() < 2 * MinPart || !cover(foldedWord, 0, parts)) {
        return {};
    }
    return parts;
}

QList<SwedishTokenizer::Token> SwedishTokenizer::tokenize(const QString &text, Mode mode) const
{
    QList<Token> result;
    forEachToken(text, mode, [&](const QString &t, bool colocated, qsizetype, qsizetype) {
        result.append({t, colocated});
        return true;
    });
    return result;
}

QSet<QString> SwedishTokenizer::dictionaryFrom(const QStringList &texts)
{
    QSet<QString> words;
    sb_stemmer *stemmer = sb_stemmer_new("swedish", "UTF_8");
    const auto add = [&](const QString &lower) {
        const QString folded = SearchQuery::fold(lower);
        if (folded.size() >= MinPart && !isStopWord(folded) && !folded.front().isDigit()) {
            words.insert(folded);
        }
    };
    for (const QString &text : texts) {
        QString current;
        const auto flush = [&] {
            if (current.isEmpty()) {
                return;
            }
            const QString lower = std::exchange(current, {}).toLower();
            add(lower);
            if (stemmer) {
                const QByteArray utf8 = lower.toUtf8();
                const sb_symbol *s =
                    sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
                if (s) {
                    add(QString::fromUtf8(reinterpret_cast<const char *>(s), sb_stemmer_length(stemmer)));
                }
            }
        };
        for (QChar c : text) {
            if (c.isLetterOrNumber() || c.isMark()) {
                current += c;
            } else {
                flush();
            }
        }
        flush();
    }
    if (stemmer) {
        sb_stemmer_delete(stemmer);
    }
    return words;
}

const QSet<QString> &SwedishTokenizer::builtInDictionary()
{
    static const QSet<QString> dictionary = [] {
        QStringList texts = Synonyms::builtIn().members();
        if (auto vocabularies = Vocabularies::builtIn()) {
            for (const QString &name : vocabularies->names()) {
                for (const VocabularyEntry &e : vocabularies->vocabulary(name).entries()) {
                    texts.append(e.swedish);
                }
            }
        }
        if (auto sample = SampleBank::load()) {
            for (const CaseRecord &c : std::as_const(*sample)) {
                texts << c.title << c.shortName << c.summary << c.tags.join(u' ');
                for (const QString &s : c.sections) {
                    texts.append(s);
                }
            }
        }
        return dictionaryFrom(texts);
    }();
    return dictionary;
}

Result<void> SwedishTokenizer::registerWith(const QSqlDatabase &db)
{
    auto found = fts5Api(db);
    if (!found) {
        return found.error();
    }
    fts5_api *api = *found;
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenizeText};
    if (api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        return Error{ErrorCode::DatabaseOpenFailed, db.databaseName(), u"cannot register the tokenizer"_s};
    }
    return {};
}

} // namespace Fb
