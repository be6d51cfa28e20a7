#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fb {

// One item of the server's change feed (docs/sync.md).
struct RemoteChange
{
    QString op; // "upsert" or "delete"
    QString id;
    int version = 0;
    QJsonObject doc; // for upserts: the case as the server has it now
};

// A page of the feed and where the next one starts.
struct RemotePage
{
    QList<RemoteChange> items;
    QString nextCursor;
    QString epoch;
    bool hasMore = false;
};

} // namespace Fb
