#include "casestore.h"
#include "fixtures.h"
#include "listexporter.h"
#include "listpresets.h"
#include "ziparchive.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestListExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvSaysWhatTheListIs();
    void csvQuotesWhatNeedsIt();
    void odsReadsAsASpreadsheet();
    void englishLabels();
    void unknownFormat();

private:
    QByteArray write(ListExporter::Format format, Language language = Language::Swedish);
    // The rows of an ODS file's first table, cell texts in order; numbers marked with "#".
    static QList<QStringList> odsRows(const QByteArray &ods);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<CaseSummary> m_summaries;
    SearchRequest m_request;
};

void TestListExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store.ok());
    CaseRecord ronneby = Test::validCase(CaseRecord::newId());
    ronneby.reviewState = u"publicerad"_s;
    CaseRecord quoted = Test::validCase(CaseRecord::newId());
    quoted.title = u"Trygghet; \"värdar\" i centrum"_s;
    quoted.evidenceLevel.reset();
    quoted.start.clear();
    QVERIFY((*store)->putMany({ronneby, quoted}).ok());
    m_summaries = (*store)->summaries(QDate(2026, 12, 7)).value();
    QCOMPARE(m_summaries.size(), 2);
    m_request = SearchRequest{u"trygghet"_s, ListPresets::published()};
    m_request.filter.values(Facet::Region) = {u"10"_s};
}

void TestListExporter::cleanup()
{
    m_dir.reset();
}

QByteArray TestListExporter::write(ListExporter::Format format, Language language)
{
    QList<const CaseSummary *> cases;
    for (const CaseSummary &s : std::as_const(m_summaries)) {
        cases.append(&s);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return {};
    }
    const ListExporter exporter(Test::vocabularies(), Test::referenceData(), language);
    if (!exporter.write(cases, m_request, QDate(2026, 12, 7), format, buffer)) {
        return {};
    }
    return bytes;
}

QList<QStringList> TestListExporter::odsRows(const QByteArray &ods)
{
    QList<QStringList> rows;
    QXmlStreamReader xml(Test::ZipArchive(ods).member(u"content.xml"_s).value_or(QByteArray()));
    bool number = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "table-row"_L1) {
            rows.append(QStringList());
        } else if (xml.isStartElement() && xml.name() == "table-cell"_L1) {
            number = xml.attributes().value("office:value-type"_L1) == "float"_L1;
        } else if (xml.isStartElement() && xml.name() == "p"_L1 && !rows.isEmpty()) {
            rows.last().append((number ? u"#"_s : QString()) + xml.readElementText());
        }
    }
    return xml.hasError() ? QList<QStringList>{} : rows;
}

void TestListExporter::csvSaysWhatTheListIs()
{
    const QByteArray csv = write(ListExporter::Format::Csv);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.at(0), u"Framgångsbanken;2026-12-07"_s);
    // The program's own words are English here: tests load no translator.
    QCOMPARE(lines.at(1), u"Search;trygghet"_s);
    // The filter as the query language writes it, so it can be typed again.
    QCOMPARE(lines.at(2), u"Filter;län:Blekinge publicering:Publicerade"_s);
    QCOMPARE(lines.at(3), u"Cases;2"_s);
    QCOMPARE(lines.at(4), QString());
    QVERIFY2(lines.at(5).startsWith(u"Id;Title;Owner;Posttyp;"_s), qPrintable(lines.at(5)));
    QVERIFY2(lines.at(5).contains(u";Verksamhetsområde;"_s), qPrintable(lines.at(5)));
    QVERIFY2(lines.at(6).startsWith(m_summaries.at(0).id + u";Trygghetsvärdar i Ronneby;Ronneby kommun;"_s),
             qPrintable(lines.at(6)));
    QVERIFY2(lines.at(6).contains(u";Blekinge län;"_s), qPrintable(lines.at(6)));
    QVERIFY2(lines.at(6).contains(u";Trygghet och brottsprevention, Arbetsmarknad och etablering;"_s),
             qPrintable(lines.at(6)));
    QCOMPARE(lines.size(), 9); // two cases and the empty string after the last line break
    QCOMPARE(lines.last(), QString());
    // Every row of the table has as many cells as the header.
    const qsizetype columns = lines.at(5).count(u';');
    QCOMPARE(lines.at(6).count(u';'), columns);
}

void TestListExporter::csvQuotesWhatNeedsIt()
{
    const QString csv = QString::fromUtf8(write(ListExporter::Format::Csv));
    QVERIFY2(csv.contains(u";\"Trygghet; \"\"värdar\"\" i centrum\";"_s), qPrintable(csv));
}

void TestListExporter::odsReadsAsASpreadsheet()
{
    const QByteArray ods = write(ListExporter::Format::Ods);
    const Test::ZipArchive zip(ods);
    QCOMPARE(zip.names().value(0), u"mimetype"_s);
    QCOMPARE(zip.member(u"mimetype"_s).value(), QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
    QVERIFY(zip.member(u"META-INF/manifest.xml"_s).value_or(QByteArray()).contains("content.xml"));
    const QList<QStringList> rows = odsRows(ods);
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(1), (QStringList{u"Search"_s, u"trygghet"_s}));
    QCOMPARE(rows.at(3), (QStringList{u"Cases"_s, u"#2"_s}));
    QCOMPARE(rows.at(4), QStringList());
    QCOMPARE(rows.at(6).value(1), u"Trygghetsvärdar i Ronneby"_s);
    // Numbers are numbers: the evidence level and the start year sort and sum as such.
    QVERIFY2(rows.at(6).contains(u"#2"_s) && rows.at(6).contains(u"#2021"_s), qPrintable(rows.at(6).join(u'|')));
    QCOMPARE(rows.at(7).value(1), u"Trygghet; \"värdar\" i centrum"_s);
    QCOMPARE(rows.at(6).size(), rows.at(5).size());
    QCOMPARE(rows.at(7).size(), rows.at(5).size());
}

void TestListExporter::englishLabels()
{
    const QStringList lines = QString::fromUtf8(write(ListExporter::Format::Csv, Language::English)).split(u"\r\n"_s);
    // The program's own words are translated by the translator the program loads (none here);
    // the vocabulary's come in the chosen language.
    QVERIFY2(lines.at(5).contains(u";Policy area;"_s), qPrintable(lines.at(5)));
    QVERIFY2(lines.at(6).contains(u";Safety and crime prevention, Labour market and integration;"_s),
             qPrintable(lines.at(6)));
}

void TestListExporter::unknownFormat()
{
    QCOMPARE(ListExporter::formatFromName(u"csv"_s), ListExporter::Format::Csv);
    QCOMPARE(ListExporter::formatFromName(u"ods"_s), ListExporter::Format::Ods);
    QCOMPARE(ListExporter::formatFromName(u"xlsx"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestListExporter)
#include "tst_listexporter.moc"
