#pragma once

#include <QList>
#include <QString>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Fb {

// The index's own words and how many cases have each (fts5vocab), on the connection's temporary
// schema: made once per connection, read only for words the search cannot find (FtsMatcher's
// repairs). One statement for every look-up: a typing mistake is looked for in some 500
// spellings.
//
// Thread affinity: the thread of the connection it reads.
class IndexVocabulary
{
public:
    explicit IndexVocabulary(sqlite3 *db);
    ~IndexVocabulary();

    IndexVocabulary(const IndexVocabulary &) = delete;
    IndexVocabulary &operator=(const IndexVocabulary &) = delete;

    // Cases that have the token folded; 0 for a token the index does not hold.
    qint64 cases(const QString &folded) const;
    // The tokens from begin (inclusive) to end (exclusive) with their case counts, at most limit.
    QList<std::pair<QString, qint64>> range(const QString &begin, const QString &end, int limit) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_lookUp = nullptr;
};

} // namespace Fb
