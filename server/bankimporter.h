#pragma once

#include "caserepository.h"
#include "casevalidator.h"
#include "result.h"
#include "serverstore.h"

#include <QIODevice>

namespace Fb {

struct BankImportReport
{
    qint64 imported = 0;
    qint64 firstBadLine = 0; // 0 when every line was valid
    Error error;
};

// Loads cases into the server's bank from JSON Lines (one case per line), as a national editor's
// bulk import. Every line is checked first; one bad line stops the import and nothing is written.
// The whole file is then written in one transaction, each case a new version with its own feed
// entry, so clients receive it through the ordinary change feed.
class BankImporter
{
public:
    BankImporter(ServerStore &store, const CaseValidator &validator);

    // organisationId: the organisation the cases belong to when their owner is not one.
    Result<BankImportReport> import(QIODevice &input, const QString &organisationId, const QString &userId, qint64 now);

private:
    ServerStore &m_store;
    const CaseValidator &m_validator;
};

} // namespace Fb
