#include "searchquery.h"

#include "swedishtokenizer.h"
#include "synonyms.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;

namespace Fb {

namespace {

// The token characters of FTS5's unicode61 tokenizer: letters, numbers and marks.
bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QStringList tokens(QStringView text)
{
    QStringList result;
    QString current;
    for (QChar c : text) {
        if (isTokenChar(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            result.append(std::exchange(current, {}));
        }
    }
    if (!current.isEmpty()) {
        result.append(current);
    }
    return result;
}

QString quoted(const QStringList &words)
{
    // Tokens hold only letters, numbers and marks, so they need no escaping inside quotes.
    return u'"' + words.join(u' ') + u'"';
}

// One positive word or phrase with its alternatives, the synonyms; parenthesised when there are any.
QString expanded(const QStringList &words, bool prefix, QStringList &terms)
{
    const QString star = prefix ? u"*"_s : QString();
    QStringList alternatives{quoted(words) + star};
    for (const QString &synonym : Synonyms::builtIn().alternatives(SearchQuery::fold(words.join(u' ')))) {
        const QStringList synonymWords = tokens(synonym);
        if (!synonymWords.isEmpty()) {
            alternatives.append(quoted(synonymWords));
            terms.append(SearchQuery::fold(synonymWords.join(u' ')));
        }
    }
    return alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(u" OR "_s) + u')';
}

// A word taken as finished even while it may still be being typed: a long word the compound
// dictionary knows, whose stem finds its inflected forms and its compounds (where it is a part),
// and an acronym or name of the synonym list longer than the prefix index's prefixes (Finsam,
// BBIC), which the user means as it is. Their prefix — merging every index term it begins, 9 ms for
// "samordningsförbund" and 3 ms for "finsam" at 50,000 cases — would add little; a longer word
// they begin is found once one more letter is typed.
bool knownWhole(const QString &word)
{
    const QString folded = SearchQuery::fold(word);
    return (folded.size() >= 2 * SwedishTokenizer::MinPart && SwedishTokenizer::builtInDictionary().contains(folded))
        || (folded.size() > 3 && Synonyms::builtIn().isName(folded));
}

// A finished word's parts as the user spelled them (the last with the word's ending), cut where
// the dictionary cuts its stem; empty for a word that is no compound.
QStringList compoundParts(const QString &word)
{
    // The stemmer is not thread-safe; searches run on the replica's worker and in tests.
    thread_local const SwedishTokenizer splitter(SwedishTokenizer::builtInDictionary());
    const QString lower = word.toLower();
    const QString stem = splitter.stem(lower);
    if (!SearchQuery::fold(lower).startsWith(stem)) {
        return {};
    }
    const auto ranges = splitter.compoundParts(stem);
    QStringList parts;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        parts.append(i + 1 < ranges.size() ? lower.mid(ranges.at(i).first, ranges.at(i).second)
                                           : lower.mid(ranges.at(i).first));
    }
    return parts;
}

} // namespace

bool SearchQuery::isFiller(const QString &foldedWord)
{
    // Words that carry a question's grammar, not its subject: what officials type around the
    // subject ("hur får vi socialsekreterare att stanna"). Folded, so "får" and "för" are "far"
    // and "for". Not "inte" or "utan": they change what is asked. Sorted, for binary_search.
    static constexpr std::array words{
        u"ar"sv,     u"at"sv,    u"att"sv,   u"av"sv,    u"battre"sv,  u"bland"sv, u"bli"sv,   u"blir"sv,   u"bor"sv,
        u"bra"sv,    u"dar"sv,   u"de"sv,    u"dem"sv,   u"den"sv,     u"det"sv,   u"dom"sv,   u"du"sv,     u"eller"sv,
        u"en"sv,     u"er"sv,    u"era"sv,   u"ett"sv,   u"exempel"sv, u"fa"sv,    u"far"sv,   u"finns"sv,  u"for"sv,
        u"fran"sv,   u"genom"sv, u"gor"sv,   u"gora"sv,  u"ha"sv,      u"hade"sv,  u"har"sv,   u"hos"sv,    u"hur"sv,
        u"i"sv,      u"inom"sv,  u"jag"sv,   u"kan"sv,   u"kring"sv,   u"kunna"sv, u"man"sv,   u"maste"sv,  u"med"sv,
        u"mer"sv,    u"mest"sv,  u"mot"sv,   u"nagon"sv, u"nagot"sv,   u"nagra"sv, u"nar"sv,   u"ni"sv,     u"nu"sv,
        u"och"sv,    u"ocksa"sv, u"om"sv,    u"oss"sv,   u"pa"sv,      u"sa"sv,    u"sig"sv,   u"sin"sv,    u"sina"sv,
        u"sitt"sv,   u"ska"sv,   u"skall"sv, u"som"sv,   u"till"sv,    u"tips"sv,  u"vad"sv,   u"var"sv,    u"vara"sv,
        u"varfor"sv, u"varje"sv, u"vart"sv,  u"vem"sv,   u"vi"sv,      u"vid"sv,   u"vilka"sv, u"vilken"sv, u"vilket"sv,
        u"vill"sv,
    };
    static_assert(std::is_sorted(words.begin(), words.end()));
    return std::binary_search(
        words.begin(),
        words.end(),
        std::u16string_view(reinterpret_cast<const char16_t *>(foldedWord.utf16()), size_t(foldedWord.size())));
}

QString SearchQuery::fold(const QString &text)
{
    QString result = text.toLower();
    for (QChar &c : result) {
        if (c.unicode() >= 0x80 && c.decompositionTag() == QChar::Canonical) {
            const QString d = c.decomposition();
            if (!d.isEmpty()) {
                c = d.at(0);
            }
        }
    }
    return result;
}

QList<SearchQuery::Range> SearchQuery::highlights(const QString &text, const QStringList &terms)
{
    QList<Range> ranges;
    if (terms.isEmpty() || text.isEmpty()) {
        return ranges;
    }
    const QString folded = fold(text);
    for (const QString &term : terms) {
        if (term.isEmpty()) {
            continue;
        }
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            if (at == 0 || !isTokenChar(folded.at(at - 1))) {
                ranges.append({at, term.size()});
            }
        }
    }
    // Merge overlaps ("äldre" and "äldreomsorg" both typed) so each character is marked once.
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) {
        return a.start < b.start;
    });
    QList<Range> merged;
    for (const Range &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length) {
            Range &last = merged.last();
            last.length = std::max(last.start + last.length, r.start + r.length) - last.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

SearchQuery SearchQuery::parse(const QString &text, Expansion expansion)
{
    SearchQuery q;
    QStringList positive;
    QStringList positiveParts; // positive with compounds cut into their parts
    QStringList typed; // positive without synonyms
    bool split = false;
    QStringList negative;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const bool exclude = c == u'-' && i + 1 < text.size() && !text.at(i + 1).isSpace();
        if (exclude) {
            ++i;
        }
        if (text.at(i) == u'"') {
            qsizetype end = text.indexOf(u'"', i + 1);
            if (end < 0) {
                end = text.size();
            }
            const QStringList words = tokens(QStringView(text).mid(i + 1, end - i - 1));
            i = end + 1;
            if (words.isEmpty()) {
                continue;
            }
            if (exclude) {
                negative.append(quoted(words));
            } else {
                q.m_terms.append(fold(words.join(u' ')));
                q.m_spellings.append(words.join(u' ').toLower());
                positive.append(expansion == Expansion::Full ? expanded(words, false, q.m_terms) : quoted(words));
                typed.append(quoted(words));
                positiveParts.append(positive.last());
                q.m_groups.append({positive.last(), {}, words.join(u' ').toLower(), true, false, false});
            }
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace()) {
            ++end;
        }
        const QStringList words = tokens(QStringView(text).mid(i, end - i));
        i = end;
        // "lss/sol" or "e-tjänst" split into several tokens; each must match.
        for (qsizetype k = 0; k < words.size(); ++k) {
            const QString &w = words.at(k);
            // Prefixes of one letter would match half the bank and are slow; match them whole.
            // Exclusions are prefixes too: -gnesta also drops Gnestamodellen. With Expansion::Full
            // only the word being typed (the last, with nothing after it) is a prefix: the stems
            // and compound parts of the Swedish index find a finished word's other forms, and a
            // prefix of a common word ("kommun"*) merges the lists of every word it begins,
            // which costs four times the word's own (docs/search.md, Ranking and speed).
            const bool typing = expansion == Expansion::None || (i == text.size() && k == words.size() - 1);
            const bool prefix = w.size() >= 2 && typing && !(expansion == Expansion::Full && knownWhole(w));
            const QString term = quoted({w}) + (prefix ? u"*"_s : QString());
            if (exclude) {
                negative.append(term);
            } else {
                q.m_terms.append(fold(w));
                q.m_spellings.append(w.toLower());
                positive.append(expansion == Expansion::Full ? expanded({w}, prefix, q.m_terms) : term);
                typed.append(term);
                // A word still being typed is no compound yet.
                const QStringList parts = expansion == Expansion::Full && !prefix ? compoundParts(w) : QStringList();
                QStringList quotedParts;
                for (const QString &p : parts) {
                    quotedParts.append(quoted({p}));
                }
                const QString allParts = parts.isEmpty() ? QString() : u'(' + quotedParts.join(u" AND "_s) + u')';
                positiveParts.append(parts.isEmpty() ? positive.last() : allParts);
                split |= !parts.isEmpty();
                q.m_groups.append({positive.last(), allParts, w.toLower(), false, prefix, isFiller(fold(w))});
            }
        }
    }
    if (positive.isEmpty()) {
        // FTS5 cannot express "everything except"; a query of exclusions alone matches all.
        return q;
    }
    // FTS5 wants an explicit AND between parenthesised groups.
    q.m_ftsQuery = positive.join(expansion == Expansion::Full ? u" AND "_s : u" "_s);
    q.m_excluded = negative.isEmpty() ? QString() : u" NOT ("_s + negative.join(u" OR "_s) + u')';
    q.m_ftsQuery += q.m_excluded;
    if (typed != positive) {
        q.m_typedQuery = typed.join(u" AND "_s) + q.m_excluded;
    }
    if (split) {
        q.m_partsQuery = positiveParts.join(u" AND "_s) + q.m_excluded;
    }
    return q;
}

} // namespace Fb
