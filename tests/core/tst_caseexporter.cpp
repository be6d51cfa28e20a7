#include "caseexporter.h"
#include "casestore.h"
#include "fixtures.h"

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
