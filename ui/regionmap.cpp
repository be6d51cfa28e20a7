#include "regionmap.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr int Margin = 6;
constexpr int Swatch = 14;
constexpr int MaxClasses = 5;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

RegionMap::RegionMap(const RegionShapes &shapes, const ReferenceData &referenceData, QWidget *parent)
    : QWidget(parent)
    , m_shapes(shapes)
    , m_referenceData(referenceData)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Map of Sweden's regions"));
    updateAccessibleDescription();
}

void RegionMap::setCounts(const QHash<QString, int> &countsByRegionCode)
{
    m_counts = countsByRegionCode;
    updateAccessibleDescription();
    update();
}

void RegionMap::setSelected(const QSet<QString> &codes)
{
    m_selected = codes;
    updateAccessibleDescription();
    update();
}

void RegionMap::setFocusedRegion(const QString &code)
{
    if (!m_shapes.region(code) || code == m_focused) {
        return;
    }
    m_focused = code;
    updateAccessibleDescription();
    update();
}

int RegionMap::maxCount() const
{
    int max = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        max = std::max(max, it.value());
    }
    return max;
}

int RegionMap::classCount() const
{
    return std::min(MaxClasses, maxCount());
}

QColor RegionMap::colorFor(int count) const
{
    const QPalette &p = palette();
    if (count <= 0) {
        return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.12);
    }
    const int classes = classCount();
    const int max = maxCount();
    // Class k of n holds the counts in ((k-1)·max/n, k·max/n]; the maximum is always in class n.
    const int k = classes <= 0 ? 1 : std::clamp(int(std::ceil(double(count) * classes / max)), 1, classes);
    const double t = classes <= 1 ? 1.0 : double(k - 1) / (classes - 1);
    // The highlight's hue ties the map to the theme; a grey highlight would give no scale at all.
    const QColor highlight = p.color(QPalette::Highlight);
    const float hue = highlight.hslSaturationF() < 0.15f || highlight.hslHueF() < 0 ? 0.58f : highlight.hslHueF();
    // More cases: further from the background, so darker on light themes and lighter on dark ones.
    const double lightness = isDark(p) ? 0.25 + 0.50 * t : 0.86 - 0.58 * t;
    return QColor::fromHslF(hue, 0.65f, float(lightness));
}

QString RegionMap::regionName(const QString &code) const
{
    if (const Region *region = m_referenceData.region(code)) {
        return region->name;
    }
    const RegionShape *shape = m_shapes.region(code);
    return shape ? shape->name : code;
}

QString RegionMap::regionText(const QString &code) const
{
    if (m_counting == Counting::Adoptions) {
        //: Map tooltip: %1 a county (län), %n how many in it took the case up
        return tr("%1: %n adoption(s)", nullptr, m_counts.value(code)).arg(regionName(code));
    }
    //: Map tooltip: %1 a county (län), %n the number of matching cases in it
    return tr("%1: %n case(s)", nullptr, m_counts.value(code)).arg(regionName(code));
}

void RegionMap::setCounting(Counting counting)
{
    m_counting = counting;
    update();
}

QString RegionMap::legendTitle() const
{
    return m_counting == Counting::Adoptions ? tr("Adoptions") : tr("Cases");
}

QSize RegionMap::legendSize() const
{
    const QFontMetrics metrics = fontMetrics();
    const int classes = classCount();
    int width = metrics.horizontalAdvance(legendTitle());
    const int max = maxCount();
    if (classes > 0) {
        width = std::max(width, Swatch + 6 + metrics.horizontalAdvance(u"%1–%2"_s.arg(max).arg(max)));
    }
    width = std::max(width, Swatch + 6 + metrics.horizontalAdvance(u"0"_s));
    const int rows = 2 + classes; // title, zero, the classes
    return {width, rows * (metrics.height() + 4)};
}

