#include "casestore.h"
#include "facetindex.h"
#include "fixtures.h"

#include <QRandomGenerator>
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

QTEST_GUILESS_MAIN(TestFacetIndex)
#include "tst_facetindex.moc"
