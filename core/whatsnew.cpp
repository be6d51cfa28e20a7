#include "whatsnew.h"

#include "casefields.h"
#include "casestore.h"
#include "organisationid.h"
#include "replicalogin.h"
#include "sqlresult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr std::pair<NewsItem::Kind, const char *> KindNames[] = {
    {NewsItem::Kind::Answer, "answer"},
    {NewsItem::Kind::Adoption, "adoption"},
    {NewsItem::Kind::Question, "question"},
    {NewsItem::Kind::Comment, "comment"},
    {NewsItem::Kind::Change, "change"},
};

// The ids in after's entries that before does not have, with who wrote each.
template<typename T, typename Who>
QList<std::pair<QString, QString>> added(const QMap<QString, T> *before, const QMap<QString, T> &after, Who who)
{
    QList<std::pair<QString, QString>> result;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before || !before->contains(it.key())) {
            result.append({it.key(), who(it.value())});
        }
    }
    return result;
}

} // namespace

QString NewsItem::kindName(Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<NewsItem::Kind> NewsItem::kindFromName(QStringView name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == QLatin1StringView(n)) {
            return k;
        }
    }
    return std::nullopt;
}

WhatsNew::WhatsNew(CaseStore &store)
    : m_store(store)
    , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

Result<WhatsNew> WhatsNew::forReplica(CaseStore &store)
{
    WhatsNew news(store);
    auto watching = store.meta(QString::fromLatin1(MetaWatching));
    auto login = ReplicaLogin(store).read();
    if (!watching || !login) {
        return !watching ? watching.error() : login.error();
    }
    // Until the first pull is complete the replica has never looked: everything would be "new".
    if (watching->isEmpty()) {
        return news;
    }
    news.m_organisation = login->organisationId;
    auto followed = WhatsNew::followed(store);
    if (!followed) {
        return followed.error();
    }
    news.m_followed = QSet<QString>(followed->cbegin(), followed->cend());
    const OrganisationId org = OrganisationId::parse(login->organisationId);
    if (org.kind == OrganisationId::Kind::Region) {
        news.m_county = org.code;
    } else if (org.kind == OrganisationId::Kind::Municipality) {
        const Municipality *municipality = store.referenceData().municipality(org.code);
        news.m_county = municipality ? municipality->regionCode : QString();
    }
    return news;
}

Result<void> WhatsNew::startWatching(CaseStore &store)
{
    return store.setMeta(QString::fromLatin1(MetaWatching), u"1"_s);
}

Result<QStringList> WhatsNew::followed(const CaseStore &store)
{
    auto stored = store.meta(QString::fromLatin1(MetaFollowed));
    if (!stored) {
        return stored.error();
    }
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored->toUtf8()).array()) {
        if (v.isString()) {
            ids.append(v.toString());
        }
    }
    return ids;
}

Result<void> WhatsNew::setFollowed(CaseStore &store, const QString &id, bool on)
{
    auto ids = followed(store);
    if (!ids) {
        return ids.error();
    }
    ids->removeAll(id);
    if (on) {
        ids->append(id);
    }
    return store.setMeta(
        QString::fromLatin1(MetaFollowed),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids)).toJson(QJsonDocument::Compact)));
}

bool WhatsNew::ownedHere(const CaseRecord &record) const
{
    return OrganisationId::ofOwner(record.owner.type, record.owner.code) == m_organisation;
}

bool WhatsNew::concerns(const CaseRecord &remote) const
{
    if (!active()) {
        return false;
    }
    if (m_followed.contains(remote.id)) {
        return true;
    }
    if (ownedHere(remote)) {
        return !remote.answers.isEmpty() || !remote.adoptions.isEmpty() || !remote.reviewComments.isEmpty();
    }
    return remote.isQuestion() && !m_county.isEmpty();
}

Result<void> WhatsNew::note(const CaseRecord *before, const CaseRecord &after) const
{
    if (!active()) {
        return {};
    }
    // A record followed: any change of its content, by whoever made it (a change of this
    // replica's own comes back as an echo of the same content and is no news).
    if (before && m_followed.contains(after.id)
        && !CaseFields::sameContent(before->toJsonObject(), after.toJsonObject())) {
        if (auto r = add(after, NewsItem::Kind::Change, {}, after.updatedBy); !r) {
            return r;
        }
    }
    if (!ownedHere(after)) {
        // Someone else's question from the county, the first time this replica sees it.
        if (after.isQuestion() && !before && m_store.summarize(after).values(Facet::Region).contains(m_county)) {
            return add(after,
                       NewsItem::Kind::Question,
                       {},
                       OrganisationId::ofOwner(after.owner.type, after.owner.code));
        }
        return {};
    }
    const auto organisation = [](const auto &entry) {
        return entry.organisation;
    };
    for (const auto &[id, from] : added(before ? &before->answers : nullptr, after.answers, organisation)) {
        if (from != m_organisation) {
            if (auto r = add(after, NewsItem::Kind::Answer, id, from); !r) {
                return r;
            }
        }
    }
    for (const auto &[id, from] : added(before ? &before->adoptions : nullptr, after.adoptions, organisation)) {
        if (from != m_organisation) {
            if (auto r = add(after, NewsItem::Kind::Adoption, id, from); !r) {
                return r;
            }
        }
    }
    const auto author = [](const ReviewComment &k) {
        return k.author;
    };
    for (const auto &[id, from] : added(before ? &before->reviewComments : nullptr, after.reviewComments, author)) {
        if (auto r = add(after, NewsItem::Kind::Comment, id, from); !r) {
            return r;
        }
    }
    return {};
}

Result<void>
WhatsNew::add(const CaseRecord &record, NewsItem::Kind kind, const QString &detail, const QString &from) const
{
    // A feed item read again (a retry, a restored server) notes nothing twice. Empty, not null:
    // a null QString binds as SQL NULL.
    const auto text = [](const QString &s) {
        return s.isNull() ? u""_s : s;
    };
    return execute(m_store.database(),
                   u"INSERT OR IGNORE INTO news(record_id, kind, detail, title, origin, noted_at) "
                   "VALUES(?, ?, ?, ?, ?, ?)"_s,
                   {record.id, NewsItem::kindName(kind), text(detail), text(record.title), text(from), m_now});
}

Result<QList<NewsItem>> WhatsNew::items(const CaseStore &store, bool all)
{
    QSqlQuery q(store.database());
    q.prepare(
        u"SELECT seq, record_id, kind, detail, title, origin, noted_at, read FROM news %1 ORDER BY seq DESC"_s.arg(
            all ? QString() : u"WHERE read = 0"_s));
    if (auto r = execute(q, u"news"_s); !r) {
        return r.error();
    }
    QList<NewsItem> items;
    while (q.next()) {
        const auto kind = NewsItem::kindFromName(q.value(2).toString());
        if (!kind) {
            continue; // noted by a newer program
        }
        items.append({q.value(0).toLongLong(),
                      q.value(1).toString(),
                      *kind,
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      q.value(6).toString(),
                      q.value(7).toBool()});
    }
    return items;
}

Result<void> WhatsNew::markRead(CaseStore &store, const QList<qint64> &seqs)
{
    return store.transaction([&]() -> Result<void> {
        if (seqs.isEmpty()) {
            return execute(store.database(), u"UPDATE news SET read = 1 WHERE read = 0"_s, {});
        }
        for (qint64 seq : seqs) {
            if (auto r = execute(store.database(), u"UPDATE news SET read = 1 WHERE seq = ?"_s, {seq}); !r) {
                return r;
            }
        }
        return {};
    });
}

} // namespace Fb
