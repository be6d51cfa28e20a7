#include "textmerge.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// A block is compared by its content only; the separator (line end plus blank lines) is merged
// on its own, so appending a paragraph after the last one, which adds a blank line to it, does
// not count as a change of that paragraph. Views into the split text, which outlives them: a
// megabyte of one-line list items must not cost a quarter million allocations.
struct Block
{
    QStringView content;
    QStringView separator;
    int id = -1; // equal ids, equal content
};

struct Split
{
    QStringView preamble; // blank lines before the first block
    QList<Block> blocks;
};

struct Line
{
    qsizetype begin = 0;
    qsizetype contentEnd = 0; // before "\n" or "\r\n"
    qsizetype end = 0;
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0) {
            lines.append({pos, text.size(), text.size()});
            break;
        }
        const qsizetype contentEnd = nl > pos && text[nl - 1] == u'\r' ? nl - 1 : nl;
        lines.append({pos, contentEnd, nl + 1});
        pos = nl + 1;
    }
    return lines;
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) {
        return c.isSpace();
    });
}

qsizetype leadingSpaces(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == u' ') {
        ++n;
    }
    return n;
}

bool endsMarker(QStringView line, qsizetype at)
{
    return at == line.size() || line[at] == u' ' || line[at] == u'\t';
}

bool isHeading(QStringView line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3) {
        return false;
    }
    qsizetype n = indent;
    while (n < line.size() && line[n] == u'#') {
        ++n;
    }
    return n > indent && n - indent <= 6 && endsMarker(line, n);
}

bool isListItem(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && (line[at] == u' ' || line[at] == u'\t')) {
        ++at;
    }
    if (at < line.size() && (line[at] == u'-' || line[at] == u'*' || line[at] == u'+')) {
        return endsMarker(line, at + 1);
    }
    const qsizetype digits = at;
    while (at < line.size() && at - digits < 10 && line[at].isDigit()) {
        ++at;
    }
    if (at == digits || at - digits > 9 || at >= line.size() || (line[at] != u'.' && line[at] != u')')) {
        return false;
    }
    return endsMarker(line, at + 1);
}

// The fence character and length when line opens or closes a fenced code block.
std::pair<QChar, qsizetype> fence(QStringView line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size() || (line[indent] != u'`' && line[indent] != u'~')) {
        return {QChar(), 0};
    }
    const QChar c = line[indent];
    qsizetype n = indent;
    while (n < line.size() && line[n] == c) {
        ++n;
    }
    return n - indent >= 3 ? std::pair{c, n - indent} : std::pair{QChar(), qsizetype(0)};
}

bool closesFence(QStringView line, std::pair<QChar, qsizetype> open)
{
    const auto f = fence(line);
    if (f.first != open.first || f.second < open.second) {
        return false;
    }
    const qsizetype rest = leadingSpaces(line) + f.second;
    return isBlank(line.mid(rest));
}

Split split(const QString &text)
{
    const QList<Line> lines = splitLines(text);
    const qsizetype n = lines.size();
    const auto view = [&](qsizetype i) {
        return QStringView(text).mid(lines[i].begin, lines[i].contentEnd - lines[i].begin);
    };
    const auto startsBlock = [&](qsizetype i) {
        return isHeading(view(i)) || isListItem(view(i)) || fence(view(i)).second > 0;
    };

    Split result;
    qsizetype i = 0;
    while (i < n && isBlank(view(i))) {
        ++i;
    }
    result.preamble = QStringView(text).left(i < n ? lines[i].begin : text.size());
    while (i < n) {
        qsizetype last = i;
        if (const auto open = fence(view(i)); open.second > 0) {
            // Blank lines inside the fence belong to it; an unclosed fence runs to the end.
            last = n - 1;
            for (qsizetype j = i + 1; j < n; ++j) {
                if (closesFence(view(j), open)) {
                    last = j;
                    break;
                }
            }
        } else if (!isHeading(view(i))) {
            while (last + 1 < n && !isBlank(view(last + 1)) && !startsBlock(last + 1)) {
                ++last;
            }
        }
        qsizetype next = last + 1;
        while (next < n && isBlank(view(next))) {
            ++next;
        }
        const qsizetype contentEnd = lines[last].contentEnd;
        const qsizetype separatorEnd = next < n ? lines[next].begin : text.size();
        result.blocks.append({QStringView(text).mid(lines[i].begin, contentEnd - lines[i].begin),
                              QStringView(text).mid(contentEnd, separatorEnd - contentEnd)});
        i = next;
    }
    return result;
}

// A run of side blocks [sideBegin, sideEnd) that replaces the base blocks [begin, end).
struct Hunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype sideBegin = 0;
    qsizetype sideEnd = 0;
};

struct Diff
{
    QList<Hunk> hunks;
    QList<qsizetype> match; // per base block: its index in the side, or -1 inside a hunk
};

QList<int> ids(const Split &s)
{
    QList<int> result;
    result.reserve(s.blocks.size());
    for (const Block &b : s.blocks) {
        result.append(b.id);
    }
    return result;
}

