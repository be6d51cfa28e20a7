#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Fb {

struct RegionShape
{
    QString code; // länskod, 2 digits
    QString name; // the geojson's "name", e.g. "Blekinge län"
    QPainterPath path; // projected plane, odd-even fill so holes stay holes
    QPointF interiorPoint; // a point inside the region's largest part, for keyboard focus and tests
};

// The 21 regions' outlines (resources/data/swedish-regions.geojson) in a projected plane: x is
// longitude scaled by cos(62°), y is minus latitude, so north is up and Sweden's middle keeps its
// proportions. Pure geometry: the map widget maps this plane to pixels.
class RegionShapes
{
public:
    static Result<RegionShapes> fromGeoJson(const QByteArray &json);
    // The outlines built into the program.
    static Result<RegionShapes> builtIn();

    // WGS 84 degrees to the projected plane.
    static QPointF project(double longitude, double latitude);

    const QList<RegionShape> &regions() const { return m_regions; }

    const RegionShape *region(const QString &code) const;
    // The code of the region containing point (projected plane), or empty over sea or abroad.
    QString regionAt(const QPointF &point) const;

    QRectF bounds() const { return m_bounds; }

private:
    QList<RegionShape> m_regions;
    QRectF m_bounds;
};

} // namespace Fb
