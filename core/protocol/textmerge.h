#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Fb {

// Three-way merge of Markdown text by blocks: paragraphs, headings, list items and fenced code
// blocks (docs/sync.md). Conservative on purpose: a refused merge becomes a conflict the user
// resolves, a wrong merge silently corrupts someone's text.
class TextMerge
{
public:
    // Larger texts are merged only when one side left them as they were; otherwise the caller
    // records a conflict.
    static constexpr qsizetype MaxTextSize = 1024 * 1024;
    // Bound on the work of one block diff (blocks of base times blocks of a side, after the common
    // head and tail are taken off).
    static constexpr qint64 MaxDiffCells = 4'000'000;

    // The merged text, or nullopt when the two sides' changes overlap, touch, or the merge is unsafe.
    static std::optional<QString> merge3(const QString &base, const QString &local, const QString &remote);

    // The blocks of text, each with the line end and blank lines that follow it (leading blank
    // lines are an element of their own), so that joined they give text back exactly.
    static QStringList splitBlocks(const QString &text);
};

} // namespace Fb
