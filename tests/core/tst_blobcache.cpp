#include "blobcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestBlobCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addStoresUnderTheHash();
    void addUsesATemporaryNameOfItsOwn();
    void twoProgramsAddAtOnce();
    void putRefusesBytesThatAreNotTheirName();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    static QString sha(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBlobCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestBlobCache::cleanup()
{
    m_dir.reset();
}

QString TestBlobCache::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        return {};
    }
    return f.fileName();
}

void TestBlobCache::addStoresUnderTheHash()
{
    const QByteArray bytes = "Protokoll från samrådsmötet\n";
    BlobCache cache(m_dir->filePath(u"blobs"_s));
    const auto ref = cache.add(writeFile(u"protokoll.txt"_s, bytes));
    QVERIFY(ref.ok());
    QCOMPARE(ref->sha256, sha(bytes));
    QCOMPARE(ref->size, bytes.size());
    QCOMPARE(ref->mime, u"text/plain"_s);
    QVERIFY(cache.contains(ref->sha256));
    QCOMPARE(read(cache.path(ref->sha256)), bytes);
    // The same file again is stored once, and nothing is left behind.
    QVERIFY(cache.add(writeFile(u"kopia.txt"_s, bytes)).ok());
    QCOMPARE(QDir(m_dir->filePath(u"blobs"_s)).entryList(QDir::Files).size(), 0);
}

void TestBlobCache::addUsesATemporaryNameOfItsOwn()
{
    // Every add wrote to one fixed temporary name, so two programs on one profile (the app and
    // the CLI) adding at once could rename each other's bytes under the wrong hash. Here that
    // name is taken, as another program's unfinished write would hold it.
    const QString directory = m_dir->filePath(u"blobs"_s);
    QVERIFY(QDir().mkpath(directory + u"/incoming"_s));
    const QByteArray bytes = "Bilaga\n";
    const auto ref = BlobCache(directory).add(writeFile(u"bilaga.txt"_s, bytes));
    QVERIFY2(ref.ok(), qPrintable(ref ? QString() : ref.error().path));
    QCOMPARE(read(BlobCache(directory).path(ref->sha256)), bytes);
}

void TestBlobCache::twoProgramsAddAtOnce()
{
    // Two caches on one directory adding different files at the same time: every stored file is
    // what its name says.
    const QString directory = m_dir->filePath(u"blobs"_s);
    QStringList files[2];
    for (int side = 0; side < 2; ++side) {
        for (int i = 0; i < 40; ++i) {
            files[side].append(
                writeFile(u"f%1-%2"_s.arg(side).arg(i), QByteArray::number(side * 1000 + i).repeated(2000)));
        }
    }
    auto addAll = [directory](const QStringList &list) {
        BlobCache cache(directory);
        QStringList shas;
        for (const QString &f : list) {
            auto ref = cache.add(f);
            shas.append(ref ? ref->sha256 : QString());
        }
        return shas;
    };
    auto first = QtConcurrent::run(addAll, files[0]);
    auto second = QtConcurrent::run(addAll, files[1]);
    const QStringList shas = first.result() + second.result();
    QCOMPARE(shas.size(), 80);
    for (const QString &s : shas) {
        QVERIFY(!s.isEmpty());
        QCOMPARE(sha(read(BlobCache(directory).path(s))), s);
    }
}

void TestBlobCache::putRefusesBytesThatAreNotTheirName()
{
    BlobCache cache(m_dir->filePath(u"blobs"_s));
    QCOMPARE(cache.put(sha("rätt"), "fel").code(), ErrorCode::BlobHashMismatch);
    QVERIFY(!cache.contains(sha("rätt")));
    QVERIFY(cache.put(sha("rätt"), "rätt").ok());
    QCOMPARE(read(cache.path(sha("rätt"))), QByteArray("rätt"));
}

QTEST_GUILESS_MAIN(TestBlobCache)
#include "tst_blobcache.moc"
