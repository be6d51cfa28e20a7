#include "blobrepository.h"
#include "serverstorefixture.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// Uploads as each user's own (docs/server.md, "Attachments"), on both backends.
class TestBlobRepository : public QObject, public Test::ServerStoreFixture
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase_data() { PostgresFixture::addBackendRows(); }

    void initTestCase();
    void init();

    void cleanup() { closeServerStore(); }

    void uploadInChunks();
    void anotherSizeCannotBlockTheFile();
    void nobodyWritesIntoAnothersUpload();
    void sendingTheBytesMakesAHolder();
    void badBytesAreThrownAway();
    void anotherSizeFromTheSameUserStartsOver();
    void unfinishedUploadsExpire();
    void quota_data();
    void quota();

private:
    QString user(const QString &name) const { return m_store->userByName(name).value().value().id; }

    int rows(const QString &table) const;

    const QByteArray m_bytes = "Rapport från Gnesta, 2026: tre sidor om trygghetsvärdar.";
    const QString m_sha = QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
};

void TestBlobRepository::initTestCase()
{
    const QString problem = startServerStore();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBlobRepository::init()
{
    const QString problem = openServerStore(u"fbblobs"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

int TestBlobRepository::rows(const QString &table) const
{
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
}

void TestBlobRepository::uploadInChunks()
{
    BlobRepository blobs(*m_store);
    const QString gnesta = user(u"gnesta"_s);
    const auto first = blobs.append(m_sha, m_bytes.size(), 0, m_bytes.left(10), gnesta, m_now);
    QVERIFY(first.ok());
    QCOMPARE(*first, (BlobState{m_sha, m_bytes.size(), 10, false}));
    QCOMPARE(blobs.upload(m_sha, gnesta).value(), std::optional(*first));
    QCOMPARE(blobs.stored(m_sha).value(), std::nullopt);
    QCOMPARE(blobs.read(m_sha).code(), ErrorCode::NotFound);

    const auto last = blobs.append(m_sha, m_bytes.size(), 10, m_bytes.mid(10), gnesta, m_now + 1);
    QVERIFY(last.ok());
    QCOMPARE(*last, (BlobState{m_sha, m_bytes.size(), m_bytes.size(), true}));
    QCOMPARE(blobs.read(m_sha).value(), m_bytes);
    QCOMPARE(blobs.upload(m_sha, gnesta).value(), std::nullopt);
    QVERIFY(blobs.isHolder(m_sha, gnesta).value());
    QCOMPARE(rows(u"blob_upload_chunks"_s), 0);
    // A repeat is answered without bytes.
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 0, {}, gnesta, m_now + 2)->complete);
}

void TestBlobRepository::anotherSizeCannotBlockTheFile()
{
    // Ronneby knows the hash and announces a wrong size first; the file still arrives.
    BlobRepository blobs(*m_store);
    QVERIFY(blobs.append(m_sha, 1000, 0, "x", user(u"ronneby"_s), m_now).ok());
    const auto sent = blobs.append(m_sha, m_bytes.size(), 0, m_bytes, user(u"gnesta"_s), m_now);
    QVERIFY(sent.ok());
    QVERIFY(sent->complete);
    QCOMPARE(blobs.read(m_sha).value(), m_bytes);
}

void TestBlobRepository::nobodyWritesIntoAnothersUpload()
{
    BlobRepository blobs(*m_store);
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 0, m_bytes.left(10), user(u"gnesta"_s), m_now).ok());
    // Going on where Gnesta's upload ends is not going on with it: Ronneby's own starts at 0.
    const auto onTop = blobs.append(m_sha, m_bytes.size(), 10, m_bytes.mid(10), user(u"ronneby"_s), m_now);
    QCOMPARE(onTop.code(), ErrorCode::UploadOffsetMismatch);
    QCOMPARE(onTop.error().detail, u"0"_s);
    QCOMPARE(blobs.upload(m_sha, user(u"gnesta"_s)).value()->received, 10);
    QCOMPARE(blobs.upload(m_sha, user(u"ronneby"_s)).value(), std::nullopt);
}

void TestBlobRepository::sendingTheBytesMakesAHolder()
{
    BlobRepository blobs(*m_store);
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 0, m_bytes, user(u"gnesta"_s), m_now)->complete);
    const QString ronneby = user(u"ronneby"_s);
    QVERIFY(!blobs.isHolder(m_sha, ronneby).value());
    // Naming the hash is not having the file: without the bytes nothing is complete.
    const auto bare = blobs.append(m_sha, m_bytes.size(), 0, m_bytes.left(5), ronneby, m_now);
    QVERIFY(bare.ok());
    QVERIFY(!bare->complete);
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 5, m_bytes.mid(5), ronneby, m_now)->complete);
    QVERIFY(blobs.isHolder(m_sha, ronneby).value());
    // Stored once.
    QCOMPARE(rows(u"blob_chunks"_s), 1);
    QCOMPARE(rows(u"blob_holders"_s), 2);
    QCOMPARE(rows(u"blob_upload_chunks"_s), 0);
}

