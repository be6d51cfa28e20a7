// A page of the change feed as the client reads it from the server (FeedPage).
#include "feedpage.h"
#include "fuzzinput.h"

#include <QJsonDocument>

using namespace Fb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!doc.isObject()) {
        return 0;
    }
    auto page = FeedPage::fromJson(doc.object());
    if (!page) {
        return 0;
    }
    // What the client keeps of a page reads back as the same page.
    const QJsonObject kept = page->toJson();
    auto again = FeedPage::fromJson(kept);
    FB_FUZZ_CHECK(again.ok());
    FB_FUZZ_CHECK(again->toJson() == kept);
    return 0;
}
