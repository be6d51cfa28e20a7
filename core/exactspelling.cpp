#include "exactspelling.h"

#include "casestore.h"

#include <algorithm>

namespace Fb {

bool ExactSpelling::matches(const QString &text, const QStringList &spellings)
{
    return std::all_of(spellings.cbegin(), spellings.cend(), [&text](const QString &spelling) {
        for (qsizetype at = text.indexOf(spelling, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(spelling, at + 1, Qt::CaseInsensitive)) {
            if (at == 0 || !text.at(at - 1).isLetterOrNumber()) {
                return true;
            }
        }
        return false;
    });
}

Result<void> ExactSpelling::rankFirst(QList<qint64> &rows, const QStringList &spellings, const CaseStore &store)
{
    if (spellings.isEmpty() || rows.size() < 2) {
        return {};
    }
    const auto first = rows.begin() + std::min<qsizetype>(rows.size(), Rows);
    auto texts = store.texts(QList<qint64>(rows.begin(), first), CaseStore::TextPart::Headline);
    if (!texts) {
        return texts.error();
    }
    rankFirst(rows, spellings, *texts);
    return {};
}

void ExactSpelling::rankFirst(QList<qint64> &rows,
                              const QStringList &spellings,
                              const QHash<qint64, QString> &headlines)
{
    const auto first = rows.begin() + std::min<qsizetype>(rows.size(), Rows);
    std::stable_partition(rows.begin(), first, [&](qint64 row) {
        return matches(headlines.value(row), spellings);
    });
}

} // namespace Fb
