#include "synonyms.h"

#include "resources.h"
#include "searchquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// "hälso- och sjukvårdslagen" and "Hälso och sjukvårdslagen" are the same term: compare words.
QString normalized(const QString &term)
{
    QStringList words;
    QString current;
    for (QChar c : SearchQuery::fold(term)) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(std::exchange(current, {}));
        }
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    return words.join(u' ');
}

} // namespace

Synonyms Synonyms::fromJson(const QByteArray &json)
{
    Synonyms s;
    const QJsonArray groups = QJsonDocument::fromJson(json).object().value("groups"_L1).toArray();
    for (const QJsonValue &g : groups) {
        QStringList members;
        for (const QJsonValue &m : g.toArray()) {
            if (!m.toString().trimmed().isEmpty()) {
                members.append(m.toString().trimmed());
            }
        }
        if (members.size() < 2) {
            continue;
        }
        const qsizetype index = s.m_groups.size();
        s.m_groups.append(members);
        for (const QString &m : std::as_const(members)) {
            s.m_byFolded[normalized(m)].append(index);
            if (!m.contains(u' ') && m.front().isUpper()) {
                s.m_names.insert(normalized(m));
            }
        }
    }
    return s;
}

const Synonyms &Synonyms::builtIn()
{
    static const Synonyms instance = [] {
        auto bytes = readResource(u":/fb/data/synonyms.json"_s);
        if (!bytes) {
            qWarning("synonyms: %s", qPrintable(bytes.error().detail));
            return Synonyms();
        }
        return fromJson(*bytes);
    }();
    return instance;
}

QStringList Synonyms::alternatives(const QString &foldedTerm) const
{
    QStringList result;
    const QString key = normalized(foldedTerm);
    for (qsizetype g : m_byFolded.value(key)) {
        for (const QString &m : m_groups.at(g)) {
            if (normalized(m) != key && !result.contains(m)) {
                result.append(m);
            }
        }
    }
    return result;
}

bool Synonyms::isName(const QString &foldedTerm) const
{
    return m_names.contains(normalized(foldedTerm));
}

QStringList Synonyms::members() const
{
    QStringList result;
    for (const QStringList &g : m_groups) {
        result.append(g);
    }
    return result;
}

} // namespace Fb
