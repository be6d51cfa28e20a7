#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Fb {

struct BlobRef
{
    QString sha256;
    qint64 size = 0;
    QString mime;
};

// The replica's attachments on disk, named by the SHA-256 of their bytes
// (PROFILE/blobs/ab/abcdef…), so the same file attached twice is stored once and a file's name
// proves its content. Files are written to a temporary name and renamed, never half-present.
class BlobCache
{
public:
    explicit BlobCache(QString directory);

    // The cache beside a replica file.
    static QString directoryFor(const QString &replicaPath);

    // Copies a file into the cache.
    Result<BlobRef> add(const QString &file);
    // Stores downloaded bytes; BlobHashMismatch if they are not what sha256 names.
    Result<void> put(const QString &sha256, const QByteArray &bytes);
    QString path(const QString &sha256) const;
    bool contains(const QString &sha256) const;

private:
    QString m_directory;
};

} // namespace Fb
