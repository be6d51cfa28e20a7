#include "casestore.h"
#include "fixtures.h"
#include "freshness.h"
#include "searchquery.h"
#include "syncledger.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Fb;

class TestCaseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsSchemaAndWal();
    void putGetRoundTrip();
    void putReplacesById();
    void putRejectsInvalidCaseAndWritesNothing();
    void putManyIsAllOrNothing();
    void removeDeletesEverywhere();
    void summariesDeriveRegionsAndOwner();
    void summariesOfSomeCases();
    void changesNameWhatThisStoreWrote();
    void changesSayWhenAnotherProgramWrote();
    void searchSwedishText_data();
    void searchSwedishText();
    void searchFollowsUpdates();
    void sameWordsAreNotIndexedAgain();
    void searchAddsCompoundPartsWhenFew();
    void facetTablesMatchSummaries();
    void meta();
    void reopenKeepsData();
    void refusesNewerSchema();
    void refusesNonDatabaseFile();
    void migratesFromEveryEarlierVersion();
    void migratesFromVersion1WithData();
    void migrationComputesTheNewFacets();
    void freshnessFollowsTheDueDayAndToday();
    void migrationComputesTheDueDay();
    void publicationFollowsTheReviewState_data();
    void publicationFollowsTheReviewState();
    void readOnlyOpen();

