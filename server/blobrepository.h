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

    bool operator==(const BlobState &) const = default;
};

// Attachments as content-addressed blobs (docs/sync.md, "Blobs"): named by the SHA-256 of their
// bytes, uploaded in chunks that each commit on their own, so an upload cut off anywhere resumes
// from the last chunk the server has. A blob is stored only once its bytes hash to its name.
//
// An unfinished upload belongs to the user sending it (docs/server.md, "Attachments"): nobody else
// can add to it, block it by announcing another size, or learn from it that the file exists. It
// is thrown away after UploadExpirySeconds without a chunk, and a user may have at most
// MaxOpenUploads of them holding MaxOpenUploadBytes together. Whoever completes an upload becomes
// a holder of the stored blob: even when it was stored already, they sent every byte and so
// proved they have the file, which naming its hash does not.
class BlobRepository
{
public:
    static constexpr qint64 MaxBlobBytes = Attachment::MaxBytes;
    static constexpr qint64 UploadExpirySeconds = 7 * 24 * 3600; // a laptop shut for a week resumes
    static constexpr int MaxOpenUploads = 16;
    static constexpr qint64 MaxOpenUploadBytes = 4 * MaxBlobBytes;

    explicit BlobRepository(ServerStore &store);

    static bool isSha256(const QString &text);

    // The stored blob (complete), if the server has its bytes.
    Result<std::optional<BlobState>> stored(const QString &sha256) const;
    // The user's own unfinished upload of it.
    Result<std::optional<BlobState>> upload(const QString &sha256, const QString &userId) const;
    Result<bool> isHolder(const QString &sha256, const QString &userId) const;

    // Appends chunk at start (which must be the bytes this user has sent so far) of a blob of
    // total bytes, in one transaction. The last chunk checks the hash: a mismatch throws the upload
    // away. A holder's repeat is answered as complete without bytes.
    Result<BlobState> append(const QString &sha256,
                             qint64 total,
                             qint64 start,
                             const QByteArray &chunk,
                             const QString &userId,
                             qint64 now);
    // Throws away unfinished uploads without a chunk since UploadExpirySeconds before now.
    Result<void> expire(qint64 now);
    // The whole stored blob; NotFound unless stored.
    Result<QByteArray> read(const QString &sha256) const;

private:
    Result<void> discardUpload(const QString &sha256, const QString &userId);
    Result<void> checkQuota(const QString &userId, qint64 total) const;
    Result<QByteArray> uploadedHash(const QString &sha256, const QString &userId) const;
    Result<void> store(const QString &sha256, qint64 size, const QString &userId, qint64 now);

    ServerStore &m_store;
};

} // namespace Fb