void TestBlobRepository::badBytesAreThrownAway()
{
    BlobRepository blobs(*m_store);
    QByteArray wrong = m_bytes;
    wrong[3] = '!';
    QCOMPARE(blobs.append(m_sha, wrong.size(), 0, wrong, user(u"gnesta"_s), m_now).code(), ErrorCode::BlobHashMismatch);
    QCOMPARE(blobs.upload(m_sha, user(u"gnesta"_s)).value(), std::nullopt);
    QCOMPARE(blobs.stored(m_sha).value(), std::nullopt);
    QCOMPARE(rows(u"blob_upload_chunks"_s), 0);
    QVERIFY(!blobs.isHolder(m_sha, user(u"gnesta"_s)).value());
}

void TestBlobRepository::anotherSizeFromTheSameUserStartsOver()
{
    BlobRepository blobs(*m_store);
    const QString gnesta = user(u"gnesta"_s);
    QVERIFY(blobs.append(m_sha, 1000, 0, "xyz", gnesta, m_now).ok());
    // Going on at the old end with another size: told to start from 0, and nothing is changed.
    QCOMPARE(blobs.append(m_sha, m_bytes.size(), 3, m_bytes.mid(3), gnesta, m_now).error().detail, u"0"_s);
    QCOMPARE(blobs.upload(m_sha, gnesta).value()->size, 1000);
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 0, m_bytes, gnesta, m_now)->complete);
    QCOMPARE(rows(u"blob_upload_chunks"_s), 0);
}

void TestBlobRepository::unfinishedUploadsExpire()
{
    BlobRepository blobs(*m_store);
    const QString gnesta = user(u"gnesta"_s);
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 0, m_bytes.left(10), gnesta, m_now).ok());
    // A chunk keeps it alive.
    const qint64 later = m_now + BlobRepository::UploadExpirySeconds - 10;
    QVERIFY(blobs.append(m_sha, m_bytes.size(), 10, m_bytes.mid(10, 10), gnesta, later).ok());
    QVERIFY(blobs.expire(later + 20).ok());
    QCOMPARE(blobs.upload(m_sha, gnesta).value()->received, 20);

    QVERIFY(blobs.expire(later + BlobRepository::UploadExpirySeconds + 1).ok());
    QCOMPARE(blobs.upload(m_sha, gnesta).value(), std::nullopt);
    QCOMPARE(rows(u"blob_upload_chunks"_s), 0);
    // Coming back after that begins again from the start.
    const auto resumed = blobs.append(m_sha,
                                      m_bytes.size(),
                                      20,
                                      m_bytes.mid(20),
                                      gnesta,
                                      later + BlobRepository::UploadExpirySeconds + 2);
    QCOMPARE(resumed.code(), ErrorCode::UploadOffsetMismatch);
    QCOMPARE(resumed.error().detail, u"0"_s);
}

void TestBlobRepository::quota_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("fits");
    QTest::addRow("many small") << qint64(100) << BlobRepository::MaxOpenUploads;
    QTest::addRow("few large") << BlobRepository::MaxBlobBytes
                               << int(BlobRepository::MaxOpenUploadBytes / BlobRepository::MaxBlobBytes);
}

void TestBlobRepository::quota()
{
    QFETCH(qint64, size);
    QFETCH(int, fits);
    BlobRepository blobs(*m_store);
    const QString gnesta = user(u"gnesta"_s);
    const auto name = [](int i) {
        return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
    };
    // Each begun with one byte, announcing the whole size.
    for (int i = 0; i < fits; ++i) {
        QVERIFY2(blobs.append(name(i), size, 0, "x", gnesta, m_now).ok(), qPrintable(name(i)));
    }
    QCOMPARE(blobs.append(name(fits), size, 0, "x", gnesta, m_now).code(), ErrorCode::QuotaExceeded);
    QCOMPARE(blobs.upload(name(fits), gnesta).value(), std::nullopt);
    // Going on with one already begun is not a new one; another user has their own quota.
    QVERIFY(blobs.append(name(0), size, 1, "y", gnesta, m_now).ok());
    QVERIFY(blobs.append(name(fits), size, 0, "x", user(u"gnesta2"_s), m_now).ok());
    // An expired one makes room.
    QVERIFY(blobs.append(name(1), size, 1, "y", gnesta, m_now + 100).ok());
    QVERIFY(blobs.append(name(fits), size, 0, "x", gnesta, m_now + BlobRepository::UploadExpirySeconds + 50).ok());
    QCOMPARE(blobs.upload(name(2), gnesta).value(), std::nullopt);
    QCOMPARE(blobs.upload(name(1), gnesta).value()->received, 2);
}

QTEST_GUILESS_MAIN(TestBlobRepository)
#include "tst_blobrepository.moc"
