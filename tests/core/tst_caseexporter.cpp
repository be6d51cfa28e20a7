#include "caseexporter.h"
#include "casestore.h"
#include "fixtures.h"
#include "organisationid.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

class TestCaseExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownSwedish();
    void markdownEnglish();
    void questionsAnswersAndAdoptions();
    void exportStoreFormats_data();
    void exportStoreFormats();
    void formatNames();
};

void TestCaseExporter::markdownSwedish()
{
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    const QString md = exporter.toMarkdown(Test::validCase());
    QVERIFY(md.startsWith(u"# Trygghetsvärdar i Ronneby\n\n"_s));
    QVERIFY(md.contains(u"- **Verksamhetsområde:** Trygghet och brottsprevention, Arbetsmarknad och etablering\n"_s));
    QVERIFY(md.contains(u"- **Status:** I drift\n"_s));
    QVERIFY(md.contains(u"- **Evidensnivå:** 2 Uppföljd förändring\n"_s));
    QVERIFY(md.contains(u"## Problem och sammanhang\n\nOtrygghet i centrum **kvällstid**."_s));
    // Sections come in the vocabulary's order, whatever order the map has.
    QVERIFY(md.indexOf(u"## Lösning"_s) < md.indexOf(u"## Fallgropar"_s));
    QVERIFY(md.contains(u"Blekinge län"_s));
}

void TestCaseExporter::markdownEnglish()
{
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::English);
    const QString md = exporter.toMarkdown(Test::validCase());
    QVERIFY(md.contains(u"Safety and crime prevention"_s));
    QVERIFY(md.contains(u"## Problem and context"_s));
}

void TestCaseExporter::questionsAnswersAndAdoptions()
{
    // English: the tests load no translation (tst_cliquestions reads the Swedish).
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::English);
    CaseRecord q;
    q.id = CaseRecord::newId();
    q.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    q.title = u"Hur minskar vi ensamheten?"_s;
    q.summary = u"Vi når inte de mest ensamma."_s;
    q.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    const QString answering = CaseRecord::newId();
    q.answers.insert(CaseRecord::newId(),
                     Answer{answering, u"Så gjorde vi."_s, u"kommun:1081"_s, u"bo"_s, u"2027-01-10T10:00:00Z"_s, {}});
    QString md = exporter.toMarkdown(q);
    QVERIFY(md.startsWith(u"# Hur minskar vi ensamheten?\n\n*Question · Open*"_s));
    QVERIFY(md.contains(u"- **Asked by:** Gnesta\n"_s));
    QVERIFY(md.contains(u"## Background\n\nVi når inte de mest ensamma."_s));
    // Without the replica's titles the answer names the case by its id; with them, a link.
    QVERIFY(md.contains(
        u"## Answers (1)\n\n- **Ronneby municipality**, 2027-01-10: case %1 — Så gjorde vi.\n"_s.arg(answering)));
    LinkedRecords links;
    links.titles.insert(answering, u"Mötesplats i Ronneby"_s);
    md = exporter.toMarkdown(q, &links);
    QVERIFY(md.contains(u"[Mötesplats i Ronneby](fb-case:%1)"_s.arg(answering)));

    CaseRecord c = Test::validCase();
    for (const char *code : {"1080", "1082"}) {
        c.adoptions.insert(CaseRecord::newId(),
                           Adoption{u"kommun:"_s + QLatin1StringView(code),
                                    {},
                                    u"2021"_s,
                                    u"inford"_s,
                                    u"Egen schemaläggning."_s,
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}});
    }
    links.questions.append({q.id, q.title});
    md = exporter.toMarkdown(c, &links);
    QVERIFY(md.contains(u"## Taken up in 2 municipalities\n\n- **"_s));
    QVERIFY(md.contains(u"- **Karlskrona municipality**, 2021, Adopted. Adapted: Egen schemaläggning.\n"_s));
    QVERIFY(md.contains(u"## Answers the questions\n\n- [Hur minskar vi ensamheten?](fb-case:%1)\n"_s.arg(q.id)));
    // Beside the evidence level: years in operation and independent adoptions, the mark met.
    c.start = u"2019-03"_s;
    c.end = u"2024"_s;
    QVERIFY(exporter.toMarkdown(c).contains(
        u"- **Proven experience:** 5 years in operation, taken up by 2 other organisations (meets the mark"_s));
    c.adoptions.insert(CaseRecord::newId(), Adoption{u"region:10"_s, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(exporter.toMarkdown(c).contains(u"## Taken up by 3 organisations"_s));
    // A planned adoption is not yet experience, nor is the owner taking up its own case.
    c.adoptions.clear();
    c.adoptions.insert(CaseRecord::newId(), Adoption{u"kommun:1080"_s, {}, {}, u"planerad"_s, {}, {}, {}, {}, {}, {}});
    c.adoptions.insert(
        CaseRecord::newId(),
        Adoption{OrganisationId::ofOwner(c.owner.type, c.owner.code), {}, {}, {}, {}, {}, {}, {}, {}, {}});
    QVERIFY(exporter.toMarkdown(c).contains(u"- **Proven experience:** 5 years in operation\n"_s));

    // When a published case was confirmed and when it is due; nothing for a draft.
    c.reviewState = u"utkast"_s;
    c.lastVerifiedAt = u"2019-01-10"_s;
    c.nextReviewDue = u"2020-01-10"_s;
    QVERIFY(!exporter.toMarkdown(c).contains(u"**Freshness:**"_s));
    c.reviewState = u"publicerad"_s;
    QVERIFY(exporter.toMarkdown(c).contains(
        u"- **Freshness:** confirmed by its owner on 2019-01-10, due for review since 2020-01-10\n"_s));
    c.nextReviewDue = u"2999-01-10"_s;
    QVERIFY(exporter.toMarkdown(c).contains(
        u"- **Freshness:** confirmed by its owner on 2019-01-10, next review by 2999-01-10\n"_s));
    // Questions are not looked over.
    CaseRecord question = c;
    question.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    QVERIFY(!exporter.toMarkdown(question).contains(u"Freshness"_s));
}

void TestCaseExporter::exportStoreFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("json") << u"json"_s;
    QTest::addRow("jsonl") << u"jsonl"_s;
    QTest::addRow("markdown") << u"markdown"_s;
}

