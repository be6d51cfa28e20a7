// Similar cases at scale: builds the SimilarCases index over COUNT generated cases (CorpusGenerator,
// seed 1) and times the build, similarTo(id, 10) for 100 cases and nearMunicipality(code, 10).
// Results: docs/browsing.md, "Measured cost".
//   bench_similar [COUNT]      (default 50000)

#include "corpusgenerator.h"
#include "referencedata.h"
#include "similarcases.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

using namespace Fb;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 50000;
    auto vocabularies = Vocabularies::builtIn();
    auto referenceData = ReferenceData::builtIn();
    if (count <= 0 || !vocabularies || !referenceData) {
        std::fprintf(stderr, "usage: bench_similar [COUNT]\n");
        return 2;
    }
    SimilarCases s(*referenceData);
    CorpusGenerator generator(*vocabularies, *referenceData, 1);
    QStringList ids;
    // Generated one at a time: 50,000 records at once would take gigabytes. Only add() and
    // finish() are timed.
    QElapsedTimer timer;
    qint64 buildNs = 0;
    for (int i = 0; i < count; ++i) {
        const CaseRecord r = generator.next();
        if (ids.size() < 100) {
            ids.append(r.id);
        }
        timer.start();
        s.add(r);
        buildNs += timer.nsecsElapsed();
    }
    timer.start();
    s.finish();
    const qint64 finishNs = timer.nsecsElapsed();
    buildNs += finishNs;

    timer.restart();
    qsizetype found = 0;
    for (const QString &id : std::as_const(ids)) {
        found += s.similarTo(id, 10).size();
    }
    const double perQuery = double(timer.nsecsElapsed()) / 1e6 / double(ids.size());
    timer.restart();
    for (int i = 0; i < 100; ++i) {
        found += s.nearMunicipality(u"1081"_s, 10).size();
    }
    const double perNear = double(timer.nsecsElapsed()) / 1e6 / 100;
    std::printf("%d cases: build %lld ms (finish %lld ms), similarTo %.2f ms/query, nearMunicipality %.2f ms/query "
                "(%lld results)\n",
                count,
                static_cast<long long>(buildNs / 1000000),
                static_cast<long long>(finishNs / 1000000),
                perQuery,
                perNear,
                static_cast<long long>(found));
    return 0;
}
