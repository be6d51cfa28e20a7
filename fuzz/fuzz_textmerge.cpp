// The block merge of Markdown text (TextMerge): base, local and remote, cut at NUL bytes.
#include "fuzzinput.h"
#include "textmerge.h"

using namespace Fb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = Fuzz::parts(Fuzz::bytes(data, size), 3);
    const QString base = QString::fromUtf8(input.at(0));
    const QString local = QString::fromUtf8(input.at(1));
    const QString remote = QString::fromUtf8(input.at(2));
    (void)TextMerge::merge3(base, local, remote);
    // When one side left the text as it was, the merge is the other side, word for word: an edit
    // merged with nothing must never lose or add a character.
    if (const auto merged = TextMerge::merge3(base, base, remote)) {
        FB_FUZZ_CHECK(*merged == remote);
    }
    if (const auto merged = TextMerge::merge3(base, local, base)) {
        FB_FUZZ_CHECK(*merged == local);
    }
    if (const auto merged = TextMerge::merge3(base, local, local)) {
        FB_FUZZ_CHECK(*merged == local);
    }
    return 0;
}