RegionMap::Layout RegionMap::layout() const
{
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin);
    const QSize legend = legendSize();
    const QRectF bounds = m_shapes.bounds();
    if (bounds.isEmpty() || area.isEmpty()) {
        return {};
    }
    // The legend goes beside the map or below it, wherever it leaves the map larger.
    const QRect beside = area.adjusted(0, 0, -(legend.width() + Margin), 0);
    const QRect below = area.adjusted(0, 0, 0, -(legend.height() + Margin));
    const auto scaleIn = [&](const QRect &r) {
        return r.isEmpty() ? 0.0 : std::min(r.width() / bounds.width(), r.height() / bounds.height());
    };
    const bool legendBeside = scaleIn(beside) >= scaleIn(below);
    const QRect mapArea = legendBeside ? beside : below;
    const double scale = scaleIn(mapArea);
    const QSizeF mapSize = bounds.size() * scale;
    const QPointF origin(mapArea.left() + (mapArea.width() - mapSize.width()) / 2,
                         mapArea.top() + (mapArea.height() - mapSize.height()) / 2);
    Layout result;
    result.toWidget = QTransform::fromTranslate(-bounds.left(), -bounds.top()) * QTransform::fromScale(scale, scale)
        * QTransform::fromTranslate(origin.x(), origin.y());
    const QRectF mapRect(origin, mapSize);
    result.legend = legendBeside
        ? QRect(QPoint(int(mapRect.right()) + Margin, int(mapRect.bottom()) - legend.height()), legend)
        : QRect(QPoint(int(mapRect.left()), int(mapRect.bottom()) + Margin), legend);
    return result;
}

QString RegionMap::regionAt(const QPoint &position) const
{
    bool invertible = false;
    const QTransform toPlane = layout().toWidget.inverted(&invertible);
    return invertible ? m_shapes.regionAt(toPlane.map(QPointF(position))) : QString();
}

QPoint RegionMap::positionOf(const QString &code) const
{
    const RegionShape *shape = m_shapes.region(code);
    return shape ? layout().toWidget.map(shape->interiorPoint).toPoint() : QPoint();
}

QSize RegionMap::sizeHint() const
{
    return {320, 520};
}

QSize RegionMap::minimumSizeHint() const
{
    return {160, 240};
}

void RegionMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    const QPalette &p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    const QBrush zeroHatch(mix(base, text, 0.45), Qt::BDiagPattern);

    QPen outline(mix(base, text, 0.55), 0.8);
    outline.setCosmetic(true);
    QPen hoverPen(text, 1.6);
    hoverPen.setCosmetic(true);
    painter.save();
    painter.setTransform(l.toWidget);
    for (const RegionShape &shape : m_shapes.regions()) {
        const int count = m_counts.value(shape.code);
        painter.setPen(shape.code == m_hovered ? hoverPen : outline);
        painter.setBrush(colorFor(count));
        painter.drawPath(shape.path);
        if (count <= 0) {
            // Hatching tells "no cases" apart from the palest class without relying on hue.
            painter.setPen(Qt::NoPen);
            painter.setBrush(zeroHatch);
            painter.setBrushOrigin(0, 0);
            painter.save();
            painter.resetTransform();
            painter.drawPath(l.toWidget.map(shape.path));
            painter.restore();
        }
    }
    QPen selectedPen(p.color(QPalette::Highlight), 3);
    selectedPen.setCosmetic(true);
    selectedPen.setJoinStyle(Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    for (const RegionShape &shape : m_shapes.regions()) {
        if (m_selected.contains(shape.code)) {
            painter.setPen(selectedPen);
            painter.drawPath(shape.path);
        }
    }
    if (hasFocus()) {
        if (const RegionShape *focused = m_shapes.region(m_focused)) {
            QPen focusPen(text, 2, Qt::DashLine);
            focusPen.setCosmetic(true);
            painter.setPen(focusPen);
            painter.drawPath(focused->path);
        }
    }
    painter.restore();
    paintLegend(painter, l.legend);
}

