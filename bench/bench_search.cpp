// Search latency over a replica: a fixed list of queries, each timed many times, reported as
// p50/p95/max for text only, text with facet filters, and facets alone. Prints a Markdown table.
//
//   bench_search REPLICA [ROUNDS]
//   bench_search --compare COUNT DIR [ROUNDS] [--profile] [--keep]
//   bench_search --raw REPLICA TABLE FTS-QUERY…
//
// --compare generates COUNT cases into DIR/compare.sqlite, builds the text index twice from the
// same rows, with the "swedish" tokenizer and with plain unicode61, and reports for each the
// build time, the size and the latency (docs/search.md). --profile reports per query where the
// time goes instead; --keep reuses the index tables of the last run (when only the query side
// changed). --raw times FTS5 queries as given against a table of a replica (or compare.sqlite),
// for experiments: FB_BENCH_SQL is run first (say, to build a variant table), FB_BENCH_COL is
// appended to the selected columns (say, ", bm25(t)").

#include "casestore.h"
#include "corpusgenerator.h"
#include "exactspelling.h"
#include "facetindex.h"
#include "ftsmatcher.h"
#include "referencedata.h"
#include "replicaworker.h"
#include "searchquery.h"
#include "snippet.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    QString label;
    QList<double> ms;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
}

// What officials type (BRIEF §6 and issue #5), prefixes while typing included.
const QStringList queries{u"äldreomsorg"_s,
                          u"aldreomsorg"_s,
                          u"ensamhet äldre"_s,
                          u"finsam"_s,
                          u"samordningsförbund"_s,
                          u"trygghet unga"_s,
                          u"hemtjänst"_s,
                          u"undersköterska"_s,
                          u"iop"_s,
                          u"skola"_s,
                          u"psykisk ohälsa"_s,
                          u"landsbygd"_s,
                          u"digital tillsyn"_s,
                          u"ä"_s,
                          u"äl"_s,
                          u"äld"_s,
                          u"\"idéburet offentligt partnerskap\""_s,
                          u"kommun -skola"_s,
                          u"integration"_s,
                          u"klimat"_s};

// Typed the way tst_relevance's second set is (issue #19): questions, typos, words written apart,
// words no case has. Each finds few cases with every word, so FtsMatcher::search goes on to its
// recall step: these time that step.
const QStringList typedQueries{u"hur får vi socialsekreterare att stanna"_s,
                               u"hur kan kommunen minska ensamhet bland äldre"_s,
                               u"nattilsyn i hemtjänsten"_s,
                               u"skyfalsanpasning bostadsområden"_s,
                               u"IOP istället för LOU"_s,
                               u"bemaningsenhet äldreomsorg"_s,
                               u"klubbhus qwzx psykisk ohälsa"_s,
                               u"strömavbrott krisövning"_s,
                               // Words no case has, found through the thesaurus's related words.
                               u"övervakning nattetid"_s,
                               u"bortovaro i skolan"_s,
                               // Two mistakes in a long word with a common beginning: the widest
                               // look-up in the index's vocabulary.
                               u"kommunalfrbnd samverkan"_s};

using Match = std::function<Result<QList<qint64>>(const QString &text)>;

