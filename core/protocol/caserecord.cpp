#include "caserecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Reads typed fields out of a JSON object, remembering the first type error with its path and
// which keys were consumed, so that the rest can be kept as unknown fields.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, std::optional<Error> *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    QString string(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isString()) {
            fail(key, u"expected a string"_s);
            return {};
        }
        return v.toString();
    }

    QStringList strings(const char *key)
    {
        const QJsonValue v = take(key);
        QStringList result;
        if (v.isUndefined() || v.isNull()) {
            return result;
        }
        if (!v.isArray()) {
            fail(key, u"expected an array of strings"_s);
            return result;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(key, u"expected a string at index %1"_s.arg(i));
                return {};
            }
            result.append(array.at(i).toString());
        }
        return result;
    }

    std::optional<qint64> integer(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        // JSON numbers are doubles; integers beyond 2^53 are not exact, and we have no use for them.
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || std::abs(d) > 9007199254740992.0) {
            fail(key, u"expected an integer"_s);
            return std::nullopt;
        }
        return qint64(d);
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return false;
        }
        if (!v.isBool()) {
            fail(key, u"expected true or false"_s);
            return false;
        }
        return v.toBool();
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isObject()) {
            fail(key, u"expected an object"_s);
            return {};
        }
        return v.toObject();
    }

    QJsonArray objects(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        const QJsonArray array = v.toArray();
        if (!v.isArray() || std::any_of(array.begin(), array.end(), [](const QJsonValue &e) {
                return !e.isObject();
            })) {
            fail(key, u"expected an array of objects"_s);
            return {};
        }
        return array;
    }

    QString childPath(const char *key, qsizetype index = -1) const
    {
        QString p = m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1StringView(key);
        if (index >= 0) {
            p += u"[%1]"_s.arg(index);
        }
        return p;
    }

    // What is left after every known key was taken.
    QJsonObject rest() const { return m_object; }

    bool failed() const { return m_error->has_value(); }

private:
    QJsonValue take(const char *key)
    {
        const QLatin1StringView k(key);
        const QJsonValue v = m_object.value(k);
        m_object.remove(k);
        return v;
    }

    void fail(const char *key, const QString &detail)
    {
        if (!m_error->has_value()) {
            *m_error = Error{ErrorCode::WrongType, childPath(key), detail};
        }
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> *m_error;
};

Actor readActor(const QJsonObject &o, const QString &path, std::optional<Error> *error)
{
    Reader r(o, path, error);
    Actor a;
    a.type = r.string("type");
    a.name = r.string("name");
    a.code = r.string("code");
    a.role = r.string("role");
    a.extra = r.rest();
    return a;
}

QList<Actor> readActors(Reader &r, const char *key, std::optional<Error> *error)
{
    QList<Actor> result;
    const QJsonArray array = r.objects(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        result.append(readActor(array.at(i).toObject(), r.childPath(key, i), error));
    }
    return result;
}

// Writers leave empty values out, so the canonical form does not depend on whether an absent
// field was written as "", [] or omitted.
void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        o.insert(QLatin1StringView(key), value);
    }
}

void put(QJsonObject &o, const char *key, const QStringList &values)
{
    if (!values.isEmpty()) {
        o.insert(QLatin1StringView(key), QJsonArray::fromStringList(values));
    }
}

void put(QJsonObject &o, const char *key, const QJsonArray &values)
{
    if (!values.isEmpty()) {
        o.insert(QLatin1StringView(key), values);
    }
}

void put(QJsonObject &o, const char *key, const QJsonObject &value)
{
    if (!value.isEmpty()) {
        o.insert(QLatin1StringView(key), value);
    }
}

QJsonObject actorJson(const Actor &a)
{
    QJsonObject o = a.extra;
    put(o, "type", a.type);
    put(o, "name", a.name);
    put(o, "code", a.code);
    put(o, "role", a.role);
    return o;
}

QJsonObject reviewCommentJson(const ReviewComment &k)
{
    QJsonObject o = k.extra;
    put(o, "path", k.path);
    put(o, "author", k.author);
    put(o, "at", k.at);
    put(o, "text", k.text);
    put(o, "answer", k.answer);
    put(o, "answered_by", k.answeredBy);
    put(o, "answered_at", k.answeredAt);
    if (k.resolved) {
        o.insert("resolved"_L1, true);
    }
    return o;
}

