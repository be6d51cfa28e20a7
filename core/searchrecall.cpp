#include "searchrecall.h"

#include "searchquery.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fb {

QStringList SearchRecall::notes() const
{
    const QLocale locale;
    QStringList result;
    if (kind == Kind::MostWords && complete == 0) {
        result.append(tr("No case has all the words – these have most of them."));
    } else if (kind == Kind::MostWords) {
        result.append(
            tr("%n case(s) have all the words; after them, cases with most of them.", nullptr, int(complete)));
    }
    if (!missing.isEmpty()) {
        result.append(tr("Not found in any case: %1").arg(locale.createSeparatedList(missing)));
    }
    for (const Correction &c : corrections) {
        result.append(tr("Searched for “%1” instead of “%2”.").arg(c.found, c.typed));
    }
    for (const Related &r : related) {
        result.append(
            tr("No case has “%1”; searched for related words: %2.").arg(r.typed, locale.createSeparatedList(r.found)));
    }
    if (!ignored.isEmpty()) {
        result.append(tr("Searched without the small words %1.").arg(locale.createSeparatedList(ignored)));
    }
    return result;
}

QString SearchRecall::corrected(const QString &text) const
{
    QString result = text;
    for (const Correction &c : corrections) {
        // The typed word where it stands alone, in any case: not inside a longer word.
        const QRegularExpression word(
            u"(?<![\\p{L}\\p{N}\\p{M}])"_s + QRegularExpression::escape(c.typed) + u"(?![\\p{L}\\p{N}\\p{M}])"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        result.replace(word, c.found);
    }
    return result;
}

QStringList SearchRecall::highlighted(const QStringList &terms) const
{
    QSet<QString> gone;
    for (const QString &w : ignored + missing) {
        gone.insert(SearchQuery::fold(w));
    }
    for (const Correction &c : corrections) {
        gone.insert(SearchQuery::fold(c.typed));
    }
    for (const Related &r : related) {
        gone.insert(SearchQuery::fold(r.typed));
    }
    QStringList result;
    for (const QString &t : terms) {
        if (!gone.contains(t)) {
            result.append(t);
        }
    }
    for (const Correction &c : corrections) {
        result.append(SearchQuery::fold(c.found));
    }
    for (const Related &r : related) {
        for (const QString &w : r.found) {
            result.append(SearchQuery::fold(w));
        }
    }
    return result;
}

} // namespace Fb