// Longest common subsequence of block ids. The common head and tail are taken off first: with a
// few edited paragraphs they are nearly the whole text, which leaves the quadratic part small.
// Nullopt when the rest is still too large.
std::optional<Diff> diff(const QList<int> &a, const QList<int> &b)
{
    static_assert(TextMerge::MaxDiffCells < 65536LL * 65536LL, "LCS lengths must fit in 16 bits");
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    qsizetype head = 0;
    while (head < n && head < m && a[head] == b[head]) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail]) {
        ++tail;
    }
    const qsizetype rows = n - head - tail;
    const qsizetype cols = m - head - tail;
    if (qint64(rows) * qint64(cols) > TextMerge::MaxDiffCells) {
        return std::nullopt;
    }

    Diff d;
    d.match = QList<qsizetype>(n, -1);
    for (qsizetype k = 0; k < head; ++k) {
        d.match[k] = k;
    }
    for (qsizetype k = 0; k < tail; ++k) {
        d.match[n - 1 - k] = m - 1 - k;
    }
    if (rows > 0 && cols > 0) {
        // lcs[i][j]: length of the LCS of the middles from row i and column j on. It is at most
        // min(rows, cols) <= 2000 under the cell bound, so 16 bits suffice.
        const qsizetype width = cols + 1;
        std::vector<quint16> lcs(size_t((rows + 1) * width), 0);
        for (qsizetype i = rows - 1; i >= 0; --i) {
            for (qsizetype j = cols - 1; j >= 0; --j) {
                lcs[i * width + j] = a[head + i] == b[head + j]
                    ? quint16(lcs[(i + 1) * width + j + 1] + 1)
                    : std::max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < rows && j < cols) {
            if (a[head + i] == b[head + j]) {
                d.match[head + i] = head + j;
                ++i;
                ++j;
            } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    qsizetype k = 0;
    qsizetype t = 0;
    while (k < n || t < m) {
        if (k < n && d.match[k] == t) {
            ++k;
            ++t;
            continue;
        }
        Hunk h{k, k, t, t};
        while (k < n && d.match[k] < 0) {
            ++k;
        }
        h.end = k;
        h.sideEnd = k < n ? d.match[k] : m;
        t = h.sideEnd;
        d.hunks.append(h);
    }
    return d;
}

template<typename String>
std::optional<String> merge3Strings(const String &base, const String &local, const String &remote)
{
    if (local == remote || base == local) {
        return remote;
    }
    if (base == remote) {
        return local;
    }
    return std::nullopt;
}

bool sameBlocks(const Split &a, const Hunk &ha, const Split &b, const Hunk &hb)
{
    if (ha.begin != hb.begin || ha.end != hb.end || ha.sideEnd - ha.sideBegin != hb.sideEnd - hb.sideBegin) {
        return false;
    }
    for (qsizetype k = 0; k < ha.sideEnd - ha.sideBegin; ++k) {
        const Block &x = a.blocks[ha.sideBegin + k];
        const Block &y = b.blocks[hb.sideBegin + k];
        if (x.id != y.id || x.separator != y.separator) {
            return false;
        }
    }
    return true;
}

// The duplicate guard (Joplin): where a change meets a run of equal blocks, the block diff cannot
// tell which copy was edited, so a merge may duplicate or drop one. Refuse instead.
bool touchesRun(const QList<int> &baseIds, const QList<int> &sideIds, const Hunk &h)
{
    const qsizetype n = baseIds.size();
    const int prev = h.begin > 0 ? baseIds[h.begin - 1] : -1;
    const int next = h.end < n ? baseIds[h.end] : -1;
    if ((h.begin >= 2 && baseIds[h.begin - 2] == prev) || (h.end + 1 < n && baseIds[h.end + 1] == next)) {
        return true;
    }
    const auto runIn = [&](const QList<int> &list, qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (list[k] == prev || list[k] == next || (k > from && list[k] == list[k - 1])) {
                return true;
            }
        }
        return false;
    };
    return runIn(baseIds, h.begin, h.end) || runIn(sideIds, h.sideBegin, h.sideEnd);
}

// How often each id occurs; ids are dense, from 0 to idCount.
std::vector<qsizetype> counts(const QList<int> &list, qsizetype idCount)
{
    std::vector<qsizetype> result(size_t(idCount), 0);
    for (int id : list) {
        ++result[size_t(id)];
    }
    return result;
}

} // namespace

QStringList TextMerge::splitBlocks(const QString &text)
{
    const Split s = split(text);
    QStringList result;
    if (!s.preamble.isEmpty()) {
        result.append(s.preamble.toString());
    }
    for (const Block &b : s.blocks) {
        result.append(b.content.toString().append(b.separator));
    }
    return result;
}

