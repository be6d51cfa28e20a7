// A file given to `framgangsbank-cli import` or the app's import: JSON Lines, an array or one
// object (CaseImporter::read).
#include "caseimporter.h"
#include "casevalidator.h"
#include "fuzzinput.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QBuffer>

using namespace Fb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Vocabularies vocabularies = Vocabularies::builtIn().value();
    static const ReferenceData referenceData = ReferenceData::builtIn().value();
    static const CaseValidator validator(vocabularies, referenceData);

    QByteArray input = Fuzz::bytes(data, size);
    QBuffer device(&input);
    FB_FUZZ_CHECK(device.open(QIODevice::ReadOnly));
    qint64 last = 0;
    (void)CaseImporter::read(device, validator, [&](qint64 line, Result<CaseRecord> &&record) {
        // Each case is reported once, in order, and a valid one passes the validator.
        FB_FUZZ_CHECK(line > last);
        last = line;
        FB_FUZZ_CHECK(!record || validator.validate(*record).isEmpty());
        return true;
    });
    return 0;
}