void RegionMap::paintLegend(QPainter &painter, const QRect &rect) const
{
    const QPalette &p = palette();
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = metrics.height() + 4;
    painter.setPen(p.color(QPalette::WindowText));
    painter.drawText(QRect(rect.left(), rect.top(), rect.width(), rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     legendTitle());
    const int classes = classCount();
    const int max = maxCount();
    const QColor outline = mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.55);
    for (int row = 0; row <= classes; ++row) {
        const int top = rect.top() + (row + 1) * rowHeight;
        const QRect swatch(rect.left(), top + (rowHeight - Swatch) / 2, Swatch, Swatch);
        QString label = u"0"_s;
        int sample = 0;
        if (row > 0) {
            const int low = int(std::floor(double(row - 1) * max / classes)) + 1;
            const int high = int(std::floor(double(row) * max / classes));
            label = low == high ? QString::number(low) : u"%1–%2"_s.arg(low).arg(high);
            sample = high;
        }
        painter.setPen(outline);
        painter.setBrush(colorFor(sample));
        painter.drawRect(swatch);
        if (row == 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.45), Qt::BDiagPattern));
            painter.drawRect(swatch);
        }
        painter.setPen(p.color(QPalette::WindowText));
        painter.drawText(QRect(swatch.right() + 6, top, rect.width() - Swatch - 6, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         label);
    }
}

bool RegionMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = regionAt(help->pos());
        if (code.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), regionText(code), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void RegionMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QString code = regionAt(event->position().toPoint());
    if (code.isEmpty()) {
        return;
    }
    setFocusedRegion(code);
    Q_EMIT regionClicked(code);
}

void RegionMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = regionAt(event->position().toPoint());
    if (code != m_hovered) {
        m_hovered = code;
        setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void RegionMap::leaveEvent(QEvent *event)
{
    m_hovered.clear();
    update();
    QWidget::leaveEvent(event);
}

void RegionMap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: moveFocus({-1, 0}); break;
    case Qt::Key_Right: moveFocus({1, 0}); break;
    case Qt::Key_Up: moveFocus({0, -1}); break;
    case Qt::Key_Down: moveFocus({0, 1}); break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_focused.isEmpty()) {
            Q_EMIT regionClicked(m_focused);
        }
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void RegionMap::moveFocus(QPointF direction)
{
    const RegionShape *current = m_shapes.region(m_focused);
    if (!current) {
        if (!m_shapes.regions().isEmpty()) {
            setFocusedRegion(m_shapes.regions().constFirst().code);
        }
        return;
    }
    // The nearest region ahead, where sideways distance counts double so Down from Jämtland goes
    // to Dalarna rather than to a closer region off to the east.
    const RegionShape *best = nullptr;
    double bestScore = 0;
    for (const RegionShape &shape : m_shapes.regions()) {
        const QPointF v = shape.interiorPoint - current->interiorPoint;
        const double ahead = v.x() * direction.x() + v.y() * direction.y();
        if (&shape == current || ahead <= 1e-9) {
            continue;
        }
        const double sideways = std::abs(v.x() * direction.y() - v.y() * direction.x());
        const double score = ahead + 2 * sideways;
        if (!best || score < bestScore) {
            best = &shape;
            bestScore = score;
        }
    }
    if (best) {
        setFocusedRegion(best->code);
    }
}

void RegionMap::focusInEvent(QFocusEvent *event)
{
    if (m_focused.isEmpty() && !m_shapes.regions().isEmpty()) {
        setFocusedRegion(m_shapes.regions().constFirst().code);
    }
    update();
    QWidget::focusInEvent(event);
}

void RegionMap::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void RegionMap::updateAccessibleDescription()
{
    const QString help = tr("Arrow keys move between regions; Space filters by the region.");
    if (m_focused.isEmpty()) {
        setAccessibleDescription(help);
        return;
    }
    const QString state = m_selected.contains(m_focused) ? tr("selected as a filter") : tr("not selected");
    //: Screen-reader text of the map: %1 region and count, %2 whether it filters, %3 key help
    setAccessibleDescription(tr("%1, %2. %3").arg(regionText(m_focused), state, help));
}

} // namespace Fb
