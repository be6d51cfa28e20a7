#include "casestore.h"
#include "fixtures.h"
#include "listexport.h"
#include "ziparchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestListExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formatOfFile_data();
    void formatOfFile();
    void writesTheRowsInTheirOrder();
    void anUnwritablePlaceIsReported();

private:
    Result<void> writeTo(const QString &path, ListExporter::Format format);

    std::unique_ptr<QTemporaryDir> m_dir;
    SearchResult m_result;
};

void TestListExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store.ok());
    QList<CaseRecord> cases;
    for (const QString &title : {u"Alfaexemplet"_s, u"Betaexemplet"_s, u"Gammaexemplet"_s}) {
        CaseRecord c = Test::validCase(CaseRecord::newId());
        c.title = title;
        cases.append(c);
    }
    QVERIFY((*store)->putMany(cases).ok());
    m_result = SearchResult{};
    m_result.cases = std::make_shared<const QList<CaseSummary>>((*store)->summaries().value());
    // The list as shown: Gamma and Alfa, in that order; Beta is filtered out.
    for (const QString &title : {u"Gammaexemplet"_s, u"Alfaexemplet"_s}) {
        for (int i = 0; i < m_result.cases->size(); ++i) {
            if (m_result.cases->at(i).title == title) {
                m_result.rows.append(i);
            }
        }
    }
    m_result.request.text = u"trygghet"_s;
}

void TestListExport::cleanup()
{
    m_dir.reset();
}

Result<void> TestListExport::writeTo(const QString &path, ListExporter::Format format)
{
    QFuture<Result<void>> future =
        ListExport::write(ListExporter(Test::vocabularies(), Test::referenceData(), Language::Swedish),
                          m_result,
                          path,
                          format);
    future.waitForFinished();
    return future.result();
}

void TestListExport::formatOfFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::addRow("csv") << u"/tmp/lista.csv"_s << int(ListExporter::Format::Csv);
    QTest::addRow("upper case") << u"LISTA.ODS"_s << int(ListExporter::Format::Ods);
    QTest::addRow("no suffix") << u"lista"_s << -1;
    QTest::addRow("other") << u"lista.xlsx"_s << -1;
}

void TestListExport::formatOfFile()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = ListExport::formatOfFile(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestListExport::writesTheRowsInTheirOrder()
{
    const QString csvPath = m_dir->filePath(u"lista.csv"_s);
    QVERIFY(writeTo(csvPath, ListExporter::Format::Csv).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.at(1), u"Search;trygghet"_s);
    QCOMPARE(lines.size(), 6 + 2 + 1);
    QCOMPARE(lines.at(6).section(u';', 1, 1), u"Gammaexemplet"_s);
    QCOMPARE(lines.at(7).section(u';', 1, 1), u"Alfaexemplet"_s);

    const QString odsPath = m_dir->filePath(u"lista.ods"_s);
    QVERIFY(writeTo(odsPath, ListExporter::Format::Ods).ok());
    QFile ods(odsPath);
    QVERIFY(ods.open(QIODevice::ReadOnly));
    const QByteArray content = Test::ZipArchive(ods.readAll()).member(u"content.xml"_s).value_or(QByteArray());
    QVERIFY(content.indexOf("Gammaexemplet") > 0 && content.indexOf("Gammaexemplet") < content.indexOf("Alfaexemplet"));
    QVERIFY(!content.contains("Betaexemplet"));
}

void TestListExport::anUnwritablePlaceIsReported()
{
    const QString path = m_dir->filePath(u"finns-inte/lista.csv"_s);
    const Result<void> written = writeTo(path, ListExporter::Format::Csv);
    QVERIFY(!written.ok());
    QCOMPARE(written.code(), ErrorCode::FileOpenFailed);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