QJsonObject answerJson(const Answer &a)
{
    QJsonObject o = a.extra;
    put(o, "case_id", a.caseId);
    put(o, "note", a.note);
    put(o, "organisation", a.organisation);
    put(o, "author", a.author);
    put(o, "at", a.at);
    return o;
}

QJsonObject adoptionJson(const Adoption &a)
{
    QJsonObject o = a.extra;
    put(o, "organisation", a.organisation);
    put(o, "name", a.name);
    put(o, "period", a.period);
    put(o, "status", a.status);
    put(o, "adaptation", a.adaptation);
    put(o, "outcome", a.outcome);
    put(o, "case_id", a.caseId);
    put(o, "author", a.author);
    put(o, "at", a.at);
    return o;
}

// Reads an object of entries keyed by id (review comments, answers, adoptions), each with read().
template<typename T, typename ReadEntry>
QMap<QString, T> readEntries(Reader &r, const char *key, std::optional<Error> *error, ReadEntry read)
{
    QMap<QString, T> result;
    const QJsonObject entries = r.object(key);
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString path = QLatin1StringView(key) + u'.' + it.key();
        if (!it.value().isObject()) {
            if (!*error) {
                *error = Error{ErrorCode::WrongType, path, u"expected an object"_s};
            }
            continue;
        }
        Reader entry(it.value().toObject(), path, error);
        T value = read(entry);
        value.extra = entry.rest();
        result.insert(it.key(), std::move(value));
    }
    return result;
}

// The path of the first key, anywhere in value, that holds a control character (U+0000 to U+001F).
// None of ours does; a key with U+0000 does not survive the trip through text (found by
// fuzz/fuzz_caserecord: kept among the unknown fields, it came back as another field), so such a
// document is refused rather than changed.
std::optional<QString> keyWithControlCharacter(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString at = path.isEmpty() ? key : path + u'.' + key;
            if (std::any_of(key.cbegin(), key.cend(), [](QChar c) {
                    return c.unicode() < 0x20;
                })) {
                return at;
            }
            if (auto found = keyWithControlCharacter(it.value(), at)) {
                return found;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = keyWithControlCharacter(array.at(i), u"%1[%2]"_s.arg(path).arg(i))) {
                return found;
            }
        }
    }
    return std::nullopt;
}

template<typename T, typename WriteEntry>
void putEntries(QJsonObject &o, const char *key, const QMap<QString, T> &entries, WriteEntry write)
{
    QJsonObject object;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        object.insert(it.key(), write(it.value()));
    }
    put(o, key, object);
}

} // namespace

Result<CaseRecord> CaseRecord::fromJson(const QByteArray &json)
{
    if (json.size() > MaxDocumentBytes) {
        return Error{ErrorCode::DocumentTooLarge,
                     {},
                     u"%1 bytes, at most %2 allowed"_s.arg(json.size()).arg(MaxDocumentBytes)};
    }
    // Qt's parser would replace some invalid sequences silently; refuse them instead.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(json);
    if (decoder.hasError()) {
        return Error{ErrorCode::InvalidUtf8, {}, {}};
    }
    Q_UNUSED(decoded)
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const ErrorCode code =
            parseError.error == QJsonParseError::IllegalUTF8String ? ErrorCode::InvalidUtf8 : ErrorCode::InvalidJson;
        return Error{code, {}, u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)};
    }
    if (!doc.isObject()) {
        return Error{ErrorCode::NotAnObject, {}, {}};
    }
    return fromJsonObject(doc.object());
}

