// The feed cursor a client sends back (ChangeCursor::decode): opaque to clients, so anything.
#include "caserepository.h"
#include "changecursor.h"
#include "fuzzbank.h"

using namespace Fb;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString epoch = Fuzz::bank().store().meta(u"epoch"_s).value();
    const CaseRepository cases(Fuzz::bank().store());
    const auto position = ChangeCursor::decode(QString::fromUtf8(Fuzz::bytes(data, size)), epoch, cases);
    if (position) {
        // A cursor that decodes stands inside the feed.
        FB_FUZZ_CHECK(position->seq >= 0 && position->seq <= cases.headSeq().value());
    } else {
        FB_FUZZ_CHECK(position.code() == ErrorCode::InvalidValue || position.code() == ErrorCode::EpochChanged);
    }
    return 0;
}
