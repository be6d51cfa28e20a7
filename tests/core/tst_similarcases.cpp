#include "corpusgenerator.h"
#include "fixtures.h"
#include "similarcases.h"

#include <QTest>

using namespace Fb;

class TestSimilarCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensDropShortAndStopWords();
    void sameInputGivesSameOrder();
    void sharedFacetsRankAboveUnrelated();
    void nearnessBreaksOtherwiseEqualCases();
    void tiesAreBrokenById();
    void unknownIdFindsNothing();
    void nearMunicipalityIsNearestFirst();
    void questionsFindCasesAndAreNeverFound();
};

namespace {

CaseRecord makeCase(const QString &id,
                    const QString &municipality,
                    const QStringList &policyAreas,
                    const QStringList &targetGroups,
                    const QString &text)
{
    CaseRecord c = Test::validCase(id);
    c.title = u"Exempel "_s + id.left(4);
    c.summary = text;
    c.sections.clear();
    c.policyAreas = policyAreas;
    c.targetGroups = targetGroups;
    c.municipalities = municipality.isEmpty() ? QStringList() : QStringList{municipality};
    c.regions.clear();
    c.owner = Actor{u"ideburen"_s, u"Förening"_s, {}, u"huvudman"_s, {}};
    return c;
}

QString uuid(int n)
{
    return u"%1-0000-4000-8000-000000000000"_s.arg(n, 8, 10, QLatin1Char('0'));
}

QStringList ids(const QList<SimilarCase> &cases)
{
    QStringList out;
    for (const SimilarCase &c : cases) {
        out.append(c.id);
    }
    return out;
}

} // namespace

void TestSimilarCases::tokensDropShortAndStopWords()
{
    QCOMPARE(SimilarCases::tokens(u"Trygghet och **Äldre** i Ronneby, år 2021!"_s),
             (QStringList{u"trygghet"_s, u"äldre"_s, u"ronneby"_s, u"2021"_s}));
}

void TestSimilarCases::sameInputGivesSameOrder()
{
    auto build = [] {
        auto s = std::make_unique<SimilarCases>(Test::referenceData());
        CorpusGenerator generator(Test::vocabularies(), Test::referenceData(), 7);
        for (int i = 0; i < 300; ++i) {
            s->add(generator.next());
        }
        s->finish();
        return s;
    };
    const auto a = build();
    const auto b = build();
    CorpusGenerator generator(Test::vocabularies(), Test::referenceData(), 7);
    for (int i = 0; i < 5; ++i) {
        const QString id = generator.next().id;
        const QList<SimilarCase> first = a->similarTo(id, 10);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first, b->similarTo(id, 10));
        QCOMPARE(first, a->similarTo(id, 10)); // a query changes nothing
        for (qsizetype k = 1; k < first.size(); ++k) {
            QVERIFY(first.at(k - 1).score > first.at(k).score
                    || (first.at(k - 1).score == first.at(k).score && first.at(k - 1).id < first.at(k).id));
        }
    }
}

void TestSimilarCases::sharedFacetsRankAboveUnrelated()
{
    SimilarCases s(Test::referenceData());
    // Same place for all, so only the facets and the text differ.
    s.add(makeCase(uuid(1), u"1081"_s, {u"trygghet"_s}, {u"unga_vuxna"_s}, u"trygghetsvärdar centrum kvällstid"_s));
    s.add(makeCase(uuid(2), u"1081"_s, {u"kultur"_s}, {u"aldre"_s}, u"bibliotek läsning"_s));
    s.add(makeCase(uuid(3), u"1081"_s, {u"trygghet"_s}, {u"unga_vuxna"_s}, u"trygghetsvärdar natt"_s));
    s.add(makeCase(uuid(4), u"1081"_s, {u"trygghet"_s}, {u"aldre"_s}, u"bibliotek läsning"_s));
    s.finish();
    const QList<SimilarCase> found = s.similarTo(uuid(1), 3);
    QCOMPARE(ids(found), (QStringList{uuid(3), uuid(4), uuid(2)}));
    QCOMPARE(found.at(0).sharedPolicyAreas, QStringList{u"trygghet"_s});
    QCOMPARE(found.at(0).sharedTargetGroups, QStringList{u"unga_vuxna"_s});
    QVERIFY(found.at(0).textSimilarity > 0);
    QCOMPARE(found.at(2).sharedPolicyAreas, QStringList());
    QCOMPARE(found.at(2).textSimilarity, 0.0);
    QVERIFY(found.at(2).sameRegion);
    QCOMPARE(found.at(2).distanceKm, 0.0);
}

