// What a user types in the search box: the query language's filters (QueryLanguage) and the
// free text's FTS5 queries (SearchQuery), plainly and with Swedish expansion. Every FTS5 query
// built must be one SQLite accepts: a syntax error would show the user an empty list.
#include "fuzzinput.h"
#include "querylanguage.h"
#include "referencedata.h"
#include "searchquery.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

bool acceptedByFts5(const QString &match)
{
    QSqlQuery q(QSqlDatabase::database(u"fuzz"_s));
    q.prepare(u"SELECT rowid FROM t WHERE t MATCH ?"_s);
    q.addBindValue(match);
    if (q.exec()) {
        return true;
    }
    std::fprintf(stderr, "FTS5 refused %s: %s\n", qPrintable(match), qPrintable(q.lastError().text()));
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never deleted: the process ends with it, after Qt's own global objects are gone.
    new QCoreApplication(*argc, *argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuzz"_s);
    db.setDatabaseName(u":memory:"_s);
    FB_FUZZ_CHECK(db.open());
    QSqlQuery q(db);
    FB_FUZZ_CHECK(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, body)"_s));
    FB_FUZZ_CHECK(q.exec(u"INSERT INTO t VALUES('Trygghetsvärdar i Gnesta', 'ensamhet bland äldre')"_s));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Vocabularies vocabularies = Vocabularies::builtIn().value();
    static const ReferenceData referenceData = ReferenceData::builtIn().value();
    static const QueryLanguage language(vocabularies, referenceData);

    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QueryLanguage::Parsed parsed = language.parse(text);
    for (const auto expansion : {SearchQuery::Expansion::None, SearchQuery::Expansion::Full}) {
        const SearchQuery query = SearchQuery::parse(parsed.text, expansion);
        for (const QString &match : {query.ftsQuery(), query.partsQuery(), query.typedQuery()}) {
            FB_FUZZ_CHECK(match.isEmpty() || acceptedByFts5(match));
        }
        // Highlighting runs over every snippet the list shows.
        for (const auto &range : SearchQuery::highlights(text, query.terms())) {
            FB_FUZZ_CHECK(range.start >= 0 && range.length > 0 && range.start + range.length <= text.size());
        }
    }
    return 0;
}
