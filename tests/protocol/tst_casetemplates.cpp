#include "caserecord.h"
#include "casetemplates.h"
#include "casevalidator.h"
#include "fixtures.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestCaseTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAreDraftsWithTheirId_data();
    void startsAreDraftsWithTheirId();
    void guidedAsksInTheRequiredSections();
    void structureKeepsClassificationAndHeadingsOnly();
};

void TestCaseTemplates::startsAreDraftsWithTheirId_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("blank") << 0;
    QTest::newRow("guided") << 1;
    QTest::newRow("structure") << 2;
}

void TestCaseTemplates::startsAreDraftsWithTheirId()
{
    QFETCH(int, which);
    const QString id = CaseRecord::newId();
    const QJsonObject body = which == 0 ? CaseTemplates::blank(id)
        : which == 1                    ? CaseTemplates::guided(id)
                                        : CaseTemplates::structureOf(Test::validCase().toJsonObject(), id);
    auto record = CaseRecord::fromJsonObject(body);
    QVERIFY(record);
    QCOMPARE(record->id, id);
    QCOMPARE(record->reviewState, u"utkast"_s);
    QVERIFY(record->title.isEmpty()); // the writer's first job
    record->title = u"Titel"_s;
    QCOMPARE(CaseValidator(Test::vocabularies(), Test::referenceData()).validate(*record), QList<Error>());
}

void TestCaseTemplates::guidedAsksInTheRequiredSections()
{
    const auto record = CaseRecord::fromJsonObject(CaseTemplates::guided(CaseRecord::newId()));
    QVERIFY(record);
    for (const char *key : {"problem", "solution", "results", "pitfalls", "success_factors"}) {
        QVERIFY2(!record->section(QString::fromLatin1(key)).isEmpty(), key);
    }
}

void TestCaseTemplates::structureKeepsClassificationAndHeadingsOnly()
{
    QJsonObject existing = Test::validCase().toJsonObject();
    QJsonObject sections = existing.value("sections"_L1).toObject();
    sections.insert(u"solution"_s,
                    u"Inledning.\n\n## Organisation\n\nText som inte följer med.\n\n### Budget\nMer text."_s);
    sections.insert(u"results"_s, u"Bara text, ingen rubrik."_s);
    existing.insert(u"sections"_s, sections);
    const QJsonObject copy = CaseTemplates::structureOf(existing, CaseRecord::newId());
    QCOMPARE(copy.value("case_kind"_L1), existing.value("case_kind"_L1));
    QCOMPARE(copy.value("policy_areas"_L1), existing.value("policy_areas"_L1));
    QVERIFY(!copy.contains("title"_L1));
    QVERIFY(!copy.contains("contacts"_L1));
    QVERIFY(!copy.contains("owner"_L1));
    const QJsonObject copied = copy.value("sections"_L1).toObject();
    QCOMPARE(copied.value("solution"_L1).toString(), u"## Organisation\n\n### Budget\n"_s);
    QVERIFY(!copied.contains("results"_L1));
}

QTEST_APPLESS_MAIN(TestCaseTemplates)
#include "tst_casetemplates.moc"
