#pragma once

#include "casestore.h"
#include "organisationlist.h"
#include "result.h"

namespace Fb {

// The server's organisation list as this replica last fetched it (replica meta, one JSON
// value): what the owner and actor pickers offer beside SCB's municipalities and regions. The
// sync fetches it again when the feed names another version (SyncEngine).
class ServerOrganisations
{
public:
    static constexpr auto MetaKey = "server_organisations";

    explicit ServerOrganisations(CaseStore &store);

    // An empty list (no version) before the first fetch.
    Result<OrganisationList> read() const;
    Result<void> save(const OrganisationList &list);

private:
    CaseStore &m_store;
};

} // namespace Fb
