#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fb {

// One item of the server's change feed (docs/sync.md, "Pull"), as the server writes it and the
// client reads it.
struct FeedItem
{
    static constexpr auto Upsert = "upsert";
    static constexpr auto Delete = "delete";
    // The case is no longer for this reader to see (unpublished, given to another organisation,
    // the reader's role changed): it leaves the replica, and is no deletion. No doc.
    static constexpr auto Hidden = "hidden";

    qint64 seq = 0; // the server's change number; informational, the cursor is what counts
    QString op; // Upsert, Delete or Hidden
    QString id;
    int version = 0;
    QJsonObject doc; // for upserts: the case as the server has it now

    // Why this program could not read the item (an op it does not know, a missing field), or
    // empty. Such an item is set aside by the client, not applied, and read again later: the
    // item as it came is kept in raw.
    QString unreadable;
    QJsonValue raw;

    QJsonObject toJson() const;
    // Never fails: what cannot be read is marked unreadable, so one odd item does not stop a page.
    static FeedItem fromJson(const QJsonValue &value);
};

// A page of the feed and where the next one starts.
struct FeedPage
{
    QList<FeedItem> items;
    QString nextCursor;
    QString epoch;
    bool hasMore = false;
    // The version of the server's organisation list (OrganisationList::version); empty from
    // servers before it.
    QString organisations;

    QJsonObject toJson() const;
    // Fails only when the page itself is malformed (no items array, no cursor).
    static Result<FeedPage> fromJson(const QJsonObject &object);
};

} // namespace Fb
