// What the lists cost to follow a change of the replica (issue 18: sync cost grows with the
// change, not the bank): the whole read the app did after every sync and save (every case's light
// row, then the facet index built from them), against the update it does now (the rows of the
// cases changed, then the index updated). Prints a Markdown table; the ratio is the figure.
//
//   bench_refresh REPLICA [CHANGES] [ROUNDS]
//
// Works on a copy of REPLICA next to it (REPLICA.refresh): CHANGES cases (default 100) are written
// again each round, through the store as a pull writes them.

#include "casestore.h"
#include "facetindex.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_refresh REPLICA [CHANGES] [ROUNDS]\n");
        return 2;
    }
    const int changes = args.size() > 2 ? args.at(2).toInt() : 100;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 10;
    const QString copy = args.at(1) + u".refresh"_s;
    QFile::remove(copy);
    QFile::remove(copy + u"-wal"_s);
    if (!QFile::copy(args.at(1), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    auto vocabularies = Vocabularies::builtIn();
    auto reference = ReferenceData::builtIn();
    if (!vocabularies || !reference) {
        std::fprintf(stderr, "reference data missing\n");
        return 1;
    }
    auto opened = CaseStore::open(copy, *vocabularies, *reference);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    CaseStore &store = **opened;
    (void)store.takeChanges();
    auto first = store.summaries();
    if (!first || first->size() < changes) {
        std::fprintf(stderr, "the replica has fewer than %d cases\n", changes);
        return 1;
    }
    FacetIndex index(*first);
    QList<double> whole;
    QList<double> update;
    QList<double> readRows; // of update: reading the changed cases' rows
    for (int round = 0; round < rounds; ++round) {
        // A pull of `changes` cases, spread over the bank.
        (void)store.transaction([&]() -> Result<void> {
            const qsizetype step = index.size() / changes;
            for (int i = 0; i < changes; ++i) {
                const CaseSummary &s = index.cases()->at(qsizetype(i) * step + round % step);
                auto record = store.get(s.id);
                if (!record) {
                    return record.error();
                }
                record->summary += u" Uppdaterad."_s;
                if (auto r = store.putTrusted(*record); !r) {
                    return r;
                }
            }
            return {};
        });
        QElapsedTimer t;
        t.start();
        auto taken = store.takeChanges();
        auto now = store.summaries(taken->ids);
        readRows.append(double(t.nsecsElapsed()) / 1e6);
        FacetIndex updated = index.updated(taken->ids, taken->rowIds, *now);
        update.append(double(t.nsecsElapsed()) / 1e6);

        t.restart();
        auto all = store.summaries();
        FacetIndex rebuilt(std::move(all).value());
        whole.append(double(t.nsecsElapsed()) / 1e6);
        if (rebuilt.size() != updated.size()) {
            std::fprintf(stderr,
                         "the update has %lld cases, the whole read %lld\n",
                         static_cast<long long>(updated.size()),
                         static_cast<long long>(rebuilt.size()));
            return 1;
        }
        index = std::move(updated);
    }
    std::printf("cases: %lld, changed per round: %d, rounds: %d\n\n",
                static_cast<long long>(index.size()),
                changes,
                rounds);
    std::printf("| after a change of %d cases | median ms | max ms |\n|---|---:|---:|\n", changes);
    std::printf("| whole read (before) | %.1f | %.1f |\n",
                median(whole),
                *std::max_element(whole.cbegin(), whole.cend()));
    std::printf("| update (now) | %.1f | %.1f |\n", median(update), *std::max_element(update.cbegin(), update.cend()));
    std::printf("| of which reading the changed rows | %.1f | %.1f |\n",
                median(readRows),
                *std::max_element(readRows.cbegin(), readRows.cend()));
    std::printf("| **ratio** update / whole | %.3f | |\n", median(update) / median(whole));
    QFile::remove(copy);
    QFile::remove(copy + u"-wal"_s);
    QFile::remove(copy + u"-shm"_s);
    return 0;
}
