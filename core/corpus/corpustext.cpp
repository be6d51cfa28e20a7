#include "corpustext.h"

#include "resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr int FormatVersion = 1;

QString pathOf(const QString &parent, QLatin1StringView key)
{
    return parent.isEmpty() ? QString(key) : parent + u'.' + key;
}

QString pathOf(const QString &parent, qsizetype index)
{
    return u"%1[%2]"_s.arg(parent).arg(index);
}

// Reads on after a problem and keeps only the first, so fromJson checks once at the end instead
// of after every field.
class Reader
{
public:
    QString string(const QJsonObject &object, QLatin1StringView key, const QString &parent)
    {
        const QString path = pathOf(parent, key);
        return stringAt(object.value(key), path);
    }

    QStringList strings(const QJsonObject &object, QLatin1StringView key, const QString &parent, qsizetype minimum = 1)
    {
        const QString path = pathOf(parent, key);
        const QJsonArray array = arrayAt(object.value(key), path, minimum);
        QStringList result;
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            result.append(stringAt(array.at(i), pathOf(path, i)));
        }
        return result;
    }

    QList<QJsonObject>
    objects(const QJsonObject &object, QLatin1StringView key, const QString &parent, qsizetype minimum = 1)
    {
        const QString path = pathOf(parent, key);
        const QJsonArray array = arrayAt(object.value(key), path, minimum);
        QList<QJsonObject> result;
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(ErrorCode::WrongType, pathOf(path, i), u"not an object"_s);
            }
            result.append(array.at(i).toObject());
        }
        return result;
    }

    QJsonObject object(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            fail(ErrorCode::MissingField, QString(key), {});
        } else if (!value.isObject()) {
            fail(ErrorCode::WrongType, QString(key), u"not an object"_s);
        }
        return value.toObject();
    }

    void fail(ErrorCode code, const QString &path, const QString &detail)
    {
        if (!m_error) {
            m_error = Error{code, path, detail};
        }
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    QString stringAt(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined()) {
            fail(ErrorCode::MissingField, path, {});
        } else if (!value.isString()) {
            fail(ErrorCode::WrongType, path, u"not a string"_s);
        } else if (value.toString().trimmed().isEmpty()) {
            fail(ErrorCode::InvalidValue, path, u"empty text"_s);
        }
        return value.toString();
    }

    QJsonArray arrayAt(const QJsonValue &value, const QString &path, qsizetype minimum)
    {
        if (value.isUndefined()) {
            fail(ErrorCode::MissingField, path, {});
        } else if (!value.isArray()) {
            fail(ErrorCode::WrongType, path, u"not an array"_s);
        } else if (value.toArray().size() < minimum) {
            fail(ErrorCode::InvalidValue, path, u"fewer than %1 entries"_s.arg(minimum));
        }
        return value.toArray();
    }

    std::optional<Error> m_error;
};

// The mailbox becomes part of an e-mail address that CaseValidator checks; catch a bad one here,
// where the message can name the entry.
bool isMailbox(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
    });
}

} // namespace

Result<CorpusText> CorpusText::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidJson, {}, parseError.errorString()};
    }
    if (!doc.isObject()) {
        return Error{ErrorCode::NotAnObject, {}, {}};
    }
    const QJsonObject root = doc.object();
    if (root.value("version"_L1).toInt() != FormatVersion) {
        return Error{ErrorCode::UnsupportedSchema, u"version"_s, root.value("version"_L1).toVariant().toString()};
    }

    Reader reader;
    CorpusText text;

    const QList<QJsonObject> topics = reader.objects(root, "topics"_L1, {});
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QJsonObject &o = topics.at(i);
        const QString path = pathOf(u"topics"_s, i);
        text.m_topics.append(CorpusTopic{reader.string(o, "title"_L1, path),
                                         reader.string(o, "phrase"_L1, path),
                                         reader.strings(o, "policyAreas"_L1, path),
                                         reader.strings(o, "targetGroups"_L1, path),
                                         reader.string(o, "caseKind"_L1, path),
                                         reader.strings(o, "tags"_L1, path)});
    }
    text.m_genericTags = reader.strings(root, "genericTags"_L1, {});

    const QJsonObject summary = reader.object(root, "summary"_L1);
    text.m_summaryOpenings = reader.strings(summary, "openings"_L1, u"summary"_s);
    text.m_summaryMiddles = reader.strings(summary, "middles"_L1, u"summary"_s);
    text.m_summaryResults = reader.strings(summary, "results"_L1, u"summary"_s);
    text.m_summarySpreads = reader.strings(summary, "spreads"_L1, u"summary"_s);

    const QList<QJsonObject> sections = reader.objects(root, "sections"_L1, {});
    QSet<QString> sectionKeys;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QJsonObject &o = sections.at(i);
        const QString path = pathOf(u"sections"_s, i);
        CorpusSection section{reader.string(o, "key"_L1, path),
                              reader.strings(o, "sentences"_L1, path),
                              reader.strings(o, "leads"_L1, path),
                              reader.strings(o, "bullets"_L1, path)};
        if (sectionKeys.contains(section.key)) {
            reader.fail(ErrorCode::DuplicateValue, pathOf(path, "key"_L1), section.key);
        }
        sectionKeys.insert(section.key);
        text.m_sections.append(std::move(section));
    }

    const QList<QJsonObject> roles = reader.objects(root, "contactRoles"_L1, {}, 2);
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString path = pathOf(u"contactRoles"_s, i);
        CorpusContactRole role{reader.string(roles.at(i), "title"_L1, path),
                               reader.string(roles.at(i), "mailbox"_L1, path)};
        if (!isMailbox(role.mailbox)) {
            reader.fail(ErrorCode::InvalidValue, pathOf(path, "mailbox"_L1), u"not lower-case ASCII"_s);
        }
        text.m_contactRoles.append(std::move(role));
    }

    text.m_visitNotes = reader.strings(root, "visitNotes"_L1, {});
    text.m_numberWords = reader.strings(root, "numberWords"_L1, {}, 4);

    const QJsonObject organisations = reader.object(root, "organisations"_L1);
    text.m_civilSocietyNames = reader.strings(organisations, "civilSociety"_L1, u"organisations"_s);
    text.m_academiaNames = reader.strings(organisations, "academia"_L1, u"organisations"_s);
    text.m_agencyNames = reader.strings(organisations, "agencies"_L1, u"organisations"_s);
    text.m_userOrganisationNames = reader.strings(organisations, "userOrganisations"_L1, u"organisations"_s);
    text.m_businessNames = reader.strings(organisations, "business"_L1, u"organisations"_s);

    if (reader.error()) {
        return *reader.error();
    }
    return text;
}

Result<CorpusText> CorpusText::builtIn()
{
    auto json = readResource(u":/fb/corpus/corpus-text.json"_s);
    if (!json) {
        return json.error();
    }
    return fromJson(*json);
}

} // namespace Fb