void TestSimilarCases::nearnessBreaksOtherwiseEqualCases()
{
    SimilarCases s(Test::referenceData());
    // Ronneby; Karlskrona (same län, near); Kiruna (far north). Ids put the far one first.
    s.add(makeCase(uuid(9), u"1081"_s, {u"trygghet"_s}, {}, u"kvällsvandring"_s));
    s.add(makeCase(uuid(1), u"2584"_s, {u"trygghet"_s}, {}, u"kvällsvandring"_s));
    s.add(makeCase(uuid(2), u"1080"_s, {u"trygghet"_s}, {}, u"kvällsvandring"_s));
    s.finish();
    const QList<SimilarCase> found = s.similarTo(uuid(9), 2);
    QCOMPARE(ids(found), (QStringList{uuid(2), uuid(1)}));
    QVERIFY(found.at(0).sameRegion);
    QVERIFY(!found.at(1).sameRegion);
    QVERIFY(found.at(0).distanceKm > 0 && found.at(0).distanceKm < 50);
    QVERIFY(found.at(1).distanceKm > 1000);
    QCOMPARE(found.at(0).municipalityCode, u"1080"_s);
}

void TestSimilarCases::tiesAreBrokenById()
{
    SimilarCases s(Test::referenceData());
    s.add(makeCase(uuid(5), u"0180"_s, {u"trygghet"_s}, {}, u"samma text"_s));
    for (int n : {8, 3, 6}) {
        s.add(makeCase(uuid(n), u"0180"_s, {u"trygghet"_s}, {}, u"samma text"_s));
    }
    s.finish();
    const QList<SimilarCase> found = s.similarTo(uuid(5), 10);
    QCOMPARE(ids(found), (QStringList{uuid(3), uuid(6), uuid(8)}));
    QCOMPARE(found.at(0).score, found.at(2).score);
}

void TestSimilarCases::unknownIdFindsNothing()
{
    SimilarCases s(Test::referenceData());
    s.add(makeCase(uuid(1), u"0180"_s, {u"trygghet"_s}, {}, u"text"_s));
    s.finish();
    QVERIFY(s.similarTo(uuid(2), 5).isEmpty());
    QVERIFY(s.similarTo(uuid(1), 5).isEmpty()); // only itself
}

void TestSimilarCases::nearMunicipalityIsNearestFirst()
{
    SimilarCases s(Test::referenceData());
    s.add(makeCase(uuid(1), u"2584"_s, {}, {}, u"a"_s)); // Kiruna
    s.add(makeCase(uuid(2), u"1080"_s, {}, {}, u"b"_s)); // Karlskrona
    s.add(makeCase(uuid(3), QString(), {}, {}, u"c"_s)); // nowhere: left out
    s.add(makeCase(uuid(4), u"1081"_s, {}, {}, u"d"_s)); // Ronneby itself
    s.add(makeCase(uuid(5), u"0180"_s, {}, {}, u"e"_s)); // Stockholm
    s.finish();
    const QList<SimilarCase> found = s.nearMunicipality(u"1081"_s, 10);
    QCOMPARE(ids(found), (QStringList{uuid(4), uuid(2), uuid(5), uuid(1)}));
    QCOMPARE(found.at(0).distanceKm, 0.0);
    QCOMPARE(s.nearMunicipality(u"1081"_s, 2).size(), 2);
    QVERIFY(s.nearMunicipality(u"9999"_s, 2).isEmpty());
}

void TestSimilarCases::questionsFindCasesAndAreNeverFound()
{
    SimilarCases s(Test::referenceData());
    s.add(makeCase(uuid(1), u"0461"_s, {u"aldreomsorg"_s}, {u"aldre"_s}, u"ensamhet bland äldre mötesplats"_s));
    s.add(makeCase(uuid(2), u"0461"_s, {u"trygghet"_s}, {}, u"trygghetsvärdar kvällstid"_s));
    CaseRecord q = makeCase(uuid(3), u"0461"_s, {u"aldreomsorg"_s}, {u"aldre"_s}, u"ensamhet bland äldre"_s);
    q.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    s.add(q);
    CaseRecord other = q;
    other.id = uuid(4);
    s.add(other);
    s.finish();
    // The question's similar cases are the answers it may have, the case most like it first; a
    // question is no answer, to a question or to a case, and no case nearby.
    const QStringList forQuestion = ids(s.similarTo(q.id, 5));
    QCOMPARE(forQuestion.value(0), uuid(1));
    QVERIFY(!forQuestion.contains(other.id));
    QVERIFY(!ids(s.similarTo(uuid(1), 5)).contains(q.id));
    QVERIFY(!ids(s.nearMunicipality(u"0461"_s, 5)).contains(q.id));
}

QTEST_GUILESS_MAIN(TestSimilarCases)
#include "tst_similarcases.moc"
