// Search latency over a replica: a fixed list of queries, each timed many times, reported as
// p50/p95/max for text only, text with facet filters, and facets alone. Prints a Markdown table.
//
//   bench_search REPLICA [ROUNDS]

#include "casestore.h"
#include "facetindex.h"
#include "referencedata.h"
#include "searchquery.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_search REPLICA [ROUNDS]\n");
        return 2;
    }
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 20;
    auto vocabularies = Vocabularies::builtIn();
    auto referenceData = ReferenceData::builtIn();
    auto store = CaseStore::open(args.at(1), *vocabularies, *referenceData, CaseStore::OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QElapsedTimer load;
    load.start();
    const FacetIndex index((*store)->summaries().value());
    const double loadMs = double(load.nsecsElapsed()) / 1e6;

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
    FacetFilter filter;
    filter.values(Facet::Region) = {u"10"_s, u"01"_s, u"12"_s};
    filter.values(Facet::StudyVisit) = {u"ja"_s};

    Sample text{u"text"_s, {}};
    Sample textFacets{u"text + facets (counts for every facet)"_s, {}};
    Sample facetsOnly{u"facets only, no text"_s, {}};
    qsizetype hits = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            const SearchQuery query = SearchQuery::parse(q);
            for (Sample *s : {&text, &textFacets}) {
                QElapsedTimer t;
                t.start();
                auto rows = (*store)->match(query.ftsQuery());
                SearchResult result;
                index.query(s == &text ? FacetFilter{} : filter, *rows, result);
                s->ms.append(double(t.nsecsElapsed()) / 1e6);
                hits += result.rows.size();
            }
        }
        QElapsedTimer t;
        t.start();
        SearchResult result;
        index.query(filter, std::nullopt, result);
        facetsOnly.ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("cases: %lld, summaries loaded in %.1f ms, %d rounds x %lld queries\n\n",
                static_cast<long long>(index.size()),
                loadMs,
                rounds,
                static_cast<long long>(queries.size()));
    std::printf("| query kind | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
    for (const Sample &s : {text, textFacets, facetsOnly}) {
        std::printf("| %s | %.2f | %.2f | %.2f |\n",
                    qPrintable(s.label),
                    percentile(s.ms, 0.5),
                    percentile(s.ms, 0.95),
                    *std::max_element(s.ms.begin(), s.ms.end()));
    }
    std::printf("\n(total hits %lld)\n", static_cast<long long>(hits));
    return 0;
}
