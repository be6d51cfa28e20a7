#include "termrepair.h"

#include "searchquery.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Fb {

QStringList TermRepair::editsOf(const QString &folded, qsizetype before)
{
    QStringList result;
    QSet<QString> seen{folded};
    const auto add = [&](QString s) {
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s);
            result.append(std::move(s));
        }
    };
    const qsizetype n = folded.size();
    // An edit at position i changes the first before letters when i < before (a swap at i moves
    // letter i + 1 there too; an insertion at before or later leaves them).
    const qsizetype end = before < 0 ? n + 1 : std::min(before, n + 1);
    for (qsizetype i = 0; i < n && i < end; ++i) {
        add(QString(folded).remove(i, 1));
    }
    for (qsizetype i = 0; i + 1 < n && i < end; ++i) {
        QString s = folded;
        std::swap(s[i], s[i + 1]);
        add(std::move(s));
    }
    for (qsizetype i = 0; i < n && i < end; ++i) {
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            QString s = folded;
            s[i] = QChar(c);
            add(std::move(s));
        }
    }
    for (qsizetype i = 0; i <= n && i < end; ++i) {
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            add(QString(folded).insert(i, QChar(c)));
        }
    }
    return result;
}

int TermRepair::distance(QStringView a, QStringView b, int max)
{
    if (std::abs(a.size() - b.size()) > max) {
        return max + 1;
    }
    // Optimal string alignment distance, three rows; a row whose least value is over max ends it.
    const qsizetype m = b.size();
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j) {
        previous[size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int least = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d = std::min(d, before[size_t(j - 2)] + 1);
            }
            current[size_t(j)] = d;
            least = std::min(least, d);
        }
        if (least > max) {
            return max + 1;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], max + 1);
}

QString TermRepair::respell(const QString &typed, const QString &found)
{
    const QString folded = SearchQuery::fold(typed);
    QString result = found;
    qsizetype head = 0;
    while (head < folded.size() && head < found.size() && folded[head] == found[head]) {
        result[head] = typed[head];
        ++head;
    }
    for (qsizetype k = 1; k <= folded.size() - head && k <= found.size() - head; ++k) {
        if (folded[folded.size() - k] != found[found.size() - k]) {
            break;
        }
        result[found.size() - k] = typed[typed.size() - k];
    }
    return result;
}

} // namespace Fb
