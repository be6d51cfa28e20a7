#include "feedpage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fb {

QJsonObject FeedItem::toJson() const
{
    if (!unreadable.isEmpty()) {
        return raw.toObject();
    }
    QJsonObject o{{u"seq"_s, seq}, {u"op"_s, op}, {u"id"_s, id}, {u"version"_s, version}};
    if (op == QLatin1StringView(Upsert)) {
        o.insert(u"doc"_s, doc);
    }
    return o;
}

FeedItem FeedItem::fromJson(const QJsonValue &value)
{
    FeedItem item;
    const QJsonObject o = value.toObject();
    item.seq = o.value("seq"_L1).toInteger();
    item.op = o.value("op"_L1).toString();
    item.id = o.value("id"_L1).toString();
    item.version = o.value("version"_L1).toInt();
    item.doc = o.value("doc"_L1).toObject();
    if (!value.isObject()) {
        item.unreadable = u"not an object"_s;
    } else if (item.id.isEmpty()) {
        item.unreadable = u"no id"_s;
    } else if (item.version < 1) {
        item.unreadable = u"no version"_s;
    } else if (item.op != QLatin1StringView(Upsert) && item.op != QLatin1StringView(Delete)
               && item.op != QLatin1StringView(Hidden)) {
        item.unreadable = u"unknown op \"%1\""_s.arg(item.op);
    } else if (item.op == QLatin1StringView(Upsert) && item.doc.isEmpty()) {
        item.unreadable = u"no doc"_s;
    }
    if (!item.unreadable.isEmpty()) {
        item.raw = value;
        item.doc = {};
    }
    return item;
}

QJsonObject FeedPage::toJson() const
{
    QJsonArray array;
    for (const FeedItem &item : items) {
        array.append(item.toJson());
    }
    QJsonObject o{{u"items"_s, array}, {u"next_cursor"_s, nextCursor}, {u"has_more"_s, hasMore}, {u"epoch"_s, epoch}};
    if (!organisations.isEmpty()) {
        o.insert(u"organisations"_s, organisations);
    }
    return o;
}

Result<FeedPage> FeedPage::fromJson(const QJsonObject &object)
{
    FeedPage page;
    page.nextCursor = object.value("next_cursor"_L1).toString();
    page.epoch = object.value("epoch"_L1).toString();
    page.hasMore = object.value("has_more"_L1).toBool();
    page.organisations = object.value("organisations"_L1).toString();
    const QJsonValue items = object.value("items"_L1);
    if (!items.isArray() || page.nextCursor.isEmpty()) {
        return Error{ErrorCode::ProtocolError, u"changes"_s, {}};
    }
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &v : array) {
        page.items.append(FeedItem::fromJson(v));
    }
    return page;
}

} // namespace Fb
