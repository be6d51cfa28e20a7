#pragma once

#include "caserecord.h"
#include "result.h"
#include "serverstore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Fb {

// How far an upload of one blob has come.
struct BlobState
{
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

// Attachments as content-addressed blobs (docs/sync.md, "Blobs"): named by the SHA-256 of their
// bytes, uploaded in chunks that each commit on their own, so an upload cut off anywhere resumes
// from the last chunk the server has. A blob is usable only once its bytes hash to its name.
class BlobRepository
{
public:
    static constexpr qint64 MaxBlobBytes = Attachment::MaxBytes;

    explicit BlobRepository(ServerStore &store);

    static bool isSha256(const QString &text);

    Result<std::optional<BlobState>> state(const QString &sha256) const;
    // Appends chunk at start (which must be the bytes received so far) of a blob of total bytes,
    // in one transaction. The last chunk checks the hash: a mismatch throws the upload away.
    Result<BlobState> append(const QString &sha256,
                             qint64 total,
                             qint64 start,
                             const QByteArray &chunk,
                             const QString &userId,
                             qint64 now);
    // The whole blob; NotFound unless complete.
    Result<QByteArray> read(const QString &sha256) const;

private:
    Result<void> discard(const QString &sha256);

    ServerStore &m_store;
};

} // namespace Fb
