// What the server reads of a request before and while a handler acts on it: the head that
// ConnectionGuard judges, a blob chunk's Content-Range, and a JSON body, applied as a batch of
// mutations (the POST /api/v1/mutations path) by the administrator and by an editor. The first
// byte chooses which.
#include "apirequests.h"
#include "fuzzbank.h"

using namespace Fb;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const Http::Refusal refusal = Http::checkRequestHead(input, 4 * 1024 * 1024);
        FB_FUZZ_CHECK(refusal.headerBytes <= input.size());
        break;
    }
    case 1: {
        const qsizetype newline = input.indexOf('\n');
        const QByteArray header = newline < 0 ? input : input.left(newline);
        const qint64 bodySize = newline < 0 ? 0 : input.size() - newline - 1;
        if (const auto range = Http::parseContentRange(header, bodySize)) {
            // The chunk lies inside the blob.
            FB_FUZZ_CHECK(range->start >= 0 && range->start + bodySize <= range->total);
        }
        break;
    }
    default: {
        const auto body = Http::parseObject(input);
        if (!body) {
            break;
        }
        const QJsonArray mutations = body->value("mutations"_L1).toArray();
        for (qsizetype i = 0; i < mutations.size() && i < 100; ++i) {
            const QJsonObject answer = Fuzz::bank().apply(i % 2, mutations.at(i).toObject());
            // Every mutation gets one of the protocol's answers, whatever it held.
            const QString status = answer.value("status"_L1).toString();
            FB_FUZZ_CHECK(status == "applied"_L1 || status == "conflict"_L1 || status == "rejected"_L1
                          || status == "duplicate"_L1 || status == "retry"_L1);
        }
    }
    }
    return 0;
}
