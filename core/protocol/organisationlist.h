#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fb {

// An organisation the server has registered beyond SCB's municipalities and regions, which
// every program knows from its reference data: agencies, samordningsförbund, civil society.
struct RegisteredOrganisation
{
    QString id; // "org:<uuid>"
    QString type; // vocabulary actor_type
    QString code; // e.g. an organisationsnummer; may be empty
    QString name;
    QString regionCode; // its county; may be empty

    bool operator==(const RegisteredOrganisation &) const = default;
};

// GET /api/v1/organisations (docs/server.md), as the server writes it and the client reads and
// keeps it. version changes whenever the list does; every page of the change feed names the
// current one (FeedPage::organisations), so a client fetches the list only when it changed.
struct OrganisationList
{
    QString version;
    QList<RegisteredOrganisation> organisations;

    QJsonObject toJson() const;
    // An entry without an id or a name is left out; a list without a version is refused.
    static Result<OrganisationList> fromJson(const QJsonObject &object);
};

} // namespace Fb
