#include "thesaurus.h"

#include "searchquery.h"
#include "swedishtokenizer.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Far above the Swedish thesaurus (500 KB): a file this large is not one.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

Error invalid(const QString &detail)
{
    return {ErrorCode::InvalidValue, {}, u"thesaurus: "_s + detail};
}

// "word (generic term)" and "(adj)" annotations are not words to search for.
QString plainWord(QStringView text)
{
    const qsizetype paren = text.indexOf(u'(');
    return (paren >= 0 ? text.left(paren) : text).trimmed().toString();
}

} // namespace

Result<Thesaurus> Thesaurus::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileOpenFailed, path, file.errorString()};
    }
    if (file.size() > MaxFileSize) {
        return Error{ErrorCode::FileTooLarge, path, u"a thesaurus of %1 bytes"_s.arg(file.size())};
    }
    return fromData(file.readAll());
}

Result<Thesaurus> Thesaurus::fromData(const QByteArray &data)
{
    const qsizetype firstEnd = data.indexOf('\n');
    const QByteArray encoding = data.left(firstEnd).trimmed().toUpper();
    QString text;
    if (encoding == "UTF-8") {
        text = QString::fromUtf8(data.mid(firstEnd + 1));
    } else if (encoding == "ISO-8859-1" || encoding == "ISO8859-1") {
        text = QString::fromLatin1(data.mid(firstEnd + 1));
    } else {
        return invalid(u"unknown encoding “%1” on the first line"_s.arg(QString::fromLatin1(encoding.left(40))));
    }
    const QStringList lines = text.split(u'\n');
    Thesaurus t;
    // The tokenizer without compound parts is a Snowball stemmer: made where it is needed, as
    // look-ups are rare (a word no case has) and it is not thread-safe.
    const QSet<QString> noParts;
    const SwedishTokenizer stemmer(noParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = QStringView(lines.at(i)).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype bar = line.lastIndexOf(u'|');
        bool ok = false;
        const int meanings = bar > 0 ? line.mid(bar + 1).toInt(&ok) : 0;
        if (!ok || meanings < 0 || i + meanings >= lines.size()) {
            return invalid(u"line %1 is not an entry “word|meanings”"_s.arg(i + 2));
        }
        const QString headword = plainWord(line.left(bar));
        QStringList words;
        for (int m = 0; m < meanings; ++m) {
            const QStringList fields = lines.at(++i).split(u'|');
            // The first field is the word class, the rest the words.
            for (qsizetype f = 1; f < fields.size(); ++f) {
                const QString w = plainWord(fields.at(f));
                if (!w.isEmpty() && !w.contains(u'"') && !words.contains(w)
                    && SearchQuery::fold(w) != SearchQuery::fold(headword)) {
                    words.append(w);
                }
            }
        }
        if (headword.isEmpty() || words.isEmpty()) {
            continue;
        }
        const QString key = SearchQuery::fold(headword);
        QStringList &entry = t.m_entries[key];
        for (const QString &w : std::as_const(words)) {
            if (!entry.contains(w)) {
                entry.append(w);
            }
        }
        if (!headword.contains(u' ')) {
            QStringList &sameStem = t.m_byStem[stemmer.stem(headword.toLower())];
            if (!sameStem.contains(key)) {
                sameStem.append(key);
            }
        }
    }
    return t;
}

QStringList Thesaurus::related(const QString &word) const
{
    const QSet<QString> noParts;
    const SwedishTokenizer stemmer(noParts);
    const QString key = SearchQuery::fold(word);
    const QString stem = stemmer.stem(word.toLower());
    QStringList result = m_entries.value(key);
    if (result.isEmpty()) {
        for (const QString &headword : m_byStem.value(stem)) {
            for (const QString &w : m_entries.value(headword)) {
                if (!result.contains(w)) {
                    result.append(w);
                }
            }
        }
    }
    // A word whose own entry names this word (or another form of it) back is the closer relation.
    const auto namesBack = [&](const QString &w) {
        const QStringList back = m_entries.value(SearchQuery::fold(w));
        return std::any_of(back.cbegin(), back.cend(), [&](const QString &b) {
            return SearchQuery::fold(b) == key || (!b.contains(u' ') && stemmer.stem(b.toLower()) == stem);
        });
    };
    std::stable_partition(result.begin(), result.end(), namesBack);
    return result;
}

} // namespace Fb
