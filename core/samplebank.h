#pragma once

#include "caserecord.h"
#include "casestore.h"
#include "result.h"

#include <QList>

namespace Fb {

// The built-in sample bank (resources/sample-bank.jsonl): Swedish example cases written from the
// project's source texts. A profile that has never been connected to a server opens on it.
class SampleBank
{
public:
    static Result<QList<CaseRecord>> load();
    // Installs the sample bank into a store that has never held a bank. True if it did.
    static Result<bool> installIfNew(CaseStore &store);
};

} // namespace Fb