private:
    std::unique_ptr<CaseStore> open(CaseStore::OpenMode mode = CaseStore::OpenMode::ReadWrite);

    QString path() const { return m_dir->filePath(u"replica.sqlite"_s); }

    CaseRecord caseWith(const QString &id, const QString &title, const QString &section = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCaseStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCaseStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CaseStore> TestCaseStore::open(CaseStore::OpenMode mode)
{
    auto store = CaseStore::open(path(), Test::vocabularies(), Test::referenceData(), mode);
    if (!store) {
        qWarning() << store.error();
        return nullptr;
    }
    return std::move(store).value();
}

CaseRecord TestCaseStore::caseWith(const QString &id, const QString &title, const QString &section)
{
    CaseRecord c = Test::validCase(id);
    c.title = title;
    c.sections = {{u"solution"_s, section}};
    c.tags.clear();
    c.summary.clear();
    c.shortName.clear();
    return c;
}

void TestCaseStore::createsSchemaAndWal()
{
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().value(), CaseStore::SchemaVersion);
    QCOMPARE(store->count().value(), 0);
    QVERIFY(QFile::exists(path() + u"-wal"_s) || QFile::exists(path()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    {
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
}

void TestCaseStore::putGetRoundTrip()
{
    auto store = open();
    const CaseRecord c = Test::validCase();
    QVERIFY(store->put(c).ok());
    auto back = store->get(c.id);
    QVERIFY(back.ok());
    QCOMPARE(*back, c);
    QCOMPARE(store->get(u"00000000-0000-4000-8000-000000000000"_s).code(), ErrorCode::NotFound);
}

void TestCaseStore::putReplacesById()
{
    auto store = open();
    CaseRecord c = Test::validCase();
    QVERIFY(store->put(c).ok());
    const qint64 rowId = store->summaries()->first().rowId;
    c.title = u"Ny titel"_s;
    QVERIFY(store->put(c).ok());
    QCOMPARE(store->count().value(), 1);
    QCOMPARE(store->get(c.id)->title, u"Ny titel"_s);
    QCOMPARE(store->summaries()->first().rowId, rowId);
}

void TestCaseStore::putRejectsInvalidCaseAndWritesNothing()
{
    auto store = open();
    CaseRecord c = Test::validCase();
    c.municipalities = {u"9999"_s};
    const auto r = store->put(c);
    QCOMPARE(r.code(), ErrorCode::UnknownMunicipality);
    QCOMPARE(store->count().value(), 0);
}

void TestCaseStore::putManyIsAllOrNothing()
{
    auto store = open();
    CaseRecord bad = Test::validCase(u"22222222-2222-4222-8222-222222222222"_s);
    bad.title.clear();
    const auto r = store->putMany({Test::validCase(u"11111111-1111-4111-8111-111111111111"_s), bad});
    QCOMPARE(r.code(), ErrorCode::MissingField);
    QCOMPARE(store->count().value(), 0);
    QCOMPARE(store->match(u"trygghetsvärdar"_s)->size(), 0);
}

void TestCaseStore::removeDeletesEverywhere()
{
    auto store = open();
    const CaseRecord c = Test::validCase();
    QVERIFY(store->put(c).ok());
    QCOMPARE(store->match(u"ronneby"_s)->size(), 1);
    QVERIFY(store->remove(c.id).ok());
    QCOMPARE(store->count().value(), 0);
    QCOMPARE(store->match(u"ronneby"_s)->size(), 0);
    QCOMPARE(store->remove(c.id).code(), ErrorCode::NotFound);
}

void TestCaseStore::summariesOfSomeCases()
{
    auto store = open();
    QList<CaseRecord> cases;
    for (const QString &title : {u"Första"_s, u"Andra"_s, u"Tredje"_s}) {
        cases.append(caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), title));
    }
    QVERIFY(store->putMany(cases).ok());
    const auto all = store->summaries();
    QVERIFY(all.ok());
    // Those that exist, in rowid order, each as the whole read has it.
    const auto some = store->summaries(QSet<QString>{cases.at(2).id, cases.at(0).id, u"finns-inte"_s});
    QVERIFY(some.ok());
    QCOMPARE(some->size(), 2);
    QCOMPARE(some->at(0).id, cases.at(0).id);
    QCOMPARE(some->at(1).id, cases.at(2).id);
    QCOMPARE(some->at(1).rowId, all->at(2).rowId);
    QCOMPARE(some->at(1).title, u"Tredje"_s);
    QCOMPARE(some->at(1).facets, all->at(2).facets);
    QVERIFY(store->summaries(QSet<QString>{}).value().isEmpty());
}

void TestCaseStore::changesNameWhatThisStoreWrote()
{
    auto store = open();
    QVERIFY(store->takeChanges().ok()); // starts counting
    const CaseRecord a = caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), u"A"_s);
    const CaseRecord b = caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), u"B"_s);
    QVERIFY(store->putMany({a, b}).ok());
    auto changes = store->takeChanges();
    QVERIFY(changes.ok());
    QCOMPARE(changes->ids, (QSet<QString>{a.id, b.id}));
    QVERIFY(changes->rowIds.isEmpty()); // new cases had no rows
    QVERIFY(!changes->all);
    const qint64 rowOfA = store->summaries(QSet<QString>{a.id}).value().at(0).rowId;
    // Taken: the next call names only what came after.
    QVERIFY(store->remove(a.id).ok());
    changes = store->takeChanges();
    QCOMPARE(changes->ids, QSet<QString>{a.id});
    QCOMPARE(changes->rowIds, QSet<qint64>{rowOfA});
    QVERIFY(store->takeChanges()->ids.isEmpty());
    // A write that was rolled back is named too: read again, it is as it was.
    CaseRecord invalid = b;
    invalid.title.clear();
    QVERIFY(!store->putMany({caseWith(a.id, u"A igen"_s), invalid}).ok());
    QCOMPARE(store->takeChanges()->ids, QSet<QString>{a.id});
    QCOMPARE(store->count().value(), 1);

    // A first sync of a whole bank is not named case by case.
    QList<CaseRecord> many;
    for (qsizetype i = 0; i <= CaseStore::MaxNamedChanges; ++i) {
        many.append(caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), u"Många"_s));
    }
    QVERIFY(store->putMany(many).ok());
    changes = store->takeChanges();
    QVERIFY(changes->all);
    QVERIFY(changes->ids.isEmpty());
    QVERIFY(store->remove(b.id).ok());
    changes = store->takeChanges();
    QVERIFY(!changes->all);
    QCOMPARE(changes->ids, QSet<QString>{b.id});
}

void TestCaseStore::changesSayWhenAnotherProgramWrote()
{
    auto store = open();
    QVERIFY(store->takeChanges().ok());
    QVERIFY(store->put(caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), u"Här"_s)).ok());
    QVERIFY(!store->takeChanges()->all); // its own commits are named
    {
        // The CLI on the same replica: another connection.
        auto other = open();
        QVERIFY(other->put(caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), u"Där"_s)).ok());
    }
    const auto changes = store->takeChanges();
    QVERIFY(changes.ok());
    QVERIFY(changes->all);
    QVERIFY(changes->ids.isEmpty());
    QVERIFY(!store->takeChanges()->all);
}

