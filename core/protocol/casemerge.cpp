#include "casemerge.h"

#include "casefields.h"
#include "textmerge.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Lists of keys or codes, where order carries no meaning: merged as sets, so adding a tag on one
// side and another on the other never asks anyone anything.
const QStringList SetPaths{u"tags"_s,
                           u"policy_areas"_s,
                           u"target_groups"_s,
                           u"municipalities"_s,
                           u"regions"_s,
                           u"partnership_forms"_s,
                           u"study_visit.formats"_s};

// An explicit null is an absent field (CaseFields::setValue writes it so).
QJsonValue present(const QJsonValue &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

bool isStringList(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isArray()) {
        return false;
    }
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
        return item.isString();
    });
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        result.append(item.toString());
    }
    result.removeDuplicates();
    return result;
}

// (B∩L∩R) ∪ (L∖B) ∪ (R∖B). The additions are sorted rather than taken in either side's order, so
// the result does not depend on which side is local.
QJsonValue mergeSets(const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote)
{
    const QStringList b = stringList(base);
    const QStringList l = stringList(local);
    const QStringList r = stringList(remote);
    const QSet<QString> inBase(b.begin(), b.end());
    const QSet<QString> inLocal(l.begin(), l.end());
    const QSet<QString> inRemote(r.begin(), r.end());

    QJsonArray merged;
    for (const QString &item : b) {
        if (inLocal.contains(item) && inRemote.contains(item)) {
            merged.append(item);
        }
    }
    QStringList added;
    for (const QString &item : l + r) {
        if (!inBase.contains(item)) {
            added.append(item);
        }
    }
    std::sort(added.begin(), added.end());
    added.erase(std::unique(added.begin(), added.end()), added.end());
    for (const QString &item : std::as_const(added)) {
        merged.append(item);
    }
    return merged.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(merged);
}

// Nullopt when the text cannot be merged (or is not text at all).
std::optional<QJsonValue> mergeText(const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote)
{
    for (const QJsonValue &v : {base, local, remote}) {
        if (!v.isUndefined() && !v.isString()) {
            return std::nullopt;
        }
    }
    const auto merged = TextMerge::merge3(base.toString(), local.toString(), remote.toString());
    if (!merged) {
        return std::nullopt;
    }
    return merged->isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(*merged);
}

// A review comment merged key by key: an author's answer and a reviewer's "resolved" on the same
// comment both stand. Nullopt when one key changed differently on both sides, or when the comment
// was removed on one side and changed on the other.
std::optional<QJsonValue> mergeObjects(const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote)
{
    if (!base.isObject() || !local.isObject() || !remote.isObject()) {
        return std::nullopt;
    }
    const QJsonObject b = base.toObject();
    const QJsonObject l = local.toObject();
    const QJsonObject r = remote.toObject();
    QStringList keys = b.keys() + l.keys() + r.keys();
    keys.removeDuplicates();
    QJsonObject merged;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue kb = b.value(key);
        const QJsonValue kl = l.value(key);
        const QJsonValue kr = r.value(key);
        QJsonValue value;
        if (kl == kr || kl == kb) {
            value = kr;
        } else if (kr == kb) {
            value = kl;
        } else {
            return std::nullopt;
        }
        if (!value.isUndefined()) {
            merged.insert(key, value);
        }
    }
    return merged;
}

// The merged value at one path, or nullopt for a conflict.
std::optional<QJsonValue>
mergeValue(const QString &path, const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote)
{
    if (local == remote || local == base) {
        return remote;
    }
    if (remote == base) {
        return local;
    }
    if (SetPaths.contains(path) && isStringList(base) && isStringList(local) && isStringList(remote)) {
        return mergeSets(base, local, remote);
    }
    if (CaseFields::isTextPath(path)) {
        return mergeText(base, local, remote);
    }
    if (path.contains(u'.') && CaseFields::isEntryObject(path.section(u'.', 0, 0))) {
        return mergeObjects(base, local, remote);
    }
    return std::nullopt;
}

} // namespace

MergeResult CaseMerge::merge3(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    MergeResult result;

    // The server owns these and the remote body is the server's latest word; base plays no part.
    for (const QJsonObject *side : {&local, &remote}) {
        for (auto it = side->begin(); it != side->end(); ++it) {
            if (!CaseFields::isServerField(it.key()) && !CaseFields::isFixedField(it.key())) {
                continue;
            }
            QJsonValue value = present(remote.value(it.key()));
            if (value.isUndefined()) {
                value = present(local.value(it.key()));
            }
            if (!value.isUndefined()) {
                result.merged.insert(it.key(), value);
            }
        }
    }

    QStringList paths = CaseFields::paths(base) + CaseFields::paths(local) + CaseFields::paths(remote);
    paths.removeDuplicates();
    for (const QString &path : std::as_const(paths)) {
        const QJsonValue b = present(CaseFields::valueAt(base, path));
        const QJsonValue l = present(CaseFields::valueAt(local, path));
        const QJsonValue r = present(CaseFields::valueAt(remote, path));
        if (const auto merged = mergeValue(path, b, l, r)) {
            CaseFields::setValue(result.merged, path, *merged);
        } else {
            CaseFields::setValue(result.merged, path, l);
            result.conflicts.append({path, b, l, r});
        }
    }
    std::sort(result.conflicts.begin(), result.conflicts.end(), [](const FieldConflict &x, const FieldConflict &y) {
        return x.path < y.path;
    });
    return result;
}

} // namespace Fb
