#include "barchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr int Padding = 8;
constexpr int Gap = 8;

qreal rowHeight(const QFontMetricsF &metrics)
{
    return metrics.height() + 6;
}

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus); // so a screen reader can land on it and read its description
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void BarChart::setData(const QString &title, const QList<ChartBar> &bars)
{
    m_title = title;
    m_bars = bars;
    setAccessibleName(title);
    QStringList lines;
    for (const ChartBar &bar : bars) {
        lines.append(u"%1: %2"_s.arg(bar.label).arg(bar.count));
    }
    setAccessibleDescription(lines.join(u"; "_s));
    setMinimumHeight(naturalHeight(font(), bars.size()));
    updateGeometry();
    update();
}

int BarChart::naturalHeight(const QFont &font, qsizetype barCount)
{
    QFont bold = font;
    bold.setBold(true);
    const qreal title = QFontMetricsF(bold).height() + Gap;
    return int(2 * Padding + title + barCount * rowHeight(QFontMetricsF(font))) + 1;
}

void BarChart::paint(QPainter &painter,
                     const QRectF &rect,
                     const QString &title,
                     const QList<ChartBar> &bars,
                     const QPalette &palette,
                     const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, palette.color(QPalette::Window));
    const QRectF area = rect.adjusted(Padding, Padding, -Padding, -Padding);

    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), boldMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     title);

    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal row = rowHeight(metrics);
    int max = 0;
    qreal labelWidth = 0;
    qreal countWidth = 0;
    for (const ChartBar &bar : bars) {
        max = std::max(max, bar.count);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        countWidth = std::max(countWidth, metrics.horizontalAdvance(QString::number(bar.count)));
    }
    // Long labels are elided rather than squeezing the bars to nothing.
    labelWidth = std::min(labelWidth, area.width() * 0.45);
    const qreal barLeft = area.left() + labelWidth + Gap;
    const qreal barSpace = std::max(0.0, area.right() - barLeft - Gap - countWidth);
    const QColor barColor = palette.color(QPalette::Highlight);

    qreal top = area.top() + boldMetrics.height() + Gap;
    for (const ChartBar &bar : bars) {
        const QRectF labelRect(area.left(), top, labelWidth, row);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(labelRect,
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const qreal length = max > 0 ? barSpace * bar.count / max : 0;
        if (length > 0) {
            painter.fillRect(QRectF(barLeft, top + 3, length, row - 6), barColor);
        }
        painter.drawText(QRectF(barLeft + length + Gap / 2.0, top, countWidth + Gap, row),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(bar.count));
        top += row;
    }
    painter.restore();
}

QSize BarChart::sizeHint() const
{
    return {420, naturalHeight(font(), m_bars.size())};
}

QSize BarChart::minimumSizeHint() const
{
    return {200, naturalHeight(font(), m_bars.size())};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect(), m_title, m_bars, palette(), font());
}

} // namespace Fb
