#pragma once

#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>
#include <QWidget>

class QPainter;

namespace Fb {

struct ChartBar
{
    QString key; // vocabulary key, region code or year
    QString label;
    int count = 0;

    bool operator==(const ChartBar &) const = default;
};

// A titled horizontal bar chart: one row per bar with its label, a bar and the number. Painted by
// one static function, so the screen, PNG and SVG show the same picture.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    void setData(const QString &title, const QList<ChartBar> &bars);

    const QString &title() const { return m_title; }

    const QList<ChartBar> &bars() const { return m_bars; }

    // The height the chart needs for its rows in font (its width is free).
    static int naturalHeight(const QFont &font, qsizetype barCount);
    static void paint(QPainter &painter,
                      const QRectF &rect,
                      const QString &title,
                      const QList<ChartBar> &bars,
                      const QPalette &palette,
                      const QFont &font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<ChartBar> m_bars;
};

} // namespace Fb
