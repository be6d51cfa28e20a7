#include "caserepository.h"

#include "sqlresult.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

CaseRepository::CaseRepository(ServerStore &store)
    : m_store(store)
{
}

Result<std::optional<StoredCase>> CaseRepository::find(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT id, version, deleted, body, field_versions, organisation_id FROM cases WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto r = execute(q, u"cases"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<StoredCase>();
    }
    const QByteArray body = q.value(3).toString().toUtf8();
    return std::optional<StoredCase>(StoredCase{q.value(0).toString(),
                                                q.value(1).toInt(),
                                                q.value(2).toInt() != 0,
                                                QJsonDocument::fromJson(body).object(),
                                                object(q.value(4)),
                                                q.value(5).toString(),
                                                body.size()});
}

Result<qint64> CaseRepository::allocateSeq()
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"UPDATE bank_state SET head_seq = head_seq + 1 WHERE id = 1 RETURNING head_seq"_s);
    if (auto r = execute(q, u"bank_state"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::DatabaseQueryFailed, u"bank_state"_s, u"no counter row"_s};
    }
    return q.value(0).toLongLong();
}

Result<void>
CaseRepository::write(const StoredCase &c, qint64 seq, const QString &mutationId, const QString &userId, qint64 now)
{
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
    const QString body = compact(c.body);
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO cases(id, version, deleted, body, field_versions, organisation_id, updated_seq) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, "
                   "deleted = excluded.deleted, body = excluded.body, field_versions = excluded.field_versions, "
                   "organisation_id = excluded.organisation_id, updated_seq = excluded.updated_seq"_s);
    for (const QVariant &v : {QVariant(c.id),
                              QVariant(c.version),
                              QVariant(c.deleted ? 1 : 0),
                              QVariant(body),
                              QVariant(compact(c.fieldVersions)),
                              QVariant(c.organisationId),
                              QVariant(seq)}) {
        upsert.addBindValue(v);
    }
    if (auto r = execute(upsert, u"cases"_s); !r) {
        return r;
    }
    QSqlQuery revision(db);
    revision.prepare(u"INSERT INTO case_revisions(case_id, version, deleted, body, mutation_id, user_id, committed_at) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(c.id),
                              QVariant(c.version),
                              QVariant(c.deleted ? 1 : 0),
                              QVariant(body),
                              QVariant(mutationId),
                              QVariant(userId),
                              QVariant(now)}) {
        revision.addBindValue(v);
    }
    if (auto r = execute(revision, u"case_revisions"_s); !r) {
        return r;
    }
    if (auto r = execute(db, u"DELETE FROM case_blobs WHERE case_id = ?"_s, {c.id}); !r) {
        return r;
    }
    if (!c.deleted) {
        QSet<QString> named;
        for (const QJsonValue &a : c.body.value("attachments"_L1).toArray()) {
            if (const QString sha = a.toObject().value("sha256"_L1).toString(); !sha.isEmpty()) {
                named.insert(sha);
            }
        }
        for (const QString &sha : std::as_const(named)) {
            if (auto r = execute(db, u"INSERT INTO case_blobs(sha256, case_id) VALUES(?, ?)"_s, {sha, c.id}); !r) {
                return r;
            }
        }
    }
    // The counter row is locked since allocateSeq, so the chain grows one change at a time.
    QSqlQuery head(db);
    head.prepare(u"SELECT head_chain FROM bank_state WHERE id = 1"_s);
    if (auto r = execute(head, u"bank_state"_s); !r) {
        return r;
    }
    const QString previous = head.next() ? head.value(0).toString() : QString();
    const QString op = c.deleted ? u"delete"_s : u"upsert"_s;
    const QString chain = QString::fromLatin1(
        QCryptographicHash::hash(
            QStringList{previous, QString::number(seq), c.id, QString::number(c.version), op, mutationId}
                .join(u':')
                .toUtf8(),
            QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    if (auto r = execute(db, u"UPDATE bank_state SET head_chain = ? WHERE id = 1"_s, {chain}); !r) {
        return r;
    }
    QSqlQuery change(db);
    change.prepare(u"INSERT INTO changes(seq, case_id, version, op, chain) VALUES(?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(seq), QVariant(c.id), QVariant(c.version), QVariant(op), QVariant(chain)}) {
        change.addBindValue(v);
    }
    return execute(change, u"changes"_s);
}

Result<std::optional<LoggedMutation>> CaseRepository::loggedMutation(const QString &mutationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT user_id, payload_sha256, result FROM mutation_log WHERE mutation_id = ?"_s);
    q.addBindValue(mutationId);
    if (auto r = execute(q, u"mutation_log"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<LoggedMutation>();
    }
    return std::optional<LoggedMutation>(
        LoggedMutation{q.value(0).toString(), q.value(1).toString().toLatin1(), object(q.value(2))});
}

Result<void> CaseRepository::logMutation(const QString &mutationId, const LoggedMutation &entry, qint64 now)
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(
        u"INSERT INTO mutation_log(mutation_id, user_id, payload_sha256, result, created_at) VALUES(?, ?, ?, ?, ?)"_s);
    q.addBindValue(mutationId);
    q.addBindValue(entry.userId);
    q.addBindValue(QString::fromLatin1(entry.payloadSha256));
    q.addBindValue(compact(entry.result));
    q.addBindValue(now);
    return execute(q, u"mutation_log"_s);
}

Result<QStringList> CaseRepository::casesNaming(const QString &sha256) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT case_id FROM case_blobs WHERE sha256 = ? ORDER BY case_id"_s);
    q.addBindValue(sha256);
    if (auto r = execute(q, u"case_blobs"_s); !r) {
        return r.error();
    }
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    return ids;
}

