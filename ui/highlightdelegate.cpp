#include "highlightdelegate.h"

#include "searchquery.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Fb {

namespace {

// One line of text, elided to rect's width, with the ranges marked; vertically centred in rect.
void drawLine(QPainter *painter,
              const QStyleOptionViewItem &opt,
              const QRect &rect,
              const QString &text,
              const QList<SearchQuery::Range> &ranges,
              const QColor &colour)
{
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
    painter->setPen(colour);
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString HighlightDelegate::secondLine(const QModelIndex &index) const
{
    return m_secondLineRole ? index.data(m_secondLineRole).toString() : QString();
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<SearchQuery::Range> ranges = SearchQuery::highlights(opt.text, m_terms);
    const QString second = secondLine(index);
    if (ranges.isEmpty() && second.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style draws background, selection and focus; the text is ours.
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(margin, 0, -margin, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (second.isEmpty()) {
        drawLine(painter, opt, rect, text, ranges, textColour);
        return;
    }
    // Title in the upper half, the snippet in the lower, dimmer unless selected.
    const QRect upper(rect.left(), rect.top(), rect.width(), rect.height() / 2);
    const QRect lower(rect.left(), upper.bottom() + 1, rect.width(), rect.height() - upper.height());
    drawLine(painter, opt, upper, text, ranges, textColour);
    drawLine(painter,
             opt,
             lower,
             second,
             SearchQuery::highlights(second, m_terms),
             selected ? textColour : opt.palette.color(group, QPalette::PlaceholderText));
}

QSize HighlightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!secondLine(index).isEmpty()) {
        size.setHeight(size.height() + option.fontMetrics.lineSpacing());
    }
    return size;
}

} // namespace Fb
