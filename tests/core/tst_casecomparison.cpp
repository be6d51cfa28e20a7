#include "casecomparison.h"
#include "fixtures.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// What Jämför sets side by side, over the built-in vocabularies and reference data.
class TestCaseComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsLineUp();
    void rows_data();
    void rows();
    void adoptions();
};

namespace {

const QDate Today(2026, 12, 7);

// Two cases like the fixture's, told apart in status, a section and who took them up.
QList<CaseRecord> twoCases()
{
    CaseRecord a = Test::validCase(u"aaaaaaaa-0b7d-4c1e-9a53-2f8e4d6b7c10"_s);
    CaseRecord b = Test::validCase(u"bbbbbbbb-0b7d-4c1e-9a53-2f8e4d6b7c10"_s);
    a.status = u"i_drift"_s;
    b.status = u"avslutad"_s;
    a.sections.insert(u"pitfalls"_s, u"Svårt att nå killar."_s);
    b.sections.remove(u"pitfalls"_s);
    b.sections.insert(u"costs"_s, u"200 000 kr om året."_s);
    a.sections.insert(u"costs"_s, u"200 000 kr om året."_s);
    Adoption taken;
    taken.organisation = u"kommun:1737"_s;
    taken.period = u"2023"_s;
    b.adoptions.insert(u"c0ffee00-0b7d-4c1e-9a53-2f8e4d6b7c10"_s, taken);
    return {a, b};
}

const ComparisonRow *find(const QList<ComparisonRow> &rows, const QString &label)
{
    for (const ComparisonRow &r : rows) {
        if (r.label == label) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

void TestCaseComparison::rowsLineUp()
{
    const CaseLabels labels(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const QList<ComparisonRow> rows = CaseComparison(Test::vocabularies(), labels).rows(twoCases(), Today);
    QVERIFY(!rows.isEmpty());
    for (const ComparisonRow &r : rows) {
        QCOMPARE(r.values.size(), 2);
        // No row none of the cases fills.
        QVERIFY2(!r.values.first().isEmpty() || !r.values.last().isEmpty(), qPrintable(r.label));
        QCOMPARE(r.differs, r.values.first() != r.values.last());
    }
    // Facts first (CaseLabels::facts, as the export lists them), then the sections in the
    // vocabulary's order, then who took the cases up.
    QCOMPARE(rows.first().label, u"Summary"_s);
    QCOMPARE(rows.last().label, u"Taken up by"_s);
}

void TestCaseComparison::rows_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("differs");
    QTest::newRow("status") << u"Status"_s << u"I drift"_s << u"Avslutad (mål uppnått)"_s << true;
    QTest::newRow("owner, the same") << u"Owner"_s << u"Ronneby kommun"_s << u"Ronneby kommun"_s << false;
    QTest::newRow("a section one case lacks") << u"Fallgropar"_s << u"Svårt att nå killar."_s << QString() << true;
    QTest::newRow("a section both have alike")
        << u"Kostnader och finansiering"_s << u"200 000 kr om året."_s << u"200 000 kr om året."_s << false;
    QTest::newRow("taken up") << u"Taken up by"_s << QString() << u"1: Torsby municipality (2023)"_s << true;
}

void TestCaseComparison::rows()
{
    QFETCH(QString, label);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, differs);
    const CaseLabels labels(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const QList<ComparisonRow> rows = CaseComparison(Test::vocabularies(), labels).rows(twoCases(), Today);
    const ComparisonRow *row = find(rows, label);
    QVERIFY2(row, qPrintable(label));
    QCOMPARE(row->values, (QStringList{first, second}));
    QCOMPARE(row->differs, differs);
}

void TestCaseComparison::adoptions()
{
    const CaseLabels labels(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    CaseRecord c = Test::validCase();
    const CaseComparison comparison(Test::vocabularies(), labels);
    QCOMPARE(comparison.adoptions(c), QString());
    Adoption named;
    named.name = u"Region Värmland"_s;
    Adoption bare;
    bare.organisation = u"kommun:1737"_s;
    bare.period = u"2023-05"_s;
    c.adoptions.insert(u"1"_s, named);
    c.adoptions.insert(u"2"_s, bare);
    QCOMPARE(comparison.adoptions(c), u"2: Region Värmland, Torsby municipality (2023-05)"_s);
}

QTEST_GUILESS_MAIN(TestCaseComparison)
#include "tst_casecomparison.moc"