Result<QList<Change>> CaseRepository::changesAfter(qint64 seq, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT seq, case_id, version, op, chain FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (auto r = execute(q, u"changes"_s); !r) {
        return r.error();
    }
    QList<Change> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toInt(),
                       q.value(3).toString(),
                       q.value(4).toString()});
    }
    return result;
}

Result<std::optional<Change>> CaseRepository::changeAt(qint64 seq) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT seq, case_id, version, op, chain FROM changes WHERE seq = ?"_s);
    q.addBindValue(seq);
    if (auto r = execute(q, u"changes"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return std::optional<Change>();
    }
    return std::optional<Change>(Change{q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        q.value(2).toInt(),
                                        q.value(3).toString(),
                                        q.value(4).toString()});
}

Result<qint64> CaseRepository::headSeq() const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT head_seq FROM bank_state WHERE id = 1"_s);
    if (auto r = execute(q, u"bank_state"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<int> CaseRepository::revisionCount(const QString &caseId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"SELECT count(*) FROM case_revisions WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (auto r = execute(q, u"case_revisions"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<StoredRevision>> CaseRepository::revisions(const QString &caseId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.version, r.deleted, r.body, COALESCE(u.name, r.user_id), r.committed_at "
              "FROM case_revisions r LEFT JOIN users u ON u.id = r.user_id WHERE r.case_id = ? ORDER BY r.version"_s);
    q.addBindValue(caseId);
    if (auto r = execute(q, u"case_revisions"_s); !r) {
        return r.error();
    }
    QList<StoredRevision> rows;
    while (q.next()) {
        rows.append({q.value(0).toInt(),
                     q.value(1).toInt() != 0,
                     QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                     q.value(3).toString(),
                     q.value(4).toLongLong()});
    }
    return rows;
}

Result<QList<StoredDiscarded>> CaseRepository::discardedValues(const QString &caseId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.setForwardOnly(true);
    q.prepare(u"SELECT d.version, d.path, d.value, d.reason, COALESCE(u.name, d.user_id), d.archived_at "
              "FROM discarded_values d LEFT JOIN users u ON u.id = d.user_id WHERE d.case_id = ? "
              "ORDER BY d.archived_at, d.version, d.path"_s);
    q.addBindValue(caseId);
    if (auto r = execute(q, u"discarded_values"_s); !r) {
        return r.error();
    }
    QList<StoredDiscarded> rows;
    while (q.next()) {
        rows.append({q.value(0).toInt(),
                     q.value(1).toString(),
                     object(q.value(2)).value("v"_L1),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toLongLong()});
    }
    return rows;
}

Result<void> CaseRepository::archiveDiscarded(const QString &caseId,
                                              int version,
                                              const QJsonArray &discarded,
                                              const QString &mutationId,
                                              const QString &userId,
                                              qint64 now)
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
    q.prepare(u"INSERT INTO discarded_values(case_id, version, path, value, reason, user_id, mutation_id, archived_at) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QJsonValue &v : discarded) {
        const QJsonObject o = v.toObject();
        q.addBindValue(caseId);
        q.addBindValue(version);
        q.addBindValue(o.value("path"_L1).toString());
        q.addBindValue(compact(QJsonObject{{u"v"_s, o.value("value"_L1)}}));
        q.addBindValue(o.value("reason"_L1).toString());
        q.addBindValue(userId);
        q.addBindValue(mutationId);
        q.addBindValue(now);
        if (auto r = execute(q, u"discarded_values"_s); !r) {
            return r;
        }
    }
    return {};
}

} // namespace Fb
