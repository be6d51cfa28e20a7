#pragma once

#include "result.h"

#include <QEventLoop>

#include <optional>

namespace Fb {

// Runs an asynchronous call to its end on this thread, for programs that do one thing at a time
// (the CLI, benchmarks). Never for the UI thread: it would wait on the network.
//   auto page = await<FeedPage>([&](auto done) { api.changes(cursor, 500, std::move(done)); });
template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return std::move(*result);
}

} // namespace Fb
