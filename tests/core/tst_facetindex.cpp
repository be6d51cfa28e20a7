#include "casestore.h"
#include "facetindex.h"
#include "fixtures.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

class TestFacetIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFilterCountsEverything();
    void orWithinAndAcross();
    void countsIgnoreTheirOwnFacet();
    void textMatchesKeepTheirOrder();
    void sparseRowIds();
    void countsMatchSqlGroundTruth();
    void updatedIsTheIndexOfTheCasesNow_data();
    void updatedIsTheIndexOfTheCasesNow();

private:
    static CaseSummary summary(qint64 rowId, const QString &region, const QString &status, const QStringList &areas);
};

CaseSummary
TestFacetIndex::summary(qint64 rowId, const QString &region, const QString &status, const QStringList &areas)
{
    CaseSummary s;
    s.rowId = rowId;
    s.id = QString::number(rowId);
    s.facets[size_t(Facet::Region)] = {region};
    s.facets[size_t(Facet::Status)] = {status};
    s.facets[size_t(Facet::PolicyArea)] = areas;
    return s;
}

void TestFacetIndex::noFilterCountsEverything()
{
    const FacetIndex index(
        {summary(1, u"10"_s, u"i_drift"_s, {u"skola"_s}), summary(2, u"04"_s, u"pilot"_s, {u"skola"_s, u"vard"_s})});
    SearchResult r;
    index.query({}, std::nullopt, r);
    QCOMPARE(r.rows, (QList<int>{0, 1}));
    QCOMPARE(r.counts[size_t(Facet::PolicyArea)].value(u"skola"_s), 2);
    QCOMPARE(r.counts[size_t(Facet::PolicyArea)].value(u"vard"_s), 1);
    QCOMPARE(r.counts[size_t(Facet::Region)].value(u"10"_s), 1);
}

void TestFacetIndex::orWithinAndAcross()
{
    const FacetIndex index({summary(1, u"10"_s, u"i_drift"_s, {}),
                            summary(2, u"04"_s, u"pilot"_s, {}),
                            summary(3, u"12"_s, u"i_drift"_s, {})});
    FacetFilter f;
    f.values(Facet::Region) = {u"10"_s, u"04"_s};
    SearchResult r;
    index.query(f, std::nullopt, r);
    QCOMPARE(r.rows, (QList<int>{0, 1}));
    f.values(Facet::Status) = {u"i_drift"_s};
    index.query(f, std::nullopt, r);
    QCOMPARE(r.rows, QList<int>{0});
}

void TestFacetIndex::countsIgnoreTheirOwnFacet()
{
    const FacetIndex index({summary(1, u"10"_s, u"i_drift"_s, {}),
                            summary(2, u"04"_s, u"pilot"_s, {}),
                            summary(3, u"04"_s, u"i_drift"_s, {})});
    FacetFilter f;
    f.values(Facet::Region) = {u"10"_s};
    SearchResult r;
    index.query(f, std::nullopt, r);
    // Region counts as if no region were chosen, so the user sees what another län would add...
    QCOMPARE(r.counts[size_t(Facet::Region)].value(u"04"_s), 2);
    QCOMPARE(r.counts[size_t(Facet::Region)].value(u"10"_s), 1);
    // ...while other facets count within the chosen län.
    QCOMPARE(r.counts[size_t(Facet::Status)].value(u"i_drift"_s), 1);
    QCOMPARE(r.counts[size_t(Facet::Status)].value(u"pilot"_s), 0);
}

void TestFacetIndex::textMatchesKeepTheirOrder()
{
    const FacetIndex index(
        {summary(10, u"10"_s, u"a"_s, {}), summary(20, u"04"_s, u"a"_s, {}), summary(30, u"04"_s, u"b"_s, {})});
    SearchResult r;
    index.query({}, QList<qint64>{30, 10, 99}, r);
    QCOMPARE(r.rows, (QList<int>{2, 0}));
    QCOMPARE(r.counts[size_t(Facet::Status)].value(u"a"_s), 1);
}