void TestCaseStore::summariesDeriveRegionsAndOwner()
{
    auto store = open();
    CaseRecord c = Test::validCase();
    c.regions.clear();
    c.municipalities = {u"0461"_s}; // Gnesta, Södermanland (04)
    c.owner = Actor{u"kommun"_s, {}, u"1081"_s, u"huvudman"_s, {}}; // Ronneby, Blekinge (10)
    c.actors = {Actor{u"region"_s, {}, u"12"_s, u"partner"_s, {}}, // Skåne
                Actor{u"ideburen"_s, u"Föreningen"_s, {}, u"partner"_s, {}},
                Actor{u"region"_s, {}, u"10"_s, u"partner"_s, {}}};
    c.partnershipForms = {u"iop"_s};
    const CaseSummary s = store->summarize(c);
    QCOMPARE(s.values(Facet::ActorType), (QStringList{u"ideburen"_s, u"kommun"_s, u"region"_s}));
    QCOMPARE(s.values(Facet::PartnershipForm), QStringList{u"iop"_s});
    QCOMPARE(s.values(Facet::RecordType), QStringList{u"exempel"_s});
    QCOMPARE(s.ownerName, u"Ronneby kommun"_s);
    QCOMPARE(s.values(Facet::Municipality), (QStringList{u"0461"_s, u"1081"_s}));
    QCOMPARE(s.values(Facet::Region), (QStringList{u"12"_s, u"10"_s, u"04"_s}));
    QCOMPARE(s.values(Facet::StudyVisit), QStringList{u"ja"_s});
    QCOMPARE(s.values(Facet::StartYear), QStringList{u"2021"_s});
    QCOMPARE(s.values(Facet::EvidenceLevel), QStringList{u"2"_s});
    QVERIFY(store->put(c).ok());
    const CaseSummary stored = store->summaries()->first();
    QCOMPARE(stored.facets, s.facets);
    QCOMPARE(stored.ownerName, s.ownerName);
}

void TestCaseStore::searchSwedishText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("exact word") << u"äldreomsorg"_s << QStringList{u"a"_s};
    QTest::addRow("without diacritics") << u"aldreomsorg"_s << QStringList{u"a"_s};
    QTest::addRow("prefix while typing") << u"äldreoms"_s << QStringList{u"a"_s};
    QTest::addRow("upper case") << u"ÄLDREOMSORG"_s << QStringList{u"a"_s};
    QTest::addRow("prefix of compound") << u"äldreomsorgslyft"_s << QStringList{u"a"_s};
    QTest::addRow("å") << u"gårdsmöte"_s << QStringList{u"b"_s};
    QTest::addRow("å as a") << u"gardsmote"_s << QStringList{u"b"_s};
    QTest::addRow("two words") << u"ensamhet gnesta"_s << QStringList{u"c"_s};
    QTest::addRow("phrase") << u"\"civilsamhälle och kommun\""_s << QStringList{u"c"_s};
    QTest::addRow("phrase in wrong order") << u"\"kommun och civilsamhälle\""_s << QStringList{};
    QTest::addRow("exclusion") << u"kommun -gnesta"_s << QStringList{u"b"_s};
    QTest::addRow("acronym") << u"finsam"_s << QStringList{u"b"_s};
    QTest::addRow("fts syntax is not interpreted") << u"NEAR(a b) OR title:x *"_s << QStringList{};
    QTest::addRow("unbalanced quote") << u"\"ensamhet"_s << QStringList{u"c"_s};
}

void TestCaseStore::searchSwedishText()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto store = open();
    const QHash<QString, QString> ids{{u"a"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s},
                                      {u"b"_s, u"bbbbbbbb-0000-4000-8000-000000000002"_s},
                                      {u"c"_s, u"cccccccc-0000-4000-8000-000000000003"_s}};
    QVERIFY(
        store
            ->putMany({caseWith(ids[u"a"_s], u"Äldreomsorgslyftet i Blekinge"_s, u"Utbildning på betald arbetstid."_s),
                       caseWith(ids[u"b"_s], u"Gårdsmöten i Finsam-samverkan"_s, u"Kommun och Försäkringskassan."_s),
                       caseWith(ids[u"c"_s],
                                u"Gnestamodellen"_s,
                                u"Ensamhet bryts när civilsamhälle och kommun samverkar."_s)})
            .ok());
    const SearchQuery q = SearchQuery::parse(query);
    QStringList found;
    if (!q.isEmpty()) {
        auto rows = store->match(q.ftsQuery());
        QVERIFY2(rows.ok(), qPrintable(q.ftsQuery()));
        const QList<CaseSummary> all = store->summaries().value();
        for (qint64 row : *rows) {
            for (const CaseSummary &s : all) {
                if (s.rowId == row) {
                    found.append(ids.key(s.id));
                }
            }
        }
    }
    found.sort();
    QCOMPARE(found, expected);
}