std::optional<QString> TextMerge::merge3(const QString &base, const QString &local, const QString &remote)
{
    if (const auto trivial = merge3Strings(base, local, remote)) {
        return trivial;
    }
    if (base.size() > MaxTextSize || local.size() > MaxTextSize || remote.size() > MaxTextSize) {
        return std::nullopt;
    }

    Split sides[3] = {split(base), split(local), split(remote)};
    QHash<QStringView, int> interned;
    for (Split &s : sides) {
        for (Block &b : s.blocks) {
            auto it = interned.find(b.content);
            if (it == interned.end()) {
                it = interned.insert(b.content, int(interned.size()));
            }
            b.id = it.value();
        }
    }
    const Split &b = sides[0];
    const Split &l = sides[1];
    const Split &r = sides[2];
    const QList<int> baseIds = ids(b);
    const QList<int> localIds = ids(l);
    const QList<int> remoteIds = ids(r);
    const auto dl = diff(baseIds, localIds);
    const auto dr = diff(baseIds, remoteIds);
    if (!dl || !dr) {
        return std::nullopt;
    }

    // Hunks of one side are apart by at least one unchanged block, so one sweep finds every pair
    // of hunks that overlap or touch. Only the same change made on both sides may.
    QList<bool> sharedLocal(dl->hunks.size(), false);
    QList<bool> sharedRemote(dr->hunks.size(), false);
    for (qsizetype li = 0, ri = 0; li < dl->hunks.size() && ri < dr->hunks.size();) {
        const Hunk &hl = dl->hunks[li];
        const Hunk &hr = dr->hunks[ri];
        if (hl.end < hr.begin) {
            ++li;
        } else if (hr.end < hl.begin) {
            ++ri;
        } else if (sameBlocks(l, hl, r, hr)) {
            sharedLocal[li++] = true;
            sharedRemote[ri++] = true;
        } else {
            return std::nullopt;
        }
    }

    const auto preamble = merge3Strings(b.preamble, l.preamble, r.preamble);
    if (!preamble) {
        return std::nullopt;
    }
    QList<int> mergedIds;
    QList<QStringView> mergedContents;
    QList<QStringView> mergedSeparators;
    const auto take = [&](const Split &side, const Hunk &h) {
        for (qsizetype k = h.sideBegin; k < h.sideEnd; ++k) {
            mergedIds.append(side.blocks[k].id);
            mergedContents.append(side.blocks[k].content);
            mergedSeparators.append(side.blocks[k].separator);
        }
    };
    qsizetype k = 0;
    qsizetype li = 0;
    qsizetype ri = 0;
    while (true) {
        const bool atLocal = li < dl->hunks.size() && dl->hunks[li].begin == k;
        const bool atRemote = ri < dr->hunks.size() && dr->hunks[ri].begin == k;
        if (atLocal) {
            take(l, dl->hunks[li]);
            k = dl->hunks[li].end;
            ++li;
            ri += atRemote ? 1 : 0; // the sweep proved it is the same change
        } else if (atRemote) {
            take(r, dr->hunks[ri]);
            k = dr->hunks[ri].end;
            ++ri;
        } else if (k < b.blocks.size()) {
            Q_ASSERT(dl->match[k] >= 0 && dr->match[k] >= 0);
            const auto separator = merge3Strings(b.blocks[k].separator,
                                                 l.blocks[dl->match[k]].separator,
                                                 r.blocks[dr->match[k]].separator);
            if (!separator) {
                return std::nullopt;
            }
            mergedIds.append(b.blocks[k].id);
            mergedContents.append(b.blocks[k].content);
            mergedSeparators.append(*separator);
            ++k;
        } else {
            break;
        }
    }

    const bool localChanged = sharedLocal.contains(false);
    const bool remoteChanged = sharedRemote.contains(false);
    if (localChanged && remoteChanged) {
        const std::vector<qsizetype> inMerged = counts(mergedIds, interned.size());
        const auto guard = [&](const Diff &d, const QList<bool> &shared, const QList<int> &sideIds) {
            const std::vector<qsizetype> inSide = counts(sideIds, interned.size());
            for (qsizetype h = 0; h < d.hunks.size(); ++h) {
                if (shared[h]) {
                    continue;
                }
                const Hunk &hunk = d.hunks[h];
                if (touchesRun(baseIds, sideIds, hunk)) {
                    return false;
                }
                // A block this side added must come out as often as this side has it: more means
                // the other side added it too, fewer that it removed a copy elsewhere.
                for (qsizetype s = hunk.sideBegin; s < hunk.sideEnd; ++s) {
                    if (inMerged[size_t(sideIds[s])] != inSide[size_t(sideIds[s])]) {
                        return false;
                    }
                }
            }
            return true;
        };
        if (!guard(*dl, sharedLocal, localIds) || !guard(*dr, sharedRemote, remoteIds)) {
            return std::nullopt;
        }
    }

    QString merged = preamble->toString();
    merged.reserve(local.size() + remote.size());
    for (qsizetype m = 0; m < mergedContents.size(); ++m) {
        // Only a side's last block can lack a line end; anywhere else two blocks would fuse.
        if (!merged.isEmpty() && !merged.endsWith(u'\n')) {
            return std::nullopt;
        }
        merged += mergedContents[m];
        merged += mergedSeparators[m];
    }
    return merged;
}

} // namespace Fb
