// CaseHistory: the changes between two versions of a case, and the JSON the server writes and
// the client reads.

#include "casehistory.h"

#include <QJsonArray>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestCaseHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesBetween_data();
    void changesBetween();
    void readsBackWhatItWrites();
    void discardedLeftOutIsNotNone();
    void malformedIsRefused_data();
    void malformedIsRefused();
};

void TestCaseHistory::changesBetween_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QStringList>("paths");
    const QJsonObject base{{u"title"_s, u"T"_s},
                           {u"summary"_s, u"S"_s},
                           {u"sections"_s, QJsonObject{{u"results"_s, u"R"_s}, {u"pitfalls"_s, u"P"_s}}},
                           {u"updated_at"_s, u"2026-01-01T00:00:00Z"_s}};
    QTest::newRow("nothing") << base << base << QStringList();
    QJsonObject summary = base;
    summary.insert(u"summary"_s, u"S2"_s);
    summary.insert(u"updated_at"_s, u"2026-02-01T00:00:00Z"_s);
    QTest::newRow("one field; the server's time left out") << base << summary << QStringList{u"summary"_s};
    QJsonObject section = base;
    section.insert(u"sections"_s, QJsonObject{{u"results"_s, u"R2"_s}, {u"pitfalls"_s, u"P"_s}});
    QTest::newRow("one section, one level down") << base << section << QStringList{u"sections.results"_s};
    QJsonObject added = base;
    added.insert(u"tags"_s, QJsonArray{u"unga"_s});
    added.remove(u"title"_s);
    QTest::newRow("added and removed, in path order") << base << added << QStringList{u"tags"_s, u"title"_s};
}

void TestCaseHistory::changesBetween()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QStringList, paths);
    const QList<HistoryChange> changes = CaseHistory::changesBetween(before, after);
    QStringList got;
    for (const HistoryChange &c : changes) {
        got.append(c.path);
        QVERIFY(!c.before.isUndefined() && !c.after.isUndefined()); // none travels as null
    }
    QCOMPARE(got, paths);
    if (paths == QStringList{u"sections.results"_s}) {
        QCOMPARE(changes.first().before.toString(), u"R"_s);
        QCOMPARE(changes.first().after.toString(), u"R2"_s);
    }
}

void TestCaseHistory::readsBackWhatItWrites()
{
    CaseHistory h;
    h.caseId = u"0c000000-0000-4000-8000-000000000001"_s;
    h.hidden = 2;
    h.revisions.append({3, false, true, u"anna"_s, u"2026-12-07T10:00:00Z"_s, {}});
    h.revisions.append({4, false, false, u"bertil"_s, u"2026-12-07T11:00:00Z"_s, {{u"summary"_s, u"a"_s, u"b"_s}}});
    h.revisions.append({5, true, false, u"anna"_s, u"2026-12-07T12:00:00Z"_s, {}});
    h.discardedShown = true;
    h.discarded.append({4, u"summary"_s, u"min text"_s, u"conflict"_s, u"bertil"_s, u"2026-12-07T11:00:00Z"_s});
    const auto back = CaseHistory::fromJson(h.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), h.toJson());
    QCOMPARE(back->revisions.size(), 3);
    QCOMPARE(back->revisions.at(1).changes.first().after.toString(), u"b"_s);
    QVERIFY(back->revisions.at(2).deleted);
    QCOMPARE(back->discarded.first().value.toString(), u"min text"_s);
}

void TestCaseHistory::discardedLeftOutIsNotNone()
{
    // Not the reader's to see is said by leaving the list out, not by an empty one.
    CaseHistory h;
    h.caseId = u"0c000000-0000-4000-8000-000000000001"_s;
    QVERIFY(!h.toJson().contains("discarded"_L1));
    QVERIFY(!CaseHistory::fromJson(h.toJson())->discardedShown);
    h.discardedShown = true;
    QVERIFY(h.toJson().value("discarded"_L1).isArray());
    QVERIFY(CaseHistory::fromJson(h.toJson())->discardedShown);
}

void TestCaseHistory::malformedIsRefused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("no id") << QJsonObject{{u"revisions"_s, QJsonArray()}} << u"id"_s;
    QTest::newRow("no revisions") << QJsonObject{{u"id"_s, u"x"_s}} << u"revisions"_s;
    QTest::newRow("a version of 0") << QJsonObject{{u"id"_s, u"x"_s},
                                                   {u"revisions"_s, QJsonArray{QJsonObject{{u"version"_s, 0}}}}}
                                    << u"revisions.version"_s;
    QTest::newRow("a change without a path")
        << QJsonObject{{u"id"_s, u"x"_s},
                       {u"revisions"_s,
                        QJsonArray{QJsonObject{{u"version"_s, 1}, {u"changes"_s, QJsonArray{QJsonObject()}}}}}}
        << u"revisions.changes.path"_s;
}

void TestCaseHistory::malformedIsRefused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, path);
    const auto h = CaseHistory::fromJson(json);
    QVERIFY(!h.ok());
    QCOMPARE(h.error().path, path);
}

QTEST_GUILESS_MAIN(TestCaseHistory)
#include "tst_casehistory.moc"