void run(const FacetIndex &index, const Match &match, int rounds, const QStringList &texts = queries)
{
    FacetFilter filter;
    filter.values(Facet::Region) = {u"10"_s, u"01"_s, u"12"_s};
    filter.values(Facet::StudyVisit) = {u"ja"_s};

    Sample text{u"text"_s, {}};
    Sample textFacets{u"text + facets (counts for every facet)"_s, {}};
    Sample facetsOnly{u"facets only, no text"_s, {}};
    qsizetype hits = 0;
    QMap<QString, QList<double>> perQuery; // text only
    QMap<QString, qsizetype> matchCount;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : texts) {
            for (Sample *s : {&text, &textFacets}) {
                QElapsedTimer t;
                t.start();
                auto rows = match(q);
                if (!rows) {
                    std::fprintf(stderr, "%s: %s\n", qPrintable(q), qPrintable(rows.error().detail));
                    continue;
                }
                SearchResult result;
                index.query(s == &text ? FacetFilter{} : filter, *rows, result);
                s->ms.append(double(t.nsecsElapsed()) / 1e6);
                hits += result.rows.size();
                if (s == &text) {
                    perQuery[q].append(s->ms.last());
                    matchCount[q] = rows->size();
                }
            }
        }
        QElapsedTimer t;
        t.start();
        SearchResult result;
        index.query(filter, std::nullopt, result);
        facetsOnly.ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("| query kind | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
    for (const Sample &s : {text, textFacets, facetsOnly}) {
        std::printf("| %s | %.2f | %.2f | %.2f |\n",
                    qPrintable(s.label),
                    percentile(s.ms, 0.5),
                    percentile(s.ms, 0.95),
                    *std::max_element(s.ms.begin(), s.ms.end()));
    }
    std::printf("\n(total hits %lld)\n\nslowest queries (text, p95 ms, matches):", static_cast<long long>(hits));
    QList<std::pair<double, QString>> slow;
    for (auto it = perQuery.cbegin(); it != perQuery.cend(); ++it) {
        slow.append({percentile(*it, 0.95), it.key()});
    }
    std::sort(slow.begin(), slow.end(), std::greater<>());
    for (qsizetype i = 0; i < slow.size() && i < 6; ++i) {
        std::printf(" %s %.1f (%lld);",
                    qPrintable(slow.at(i).second),
                    slow.at(i).first,
                    static_cast<long long>(matchCount.value(slow.at(i).second)));
    }
    std::printf("\n");
}

// Where a query's time goes: the FTS5 match alone, the match ordered by BM25, the title-only match,
// and what rankedMatches does; medians over rounds.
double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> ms;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return percentile(ms, 0.5);
}

void profile(const CaseStore &store, const QString &table, SearchQuery::Expansion expansion, int rounds)
{
    const QSqlDatabase db = store.database();
    const QString bm25 = QString::fromLatin1(CaseStore::Bm25).replace(u"case_fts"_s, table);
    const auto count = [&](const QString &sql, const QString &fts) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(fts);
        q.exec();
        qsizetype n = 0;
        while (q.next()) {
            ++n;
        }
        return n;
    };
    const QString all = u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    std::printf("| query | matches | title matches | match ms | match + bm25 ms | title match ms | rankedMatches ms | "
                "snippets ms |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const QString &text : queries) {
        const QString fts = SearchQuery::parse(text, expansion).ftsQuery();
        const QString titles = table + QLatin1StringView(FtsMatcher::TitleTableSuffix);
        qsizetype n = 0;
        qsizetype nt = 0;
        const double plain = medianMs(rounds, [&] {
            n = count(all, fts);
        });
        const double ranked = medianMs(rounds, [&] {
            count(all + u" ORDER BY "_s + bm25, fts);
        });
        const double inTitle = medianMs(rounds, [&] {
            nt = count(u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(titles), fts);
        });
        QList<qint64> first;
        const double used = medianMs(rounds, [&] {
            first = FtsMatcher(db.connectionName())
                        .rankedMatches(table, fts)
                        .value_or(QList<qint64>())
                        .mid(0, ReplicaWorker::SnippetRows);
        });
        // What the worker adds for the result list: the first rows' texts and excerpts.
        const QStringList terms = SearchQuery::parse(text, expansion).terms();
        const double snippets = medianMs(rounds, [&] {
            for (const QString &t : store.texts(first).value_or(QHash<qint64, QString>())) {
                (void)Snippet::excerpt(t, terms);
            }
        });
        std::printf("| %s | %lld | %lld | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
                    qPrintable(text),
                    static_cast<long long>(n),
                    static_cast<long long>(nt),
                    plain,
                    ranked,
                    inTitle,
                    used,
                    snippets);
    }
    std::printf("\n");
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

