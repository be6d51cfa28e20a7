#pragma once

#include "result.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Fb {

struct StoredCase
{
    QString id;
    int version = 0;
    bool deleted = false;
    QJsonObject body; // canonical case JSON
    QJsonObject fieldVersions; // path → version that last changed it
    QString organisationId;
    qsizetype bodyBytes = 0; // the body's size as stored, when read from the database
};

struct Change
{
    qint64 seq = 0;
    QString caseId;
    int version = 0;
    QString op; // "upsert" or "delete"
    // A hash of the chain before it and of this change with its mutation; empty for changes
    // written before server schema 7.
    QString chain;
};

// One row of case_revisions, with the name of the account that wrote it.
struct StoredRevision
{
    int version = 0;
    bool deleted = false;
    QJsonObject body;
    QString user;
    qint64 committedAt = 0;
};

// One row of discarded_values.
struct StoredDiscarded
{
    int version = 0;
    QString path;
    QJsonValue value;
    QString reason;
    QString user;
    qint64 archivedAt = 0;
};

struct LoggedMutation
{
    QString userId;
    QByteArray payloadSha256;
    QJsonObject result;
};

// The server's case tables (cases, case_revisions, changes, mutation_log), on a ServerStore's
// connection. Callers hold the transaction; this class only reads and writes rows.
class CaseRepository
{
public:
    explicit CaseRepository(ServerStore &store);

    Result<std::optional<StoredCase>> find(const QString &id) const;
    // The next feed position. Must run inside the writing transaction: the counter row's lock
    // orders writers, so sequence order is commit order.
    Result<qint64> allocateSeq();
    // Stores the case's new state, its revision and its change row, all at seq.
    Result<void> write(const StoredCase &c, qint64 seq, const QString &mutationId, const QString &userId, qint64 now);

    Result<std::optional<LoggedMutation>> loggedMutation(const QString &mutationId) const;
    Result<void> logMutation(const QString &mutationId, const LoggedMutation &entry, qint64 now);
    // Keeps the values a client discarded when it settled conflicts ({path, value, reason}).
    Result<void> archiveDiscarded(const QString &caseId,
                                  int version,
                                  const QJsonArray &discarded,
                                  const QString &mutationId,
                                  const QString &userId,
                                  qint64 now);

    // The live cases whose attachments name this blob.
    Result<QStringList> casesNaming(const QString &sha256) const;

    Result<QList<Change>> changesAfter(qint64 seq, int limit) const;
    Result<qint64> headSeq() const;
    // The change at seq; nullopt when there is none.
    Result<std::optional<Change>> changeAt(qint64 seq) const;
    Result<int> revisionCount(const QString &caseId) const;
    // Every stored version of the case, oldest first, and the values archived from it.
    Result<QList<StoredRevision>> revisions(const QString &caseId) const;
    Result<QList<StoredDiscarded>> discardedValues(const QString &caseId) const;

private:
    ServerStore &m_store;
};

} // namespace Fb
