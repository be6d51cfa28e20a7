#include "blobuploader.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Fb {

BlobUploader::BlobUploader(ServerApi &api, const BlobCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
}

void BlobUploader::upload(QStringList shas, std::function<void(Result<void>)> done)
{
    shas.removeDuplicates();
    m_queue = std::move(shas);
    m_done = std::move(done);
    next();
}

void BlobUploader::finish(Result<void> result)
{
    auto done = std::exchange(m_done, {});
    m_queue.clear();
    if (done) {
        done(std::move(result));
    }
}

void BlobUploader::next()
{
    if (m_queue.isEmpty()) {
        finish({});
        return;
    }
    m_current = m_queue.takeFirst();
    m_retriedAfterMismatch = false;
    m_api.blobStatus(m_current, [this](Result<std::optional<BlobProgress>> status) {
        if (!status) {
            finish(status.error());
            return;
        }
        if (status->has_value() && (*status)->complete) {
            next(); // already there, from this replica or anyone else
            return;
        }
        if (!m_cache.contains(m_current)) {
            // Named by a case but neither here nor complete on the server: the mutation will be
            // refused with blob_missing and kept for the user.
            next();
            return;
        }
        const qint64 total = QFile(m_cache.path(m_current)).size();
        sendFrom(status->has_value() ? (*status)->received : 0, total);
    });
}

void BlobUploader::sendFrom(qint64 start, qint64 total)
{
    QFile file(m_cache.path(m_current));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(start)) {
        finish(Error{ErrorCode::FileOpenFailed, file.fileName(), file.errorString()});
        return;
    }
    const QByteArray chunk = file.read(ChunkBytes);
    m_api.putBlob(m_current, start, total, chunk, [this, start, total, size = chunk.size()](Result<BlobProgress> r) {
        if (!r) {
            if (r.code() == ErrorCode::UploadOffsetMismatch) {
                // The server has more (an answer was lost) or less than we thought: go on from its end.
                sendFrom(r.error().detail.toLongLong(), total);
                return;
            }
            if (r.code() == ErrorCode::BlobHashMismatch && !m_retriedAfterMismatch) {
                // The server threw the upload away (a corrupted chunk): once more from the start.
                m_retriedAfterMismatch = true;
                sendFrom(0, total);
                return;
            }
            finish(r.error());
            return;
        }
        if (r->complete || start + size >= total) {
            next();
            return;
        }
        sendFrom(r->received, total);
    });
}

} // namespace Fb
