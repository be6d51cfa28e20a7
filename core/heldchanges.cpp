#include "heldchanges.h"

#include "casestore.h"
#include "sqlresult.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fb {

HeldChanges::HeldChanges(CaseStore &store)
    : m_store(store)
{
}

Result<void> HeldChanges::hold(const FeedItem &item, const QString &reason)
{
    return execute(m_store.database(),
                   u"INSERT INTO held_change(case_id, version, item, reason, held_at) VALUES(?, ?, ?, ?, ?)"_s,
                   {item.id,
                    item.version,
                    QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact)),
                    reason,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

Result<QList<HeldChange>> HeldChanges::all() const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT seq, item, reason, held_at FROM held_change ORDER BY seq"_s);
    if (auto r = execute(q, u"held_change"_s); !r) {
        return r.error();
    }
    QList<HeldChange> held;
    while (q.next()) {
        // What was stored is read again with today's rules: a program that knows more reads more.
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        held.append({q.value(0).toLongLong(),
                     FeedItem::fromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue()),
                     q.value(2).toString(),
                     q.value(3).toString()});
    }
    return held;
}

Result<int> HeldChanges::count() const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT count(*) FROM held_change"_s);
    if (auto r = execute(q, u"held_change"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> HeldChanges::remove(qint64 seq)
{
    return execute(m_store.database(), u"DELETE FROM held_change WHERE seq = ?"_s, {seq});
}

Result<void> HeldChanges::supersede(const QString &caseId, int version)
{
    return execute(m_store.database(),
                   u"DELETE FROM held_change WHERE case_id = ? AND version <= ?"_s,
                   {caseId, version});
}

} // namespace Fb