void TestCaseStore::sameWordsAreNotIndexedAgain()
{
    // The server's answer to a push changes a case's version and time, not its words: the index
    // rows stay (every write of new words adds a segment to the index, which this counts).
    auto store = open();
    CaseRecord c =
        caseWith(QUuid::createUuid().toString(QUuid::WithoutBraces), u"Trygghetsvärdar"_s, u"Kvällsvandringar."_s);
    QVERIFY(store->put(c).ok());
    const auto segments = [&] {
        QSqlQuery q(store->database());
        return q.exec(u"SELECT count(*) FROM case_fts_data"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    const auto facetRows = [&] {
        QSqlQuery q(store->database());
        return q.exec(u"SELECT count(*) FROM case_facet"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    const int before = segments();
    const int facets = facetRows();
    QVERIFY(before > 0 && facets > 0);

    c.updatedAt = u"2027-02-01T09:00:00Z"_s;
    QVERIFY(store->putTrusted(c).ok());
    QCOMPARE(segments(), before);
    QCOMPARE(facetRows(), facets);
    QCOMPARE(store->get(c.id)->updatedAt, u"2027-02-01T09:00:00Z"_s);
    QCOMPARE(store->match(u"kvällsvandring*"_s)->size(), 1);

    // New words are indexed, the old ones gone; a new facet value is counted.
    c.sections = {{u"solution"_s, u"Nattvandringar."_s}};
    c.status = u"avslutad"_s;
    QVERIFY(store->putTrusted(c).ok());
    QVERIFY(segments() > before);
    QCOMPARE(store->match(u"kvällsvandring*"_s)->size(), 0);
    QCOMPARE(store->match(u"nattvandring*"_s)->size(), 1);
    QSqlQuery status(store->database());
    QVERIFY(status.exec(u"SELECT value FROM case_facet WHERE facet = %1"_s.arg(int(Facet::Status))));
    QVERIFY(status.next());
    QCOMPARE(status.value(0).toString(), u"avslutad"_s);
    QVERIFY(!status.next());
}

void TestCaseStore::searchAddsCompoundPartsWhenFew()
{
    auto store = open();
    const QString whole = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
    const QString apart = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
    QVERIFY(store
                ->putMany({caseWith(whole, u"Äldreomsorgslyftet i Blekinge"_s, u"Utbildning på betald arbetstid."_s),
                           caseWith(apart, u"Lyftet inom äldreomsorgen"_s, u"Undersköterskor utbildas."_s),
                           caseWith(u"cccccccc-0000-4000-8000-000000000003"_s, u"Gnestamodellen"_s, u"Lyft."_s)})
                .ok());
    QHash<qint64, QString> idOf;
    const QList<CaseSummary> summaries = store->summaries().value();
    for (const CaseSummary &s : summaries) {
        idOf.insert(s.rowId, s.id);
    }
    const SearchQuery query = SearchQuery::parse(u"äldreomsorgslyftet"_s, SearchQuery::Expansion::Full);
    // The compound alone finds the case that writes it; its parts apart come after it.
    QCOMPARE(store->match(query.ftsQuery()).value().size(), 1);
    const auto rows = store->search(query);
    QVERIFY(rows);
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(idOf.value(rows->rows.at(0)), whole);
    QCOMPARE(idOf.value(rows->rows.at(1)), apart);
    QVERIFY(rows->recall.isEmpty());
    const auto scored = store->searchScored(query, 5);
    QVERIFY(scored);
    QCOMPARE(scored->hits.size(), 2);
    QCOMPARE(idOf.value(scored->hits.at(1).rowId), apart);
    // The parts' case is scored too (BM25 is negative for a match, zero for none).
    QVERIFY(scored->hits.at(1).score < 0);
    // A limit holds for both together.
    QCOMPARE(store->search(query, 1).value().rows.size(), 1);

    // Enough cases with the compound itself: no parts added.
    QList<CaseRecord> more;
    for (int i = 0; i < FtsMatcher::FewRows; ++i) {
        more.append(caseWith(u"dddddddd-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')),
                             u"Äldreomsorgslyftet del %1"_s.arg(i)));
    }
    QVERIFY(store->putMany(more));
    const auto many = store->search(query);
    QVERIFY(many);
    QCOMPARE(many->rows.size(), FtsMatcher::FewRows + 1);
    QVERIFY(!many->rows.contains(idOf.key(apart)));
}

void TestCaseStore::searchFollowsUpdates()
{
    auto store = open();
    CaseRecord c = caseWith(u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"Hemtjänst"_s, u"Digital tillsyn nattetid."_s);
    QVERIFY(store->put(c).ok());
    QCOMPARE(store->match(u"tillsyn"_s)->size(), 1);
    c.sections[u"solution"_s] = u"Trygghetslarm."_s;
    QVERIFY(store->put(c).ok());
    QCOMPARE(store->match(u"tillsyn"_s)->size(), 0);
    QCOMPARE(store->match(u"trygghetslarm"_s)->size(), 1);
}

void TestCaseStore::facetTablesMatchSummaries()
{
    auto store = open();
    CaseRecord a = Test::validCase(u"aaaaaaaa-0000-4000-8000-000000000001"_s);
    CaseRecord b = Test::validCase(u"bbbbbbbb-0000-4000-8000-000000000002"_s);
    b.policyAreas = {u"aldreomsorg"_s};
    b.studyVisit.open = false;
    QVERIFY(store->putMany({a, b}).ok());
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"facets"_s);
    {
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT value, count(*) FROM case_facet WHERE facet = %1 GROUP BY value ORDER BY value"_s.arg(
            int(Facet::PolicyArea))));
        QStringList rows;
        while (q.next()) {
            rows.append(q.value(0).toString() + u'=' + q.value(1).toString());
        }
        QCOMPARE(rows, (QStringList{u"aldreomsorg=1"_s, u"arbetsmarknad=1"_s, u"trygghet=1"_s}));
        QVERIFY(
            q.exec(u"SELECT count(*) FROM case_facet WHERE facet = %1 AND value = 'ja'"_s.arg(int(Facet::StudyVisit)))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"facets"_s);
}

void TestCaseStore::meta()
{
    auto store = open();
    QCOMPARE(store->meta(u"bank_source"_s).value(), QString());
    QVERIFY(store->setMeta(u"bank_source"_s, u"sample"_s).ok());
    QVERIFY(store->setMeta(u"bank_source"_s, u"server"_s).ok());
    QCOMPARE(store->meta(u"bank_source"_s).value(), u"server"_s);
    QVERIFY(store->setMeta(u"sync_cursor"_s, QString()).ok()); // a null string is stored as empty
    QCOMPARE(store->meta(u"sync_cursor"_s).value(), QString());
}

void TestCaseStore::reopenKeepsData()
{
    {
        auto store = open();
        QVERIFY(store->put(Test::validCase()).ok());
    }
    auto store = open();
    QCOMPARE(store->count().value(), 1);
    QCOMPARE(store->get(Test::validCase().id).value(), Test::validCase());
}

void TestCaseStore::refusesNewerSchema()
{
    {
        auto store = open();
        QVERIFY(store->put(Test::validCase()).ok());
    }
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    auto store = CaseStore::open(path(), Test::vocabularies(), Test::referenceData());
    QCOMPARE(store.code(), ErrorCode::DatabaseTooNew);
    // Nothing was changed: the data is still there for the newer program.
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM cases"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestCaseStore::refusesNonDatabaseFile()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray text = "Detta är ingen databas, men en anteckning som inte får skrivas över.\n";
    f.write(text.repeated(200));
    f.close();
    auto store = CaseStore::open(path(), Test::vocabularies(), Test::referenceData());
    QCOMPARE(store.code(), ErrorCode::DatabaseOpenFailed);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), text.repeated(200));
}