void TestFacetIndex::sparseRowIds()
{
    // Rowids far apart are looked up in a hash instead of an array; negative ones too.
    const FacetIndex index({summary(1, u"10"_s, u"a"_s, {}),
                            summary(5'000'000'000, u"04"_s, u"a"_s, {}),
                            summary(-3, u"04"_s, u"b"_s, {})});
    SearchResult r;
    index.query({}, QList<qint64>{-3, 5'000'000'000, 2, 1}, r);
    QCOMPARE(r.rows, (QList<int>{2, 1, 0}));
}

void TestFacetIndex::countsMatchSqlGroundTruth()
{
    // Random cases through the real store; every facet count under random filters must equal a
    // SQL count over the store's facet table.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.sqlite"_s);
    auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData());
    QVERIFY(store.ok());
    QRandomGenerator rng(7);
    const auto pick = [&](const char *vocabulary) {
        const auto &entries = Test::vocabularies().vocabulary(vocabulary).entries();
        return entries.at(rng.bounded(int(entries.size()))).key;
    };
    const auto &municipalities = Test::referenceData().municipalities();
    QList<CaseRecord> cases;
    for (int i = 0; i < 300; ++i) {
        CaseRecord c = Test::validCase(u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 10, QLatin1Char('0')));
        c.policyAreas = {pick(Vocabularies::PolicyArea)};
        if (rng.bounded(2)) {
            const QString second = pick(Vocabularies::PolicyArea);
            if (!c.policyAreas.contains(second)) {
                c.policyAreas.append(second);
            }
        }
        c.status = pick(Vocabularies::Status);
        c.owner =
            Actor{u"kommun"_s, {}, municipalities.at(rng.bounded(int(municipalities.size()))).code, u"huvudman"_s, {}};
        c.municipalities.clear();
        c.regions.clear();
        c.actors.clear();
        c.studyVisit.open = rng.bounded(2);
        cases.append(c);
    }
    QVERIFY((*store)->putMany(cases).ok());
    const FacetIndex index((*store)->summaries().value());

    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"truth"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    for (int round = 0; round < 20; ++round) {
        FacetFilter filter;
        filter.values(Facet::Status) = {pick(Vocabularies::Status), pick(Vocabularies::Status)};
        if (round % 2) {
            filter.values(Facet::StudyVisit) = {u"ja"_s};
        }
        if (round % 3 == 0) {
            filter.values(Facet::Region) = {u"01"_s, u"10"_s, u"12"_s, u"14"_s};
        }
        SearchResult r;
        index.query(filter, std::nullopt, r);
        for (int f : {int(Facet::PolicyArea), int(Facet::Status), int(Facet::Region)}) {
            // Cases passing every filter except facet f's own, counted per value of f.
            QString sql = u"SELECT v.value, count(*) FROM case_facet v WHERE v.facet = %1"_s.arg(f);
            for (int g = 0; g < FacetCount; ++g) {
                const QSet<QString> &want = filter.selected[size_t(g)];
                if (g == f || want.isEmpty()) {
                    continue;
                }
                QStringList quoted;
                for (const QString &w : want) {
                    quoted.append(u"'"_s + w + u"'"_s);
                }
                sql += u" AND v.case_rowid IN (SELECT case_rowid FROM case_facet WHERE facet = %1 AND value IN (%2))"_s
                           .arg(g)
                           .arg(quoted.join(u','));
            }
            sql += u" GROUP BY v.value"_s;
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
            QHash<QString, int> truth;
            while (q.next()) {
                truth.insert(q.value(0).toString(), q.value(1).toInt());
            }
            QCOMPARE(r.counts[size_t(f)], truth);
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"truth"_s);
}

void TestFacetIndex::updatedIsTheIndexOfTheCasesNow_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

void TestFacetIndex::updatedIsTheIndexOfTheCasesNow()
{
    // Random banks, random changes (values changed, new values, cases added at the end or
    // removed, rowids with gaps): the updated index answers every filter as one built from the
    // cases as they are now.
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const auto randomCase = [&random](qint64 rowId) {
        const QStringList regions{u"01"_s, u"04"_s, u"10"_s, u"12"_s, u"nytt-%1"_s.arg(random.bounded(3))};
        const QStringList statuses{u"pilot"_s, u"i_drift"_s, u"avslutad"_s};
        const QStringList areas{u"skola"_s, u"vard"_s, u"trygghet"_s, u"miljo"_s};
        QStringList chosen;
        for (const QString &a : areas) {
            if (random.bounded(3) == 0) {
                chosen.append(a);
            }
        }
        CaseSummary s = summary(rowId,
                                regions.at(random.bounded(int(regions.size()))),
                                statuses.at(random.bounded(int(statuses.size()))),
                                chosen);
        s.id = u"case-%1"_s.arg(rowId);
        return s;
    };
    QList<CaseSummary> before;
    qint64 rowId = 0;
    for (int i = 0; i < 200; ++i) {
        rowId += 1 + random.bounded(3);
        before.append(randomCase(rowId));
    }
    const FacetIndex index(before);

    QSet<QString> changed;
    QSet<qint64> oldRows;
    QList<CaseSummary> after;
    QList<CaseSummary> now; // the changed cases as they are now, in rowid order
    for (const CaseSummary &s : std::as_const(before)) {
        const int what = random.bounded(10);
        if (what == 0) { // removed
            changed.insert(s.id);
            oldRows.insert(s.rowId);
        } else if (what == 1) { // written again
            CaseSummary again = randomCase(s.rowId);
            changed.insert(again.id);
            oldRows.insert(s.rowId);
            after.append(again);
            now.append(again);
        } else {
            if (what == 2) {
                // A rowid a rolled-back insert had taken, now another case's that did not change.
                oldRows.insert(s.rowId);
            }
            after.append(s);
        }
    }
    for (int i = 0; i < 20; ++i) { // new cases
        rowId += 1 + random.bounded(3);
        const CaseSummary added = randomCase(rowId);
        changed.insert(added.id);
        after.append(added);
        now.append(added);
    }
    const FacetIndex updated = index.updated(changed, oldRows, now);
    const FacetIndex rebuilt(after);
    QCOMPARE(updated.size(), after.size());

    QList<FacetFilter> filters(1);
    for (const QString &region : {u"04"_s, u"nytt-1"_s}) {
        FacetFilter f;
        f.values(Facet::Region) = {region};
        filters.append(f);
        f.values(Facet::PolicyArea) = {u"skola"_s, u"miljo"_s};
        filters.append(f);
    }
    QList<qint64> someRows;
    for (const CaseSummary &s : std::as_const(after)) {
        if (random.bounded(2) == 0) {
            someRows.append(s.rowId);
        }
    }
    for (const FacetFilter &f : std::as_const(filters)) {
        for (const auto &text : {std::optional<QList<qint64>>(), std::optional(someRows)}) {
            SearchResult a;
            SearchResult b;
            updated.query(f, text, a);
            rebuilt.query(f, text, b);
            QCOMPARE(a.rows, b.rows);
            for (int facet = 0; facet < FacetCount; ++facet) {
                QCOMPARE(a.counts[size_t(facet)], b.counts[size_t(facet)]);
            }
            for (int row : std::as_const(a.rows)) {
                QCOMPARE(a.cases->at(row).id, b.cases->at(row).id);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestFacetIndex)
#include "tst_facetindex.moc"
