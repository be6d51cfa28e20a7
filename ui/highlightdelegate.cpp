#include "highlightdelegate.h"

#include "searchquery.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Fb {

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<SearchQuery::Range> ranges = SearchQuery::highlights(opt.text, m_terms);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style draws background, selection and focus; the text is ours.
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect rect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(margin, 0, -margin, 0);
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, rect.width());

    const bool selected = opt.state & QStyle::State_Selected;
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    if (!selected) {
        mark.setBackground(opt.palette.brush(QPalette::Highlight));
        mark.setForeground(opt.palette.brush(QPalette::HighlightedText));
    }
    QList<QTextLayout::FormatRange> formats;
    for (const SearchQuery::Range &r : ranges) {
        // Eliding keeps the start of the text; ranges past the cut are simply not shown.
        if (r.start < shown.size()) {
            formats.append({int(r.start), int(std::min(r.length, shown.size() - r.start)), mark});
        }
    }

    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();

    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace Fb
