#pragma once

#include "referencedata.h"
#include "regionshapes.h"

#include <QColor>
#include <QHash>
#include <QRect>
#include <QSet>
#include <QString>
#include <QTransform>
#include <QWidget>

namespace Fb {

// Sweden's 21 regions coloured by how many cases of the current selection each has. Clicking (or
// Space/Enter on the keyboard-focused region) asks to toggle that region as a filter; the owner
// decides and calls setSelected(). Arrow keys move the focus to the nearest region in their
// direction. See docs/browsing.md.
class RegionMap : public QWidget
{
    Q_OBJECT

public:
    RegionMap(const RegionShapes &shapes, const ReferenceData &referenceData, QWidget *parent = nullptr);

    // What the counts count: cases (the selection), or adoptions (the spread of one case).
    enum class Counting {
        Cases,
        Adoptions,
    };
    void setCounting(Counting counting);
    void setCounts(const QHash<QString, int> &countsByRegionCode);

    const QHash<QString, int> &counts() const { return m_counts; }

    void setSelected(const QSet<QString> &codes);

    const QSet<QString> &selected() const { return m_selected; }

    // The keyboard focus's region code (empty before the map had focus).
    QString focusedRegion() const { return m_focused; }

    void setFocusedRegion(const QString &code);

    // The fill of a region with count cases under the current counts and palette: zero is a
    // neutral grey, one or more a class of a sequential scale whose last class (the maximum)
    // contrasts most with the background.
    QColor colorFor(int count) const;
    // "Blekinge län: 3 cases" (or adoptions), as the tooltip and screen readers say it.
    QString regionText(const QString &code) const;
    // The region under a widget position, or empty.
    QString regionAt(const QPoint &position) const;
    // Where the region's interior point lies in widget coordinates (for tests and focus).
    QPoint positionOf(const QString &code) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void regionClicked(const QString &code);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Number of colour classes for the current maximum (at most five, never more than the maximum).
    int classCount() const;
    int maxCount() const;
    QString regionName(const QString &code) const;
    QString legendTitle() const;

    struct Layout
    {
        QTransform toWidget; // projected plane → widget
        QRect legend;
    };

    // Computed from the current size each time, so a map that was never shown still hit-tests.
    Layout layout() const;
    QSize legendSize() const;
    void updateAccessibleDescription();
    void moveFocus(QPointF direction);
    void paintLegend(QPainter &painter, const QRect &rect) const;

    const RegionShapes &m_shapes;
    const ReferenceData &m_referenceData;
    QHash<QString, int> m_counts;
    Counting m_counting = Counting::Cases;
    QSet<QString> m_selected;
    QString m_focused;
    QString m_hovered;
};

} // namespace Fb