Result<CaseRecord> CaseRecord::fromJsonObject(const QJsonObject &object)
{
    if (const auto key = keyWithControlCharacter(object, {})) {
        return Error{ErrorCode::InvalidValue, *key, u"a field name holds a control character"_s};
    }
    std::optional<Error> error;
    Reader r(object, {}, &error);
    CaseRecord c;

    const std::optional<qint64> schema = r.integer("schema");
    if (schema && *schema != SchemaVersion) {
        return Error{ErrorCode::UnsupportedSchema, u"schema"_s, QString::number(*schema)};
    }
    c.id = r.string("id");
    c.title = r.string("title");
    c.shortName = r.string("short_name");
    c.summary = r.string("summary");
    c.caseKind = r.string("case_kind");
    c.policyAreas = r.strings("policy_areas");
    c.targetGroups = r.strings("target_groups");
    c.scale = r.string("scale");
    c.status = r.string("status");
    c.lifecycleStage = r.string("lifecycle_stage");
    c.start = r.string("start");
    c.end = r.string("end");
    c.owner = readActor(r.object("owner"), u"owner"_s, &error);
    c.actors = readActors(r, "actors", &error);
    c.municipalities = r.strings("municipalities");
    c.regions = r.strings("regions");
    c.partnershipForms = r.strings("partnership_forms");

    const QJsonObject sections = r.object("sections");
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        if (!it.value().isString()) {
            if (!error) {
                error = Error{ErrorCode::WrongType, u"sections."_s + it.key(), u"expected a string"_s};
            }
            continue;
        }
        c.sections.insert(it.key(), it.value().toString());
    }

    if (const auto level = r.integer("evidence_level")) {
        c.evidenceLevel = int(std::clamp<qint64>(*level, -1, 1000));
    }

    {
        Reader v(r.object("study_visit"), u"study_visit"_s, &error);
        c.studyVisit.open = v.boolean("open");
        c.studyVisit.formats = v.strings("formats");
        c.studyVisit.maxGroup = int(std::clamp<qint64>(v.integer("max_group").value_or(0), -1, 1000000));
        c.studyVisit.contact = v.string("contact");
        c.studyVisit.notes = v.string("notes");
        c.studyVisit.extra = v.rest();
    }

    const QJsonArray contacts = r.objects("contacts");
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        Reader cr(contacts.at(i).toObject(), r.childPath("contacts", i), &error);
        Contact k;
        k.name = cr.string("name");
        k.role = cr.string("role");
        k.organisation = cr.string("organisation");
        k.email = cr.string("email");
        k.phone = cr.string("phone");
        k.extra = cr.rest();
        c.contacts.append(std::move(k));
    }

    const QJsonArray links = r.objects("links");
    for (qsizetype i = 0; i < links.size(); ++i) {
        Reader lr(links.at(i).toObject(), r.childPath("links", i), &error);
        Link l;
        l.title = lr.string("title");
        l.url = lr.string("url");
        l.extra = lr.rest();
        c.links.append(std::move(l));
    }

    const QJsonArray attachments = r.objects("attachments");
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        Reader ar(attachments.at(i).toObject(), r.childPath("attachments", i), &error);
        Attachment a;
        a.name = ar.string("name");
        a.sha256 = ar.string("sha256");
        a.size = ar.integer("size").value_or(0);
        a.mime = ar.string("mime");
        a.extra = ar.rest();
        c.attachments.append(std::move(a));
    }

    c.tags = r.strings("tags");
    c.reviewState = r.string("review_state");
    c.reviewComments = readEntries<ReviewComment>(r, "review_comments", &error, [](Reader &cr) {
        ReviewComment k;
        k.path = cr.string("path");
        k.author = cr.string("author");
        k.at = cr.string("at");
        k.text = cr.string("text");
        k.answer = cr.string("answer");
        k.answeredBy = cr.string("answered_by");
        k.answeredAt = cr.string("answered_at");
        k.resolved = cr.boolean("resolved");
        return k;
    });
    c.questionState = r.string("question_state");
    c.answers = readEntries<Answer>(r, "answers", &error, [](Reader &ar) {
        Answer a;
        a.caseId = ar.string("case_id");
        a.note = ar.string("note");
        a.organisation = ar.string("organisation");
        a.author = ar.string("author");
        a.at = ar.string("at");
        return a;
    });
    c.adoptions = readEntries<Adoption>(r, "adoptions", &error, [](Reader &ar) {
        Adoption a;
        a.organisation = ar.string("organisation");
        a.name = ar.string("name");
        a.period = ar.string("period");
        a.status = ar.string("status");
        a.adaptation = ar.string("adaptation");
        a.outcome = ar.string("outcome");
        a.caseId = ar.string("case_id");
        a.author = ar.string("author");
        a.at = ar.string("at");
        return a;
    });
    c.originCase = r.string("origin_case");
    c.recordType = r.string("record_type");
    c.lastVerifiedAt = r.string("last_verified_at");
    c.nextReviewDue = r.string("next_review_due");
    c.createdAt = r.string("created_at");
    c.createdBy = r.string("created_by");
    c.updatedAt = r.string("updated_at");
    c.updatedBy = r.string("updated_by");
    c.extra = r.rest();

    if (error) {
        return *error;
    }
    if (c.id.isEmpty()) {
        return Error{ErrorCode::MissingField, u"id"_s, {}};
    }
    return c;
}

