#include "blobrepository.h"

#include "sqlresult.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Fb {

BlobRepository::BlobRepository(ServerStore &store)
    : m_store(store)
{
}

bool BlobRepository::isSha256(const QString &text)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(text).hasMatch();
}

Result<std::optional<BlobState>> BlobRepository::stored(const QString &sha256) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT size FROM blobs WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (auto r = execute(q, u"blobs"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<BlobState>();
    }
    const qint64 size = q.value(0).toLongLong();
    return std::optional<BlobState>(BlobState{sha256, size, size, true});
}

Result<std::optional<BlobState>> BlobRepository::upload(const QString &sha256, const QString &userId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT size, received FROM blob_uploads WHERE sha256 = ? AND user_id = ?"_s);
    q.addBindValue(sha256);
    q.addBindValue(userId);
    if (auto r = execute(q, u"blob_uploads"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<BlobState>();
    }
    return std::optional<BlobState>(BlobState{sha256, q.value(0).toLongLong(), q.value(1).toLongLong(), false});
}

Result<bool> BlobRepository::isHolder(const QString &sha256, const QString &userId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT 1 FROM blob_holders WHERE sha256 = ? AND user_id = ?"_s);
    q.addBindValue(sha256);
    q.addBindValue(userId);
    if (auto r = execute(q, u"blob_holders"_s); !r) {
        return r.error();
    }
    return q.next();
}

Result<void> BlobRepository::discardUpload(const QString &sha256, const QString &userId)
{
    const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    for (const auto *sql : {"DELETE FROM blob_upload_chunks WHERE sha256 = ? AND user_id = ?",
                            "DELETE FROM blob_uploads WHERE sha256 = ? AND user_id = ?"}) {
        if (auto r = execute(db, QString::fromLatin1(sql), {sha256, userId}); !r) {
            return r;
        }
    }
    return {};
}

Result<void> BlobRepository::expire(qint64 now)
{
    const qint64 before = now - UploadExpirySeconds;
    const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    if (auto r = execute(db,
                         u"DELETE FROM blob_upload_chunks WHERE EXISTS (SELECT 1 FROM blob_uploads u "
                         "WHERE u.sha256 = blob_upload_chunks.sha256 AND u.user_id = blob_upload_chunks.user_id "
                         "AND u.updated_at < ?)"_s,
                         {before});
        !r) {
        return r;
    }
    return execute(db, u"DELETE FROM blob_uploads WHERE updated_at < ?"_s, {before});
}

Result<void> BlobRepository::checkQuota(const QString &userId, qint64 total) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT count(*), COALESCE(SUM(size), 0) FROM blob_uploads WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (auto r = execute(q, u"blob_uploads"_s); !r) {
        return r;
    }
    if (!q.next()) {
        return Error{ErrorCode::DatabaseQueryFailed, u"blob_uploads"_s, u"no count"_s};
    }
    if (q.value(0).toInt() >= MaxOpenUploads || q.value(1).toLongLong() + total > MaxOpenUploadBytes) {
        return Error{ErrorCode::QuotaExceeded, u"uploads"_s, {}};
    }
    return {};
}

Result<QByteArray> BlobRepository::uploadedHash(const QString &sha256, const QString &userId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.setForwardOnly(true);
    q.prepare(u"SELECT data FROM blob_upload_chunks WHERE sha256 = ? AND user_id = ? ORDER BY start_byte"_s);
    q.addBindValue(sha256);
    q.addBindValue(userId);
    if (auto r = execute(q, u"blob_upload_chunks"_s); !r) {
        return r.error();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        hash.addData(q.value(0).toByteArray());
    }
    return hash.result().toHex();
}

Result<void> BlobRepository::store(const QString &sha256, qint64 size, const QString &userId, qint64 now)
{
    auto existing = stored(sha256);
    if (!existing) {
        return existing.error();
    }
    const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    if (!existing->has_value()) {
        if (auto r = execute(db,
                             u"INSERT INTO blobs(sha256, size, received, complete, created_by, created_at) "
                             "VALUES(?, ?, ?, 1, ?, ?)"_s,
                             {sha256, size, size, userId, now});
            !r) {
            return r;
        }
        if (auto r = execute(db,
                             u"INSERT INTO blob_chunks(sha256, start_byte, data) SELECT sha256, start_byte, data "
                             "FROM blob_upload_chunks WHERE sha256 = ? AND user_id = ?"_s,
                             {sha256, userId});
            !r) {
            return r;
        }
    }
    if (auto r = execute(db,
                         u"INSERT INTO blob_holders(sha256, user_id) VALUES(?, ?) ON CONFLICT DO NOTHING"_s,
                         {sha256, userId});
        !r) {
        return r;
    }
    return discardUpload(sha256, userId);
}

