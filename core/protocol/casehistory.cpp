#include "casehistory.h"

#include "casefields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Undefined (no such field) travels as null, so that "none" reads back the same.
QJsonValue defined(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

QList<HistoryChange> CaseHistory::changesBetween(const QJsonObject &before, const QJsonObject &after)
{
    const QJsonObject changed = CaseFields::diff(before, after);
    QList<HistoryChange> changes;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (CaseFields::isServerField(it.key())) {
            continue;
        }
        changes.append(
            {it.key(), defined(CaseFields::valueAt(before, it.key())), defined(CaseFields::valueAt(after, it.key()))});
    }
    return changes; // QJsonObject iterates its keys in order
}

QJsonObject CaseHistory::toJson() const
{
    QJsonArray versions;
    for (const HistoryRevision &r : revisions) {
        QJsonArray changes;
        for (const HistoryChange &c : r.changes) {
            changes.append(QJsonObject{{u"path"_s, c.path}, {u"before"_s, c.before}, {u"after"_s, c.after}});
        }
        versions.append(QJsonObject{{u"version"_s, r.version},
                                    {u"deleted"_s, r.deleted},
                                    {u"first"_s, r.first},
                                    {u"user"_s, r.user},
                                    {u"at"_s, r.at},
                                    {u"changes"_s, changes}});
    }
    QJsonObject o{{u"id"_s, caseId}, {u"revisions"_s, versions}, {u"hidden"_s, hidden}};
    if (discardedShown) {
        QJsonArray values;
        for (const HistoryDiscarded &d : discarded) {
            values.append(QJsonObject{{u"version"_s, d.version},
                                      {u"path"_s, d.path},
                                      {u"value"_s, d.value},
                                      {u"reason"_s, d.reason},
                                      {u"user"_s, d.user},
                                      {u"at"_s, d.at}});
        }
        o.insert(u"discarded"_s, values);
    }
    return o;
}

Result<CaseHistory> CaseHistory::fromJson(const QJsonObject &object)
{
    CaseHistory h;
    h.caseId = object.value("id"_L1).toString();
    if (h.caseId.isEmpty()) {
        return Error{ErrorCode::MissingField, u"id"_s, {}};
    }
    const QJsonValue versions = object.value("revisions"_L1);
    if (!versions.isArray()) {
        return Error{ErrorCode::MissingField, u"revisions"_s, {}};
    }
    for (const QJsonValue &v : versions.toArray()) {
        const QJsonObject r = v.toObject();
        HistoryRevision revision;
        revision.version = r.value("version"_L1).toInt();
        if (revision.version < 1) {
            return Error{ErrorCode::InvalidValue, u"revisions.version"_s, {}};
        }
        revision.deleted = r.value("deleted"_L1).toBool();
        revision.first = r.value("first"_L1).toBool();
        revision.user = r.value("user"_L1).toString();
        revision.at = r.value("at"_L1).toString();
        for (const QJsonValue &c : r.value("changes"_L1).toArray()) {
            const QJsonObject change = c.toObject();
            const QString path = change.value("path"_L1).toString();
            if (path.isEmpty()) {
                return Error{ErrorCode::MissingField, u"revisions.changes.path"_s, {}};
            }
            revision.changes.append({path, change.value("before"_L1), change.value("after"_L1)});
        }
        h.revisions.append(revision);
    }
    h.hidden = object.value("hidden"_L1).toInt();
    const QJsonValue discarded = object.value("discarded"_L1);
    h.discardedShown = discarded.isArray();
    for (const QJsonValue &v : discarded.toArray()) {
        const QJsonObject d = v.toObject();
        h.discarded.append({d.value("version"_L1).toInt(),
                            d.value("path"_L1).toString(),
                            d.value("value"_L1),
                            d.value("reason"_L1).toString(),
                            d.value("user"_L1).toString(),
                            d.value("at"_L1).toString()});
    }
    return h;
}

} // namespace Fb