int compare(int count,
            const QString &dir,
            int rounds,
            const Vocabularies &vocabularies,
            const ReferenceData &referenceData,
            bool profiling,
            bool keepTables)
{
    const QString path = QDir(dir).filePath(u"compare.sqlite"_s);
    QDir().mkpath(dir);
    auto opened = CaseStore::open(path, vocabularies, referenceData);
    if (opened && (*opened)->count().value_or(0) != count) {
        // Not the corpus asked for: start again (a matching one is reused, generating is slow).
        opened = Result<std::unique_ptr<CaseStore>>(Error{ErrorCode::NotFound, path, {}});
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(path + suffix);
        }
        opened = CaseStore::open(path, vocabularies, referenceData);
    } else if (opened) {
        std::printf("cases: %d, reusing %s\n\n", count, qPrintable(path));
    }
    if (!opened) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    CaseStore &store = **opened;
    const bool generate = store.count().value_or(0) != count;
    CorpusGenerator generator(vocabularies, referenceData, 1);
    QElapsedTimer t;
    t.start();
    auto written = store.transaction([&]() -> Result<void> {
        for (int i = 0; generate && i < count; ++i) {
            if (auto r = store.putTrusted(generator.next()); !r) {
                return r;
            }
        }
        return {};
    });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().detail));
        return 1;
    }
    if (generate) {
        std::printf("cases: %d, generated and stored (swedish index included) in %.1f s\n\n",
                    count,
                    double(t.elapsed()) / 1000);
    }
    const FacetIndex index(store.summaries().value());
    QSqlDatabase db = store.database();

    struct Variant
    {
        QString name;
        QString tokenize;
        SearchQuery::Expansion expansion;
    };

    for (const Variant &v :
         {Variant{u"swedish"_s, u"swedish"_s, SearchQuery::Expansion::Full},
          Variant{u"unicode61"_s, u"unicode61 remove_diacritics 2"_s, SearchQuery::Expansion::None}}) {
        const QString table = u"bench_"_s + v.name;
        // The ranking as the app's worker makes it; the app uses the Swedish variant, whose ranking
        // ends with the exact spelling first.
        // The Swedish variant runs exactly the worker's call, CaseStore::search (its case_fts holds the
        // same rows as bench_swedish), so the compound parts added to searches that find few are
        // measured too.
        const auto search = [&](const QString &text) -> Result<QList<qint64>> {
            const SearchQuery q = SearchQuery::parse(text, v.expansion);
            Result<QList<qint64>> rows = QList<qint64>();
            if (v.expansion == SearchQuery::Expansion::Full) {
                auto found = store.search(q);
                rows = found ? Result<QList<qint64>>(std::move(found->rows)) : Result<QList<qint64>>(found.error());
            } else {
                rows = FtsMatcher(db.connectionName()).rankedMatches(table, q.ftsQuery());
            }
            if (rows && v.expansion == SearchQuery::Expansion::Full) {
                if (auto r = ExactSpelling::rankFirst(rows.value(), q.spellings(), store); !r) {
                    return r.error();
                }
            }
            return rows;
        };
        QSqlQuery exists(db);
        exists.exec(u"SELECT 1 FROM sqlite_master WHERE name = '%1'"_s.arg(table));
        const bool reuse = keepTables && exists.next();
        exists.finish();
        if (reuse) {
            std::printf("### %s: index reused\n\n", qPrintable(v.name));
            if (profiling) {
                profile(store, table, v.expansion, rounds);
            } else {
                run(index, search, rounds);
            }
            continue;
        }
        const QString titles = table + QLatin1StringView(FtsMatcher::TitleTableSuffix);
        if (!exec(db, u"DROP TABLE IF EXISTS %1"_s.arg(table)) || !exec(db, u"DROP TABLE IF EXISTS %1"_s.arg(titles))
            || !exec(db,
                     u"CREATE VIRTUAL TABLE %1 USING fts5(title, summary, sections, tags, content='', "
                     "contentless_delete=1, tokenize='%2', prefix='2 3')"_s.arg(table, v.tokenize))
            || !exec(db,
                     u"CREATE VIRTUAL TABLE %1 USING fts5(title, content='', contentless_delete=1, tokenize='%2', "
                     "prefix='2 3')"_s.arg(titles, v.tokenize))) {
            return 1;
        }
        // The rows as CaseStore and the schema migration write them.
        t.restart();
        if (!exec(
                db,
                u"INSERT INTO %1(rowid, title, summary, sections, tags) SELECT rowid, "
                "title || char(10) || short_name, coalesce(json_extract(body, '$.summary'), ''), "
                "coalesce((SELECT group_concat(value, char(10) || char(10)) FROM json_each(body, '$.sections')), ''), "
                "coalesce((SELECT group_concat(value, char(10)) FROM json_each(body, '$.tags')), '') FROM cases"_s.arg(
                    table))
            || !exec(db,
                     u"INSERT INTO %1(rowid, title) SELECT rowid, title || char(10) || short_name FROM cases"_s.arg(
                         titles))) {
            return 1;
        }
        const double buildMs = double(t.elapsed());
        QSqlQuery size(db);
        size.exec(u"SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%1%'"_s.arg(table));
        const qint64 bytes = size.next() ? size.value(0).toLongLong() : -1;
        size.finish();
        std::printf("### %s: index built in %.1f s, %.1f MB\n\n",
                    qPrintable(v.name),
                    buildMs / 1000,
                    double(bytes) / 1e6);

        if (profiling) {
            profile(store, table, v.expansion, rounds);
            continue;
        }
        run(index, search, rounds);
        std::printf("\n");
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    // --profile: per query, where the time goes instead of the latency table; --keep: reuse the
    // benchmark's index tables from the last run (faster when only the query side changed).
    const bool profiling = args.removeAll(u"--profile"_s) > 0;
    const bool keepTables = args.removeAll(u"--keep"_s) > 0;
    auto vocabularies = Vocabularies::builtIn();
    auto referenceData = ReferenceData::builtIn();
    if (args.size() >= 5 && args.at(1) == "--raw"_L1) {
        // --raw REPLICA TABLE FTS-QUERY…: match count and median time of raw FTS5 queries.
        auto store = CaseStore::open(args.at(2), *vocabularies, *referenceData, CaseStore::OpenMode::ReadWrite);
        if (!store) {
            return 1;
        }
        QSqlDatabase db = (*store)->database();
        if (qEnvironmentVariableIsSet("FB_BENCH_SQL")) {
            QElapsedTimer t;
            t.start();
            exec(db, qEnvironmentVariable("FB_BENCH_SQL"));
            std::printf("FB_BENCH_SQL: %.1f s\n", double(t.elapsed()) / 1000);
        }
        for (const QString &fts : args.mid(4)) {
            qsizetype n = -1;
            const double ms = medianMs(5, [&] {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(
                    u"SELECT rowid%2 FROM %1 WHERE %1 MATCH ?"_s.arg(args.at(3), qEnvironmentVariable("FB_BENCH_COL")));
                q.addBindValue(fts);
                n = q.exec() ? 0 : -1;
                while (q.next()) {
                    ++n;
                }
            });
            std::printf("%8.2f ms %7lld  %s\n", ms, static_cast<long long>(n), qPrintable(fts));
        }
        return 0;
    }
    if (args.size() >= 4 && args.at(1) == "--compare"_L1) {
        return compare(args.at(2).toInt(),
                       args.at(3),
                       args.size() > 4 ? args.at(4).toInt() : 20,
                       *vocabularies,
                       *referenceData,
                       profiling,
                       keepTables);
    }
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: bench_search REPLICA [ROUNDS]\n"
                     "       bench_search --compare COUNT DIR [ROUNDS] [--profile] [--keep]\n"
                     "       bench_search --raw REPLICA TABLE FTS-QUERY...\n");
        return 2;
    }
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 20;
    auto store = CaseStore::open(args.at(1), *vocabularies, *referenceData, CaseStore::OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QElapsedTimer load;
    load.start();
    const FacetIndex index((*store)->summaries().value());
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    std::printf("cases: %lld, summaries loaded in %.1f ms, %d rounds x %lld queries\n\n",
                static_cast<long long>(index.size()),
                loadMs,
                rounds,
                static_cast<long long>(queries.size()));
    run(
        index,
        [&](const QString &text) {
            return (*store)->match(SearchQuery::parse(text, SearchQuery::Expansion::Full).ftsQuery());
        },
        rounds);
    // The whole search as the app's worker runs it, on queries that need the recall step, against
    // the same search's first step (the query alone) in the same run.
    for (const bool recall : {false, true}) {
        std::printf("\n### typed queries, %s\n\n",
                    recall ? "FtsMatcher::search (with the recall step)" : "the query alone");
        run(
            index,
            [&](const QString &text) -> Result<QList<qint64>> {
                const SearchQuery q = SearchQuery::parse(text, SearchQuery::Expansion::Full);
                if (!recall) {
                    return (*store)->match(q.ftsQuery());
                }
                auto found = (*store)->search(q);
                return found ? Result<QList<qint64>>(std::move(found->rows)) : Result<QList<qint64>>(found.error());
            },
            rounds,
            typedQueries);
    }
    return 0;
}
