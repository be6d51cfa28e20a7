#include "fixtures.h"
#include "postgresfixture.h"
#include "simulation.h"
#include "testcertificates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Fb;
using namespace Qt::StringLiterals;

// Runs the sync simulation for many seeds (long runs) or replays one with its trace.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Randomized sync runs against the real server (docs/sync.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption seedOption(u"seed"_s, u"Replay one seed and print its trace."_s, u"N"_s);
    const QCommandLineOption seedsOption(u"seeds"_s, u"Run this many seeds."_s, u"COUNT"_s, u"1000"_s);
    const QCommandLineOption firstOption(u"first"_s, u"The first seed of --seeds."_s, u"N"_s, u"1"_s);
    const QCommandLineOption clientsOption(u"clients"_s,
                                           u"Clients per run; 0 varies them from 2 to 5 by seed."_s,
                                           u"N"_s,
                                           u"0"_s);
    const QCommandLineOption stepsOption(u"steps"_s, u"Operations per run."_s, u"N"_s, u"40"_s);
    const QCommandLineOption faultsOption(u"faults"_s, u"Requests with a fault, per mille."_s, u"N"_s, u"150"_s);
    const QCommandLineOption progressOption(
        u"progress"_s,
        u"Name each seed on standard error before it runs (with --seed: every line of the trace as it happens)."_s);
    const QCommandLineOption crashOption(u"crash-at-pause"_s,
                                         u"Enumeration replay: crash at this pause of a sync, no other crash."_s,
                                         u"K"_s);
    const QCommandLineOption writeOption(u"fail-write"_s,
                                         u"Enumeration replay: fail this write of a client's replica."_s,
                                         u"K"_s);
    const QCommandLineOption watchOption(
        u"watch"_s,
        u"With --seed: trace every client's sync state of this case after every operation."_s,
        u"CASE"_s);
    const QCommandLineOption postgresOption(
        u"postgresql"_s,
        u"The server on PostgreSQL (a database server of the run's own, an empty database per seed)."_s);
    const QCommandLineOption instancesOption(
        u"instances"_s,
        u"Server instances on the one database (more than one needs --postgresql; its default is 2)."_s,
        u"N"_s);
    const QCommandLineOption plainServerOption(
        u"plain-server"_s,
        u"No clock skew, backups or restores (how the seeds of tst_syncsimulation regressions() run)."_s);
    const QCommandLineOption attachmentsOption(
        u"attachments"_s,
        u"Clients attach files to cases now and then (uploads, downloads, restores losing them)."_s);
    const QCommandLineOption noReviewsOption(
        u"no-reviews"_s,
        u"No review moves or remarks (how the seeds of tst_syncsimulation regressions() found before them run)."_s);
    parser.addOptions({postgresOption,
                       instancesOption,
                       plainServerOption,
                       noReviewsOption,
                       attachmentsOption,
                       seedOption,
                       seedsOption,
                       firstOption,
                       clientsOption,
                       stepsOption,
                       faultsOption,
                       progressOption,
                       crashOption,
                       writeOption,
                       watchOption});
    parser.process(app);
    // The server logs every request: thousands per seed.
    QLoggingCategory::setFilterRules(u"fb.server.*=false"_s);

    QTextStream out(stdout);
    QTemporaryDir certDir;
    TestCertificates certs(certDir.path());
    if (!certs.create()) {
        out << "could not make the test certificates (openssl)\n";
        return 2;
    }
    PostgresFixture postgres;
    if (parser.isSet(postgresOption)) {
        if (const QString started = postgres.start(); !started.isEmpty()) {
            out << "PostgreSQL did not start: " << started << '\n';
            return 2;
        }
    }
    const Sim::Environment environment{Test::vocabularies(),
                                       Test::referenceData(),
                                       certs.serverConfiguration(),
                                       certs.caCertificate()};
    const auto configFor = [&](quint64 seed) {
        Sim::Config config;
        config.seed = seed;
        const int clients = parser.value(clientsOption).toInt();
        config.clients = clients > 0 ? clients : 2 + int(seed % 4);
        config.steps = parser.value(stepsOption).toInt();
        config.faultPerMille = parser.value(faultsOption).toInt();
        config.keepFiles = parser.isSet(seedOption);
        config.watchCase = parser.value(watchOption);
        config.echo = parser.isSet(seedOption) && parser.isSet(progressOption);
        if (parser.isSet(postgresOption)) {
            config.databaseUrl = postgres.freshDatabase(u"sim%1"_s.arg(seed));
            config.instances = 2;
        }
        if (parser.isSet(instancesOption)) {
            config.instances = parser.value(instancesOption).toInt();
        }
        if (parser.isSet(plainServerOption)) {
            config.clockSkew = false;
            config.restores = false;
        }
        config.reviews = !parser.isSet(noReviewsOption);
        config.attachments = parser.isSet(attachmentsOption);
        if (parser.isSet(crashOption) || parser.isSet(writeOption)) {
            config.enumerate = true;
            config.crashes = false;
            config.crashAtPause = parser.isSet(crashOption) ? parser.value(crashOption).toInt() : -1;
            config.failWriteAt = parser.isSet(writeOption) ? parser.value(writeOption).toInt() : -1;
        }
        return config;
    };

    if (parser.isSet(seedOption)) {
        const Sim::Report r = Sim::Simulation(environment, configFor(parser.value(seedOption).toULongLong())).run();
        for (const QString &line : r.trace) {
            out << line << '\n';
        }
        out << (r.ok() ? u"ok"_s : u"FAILED:\n  "_s + r.violations.join(u"\n  "_s)) << '\n';
        return r.ok() ? 0 : 1;
    }
    const quint64 first = parser.value(firstOption).toULongLong();
    const quint64 count = parser.value(seedsOption).toULongLong();
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    QTextStream err(stderr);
    for (quint64 seed = first; seed < first + count; ++seed) {
        if (parser.isSet(progressOption)) {
            err << "seed " << seed << Qt::endl;
        }
        const Sim::Config config = configFor(seed);
        const Sim::Report r = Sim::Simulation(environment, config).run();
        if (!r.ok()) {
            ++failed;
            out << "seed " << seed << " failed:\n  " << r.violations.join(u"\n  "_s)
                << "\n  replay: fb-sync-sim --seed " << seed << " --clients " << config.clients << " --steps "
                << config.steps << " --faults " << config.faultPerMille
                << (parser.isSet(postgresOption) ? " --postgresql" : "") << (config.reviews ? "" : " --no-reviews")
                << (config.restores ? "" : " --plain-server") << (config.attachments ? " --attachments" : "") << '\n';
            out.flush();
        }
    }
    out << count << " seeds from " << first << " in " << timer.elapsed() / 1000 << " s: " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}
