#include "caseimporter.h"
#include "fixtures.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

class TestCaseImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formats_data();
    void formats();
    void allOrNothingReportsEveryBadLine();
    void skipInvalidImportsTheRest();
    void overlongLineIsReportedNotRead();
    void missingFileIsAnError();
    void progressIsReported();

private:
    static QByteArray jsonLines(int n, int firstId = 1);
    Result<ImportReport> importBytes(const QByteArray &bytes,
                                     CaseImporter::Policy policy = CaseImporter::Policy::AllOrNothing);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseValidator> m_validator;
};

void TestCaseImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_dir->filePath(u"r.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    m_validator = std::make_unique<CaseValidator>(Test::vocabularies(), Test::referenceData());
}

void TestCaseImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QByteArray TestCaseImporter::jsonLines(int n, int firstId)
{
    QByteArray out;
    for (int i = firstId; i < firstId + n; ++i) {
        out += Test::validCase(u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 10, QLatin1Char('0'))).toCanonicalJson()
            + '\n';
    }
    return out;
}

Result<ImportReport> TestCaseImporter::importBytes(const QByteArray &bytes, CaseImporter::Policy policy)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    SyncLedger ledger(*m_store);
    LocalEdits edits(ledger);
    CaseImporter importer(edits, *m_validator);
    importer.setPolicy(policy);
    return importer.importDevice(buffer);
}

void TestCaseImporter::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    const QByteArray lines = jsonLines(3);
    QTest::addRow("json lines") << lines << 3;
    QTest::addRow("json lines with blank lines and CRLF") << QByteArray(lines).replace("\n", "\r\n\r\n") << 3;
    QJsonArray array;
    for (const QByteArray &l : lines.trimmed().split('\n')) {
        array.append(QJsonDocument::fromJson(l).object());
    }
    QTest::addRow("json array") << QJsonDocument(array).toJson(QJsonDocument::Indented) << 3;
    QTest::addRow("one pretty object")
        << QJsonDocument(Test::validCase().toJsonObject()).toJson(QJsonDocument::Indented) << 1;
    QTest::addRow("empty file") << QByteArray() << 0;
}

void TestCaseImporter::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    auto report = importBytes(bytes);
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 0);
    QCOMPARE(report->imported, expected);
    QCOMPARE(m_store->count().value(), expected);
}

void TestCaseImporter::allOrNothingReportsEveryBadLine()
{
    QByteArray bytes = jsonLines(2);
    bytes += "{not json}\n";
    bytes += jsonLines(1, 3);
    bytes += "{\"id\":\"x\",\"title\":\"\xff\"}\n";
    CaseRecord bad = Test::validCase(u"99999999-0000-4000-8000-000000000000"_s);
    bad.status = u"okänd"_s;
    bytes += bad.toCanonicalJson() + '\n';
    auto report = importBytes(bytes);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 0);
    QCOMPARE(m_store->count().value(), 0);
    QCOMPARE(report->problems.size(), 3);
    QCOMPARE(report->problems.at(0).line, 3);
    QCOMPARE(report->problems.at(0).error.code, ErrorCode::InvalidJson);
    QCOMPARE(report->problems.at(1).line, 5);
    QCOMPARE(report->problems.at(1).error.code, ErrorCode::InvalidUtf8);
    QCOMPARE(report->problems.at(2).line, 6);
    QCOMPARE(report->problems.at(2).error.code, ErrorCode::UnknownVocabularyKey);
    QCOMPARE(report->problems.at(2).error.path, u"status"_s);
}

void TestCaseImporter::skipInvalidImportsTheRest()
{
    QByteArray bytes = jsonLines(2) + "[]\n" + jsonLines(2, 10);
    auto report = importBytes(bytes, CaseImporter::Policy::SkipInvalid);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 4);
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().line, 3);
    QCOMPARE(m_store->count().value(), 4);
}

void TestCaseImporter::overlongLineIsReportedNotRead()
{
    QByteArray bytes = jsonLines(1);
    bytes += QByteArray(CaseRecord::MaxDocumentBytes + 100, 'x') + '\n';
    bytes += jsonLines(1, 2);
    auto report = importBytes(bytes, CaseImporter::Policy::SkipInvalid);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().line, 2);
    QCOMPARE(report->problems.first().error.code, ErrorCode::LineTooLong);
}

void TestCaseImporter::missingFileIsAnError()
{
    SyncLedger ledger(*m_store);
    LocalEdits edits(ledger);
    CaseImporter importer(edits, *m_validator);
    QCOMPARE(importer.importFile(m_dir->filePath(u"saknas.jsonl"_s)).code(), ErrorCode::FileOpenFailed);
}

void TestCaseImporter::progressIsReported()
{
    QBuffer buffer;
    buffer.setData(jsonLines(1200));
    buffer.open(QIODevice::ReadOnly);
    SyncLedger ledger(*m_store);
    LocalEdits edits(ledger);
    CaseImporter importer(edits, *m_validator);
    QList<qint64> progress;
    importer.setProgress([&](qint64 n) {
        progress.append(n);
    });
    auto report = importer.importDevice(buffer);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, 1200);
    QCOMPARE(progress, (QList<qint64>{500, 1000, 1200}));
}

QTEST_GUILESS_MAIN(TestCaseImporter)
#include "tst_caseimporter.moc"
