#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <iterator>

namespace Fb {

// splitmix64 (Steele, Lea and Flood 2014): tiny, fast, well mixed, and fully specified, so the
// stream is the same with every compiler and standard library. Part of CorpusGenerator; advances
// the generator's state in place, so every part of one case draws from one stream.
class CorpusRandom
{
public:
    explicit CorpusRandom(quint64 &state)
        : m_state(state)
    {
    }

    quint64 next64()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n): the top 32 bits scaled by multiplication (no modulo, bias below 2^-32 * n).
    int bounded(qsizetype n)
    {
        if (n <= 1) {
            return 0;
        }
        return int(((next64() >> 32) * quint64(n)) >> 32);
    }

    int between(int low, int high) { return low + bounded(high - low + 1); }

    bool chance(int percent) { return bounded(100) < percent; }

    // An index drawn with the given weights; -1 for an empty list.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights) {
            total += std::max(w, 0);
        }
        if (total == 0) {
            return weights.isEmpty() ? -1 : bounded(weights.size());
        }
        int r = bounded(total);
        for (qsizetype i = 0; i < weights.size(); ++i) {
            const int w = std::max(weights.at(i), 0);
            if (r < w) {
                return int(i);
            }
            r -= w;
        }
        return int(weights.size()) - 1;
    }

    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            list.swapItemsAt(i, bounded(i + 1));
        }
    }

    // One of items, which must not be empty (a QList or a built-in array).
    template<typename Container>
    const auto &pick(const Container &items)
    {
        return items[bounded(qsizetype(std::size(items)))];
    }

private:
    quint64 &m_state;
};

} // namespace Fb
