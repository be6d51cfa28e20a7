#include "casestore.h"
#include "fixtures.h"
#include "replicaservice.h"
#include "replicaworker.h"
#include "samplebank.h"
#include "searchquery.h"
#include "snippet.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Fb;

class TestReplicaService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensNewProfileOnSampleBank();
    void workRunsOffTheCallingThread();
    void searchNarrowsAndCounts();
    void onlyTheNewestSearchIsDelivered();
    void fewResultsAreFollowedByTheRecall();
    void loadsCases();
    void openFailureIsReported();
    void loadsStudyVisits();
    void findsSimilarAndNearCases();
    void listsFollowEditsHereAndElsewhere();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_service;

    QString path() const { return m_dir->filePath(u"profile/replica.sqlite"_s); }

    bool openAndWait(bool installSample = true);
};

void TestReplicaService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_service = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
}

void TestReplicaService::cleanup()
{
    m_service.reset();
    m_dir.reset();
}

bool TestReplicaService::openAndWait(bool installSample)
{
    QSignalSpy opened(m_service.get(), &ReplicaService::opened);
    m_service->open(path(), installSample);
    return opened.wait(10000);
}

void TestReplicaService::opensNewProfileOnSampleBank()
{
    QSignalSpy opened(m_service.get(), &ReplicaService::opened);
    m_service->open(path());
    QVERIFY(opened.wait(10000));
    const auto info = opened.first().first().value<ReplicaInfo>();
    QVERIFY(info.isSample);
    QVERIFY(info.sampleInstalled);
    QCOMPARE(info.caseCount, SampleBank::load()->size());
}

void TestReplicaService::workRunsOffTheCallingThread()
{
    QThread *worker = nullptr;
    QObject probe;
    connect(m_service.get(), &ReplicaService::opened, &probe, [&] {
        worker = QThread::currentThread();
    });
    QVERIFY(openAndWait());
    // Signals arrive on the caller's thread...
    QCOMPARE(worker, QThread::currentThread());
    // ...and the replica's SQLite connection lives on another one.
    const QStringList connections = QSqlDatabase::connectionNames();
    QVERIFY(!connections.isEmpty());
    QVERIFY(QSqlDatabase::database(connections.first(), false).thread() != QThread::currentThread());
}

void TestReplicaService::searchNarrowsAndCounts()
{
    QVERIFY(openAndWait());
    QSignalSpy finished(m_service.get(), &ReplicaService::searchFinished);
    m_service->search({});
    QVERIFY(finished.wait(5000));
    const auto all = finished.takeFirst().first().value<SearchResult>();
    QCOMPARE(all.rows.size(), all.cases->size());

    QSignalSpy snippetsReady(m_service.get(), &ReplicaService::snippetsReady);
    m_service->search(SearchRequest{u"aldreomsorg"_s, {}});
    QVERIFY(finished.wait(5000));
    auto some = finished.takeFirst().first().value<SearchResult>();
    QVERIFY(some.snippets.isEmpty()); // they follow
    // Possibly delivered already, in the event loop that delivered the result.
    QTRY_COMPARE_WITH_TIMEOUT(snippetsReady.size(), 1, 5000);
    some.snippets = snippetsReady.takeFirst().first().value<QHash<qint64, QString>>();
    QVERIFY(!some.rows.isEmpty());
    QVERIFY(some.rows.size() < all.rows.size());
    QCOMPARE(some.terms, QStringList{u"aldreomsorg"_s});
    // Snippets for the first rows, each around the search word where the text has it.
    QCOMPARE(some.snippets.size(), std::min<qsizetype>(some.rows.size(), ReplicaWorker::SnippetRows));
    qsizetype withWord = 0;
    for (qsizetype i = 0; i < some.rows.size() && i < ReplicaWorker::SnippetRows; ++i) {
        const QString snippet = some.snippets.value(some.cases->at(some.rows.at(i)).rowId);
        QVERIFY(!snippet.isEmpty());
        QVERIFY(snippet.size() <= Snippet::DefaultLength + 4);
        withWord += SearchQuery::highlights(snippet, some.terms).isEmpty() ? 0 : 1;
    }
    QVERIFY(withWord > 0);

    FacetFilter filter;
    filter.values(Facet::Region) = {u"10"_s};
    m_service->search(SearchRequest{{}, filter});
    QVERIFY(finished.wait(5000));
    const auto blekinge = finished.takeFirst().first().value<SearchResult>();
    QVERIFY(!blekinge.rows.isEmpty());
    for (int row : blekinge.rows) {
        QVERIFY(blekinge.cases->at(row).values(Facet::Region).contains(u"10"_s));
    }
    QCOMPARE(blekinge.counts[size_t(Facet::Region)].value(u"10"_s), blekinge.rows.size());
    QTest::qWait(300);
    QVERIFY(snippetsReady.isEmpty()); // no text, nothing to excerpt
}

