#include "ziparchive.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32_data();
    void crc32();
    void membersReadBack();
    void aFullDeviceIsReported();
};

void TestZipWriter::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    // The check value every CRC-32 description gives, and two edges.
    QTest::addRow("check") << QByteArray("123456789") << quint32(0xCBF43926);
    QTest::addRow("empty") << QByteArray() << quint32(0);
    QTest::addRow("one zero byte") << QByteArray(1, '\0') << quint32(0xD202EF8D);
}

void TestZipWriter::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(ZipWriter::crc32(data), crc);
}

void TestZipWriter::membersReadBack()
{
    QByteArray zip;
    QBuffer buffer(&zip);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ZipWriter writer(buffer);
    QByteArray binary(70000, '\0');
    for (qsizetype i = 0; i < binary.size(); ++i) {
        binary[i] = char(i * 31 % 251);
    }
    QVERIFY(writer.add(u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"));
    QVERIFY(writer.add(u"mapp/Åtgärder.txt"_s, "Å, ä och ö i både namn och innehåll."));
    QVERIFY(writer.add(u"tom"_s, {}));
    QVERIFY(writer.add(u"data.bin"_s, binary));
    QVERIFY(writer.finish());
    buffer.close();

    // Read by an independent reader (tests/testlib, written from the format).
    const Test::ZipArchive archive(zip);
    QCOMPARE(archive.names(), (QStringList{u"mimetype"_s, u"mapp/Åtgärder.txt"_s, u"tom"_s, u"data.bin"_s}));
    QCOMPARE(archive.member(u"mimetype"_s).value(), QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
    QCOMPARE(archive.member(u"mapp/Åtgärder.txt"_s).value(), QByteArray("Å, ä och ö i både namn och innehåll."));
    QCOMPARE(archive.member(u"tom"_s).value(), QByteArray());
    QCOMPARE(archive.member(u"data.bin"_s).value(), binary);
    // OpenDocument asks for the first member at byte 30, uncompressed, without an extra field.
    QCOMPARE(zip.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(zip.mid(38, 46), QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
}

void TestZipWriter::aFullDeviceIsReported()
{
    // A device that takes nothing, as a full disk does.
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    ZipWriter writer(readOnly);
    QVERIFY(!writer.add(u"a"_s, "b"));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
