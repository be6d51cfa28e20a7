// The three-way merge of case bodies (CaseMerge): base, local and remote, cut at NUL bytes.
#include "casemerge.h"
#include "fuzzinput.h"

#include <QJsonDocument>

using namespace Fb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> input = Fuzz::parts(Fuzz::bytes(data, size), 3);
    QJsonObject doc[3];
    for (int i = 0; i < 3; ++i) {
        const QJsonDocument parsed = QJsonDocument::fromJson(input.at(i));
        if (!parsed.isObject()) {
            return 0;
        }
        doc[i] = parsed.object();
    }
    const QJsonObject &base = doc[0];
    const QJsonObject &local = doc[1];
    const QJsonObject &remote = doc[2];
    (void)CaseMerge::merge3(base, local, remote);
    // A side that changed nothing can never be in conflict with the other: sync relies on it.
    FB_FUZZ_CHECK(CaseMerge::merge3(base, base, remote).conflicts.isEmpty());
    FB_FUZZ_CHECK(CaseMerge::merge3(base, local, base).conflicts.isEmpty());
    // Nor can two sides that made the same change.
    FB_FUZZ_CHECK(CaseMerge::merge3(base, local, local).conflicts.isEmpty());
    return 0;
}