QJsonObject CaseRecord::toJsonObject() const
{
    // Start from the unknown keys so that a known key always wins over a stale unknown one.
    QJsonObject o = extra;
    o.insert("schema"_L1, SchemaVersion);
    put(o, "id", id);
    put(o, "title", title);
    put(o, "short_name", shortName);
    put(o, "summary", summary);
    put(o, "case_kind", caseKind);
    put(o, "policy_areas", policyAreas);
    put(o, "target_groups", targetGroups);
    put(o, "scale", scale);
    put(o, "status", status);
    put(o, "lifecycle_stage", lifecycleStage);
    put(o, "start", start);
    put(o, "end", end);
    put(o, "owner", actorJson(owner));
    QJsonArray actorArray;
    for (const Actor &a : actors) {
        actorArray.append(actorJson(a));
    }
    put(o, "actors", actorArray);
    put(o, "municipalities", municipalities);
    put(o, "regions", regions);
    put(o, "partnership_forms", partnershipForms);

    QJsonObject sectionObject;
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        // The key as it is: a section this version does not know may have any name (found by
        // fuzz/fuzz_caserecord: through put's Latin-1 key, "för" became "fÃ¶r" at every save).
        if (!it.value().isEmpty()) {
            sectionObject.insert(it.key(), it.value());
        }
    }
    put(o, "sections", sectionObject);

    if (evidenceLevel) {
        o.insert("evidence_level"_L1, *evidenceLevel);
    }

    QJsonObject visit = studyVisit.extra;
    if (studyVisit.open) {
        visit.insert("open"_L1, true);
    }
    put(visit, "formats", studyVisit.formats);
    if (studyVisit.maxGroup != 0) {
        visit.insert("max_group"_L1, studyVisit.maxGroup);
    }
    put(visit, "contact", studyVisit.contact);
    put(visit, "notes", studyVisit.notes);
    put(o, "study_visit", visit);

    QJsonArray contactArray;
    for (const Contact &k : contacts) {
        QJsonObject co = k.extra;
        put(co, "name", k.name);
        put(co, "role", k.role);
        put(co, "organisation", k.organisation);
        put(co, "email", k.email);
        put(co, "phone", k.phone);
        contactArray.append(co);
    }
    put(o, "contacts", contactArray);

    QJsonArray linkArray;
    for (const Link &l : links) {
        QJsonObject lo = l.extra;
        put(lo, "title", l.title);
        put(lo, "url", l.url);
        linkArray.append(lo);
    }
    put(o, "links", linkArray);

    QJsonArray attachmentArray;
    for (const Attachment &a : attachments) {
        QJsonObject ao = a.extra;
        put(ao, "name", a.name);
        put(ao, "sha256", a.sha256);
        if (a.size != 0) {
            ao.insert("size"_L1, a.size);
        }
        put(ao, "mime", a.mime);
        attachmentArray.append(ao);
    }
    put(o, "attachments", attachmentArray);

    put(o, "tags", tags);
    put(o, "review_state", reviewState);
    putEntries(o, "review_comments", reviewComments, reviewCommentJson);
    put(o, "question_state", questionState);
    putEntries(o, "answers", answers, answerJson);
    putEntries(o, "adoptions", adoptions, adoptionJson);
    put(o, "origin_case", originCase);
    put(o, "record_type", recordType);
    put(o, "last_verified_at", lastVerifiedAt);
    put(o, "next_review_due", nextReviewDue);
    put(o, "created_at", createdAt);
    put(o, "created_by", createdBy);
    put(o, "updated_at", updatedAt);
    put(o, "updated_by", updatedBy);
    return o;
}

QByteArray CaseRecord::toCanonicalJson() const
{
    // QJsonObject keeps its keys sorted, so the compact serialisation is already canonical.
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

QString CaseRecord::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Fb
