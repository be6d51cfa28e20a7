// Inputs at the edge of what the code accepts, timed here rather than in tests (a timing assert
// flakes on a busy two-core machine; tst_textmerge and tst_decisiondocument check the outcomes):
// - TextMerge::merge3 on the worst texts tst_textmerge uses, against splitting the same three
//   texts into blocks (the linear part of every merge, the baseline of the ratio);
// - DecisionDocument::write of every sample case as PDF and ODT (the app writes on the UI
//   thread), against the same case as Markdown.
//   bench_worst_cases [ROUNDS]      (default 5; the best round is reported)

#include "decisiondocument.h"
#include "referencedata.h"
#include "samplebank.h"
#include "textmerge.h"
#include "vocabularies.h"

#include <QBuffer>
#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <functional>
#include <limits>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

// Best of rounds, in milliseconds: the least disturbed run is the closest to the code's own cost.
double best(int rounds, const std::function<void()> &work)
{
    double result = std::numeric_limits<double>::max();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        result = std::min(result, double(timer.nsecsElapsed()) / 1e6);
    }
    return result;
}

struct MergeInput
{
    const char *name;
    QString base;
    QString local;
    QString remote;
};

QList<MergeInput> mergeInputs()
{
    QStringList paragraphs;
    for (int i = 0; paragraphs.size() < 14000; ++i) {
        paragraphs.append(u"Stycke %1 om samverkan mellan kommun och region, med några ord till."_s.arg(i));
    }
    const auto edited = [&](qsizetype count, QList<int> at) {
        QStringList p = paragraphs.first(count);
        for (int i : at) {
            p[i] += u" Ändrad."_s;
        }
        return p.join(u"\n\n"_s) + u'\n';
    };
    const QString big = edited(paragraphs.size(), {});
    const QString run = u"- a\n"_s.repeated(200000);
    return {
        {"1 MB, edits at both ends", big, edited(14000, {0}), edited(14000, {13999})},
        {"1 MB, edits spread out (refused)", big, edited(14000, {0, 13999}), edited(14000, {7000})},
        {"largest diff within the bound", edited(1990, {}), edited(1990, {0, 1989}), edited(1990, {995})},
        {"200,000 equal blocks", run, u"- b\n"_s + run, run + u"- c\n"_s},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 5;
    auto vocabularies = Vocabularies::builtIn();
    auto referenceData = ReferenceData::builtIn();
    auto sample = SampleBank::load();
    if (rounds <= 0 || !vocabularies || !referenceData || !sample) {
        std::fprintf(stderr, "usage: bench_worst_cases [ROUNDS]\n");
        return 2;
    }

    std::printf("merge3 (best of %d), against splitting the three texts into blocks:\n", rounds);
    for (const MergeInput &in : mergeInputs()) {
        bool merged = false;
        const double mergeMs = best(rounds, [&] {
            merged = TextMerge::merge3(in.base, in.local, in.remote).has_value();
        });
        const double splitMs = best(rounds, [&] {
            for (const QString *text : {&in.base, &in.local, &in.remote}) {
                TextMerge::splitBlocks(*text);
            }
        });
        std::printf("  %-34s merge3 %8.1f ms  split %8.1f ms  ratio %5.2f  %s\n",
                    in.name,
                    mergeMs,
                    splitMs,
                    mergeMs / splitMs,
                    merged ? "merged" : "refused");
    }

    const DecisionDocument document(*vocabularies, *referenceData, Language::Swedish);
    const QDate date(2026, 12, 7);
    const auto slowest = [&](DecisionDocument::Format format) {
        double result = 0;
        for (const CaseRecord &c : *sample) {
            result = std::max(result, best(rounds, [&] {
                                  QBuffer out;
                                  out.open(QIODevice::WriteOnly);
                                  if (!document.write(c, format, date, out).ok()) {
                                      std::fprintf(stderr, "writing %s failed\n", qPrintable(c.id));
                                  }
                              }));
        }
        return result;
    };
    const double markdownMs = slowest(DecisionDocument::Format::Markdown);
    std::printf("decision document, slowest of %lld sample cases (best of %d each):\n",
                static_cast<long long>(sample->size()),
                rounds);
    std::printf("  Markdown %7.2f ms\n", markdownMs);
    for (const auto &[name, format] :
         {std::pair{"PDF", DecisionDocument::Format::Pdf}, {"ODT", DecisionDocument::Format::Odt}}) {
        const double ms = slowest(format);
        std::printf("  %-8s %7.2f ms  ratio to Markdown %6.0f\n", name, ms, ms / markdownMs);
    }
    return 0;
}
