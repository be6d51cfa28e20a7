#include "regionshapes.h"

#include "resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Sweden's middle latitude: scaling longitude by its cosine keeps shapes there undistorted.
const double LongitudeScale = std::cos(62.0 * std::numbers::pi / 180.0);

Result<QPolygonF> parseRing(const QJsonValue &value, const QString &path)
{
    if (!value.isArray()) {
        return Error{ErrorCode::WrongType, path, u"a ring must be an array of positions"_s};
    }
    const QJsonArray positions = value.toArray();
    // GeoJSON rings are closed: at least four positions, the last equal to the first.
    if (positions.size() < 4) {
        return Error{ErrorCode::InvalidValue, path, u"a ring needs at least four positions"_s};
    }
    QPolygonF ring;
    ring.reserve(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const QJsonArray position = positions.at(i).toArray();
        if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble()) {
            return Error{ErrorCode::WrongType, u"%1[%2]"_s.arg(path).arg(i), u"a position is [longitude, latitude]"_s};
        }
        const double longitude = position.at(0).toDouble();
        const double latitude = position.at(1).toDouble();
        if (std::abs(longitude) > 180 || std::abs(latitude) > 90) {
            return Error{ErrorCode::InvalidValue, u"%1[%2]"_s.arg(path).arg(i), u"position out of range"_s};
        }
        ring.append(RegionShapes::project(longitude, latitude));
    }
    return ring;
}

// One Polygon's rings (outer ring, then holes) as closed subpaths of path.
Result<void> addPolygon(QPainterPath &path, const QJsonValue &value, const QString &where, QRectF *outer)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return Error{ErrorCode::WrongType, where, u"a polygon must be a non-empty array of rings"_s};
    }
    const QJsonArray rings = value.toArray();
    for (qsizetype i = 0; i < rings.size(); ++i) {
        auto ring = parseRing(rings.at(i), u"%1[%2]"_s.arg(where).arg(i));
        if (!ring) {
            return ring.error();
        }
        if (i == 0 && outer) {
            *outer = ring->boundingRect();
        }
        path.addPolygon(*ring);
        path.closeSubpath();
    }
    return {};
}

// A point inside path near the middle of part: the middle itself when inside, else the inside
// sample of a grid over part that lies closest to it (archipelagos and bays can leave the middle
// at sea).
QPointF interiorPoint(const QPainterPath &path, const QRectF &part)
{
    const QPointF centre = part.center();
    if (path.contains(centre)) {
        return centre;
    }
    constexpr int Steps = 40;
    QPointF best = centre;
    double bestDistance = -1;
    for (int i = 1; i < Steps; ++i) {
        for (int j = 1; j < Steps; ++j) {
            const QPointF p(part.left() + part.width() * i / Steps, part.top() + part.height() * j / Steps);
            if (!path.contains(p)) {
                continue;
            }
            const double d = std::hypot(p.x() - centre.x(), p.y() - centre.y());
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
    }
    return best;
}

} // namespace

QPointF RegionShapes::project(double longitude, double latitude)
{
    return {longitude * LongitudeScale, -latitude};
}

Result<RegionShapes> RegionShapes::fromGeoJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidJson, {}, parseError.errorString()};
    }
    if (!document.isObject()) {
        return Error{ErrorCode::NotAnObject, {}, u"a GeoJSON FeatureCollection is an object"_s};
    }
    const QJsonObject root = document.object();
    if (root.value("type"_L1).toString() != "FeatureCollection"_L1) {
        return Error{ErrorCode::InvalidValue, u"type"_s, u"expected a FeatureCollection"_s};
    }
    if (!root.value("features"_L1).isArray()) {
        return Error{ErrorCode::MissingField, u"features"_s, {}};
    }
    const QJsonArray features = root.value("features"_L1).toArray();
    RegionShapes shapes;
    for (qsizetype f = 0; f < features.size(); ++f) {
        const QString where = u"features[%1]"_s.arg(f);
        const QJsonObject feature = features.at(f).toObject();
        const QJsonObject properties = feature.value("properties"_L1).toObject();
        const QJsonObject geometry = feature.value("geometry"_L1).toObject();
        RegionShape shape;
        shape.code = properties.value("code"_L1).toString();
        shape.name = properties.value("name"_L1).toString();
        if (shape.code.isEmpty()) {
            return Error{ErrorCode::MissingField, where + u".properties.code"_s, {}};
        }
        if (shapes.region(shape.code)) {
            return Error{ErrorCode::DuplicateValue, where + u".properties.code"_s, shape.code};
        }
        shape.path.setFillRule(Qt::OddEvenFill);
        const QString type = geometry.value("type"_L1).toString();
        const QJsonValue coordinates = geometry.value("coordinates"_L1);
        const QString coordinatesPath = where + u".geometry.coordinates"_s;
        QRectF largest;
        if (type == "Polygon"_L1) {
            if (auto added = addPolygon(shape.path, coordinates, coordinatesPath, &largest); !added) {
                return added.error();
            }
        } else if (type == "MultiPolygon"_L1) {
            const QJsonArray polygons = coordinates.toArray();
            if (!coordinates.isArray() || polygons.isEmpty()) {
                return Error{ErrorCode::WrongType, coordinatesPath, u"a MultiPolygon needs polygons"_s};
            }
            for (qsizetype p = 0; p < polygons.size(); ++p) {
                QRectF outer;
                auto added = addPolygon(shape.path, polygons.at(p), u"%1[%2]"_s.arg(coordinatesPath).arg(p), &outer);
                if (!added) {
                    return added.error();
                }
                if (outer.width() * outer.height() > largest.width() * largest.height()) {
                    largest = outer;
                }
            }
        } else {
            return Error{ErrorCode::InvalidValue, where + u".geometry.type"_s, u"expected Polygon or MultiPolygon"_s};
        }
        shape.interiorPoint = interiorPoint(shape.path, largest);
        shapes.m_bounds = shapes.m_bounds.united(shape.path.boundingRect());
        shapes.m_regions.append(std::move(shape));
    }
    if (shapes.m_regions.isEmpty()) {
        return Error{ErrorCode::MissingField, u"features"_s, u"no regions"_s};
    }
    return shapes;
}

Result<RegionShapes> RegionShapes::builtIn()
{
    const auto json = readResource(u":/fb/data/swedish-regions.geojson"_s);
    if (!json) {
        return json.error();
    }
    return fromGeoJson(*json);
}

const RegionShape *RegionShapes::region(const QString &code) const
{
    for (const RegionShape &shape : m_regions) {
        if (shape.code == code) {
            return &shape;
        }
    }
    return nullptr;
}

QString RegionShapes::regionAt(const QPointF &point) const
{
    for (const RegionShape &shape : m_regions) {
        // The bounding box first: contains() walks every edge of the outline.
        if (shape.path.controlPointRect().contains(point) && shape.path.contains(point)) {
            return shape.code;
        }
    }
    return {};
}

} // namespace Fb
