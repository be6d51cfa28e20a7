#include "vocabularies.h"

#include "resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fb {

Vocabulary::Vocabulary(QString name, QString swedishName, QString englishName, QList<VocabularyEntry> entries)
    : m_name(std::move(name))
    , m_swedishName(std::move(swedishName))
    , m_englishName(std::move(englishName))
    , m_entries(std::move(entries))
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_index.insert(m_entries.at(i).key, int(i));
    }
}

QString Vocabulary::label(const QString &key, Language language) const
{
    const int i = indexOf(key);
    return i < 0 ? key : m_entries.at(i).label(language);
}

Result<Vocabularies> Vocabularies::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidJson, {}, parseError.errorString()};
    }
    const QJsonObject all = doc.object().value("vocabularies"_L1).toObject();
    if (all.isEmpty()) {
        return Error{ErrorCode::MissingField, u"vocabularies"_s, {}};
    }
    Vocabularies result;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        const QJsonObject label = v.value("label"_L1).toObject();
        QList<VocabularyEntry> entries;
        for (const QJsonValue &e : v.value("values"_L1).toArray()) {
            const QJsonObject o = e.toObject();
            VocabularyEntry entry{o.value("key"_L1).toString(),
                                  o.value("sv"_L1).toString(),
                                  o.value("en"_L1).toString()};
            if (entry.key.isEmpty() || entry.swedish.isEmpty()) {
                return Error{ErrorCode::InvalidValue, it.key(), u"entry without key or Swedish label"_s};
            }
            entries.append(std::move(entry));
        }
        result.m_vocabularies.insert(
            it.key(),
            Vocabulary(it.key(), label.value("sv"_L1).toString(), label.value("en"_L1).toString(), std::move(entries)));
    }
    return result;
}

Result<Vocabularies> Vocabularies::builtIn()
{
    auto json = readResource(u":/fb/data/vocabularies.json"_s);
    if (!json) {
        return json.error();
    }
    return fromJson(*json);
}

const Vocabulary &Vocabularies::vocabulary(const QString &name) const
{
    static const Vocabulary empty;
    const auto it = m_vocabularies.constFind(name);
    return it == m_vocabularies.cend() ? empty : it.value();
}

} // namespace Fb
