#include "casefields.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fb::CaseFields {

namespace {

const QStringList SplitObjects{u"sections"_s, u"study_visit"_s, u"review_comments"_s, u"answers"_s, u"adoptions"_s};
// Split objects whose entries are keyed by a uuid, written one entry at a time.
const QStringList EntryObjects{u"review_comments"_s, u"answers"_s, u"adoptions"_s};
const QStringList ServerFields{u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s};
const QStringList FixedFields{u"id"_s, u"schema"_s, u"record_type"_s};
// The record's content fields (docs/case-schema.md), the ones a reviewer can remark on.
const QStringList ContentFields{u"title"_s,           u"short_name"_s,     u"summary"_s,     u"case_kind"_s,
                                u"policy_areas"_s,    u"target_groups"_s,  u"scale"_s,       u"status"_s,
                                u"lifecycle_stage"_s, u"start"_s,          u"end"_s,         u"owner"_s,
                                u"actors"_s,          u"municipalities"_s, u"regions"_s,     u"partnership_forms"_s,
                                u"sections"_s,        u"evidence_level"_s, u"study_visit"_s, u"contacts"_s,
                                u"links"_s,           u"attachments"_s,    u"tags"_s,        u"origin_case"_s,
                                u"question_state"_s};

} // namespace

bool isServerField(const QString &key)
{
    return ServerFields.contains(key);
}

bool isFixedField(const QString &key)
{
    return FixedFields.contains(key);
}

bool isTextPath(const QString &path)
{
    return path == "summary"_L1 || path.startsWith("sections."_L1);
}

bool isCasePath(const QString &path)
{
    static const QRegularExpression re(
        u"^([a-z][a-z0-9_]*)(\\.[a-z][a-z0-9_]*)?(\\[\\d{1,4}\\](\\.[a-z][a-z0-9_]*)?)?$"_s);
    const auto m = re.match(path);
    return m.hasMatch() && ContentFields.contains(m.captured(1));
}

bool isReviewCommentPath(const QString &path)
{
    return path.startsWith("review_comments."_L1) && isEntryPath(path);
}

bool isEntryPath(const QString &path)
{
    static const QRegularExpression re(u"^([a-z_]+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    const auto m = re.match(path);
    return m.hasMatch() && EntryObjects.contains(m.captured(1));
}

bool isEntryObject(const QString &key)
{
    return EntryObjects.contains(key);
}

bool isContributionPath(const QString &path)
{
    return isEntryPath(path) && !path.startsWith("review_comments."_L1);
}

bool isWritablePath(const QString &path)
{
    if (isEntryPath(path)) {
        return true;
    }
    static const QRegularExpression re(u"^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$"_s);
    const QString head = path.section(u'.', 0, 0);
    if (!re.match(path).hasMatch() || EntryObjects.contains(head)) {
        return false;
    }
    const bool nested = path.contains(u'.');
    return !isServerField(head) && !isFixedField(head) && nested == SplitObjects.contains(head);
}

QStringList paths(const QJsonObject &body)
{
    QStringList result;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (isServerField(it.key()) || isFixedField(it.key())) {
            continue;
        }
        if (SplitObjects.contains(it.key()) && it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in) {
                result.append(it.key() + u'.' + in.key());
            }
        } else {
            result.append(it.key());
        }
    }
    return result;
}

QJsonValue valueAt(const QJsonObject &body, const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        return body.value(path);
    }
    const QJsonValue outer = body.value(path.left(dot));
    if (!outer.isObject()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return outer.toObject().value(path.mid(dot + 1));
}

void setValue(QJsonObject &body, const QString &path, const QJsonValue &value)
{
    const bool remove = value.isNull() || value.isUndefined();
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (remove) {
            body.remove(path);
        } else {
            body.insert(path, value);
        }
        return;
    }
    QJsonObject inner = body.value(path.left(dot)).toObject();
    if (remove) {
        inner.remove(path.mid(dot + 1));
    } else {
        inner.insert(path.mid(dot + 1), value);
    }
    if (inner.isEmpty()) {
        body.remove(path.left(dot));
    } else {
        body.insert(path.left(dot), inner);
    }
}

QJsonObject diff(const QJsonObject &from, const QJsonObject &to)
{
    QStringList all = paths(from) + paths(to);
    all.removeDuplicates();
    QJsonObject set;
    for (const QString &path : std::as_const(all)) {
        const QJsonValue before = valueAt(from, path);
        const QJsonValue after = valueAt(to, path);
        if (before != after) {
            set.insert(path, after.isUndefined() ? QJsonValue(QJsonValue::Null) : after);
        }
    }
    return set;
}

bool sameContent(const QJsonObject &a, const QJsonObject &b)
{
    return diff(a, b).isEmpty();
}

} // namespace Fb::CaseFields
