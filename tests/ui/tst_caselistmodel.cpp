#include "caselistmodel.h"
#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Fb;

class TestCaseListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsResultRows();
    void sortsSwedishAndRestoresRelevance();
    void keepsPersistentIndexesAcrossSort();
    void snippetsUnderTitles();

private:
    static SearchResult result(const QStringList &titles);
};

SearchResult TestCaseListModel::result(const QStringList &titles)
{
    QList<CaseSummary> cases;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        CaseSummary s;
        s.rowId = i + 1;
        s.id = u"id-%1"_s.arg(i);
        s.title = titles.at(i);
        s.ownerName = u"Org %1"_s.arg(i);
        s.facets[size_t(Facet::Region)] = {u"10"_s};
        s.facets[size_t(Facet::Status)] = {u"i_drift"_s};
        s.facets[size_t(Facet::StudyVisit)] = {i % 2 ? u"ja"_s : u"nej"_s};
        s.facets[size_t(Facet::ReviewState)] = {i == 0 ? u"utkast"_s : u"publicerad"_s};
        if (i == 1) {
            s.reviewDue = u"2026-01-31"_s;
            s.facets[size_t(Facet::Freshness)] = {u"forfallen"_s};
        }
        cases.append(s);
    }
    SearchResult r;
    r.cases = std::make_shared<const QList<CaseSummary>>(cases);
    for (qsizetype i = titles.size() - 1; i >= 0; --i) {
        r.rows.append(int(i)); // relevance order: reversed
    }
    return r;
}

void TestCaseListModel::showsResultRows()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(result({u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    QCOMPARE(model.index(0, CaseListModel::TitleColumn).data().toString(), u"C"_s);
    QCOMPARE(model.index(0, CaseListModel::CountyColumn).data().toString(), u"Blekinge län"_s);
    QCOMPARE(model.index(0, CaseListModel::StatusColumn).data().toString(), u"I drift"_s);
    QCOMPARE(model.index(1, CaseListModel::StudyVisitColumn).data(Qt::AccessibleTextRole).toString(),
             model.tr("Open for study visits"));
    // What is not published says so; the published say nothing, and both explain themselves.
    QCOMPARE(model.index(2, CaseListModel::PublicationColumn).data().toString(), u"Utkast"_s);
    QVERIFY(model.index(2, CaseListModel::PublicationColumn).data(Qt::ToolTipRole).toString().contains(u"Utkast"_s));
    QCOMPARE(model.index(0, CaseListModel::PublicationColumn).data().toString(), QString());
    QCOMPARE(model.index(0, CaseListModel::PublicationColumn).data(Qt::AccessibleTextRole).toString(),
             model.tr("Published: everyone logged in sees it"));
    // A published case due for review stands out too.
    QCOMPARE(model.index(1, CaseListModel::PublicationColumn).data().toString(), u"Behöver ses över"_s);
    QVERIFY(
        model.index(1, CaseListModel::PublicationColumn).data(Qt::ToolTipRole).toString().contains(u"2026-01-31"_s));
    QCOMPARE(model.index(0, 0).data(CaseListModel::IdRole).toString(), u"id-2"_s);
    QCOMPARE(model.rowOf(u"id-0"_s), 2);
    QCOMPARE(model.idAt(7), QString());
    model.setResult({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseListModel::sortsSwedishAndRestoresRelevance()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result({u"Örebro"_s, u"ängel"_s, u"Zeta"_s, u"Åre"_s, u"alfa"_s, u"10 steg"_s, u"9 steg"_s}));
    const auto titles = [&] {
        QStringList t;
        for (int r = 0; r < model.rowCount(); ++r) {
            t.append(model.index(r, 0).data().toString());
        }
        return t;
    };
    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    // Swedish: å, ä, ö after z, in that order; numbers compare numerically.
    QCOMPARE(titles(),
             (QStringList{u"9 steg"_s, u"10 steg"_s, u"alfa"_s, u"Zeta"_s, u"Åre"_s, u"ängel"_s, u"Örebro"_s}));
    model.sort(CaseListModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(titles().first(), u"Örebro"_s);
    model.sort(-1);
    QCOMPARE(titles(),
             (QStringList{u"9 steg"_s, u"10 steg"_s, u"alfa"_s, u"Åre"_s, u"Zeta"_s, u"ängel"_s, u"Örebro"_s}));
}

void TestCaseListModel::keepsPersistentIndexesAcrossSort()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result({u"b"_s, u"c"_s, u"a"_s}));
    const QPersistentModelIndex a = model.index(model.rowOf(u"id-2"_s), 1);
    model.sort(CaseListModel::TitleColumn);
    QCOMPARE(a.row(), 0);
    QCOMPARE(a.column(), 1);
    QCOMPARE(a.data(CaseListModel::IdRole).toString(), u"id-2"_s);
}

void TestCaseListModel::snippetsUnderTitles()
{
    CaseListModel model(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result({u"A"_s, u"B"_s}));
    const QModelIndex a = model.index(model.rowOf(u"id-0"_s), CaseListModel::TitleColumn);
    const QModelIndex b = model.index(model.rowOf(u"id-1"_s), CaseListModel::TitleColumn);
    QCOMPARE(a.data(CaseListModel::SnippetRole).toString(), QString());
    QCOMPARE(a.data(Qt::AccessibleTextRole).toString(), u"A"_s);

    // They follow the result; the title column changes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnippets({{1, u"… om ensamhet bland äldre …"_s}}); // case "A", shown last
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(CaseListModel::TitleColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowCount() - 1);
    QCOMPARE(a.data(CaseListModel::SnippetRole).toString(), u"… om ensamhet bland äldre …"_s);
    QCOMPARE(b.data(CaseListModel::SnippetRole).toString(), QString());
    QCOMPARE(a.siblingAtColumn(CaseListModel::CountyColumn).data(CaseListModel::SnippetRole).toString(), QString());
    // A screen reader gets the excerpt with the title; without one, the title alone.
    QCOMPARE(a.data(Qt::AccessibleTextRole).toString(),
             model.tr("%1. Excerpt: %2").arg(u"A"_s, u"… om ensamhet bland äldre …"_s));
    QCOMPARE(b.data(Qt::AccessibleTextRole).toString(), u"B"_s);
}

QTEST_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
