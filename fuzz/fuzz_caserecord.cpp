// The case record from JSON: what every replica, the importer and the server read.
#include "caserecord.h"
#include "casevalidator.h"
#include "fuzzinput.h"
#include "referencedata.h"
#include "vocabularies.h"

using namespace Fb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Vocabularies vocabularies = Vocabularies::builtIn().value();
    static const ReferenceData referenceData = ReferenceData::builtIn().value();
    static const CaseValidator validator(vocabularies, referenceData);

    auto record = CaseRecord::fromJson(Fuzz::bytes(data, size));
    if (!record) {
        return 0;
    }
    (void)validator.validate(*record);
    // The canonical form is what replicas store and compare: it must read back as itself.
    const QByteArray canonical = record->toCanonicalJson();
    auto again = CaseRecord::fromJson(canonical);
    FB_FUZZ_CHECK(again.ok());
    const QByteArray second = again->toCanonicalJson();
    if (second != canonical) {
        qsizetype at = 0;
        while (at < second.size() && at < canonical.size() && second.at(at) == canonical.at(at)) {
            ++at;
        }
        std::fprintf(stderr,
                     "first: …%s\nagain: …%s\n",
                     canonical.mid(at - 80, 200).constData(),
                     second.mid(at - 80, 200).constData());
    }
    FB_FUZZ_CHECK(second == canonical);
    return 0;
}