Result<BlobState> BlobRepository::append(const QString &sha256,
                                         qint64 total,
                                         qint64 start,
                                         const QByteArray &chunk,
                                         const QString &userId,
                                         qint64 now)
{
    if (!isSha256(sha256)) {
        return Error{ErrorCode::InvalidValue, u"sha256"_s, {}};
    }
    if (total < 0 || total > MaxBlobBytes) {
        return Error{ErrorCode::PayloadTooLarge, u"size"_s, {}};
    }
    BlobState result;
    bool hashFailed = false;
    auto done = m_store.transaction([&]() -> Result<void> {
        if (auto r = expire(now); !r) {
            return r;
        }
        auto holder = isHolder(sha256, userId);
        if (!holder) {
            return holder.error();
        }
        if (*holder) {
            auto s = stored(sha256);
            if (!s) {
                return s.error();
            }
            if (s->has_value()) {
                result = **s; // content addressing makes a repeat harmless
                return {};
            }
        }
        auto current = upload(sha256, userId);
        if (!current) {
            return current.error();
        }
        if (current->has_value() && (*current)->size != total) {
            // The hash fixes the size, so one of the two announcements was wrong: the newer one
            // starts over rather than leaving the file stuck.
            if (auto r = discardUpload(sha256, userId); !r) {
                return r;
            }
            current->reset();
        }
        BlobState s = current->value_or(BlobState{sha256, total, 0, false});
        if (start != s.received || start + chunk.size() > total) {
            return Error{ErrorCode::UploadOffsetMismatch, sha256, QString::number(s.received)};
        }
        const QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
        if (!current->has_value()) {
            if (auto r = checkQuota(userId, total); !r) {
                return r;
            }
            if (auto r = execute(db,
                                 u"INSERT INTO blob_uploads(sha256, user_id, size, received, updated_at) "
                                 "VALUES(?, ?, ?, 0, ?)"_s,
                                 {sha256, userId, total, now});
                !r) {
                return r;
            }
        }
        if (!chunk.isEmpty()) {
            if (auto r = execute(db,
                                 u"INSERT INTO blob_upload_chunks(sha256, user_id, start_byte, data) "
                                 "VALUES(?, ?, ?, ?)"_s,
                                 {sha256, userId, start, chunk});
                !r) {
                return r;
            }
        }
        s.received = start + chunk.size();
        if (s.received < total) {
            result = s;
            return execute(db,
                           u"UPDATE blob_uploads SET received = ?, updated_at = ? WHERE sha256 = ? AND user_id = ?"_s,
                           {s.received, now, sha256, userId});
        }
        auto hash = uploadedHash(sha256, userId);
        if (!hash) {
            return hash.error();
        }
        if (*hash != sha256.toLatin1()) {
            // Committed, not rolled back: the bad bytes go and the upload starts over.
            hashFailed = true;
            return discardUpload(sha256, userId);
        }
        result = BlobState{sha256, total, total, true};
        return store(sha256, total, userId, now);
    });
    if (!done) {
        return done.error();
    }
    if (hashFailed) {
        return Error{ErrorCode::BlobHashMismatch, sha256, {}};
    }
    return result;
}

Result<QByteArray> BlobRepository::read(const QString &sha256) const
{
    auto s = stored(sha256);
    if (!s) {
        return s.error();
    }
    if (!s->has_value()) {
        return Error{ErrorCode::NotFound, sha256, {}};
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.setForwardOnly(true);
    q.prepare(u"SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY start_byte"_s);
    q.addBindValue(sha256);
    if (auto r = execute(q, u"blob_chunks"_s); !r) {
        return r.error();
    }
    QByteArray bytes;
    bytes.reserve((*s)->size);
    while (q.next()) {
        bytes += q.value(0).toByteArray();
    }
    return bytes;
}

} // namespace Fb
