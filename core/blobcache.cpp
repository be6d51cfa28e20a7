#include "blobcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fb {

BlobCache::BlobCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString BlobCache::directoryFor(const QString &replicaPath)
{
    return QFileInfo(replicaPath).absoluteDir().filePath(u"blobs"_s);
}

QString BlobCache::path(const QString &sha256) const
{
    return m_directory + u'/' + sha256.left(2) + u'/' + sha256;
}

bool BlobCache::contains(const QString &sha256) const
{
    return sha256.size() == 64 && QFileInfo::exists(path(sha256));
}

Result<BlobRef> BlobCache::add(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileOpenFailed, file, in.errorString()};
    }
    // Hashed while copied: one read of a large file, and what is stored is what was hashed.
    if (!QDir().mkpath(m_directory)) {
        return Error{ErrorCode::FileWriteFailed, m_directory, {}};
    }
    // A name of its own: the app and the CLI may add files to one profile at the same time.
    const QString incoming = m_directory + u"/incoming-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile out(incoming);
    if (!out.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::FileWriteFailed, out.fileName(), out.errorString()};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray buffer;
    while (!(buffer = in.read(1 << 20)).isEmpty()) {
        hash.addData(buffer);
        size += buffer.size();
        if (out.write(buffer) != buffer.size()) {
            return Error{ErrorCode::FileWriteFailed, out.fileName(), out.errorString()};
        }
    }
    if (in.error() != QFileDevice::NoError) {
        return Error{ErrorCode::FileOpenFailed, file, in.errorString()};
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = path(sha);
    if (QFileInfo::exists(target)) {
        out.cancelWriting();
    } else if (!out.commit() || !QDir().mkpath(QFileInfo(target).path()) || !QFile::rename(incoming, target)) {
        QFile::remove(incoming);
        // The same file added by another program meanwhile is no failure.
        if (!QFileInfo::exists(target)) {
            return Error{ErrorCode::FileWriteFailed, target, {}};
        }
    }
    return BlobRef{sha, size, QMimeDatabase().mimeTypeForFile(file).name()};
}

Result<void> BlobCache::put(const QString &sha256, const QByteArray &bytes)
{
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256) {
        return Error{ErrorCode::BlobHashMismatch, sha256, {}};
    }
    const QString target = path(sha256);
    if (!QDir().mkpath(QFileInfo(target).path())) {
        return Error{ErrorCode::FileWriteFailed, target, {}};
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return Error{ErrorCode::FileWriteFailed, target, out.errorString()};
    }
    return {};
}

} // namespace Fb
