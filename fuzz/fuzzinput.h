#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz harnesses (docs/development.md, "Fuzzing").

// A property the code under test promises; a violation is a finding, like a crash.
#define FB_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace Fb::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut at NUL bytes into exactly n parts (missing ones empty), for harnesses that need
// several documents; no valid JSON or text of ours holds a NUL, so the cut loses nothing.
inline QList<QByteArray> parts(const QByteArray &input, qsizetype n)
{
    QList<QByteArray> out = input.split('\0');
    while (out.size() < n) {
        out.append(QByteArray());
    }
    while (out.size() > n) {
        out[n - 1] += '\0' + out.takeLast();
    }
    return out;
}

} // namespace Fb::Fuzz
