#include "indexvocabulary.h"

#include <sqlite3.h>

namespace Fb {

IndexVocabulary::IndexVocabulary(sqlite3 *db)
    : m_db(db)
{
    const bool made = sqlite3_exec(db,
                                   "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fb_case_fts_vocab "
                                   "USING fts5vocab(main, case_fts, row)",
                                   nullptr,
                                   nullptr,
                                   nullptr)
        == SQLITE_OK;
    if (made) {
        sqlite3_prepare_v2(db, "SELECT doc FROM temp.fb_case_fts_vocab WHERE term = ?", -1, &m_lookUp, nullptr);
    }
}

IndexVocabulary::~IndexVocabulary()
{
    sqlite3_finalize(m_lookUp);
}

qint64 IndexVocabulary::cases(const QString &folded) const
{
    if (!m_lookUp) {
        return 0;
    }
    const QByteArray utf8 = folded.toUtf8();
    sqlite3_reset(m_lookUp);
    sqlite3_bind_text(m_lookUp, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    const qint64 n = sqlite3_step(m_lookUp) == SQLITE_ROW ? sqlite3_column_int64(m_lookUp, 0) : 0;
    sqlite3_reset(m_lookUp);
    return n;
}

QList<std::pair<QString, qint64>> IndexVocabulary::range(const QString &begin, const QString &end, int limit) const
{
    QList<std::pair<QString, qint64>> result;
    if (!m_lookUp) {
        return result;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray b = begin.toUtf8();
    const QByteArray e = end.toUtf8();
    if (sqlite3_prepare_v2(m_db,
                           "SELECT term, doc FROM temp.fb_case_fts_vocab WHERE term >= ? AND term < ? LIMIT ?",
                           -1,
                           &statement,
                           nullptr)
        == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, b.constData(), int(b.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, e.constData(), int(e.size()), SQLITE_STATIC);
        sqlite3_bind_int(statement, 3, limit);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            result.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))),
                           sqlite3_column_int64(statement, 1)});
        }
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace Fb
