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

Result<std::optional<BlobState>> BlobRepository::state(const QString &sha256) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT size, received, complete FROM blobs WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (auto r = execute(q, u"blobs"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<BlobState>();
    }
    return std::optional<BlobState>(
        BlobState{sha256, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0});
}

Result<void> BlobRepository::discard(const QString &sha256)
{
    for (const auto *sql : {"DELETE FROM blob_chunks WHERE sha256 = ?", "DELETE FROM blobs WHERE sha256 = ?"}) {
        QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(sha256);
        if (auto r = execute(q, u"blobs"_s); !r) {
            return r;
        }
    }
    return {};
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
        auto current = state(sha256);
        if (!current) {
            return current.error();
        }
        if (current->has_value() && (*current)->complete) {
            result = **current; // already here: content addressing makes a repeat harmless
            return {};
        }
        BlobState s = current->value_or(BlobState{sha256, total, 0, false});
        if (s.size != total) {
            return Error{ErrorCode::InvalidValue, u"size"_s, u"the upload began with another size"_s};
        }
        if (start != s.received || start + chunk.size() > total) {
            result = s;
            return Error{ErrorCode::UploadOffsetMismatch, sha256, QString::number(s.received)};
        }
        QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
        if (!current->has_value()) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO blobs(sha256, size, received, complete, created_by, created_at) "
                      "VALUES(?, ?, 0, 0, ?, ?)"_s);
            q.addBindValue(sha256);
            q.addBindValue(total);
            q.addBindValue(userId);
            q.addBindValue(now);
            if (auto r = execute(q, u"blobs"_s); !r) {
                return r;
            }
        }
        if (!chunk.isEmpty()) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO blob_chunks(sha256, start_byte, data) VALUES(?, ?, ?)"_s);
            q.addBindValue(sha256);
            q.addBindValue(start);
            q.addBindValue(chunk);
            if (auto r = execute(q, u"blob_chunks"_s); !r) {
                return r;
            }
        }
        s.received = start + chunk.size();
        if (s.received == total) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY start_byte"_s);
            q.addBindValue(sha256);
            if (auto r = execute(q, u"blob_chunks"_s); !r) {
                return r;
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            while (q.next()) {
                hash.addData(q.value(0).toByteArray());
            }
            q.finish();
            if (QString::fromLatin1(hash.result().toHex()) != sha256) {
                if (auto r = discard(sha256); !r) {
                    return r;
                }
                // Committed, not rolled back: the bad bytes go and the upload starts over.
                hashFailed = true;
                return {};
            }
            s.complete = true;
        }
        QSqlQuery q(db);
        q.prepare(u"UPDATE blobs SET received = ?, complete = ? WHERE sha256 = ?"_s);
        q.addBindValue(s.received);
        q.addBindValue(s.complete ? 1 : 0);
        q.addBindValue(sha256);
        if (auto r = execute(q, u"blobs"_s); !r) {
            return r;
        }
        result = s;
        return {};
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
    auto s = state(sha256);
    if (!s) {
        return s.error();
    }
    if (!s->has_value() || !(*s)->complete) {
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