void TestReplicaService::onlyTheNewestSearchIsDelivered()
{
    QVERIFY(openAndWait());
    QSignalSpy finished(m_service.get(), &ReplicaService::searchFinished);
    quint64 last = 0;
    for (const QString &typed : {u"ä"_s, u"äl"_s, u"äld"_s, u"äldr"_s, u"äldre"_s}) {
        last = m_service->search(SearchRequest{typed, {}});
    }
    QVERIFY(finished.wait(5000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<SearchResult>().generation, last);
}

void TestReplicaService::loadsStudyVisits()
{
    QVERIFY(openAndWait());
    QSignalSpy loaded(m_service.get(), &ReplicaService::studyVisitsLoaded);
    m_service->loadStudyVisits();
    QVERIFY(loaded.wait(5000));
    const auto entries = loaded.first().first().value<QList<StudyVisitEntry>>();
    qsizetype open = 0;
    const auto sample = SampleBank::load();
    QVERIFY(sample);
    for (const CaseRecord &c : *sample) {
        open += c.studyVisit.open ? 1 : 0;
    }
    QVERIFY(open > 0);
    QCOMPARE(entries.size(), open);
}

void TestReplicaService::findsSimilarAndNearCases()
{
    QVERIFY(openAndWait());
    const QString id = SampleBank::load()->first().id;
    QSignalSpy similar(m_service.get(), &ReplicaService::similarFound);
    m_service->findSimilar(id, 5);
    QVERIFY(similar.wait(5000));
    QCOMPARE(similar.first().at(0).toString(), id);
    const auto found = similar.first().at(1).value<QList<SimilarCase>>();
    QCOMPARE(found.size(), 5);
    QVERIFY(std::ranges::none_of(found, [&](const SimilarCase &c) {
        return c.id == id;
    }));
    QSignalSpy near(m_service.get(), &ReplicaService::nearFound);
    m_service->findNear(u"0461"_s, 3);
    QVERIFY(near.wait(5000));
    const auto nearest = near.first().at(1).value<QList<SimilarCase>>();
    QCOMPARE(nearest.size(), 3);
    QVERIFY(nearest.first().distanceKm <= nearest.last().distanceKm);
}

void TestReplicaService::fewResultsAreFollowedByTheRecall()
{
    QVERIFY(openAndWait());
    QSignalSpy finished(m_service.get(), &ReplicaService::searchFinished);
    QSignalSpy snippetsReady(m_service.get(), &ReplicaService::snippetsReady);
    m_service->search(SearchRequest{u"nattilsyn i hemtjänsten"_s, {}});
    // First what the words find together (nothing: a typo), at once; then the corrected search.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    const auto first = finished.at(0).first().value<SearchResult>();
    const auto second = finished.at(1).first().value<SearchResult>();
    QCOMPARE(first.generation, second.generation);
    QVERIFY(first.rows.isEmpty());
    QVERIFY(first.recall.isEmpty());
    QVERIFY(!second.rows.isEmpty());
    QCOMPARE(second.recall.corrections, (QList<SearchRecall::Correction>{{u"nattilsyn"_s, u"nattillsyn"_s}}));
    QVERIFY(second.terms.contains(u"nattillsyn"_s));
    // The snippets are of the rows shown last.
    QTRY_COMPARE_WITH_TIMEOUT(snippetsReady.size(), 1, 5000);
    const auto snippets = snippetsReady.first().first().value<QHash<qint64, QString>>();
    QVERIFY(snippets.contains(second.cases->at(second.rows.first()).rowId));
}

void TestReplicaService::loadsCases()
{
    QVERIFY(openAndWait());
    const CaseRecord expected = SampleBank::load()->first();
    QSignalSpy loaded(m_service.get(), &ReplicaService::caseLoaded);
    QSignalSpy failed(m_service.get(), &ReplicaService::caseLoadFailed);
    m_service->loadCase(expected.id);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().value<CaseRecord>(), expected);
    m_service->loadCase(u"00000000-0000-4000-8000-000000000000"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).value<Error>().code, ErrorCode::NotFound);
}

void TestReplicaService::openFailureIsReported()
{
    QSignalSpy failed(m_service.get(), &ReplicaService::openFailed);
    // A directory where the file should be.
    QVERIFY(QDir().mkpath(path()));
    m_service->open(path());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::DatabaseOpenFailed);
}

void TestReplicaService::listsFollowEditsHereAndElsewhere()
{
    QVERIFY(openAndWait());
    QSignalSpy finished(m_service.get(), &ReplicaService::searchFinished);
    m_service->search({});
    QVERIFY(finished.wait(5000));
    const qsizetype sample = finished.takeFirst().first().value<SearchResult>().rows.size();
    QVERIFY(sample > 0);
    const auto titles = [&](const SearchResult &r) {
        QStringList result;
        for (int row : r.rows) {
            result.append(r.cases->at(row).title);
        }
        return result;
    };

    // Written here: only that case is read again, and the lists have it.
    QSignalSpy refreshed(m_service.get(), &ReplicaService::refreshed);
    CaseRecord mine = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
    mine.title = u"Skrivet i fönstret"_s;
    m_service->saveCase(mine.toJsonObject(), {}, 1);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.takeFirst().first().value<ReplicaInfo>().caseCount, sample + 1);
    m_service->search({});
    QVERIFY(finished.wait(5000));
    QVERIFY(titles(finished.takeFirst().first().value<SearchResult>()).contains(u"Skrivet i fönstret"_s));

    // Written by another program on the same replica (the CLI): the next refresh reads it all.
    {
        auto other = CaseStore::open(path(), Test::vocabularies(), Test::referenceData()).value();
        CaseRecord theirs = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
        theirs.title = u"Skrivet av kommandoraden"_s;
        QVERIFY(other->put(theirs).ok());
    }
    mine.title = u"Skrivet i fönstret igen"_s;
    m_service->saveCase(mine.toJsonObject(), {}, 2);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.takeFirst().first().value<ReplicaInfo>().caseCount, sample + 2);
    m_service->search({});
    QVERIFY(finished.wait(5000));
    const QStringList now = titles(finished.takeFirst().first().value<SearchResult>());
    QVERIFY(now.contains(u"Skrivet av kommandoraden"_s));
    QVERIFY(now.contains(u"Skrivet i fönstret igen"_s));
    QVERIFY(!now.contains(u"Skrivet i fönstret"_s));
    QCOMPARE(now.size(), sample + 2);
}

QTEST_GUILESS_MAIN(TestReplicaService)
#include "tst_replicaservice.moc"