void TestCaseExporter::exportStoreFormats()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    auto store = CaseStore::open(dir.filePath(u"r.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store.ok());
    CaseRecord a = Test::validCase(u"aaaaaaaa-0000-4000-8000-000000000001"_s);
    a.title = u"Öppna förskolan"_s;
    CaseRecord b = Test::validCase(u"bbbbbbbb-0000-4000-8000-000000000002"_s);
    b.title = u"Anhörigstöd"_s;
    QVERIFY((*store)->putMany({a, b}).ok());

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const CaseExporter exporter(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    auto count = exporter.exportStore(**store, *CaseExporter::formatFromName(format), out);
    QVERIFY(count.ok());
    QCOMPARE(*count, 2);
    const QByteArray bytes = out.data();
    if (format == "json"_L1) {
        const QJsonArray array = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(*CaseRecord::fromJsonObject(array.at(0).toObject()), b);
    } else if (format == "jsonl"_L1) {
        // JSON Lines export is exactly what import reads: canonical lines.
        QCOMPARE(bytes, b.toCanonicalJson() + '\n' + a.toCanonicalJson() + '\n');
    } else {
        const QString md = QString::fromUtf8(bytes);
        QCOMPARE(md.count(u"\n---\n"_s), 1);
        QVERIFY(md.indexOf(u"# Anhörigstöd"_s) < md.indexOf(u"# Öppna förskolan"_s));
    }
}

void TestCaseExporter::formatNames()
{
    QCOMPARE(CaseExporter::formatFromName(u"md"_s), CaseExporter::Format::Markdown);
    QCOMPARE(CaseExporter::formatFromName(u"ndjson"_s), CaseExporter::Format::JsonLines);
    QVERIFY(!CaseExporter::formatFromName(u"pdf"_s));
}

QTEST_GUILESS_MAIN(TestCaseExporter)
#include "tst_caseexporter.moc"
