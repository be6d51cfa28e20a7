#pragma once

#include "blobcache.h"
#include "serverapi.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace Fb {

// Uploads attachments before the mutations that name them, in chunks, resuming where the server's
// copy ends: after a cut connection only the missing chunks travel again.
class BlobUploader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    BlobUploader(ServerApi &api, const BlobCache &cache, QObject *parent = nullptr);

    // Uploads every blob in shas the server does not have complete yet.
    void upload(QStringList shas, std::function<void(Result<void>)> done);

private:
    void next();
    void sendFrom(qint64 start, qint64 total);
    void finish(Result<void> result);

    ServerApi &m_api;
    const BlobCache &m_cache;
    QStringList m_queue;
    QString m_current;
    bool m_retriedAfterMismatch = false;
    std::function<void(Result<void>)> m_done;
};

} // namespace Fb