void TestCaseStore::migratesFromEveryEarlierVersion()
{
    // Version 0 is an empty file (a profile created before any case was written). Every later
    // version gets a fixture here when it is introduced; then this test opens each fixture, checks
    // it reaches SchemaVersion and that its cases are intact.
    for (int from = 0; from < CaseStore::SchemaVersion; ++from) {
        QFile::remove(path());
        QFile empty(path());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion().value(), CaseStore::SchemaVersion);
        QVERIFY(store->put(Test::validCase()).ok());
        QCOMPARE(store->match(u"ronneby"_s)->size(), 1);
    }
}

void TestCaseStore::migratesFromVersion1WithData()
{
    // A replica as version 1 of the program left it: its schema (frozen, as released) and one
    // case with its index rows.
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        const QStringList v1{
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE cases(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, short_name "
            u"TEXT NOT NULL "
            "DEFAULT '', owner_name TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '', facets TEXT NOT "
            "NULL DEFAULT '', "
            "body TEXT NOT NULL)"_s,
            u"CREATE TABLE case_facet(facet INTEGER NOT NULL, value TEXT NOT NULL, case_rowid INTEGER NOT NULL "
            u"REFERENCES "
            "cases(rowid) ON DELETE CASCADE, PRIMARY KEY(facet, value, case_rowid)) WITHOUT ROWID"_s,
            u"CREATE INDEX case_facet_by_case ON case_facet(case_rowid)"_s,
            u"CREATE VIRTUAL TABLE case_fts USING fts5(title, summary, sections, tags, content='', "
            u"contentless_delete=1, "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"_s,
            u"PRAGMA user_version = 1"_s,
            u"INSERT INTO meta(key, value) VALUES('bank_source', 'sample')"_s,
        };
        QSqlQuery q(db);
        for (const QString &sql : v1) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        const CaseRecord c = Test::validCase();
        q.prepare(u"INSERT INTO cases(rowid, id, title, facets, body) VALUES(7, ?, ?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(c.title);
        q.addBindValue(u"10\n1081\ntrygghet arbetsmarknad"_s);
        q.addBindValue(QString::fromUtf8(c.toCanonicalJson()));
        QVERIFY(q.exec());
        QVERIFY(q.exec(
            u"INSERT INTO case_fts(rowid, title, summary, sections, tags) VALUES(7, 'Trygghetsvärdar i Ronneby', '', '', '')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().value(), CaseStore::SchemaVersion);
    QCOMPARE(store->get(Test::validCase().id).value(), Test::validCase());
    QCOMPARE(store->match(u"trygghetsvärdar"_s).value(), QList<qint64>{7});
    // Schema 6 rebuilt the index from the cases with the Swedish tokenizer: the summary, which the
    // old index did not hold, is found, unaccented, inflected and by a compound's tail.
    for (const QString &text : {u"kvallstid"_s, u"bostadsbolag"_s, u"värdar"_s, u"anställa"_s}) {
        QCOMPARE(store->match(SearchQuery::parse(text, SearchQuery::Expansion::Full).ftsQuery()).value(),
                 QList<qint64>{7});
    }
    QCOMPARE(store->meta(u"bank_source"_s).value(), u"sample"_s);
    QCOMPARE(SyncLedger(*store).state(Test::validCase().id)->syncedVersion, 0);
    QCOMPARE(SyncLedger(*store).counts()->pending, 0);
}

void TestCaseStore::migrationComputesTheNewFacets()
{
    // A replica at schema 10, as the program before the facets of partnership and actor types
    // left it: the facet lines and case_facet rows without them.
    CaseRecord c = Test::validCase();
    c.partnershipForms = {u"iop"_s, u"samordningsforbund"_s};
    c.actors = {Actor{u"ideburen"_s, u"Föreningen"_s, {}, u"partner"_s, {}},
                Actor{u"kommun"_s, {}, u"0461"_s, u"partner"_s, {}}};
    CaseRecord q;
    q.id = CaseRecord::newId();
    q.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    q.title = u"Fråga?"_s;
    CaseSummary expected;
    {
        auto store = open();
        QVERIFY(store->putMany({c, q}).ok());
        expected = store->summarize(c);
        QSqlQuery sql(store->database());
        QVERIFY(sql.exec(u"DELETE FROM case_facet WHERE facet >= 12"_s));
        QVERIFY(sql.exec(u"SELECT rowid, facets FROM cases"_s));
        QList<std::pair<qint64, QString>> rows;
        while (sql.next()) {
            QStringList lines = sql.value(1).toString().split(u'\n');
            lines.resize(12);
            rows.append({sql.value(0).toLongLong(), lines.join(u'\n')});
        }
        for (const auto &[rowId, facets] : rows) {
            sql.prepare(u"UPDATE cases SET facets = ? WHERE rowid = ?"_s);
            sql.addBindValue(facets);
            sql.addBindValue(rowId);
            QVERIFY(sql.exec());
        }
        QVERIFY(sql.exec(u"ALTER TABLE cases DROP COLUMN review_due"_s));
        QVERIFY(sql.exec(u"PRAGMA user_version = 10"_s));
    }
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().value(), CaseStore::SchemaVersion);
    const QList<CaseSummary> summaries = store->summaries().value_or({});
    QCOMPARE(summaries.size(), 2);
    for (const CaseSummary &s : summaries) {
        if (s.id == c.id) {
            QCOMPARE(s.facets, expected.facets);
        } else {
            QCOMPARE(s.values(Facet::ActorType), QStringList{});
            QCOMPARE(s.values(Facet::RecordType), QStringList{u"fraga"_s});
        }
    }
    QSqlQuery sql(store->database());
    QVERIFY(sql.exec(u"SELECT facet, value FROM case_facet WHERE facet >= 12 ORDER BY facet, value"_s));
    QStringList rows;
    while (sql.next()) {
        rows.append(sql.value(0).toString() + u':' + sql.value(1).toString());
    }
    QCOMPARE(rows, (QStringList{u"12:iop"_s, u"12:samordningsforbund"_s, u"13:ideburen"_s, u"13:kommun"_s}));
}

namespace {

CaseRecord published(const QString &updatedAt, const QString &verified, const QString &due)
{
    CaseRecord c = Test::validCase(CaseRecord::newId());
    c.reviewState = u"publicerad"_s;
    c.updatedAt = updatedAt;
    c.lastVerifiedAt = verified;
    c.nextReviewDue = due;
    return c;
}

// The Freshness facet of each case, by id.
QHash<QString, QStringList> freshnessOf(const QList<CaseSummary> &summaries)
{
    QHash<QString, QStringList> result;
    for (const CaseSummary &s : summaries) {
        result.insert(s.id, s.values(Facet::Freshness));
    }
    return result;
}

} // namespace

void TestCaseStore::freshnessFollowsTheDueDayAndToday()
{
    auto store = open();
    QVERIFY(store);
    const CaseRecord due = published(u"2025-03-04T10:00:00Z"_s, {}, {});
    const CaseRecord verified = published(u"2025-03-04T10:00:00Z"_s, u"2026-02-01"_s, u"2027-02-01"_s);
    const CaseRecord draft = Test::validCase(CaseRecord::newId());
    QVERIFY(store->putMany({due, verified, draft}).ok());
    // Nothing is written when a day passes: the facet comes from the day the summaries are read.
    const auto before = freshnessOf(store->summaries(QDate(2026, 3, 4)).value_or({}));
    QCOMPARE(before.size(), 3);
    QCOMPARE(before.value(due.id), QStringList{u"aktuell"_s});
    QCOMPARE(before.value(verified.id), QStringList{u"aktuell"_s});
    QCOMPARE(before.value(draft.id), QStringList{});
    const auto after = freshnessOf(store->summaries(QDate(2026, 3, 5)).value_or({}));
    QCOMPARE(after.value(due.id), QStringList{u"forfallen"_s});
    QCOMPARE(after.value(verified.id), QStringList{u"aktuell"_s});
    // Verifying moves it back.
    CaseRecord again = due;
    Freshness::verify(again, QDate(2026, 3, 5));
    QVERIFY(store->put(again).ok());
    QCOMPARE(freshnessOf(store->summaries(QDate(2026, 3, 5)).value_or({})).value(due.id), QStringList{u"aktuell"_s});
}

void TestCaseStore::publicationFollowsTheReviewState_data()
{
    QTest::addColumn<QString>("recordType");
    QTest::addColumn<QString>("reviewState");
    QTest::addColumn<QString>("publication");
    QTest::addRow("draft") << QString() << u"utkast"_s << u"opublicerad"_s;
    QTest::addRow("in review") << QString() << u"under_granskning"_s << u"opublicerad"_s;
    QTest::addRow("published") << QString() << u"publicerad"_s << u"publicerad"_s;
    QTest::addRow("needs updating") << QString() << u"behover_uppdateras"_s << u"publicerad"_s;
    QTest::addRow("archived") << QString() << u"arkiverad"_s << u"arkiverad"_s;
    // A question is asked of everyone and has no review state.
    QTest::addRow("question") << QString::fromLatin1(CaseRecord::RecordQuestion) << QString() << u"publicerad"_s;
}

void TestCaseStore::publicationFollowsTheReviewState()
{
    QFETCH(QString, recordType);
    QFETCH(QString, reviewState);
    QFETCH(QString, publication);
    auto store = open();
    QVERIFY(store);
    CaseRecord c = Test::completeCase(CaseRecord::newId());
    if (!recordType.isEmpty()) {
        c = CaseRecord{};
        c.id = CaseRecord::newId();
        c.recordType = recordType;
        c.title = u"Hur minskar vi ensamheten bland äldre?"_s;
        c.questionState = u"oppen"_s;
        c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    }
    c.reviewState = reviewState;
    QVERIFY(store->put(c).ok());
    const auto summaries = store->summaries(QDate(2026, 3, 4));
    QVERIFY(summaries.ok());
    QCOMPARE(summaries->size(), 1);
    QCOMPARE(summaries->first().values(Facet::Publication), QStringList{publication});
}

void TestCaseStore::migrationComputesTheDueDay()
{
    // A replica at schema 11, before the due day: no review_due column, fourteen facet lines. The
    // migration's SQL must give the day Freshness::dueDate gives.
    const QList<CaseRecord> cases{published(u"2025-03-04T10:00:00Z"_s, {}, {}),
                                  published(u"2025-03-04T10:00:00Z"_s, u"2026-02-01"_s, {}),
                                  published(u"2025-03-04T10:00:00Z"_s, u"2026-02-01"_s, u"2026-08-31"_s),
                                  Test::validCase(CaseRecord::newId())};
    QHash<QString, QString> expected;
    {
        auto store = open();
        QVERIFY(store->putMany(cases).ok());
        for (const CaseRecord &c : cases) {
            expected.insert(c.id, store->summarize(c).reviewDue);
        }
        QSqlQuery sql(store->database());
        QVERIFY(sql.exec(u"UPDATE cases SET facets = substr(facets, 1, length(facets) - 1)"_s));
        QVERIFY(sql.exec(u"ALTER TABLE cases DROP COLUMN review_due"_s));
        QVERIFY(sql.exec(u"PRAGMA user_version = 11"_s));
    }
    QCOMPARE(expected.value(cases.at(0).id), u"2026-03-04"_s);
    QCOMPARE(expected.value(cases.at(1).id), u"2027-02-01"_s);
    QCOMPARE(expected.value(cases.at(2).id), u"2026-08-31"_s);
    QCOMPARE(expected.value(cases.at(3).id), QString());
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion().value(), CaseStore::SchemaVersion);
    const QList<CaseSummary> summaries = store->summaries(QDate(2026, 6, 1)).value_or({});
    QCOMPARE(summaries.size(), cases.size());
    for (const CaseSummary &s : summaries) {
        QCOMPARE(s.reviewDue, expected.value(s.id));
        // The stored facets; Freshness is derived when read.
        auto stored = s.facets;
        stored[size_t(Facet::Freshness)].clear();
        QCOMPARE(stored, store->summarize(store->get(s.id).value()).facets);
    }
    QCOMPARE(freshnessOf(summaries).value(cases.at(0).id), QStringList{u"forfallen"_s});
}

void TestCaseStore::readOnlyOpen()
{
    QCOMPARE(CaseStore::open(path(), Test::vocabularies(), Test::referenceData(), CaseStore::OpenMode::ReadOnly).code(),
             ErrorCode::NotFound);
    {
        auto store = open();
        QVERIFY(store->put(Test::validCase()).ok());
    }
    auto reader = open(CaseStore::OpenMode::ReadOnly);
    QVERIFY(reader);
    QCOMPARE(reader->count().value(), 1);
    QVERIFY(!reader->put(Test::validCase(u"dddddddd-0000-4000-8000-000000000004"_s)).ok());
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
