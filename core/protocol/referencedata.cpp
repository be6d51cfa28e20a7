#include "referencedata.h"

#include "resources.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The data files are simple: a header row, commas, no quoting (resources/data/SOURCES.md).
Result<QList<QStringList>> parseCsv(const QByteArray &data, const QString &name, qsizetype columns)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QStringList fields = QString::fromUtf8(line).split(u',');
        if (fields.size() != columns) {
            return Error{ErrorCode::InvalidValue, u"%1:%2"_s.arg(name).arg(i + 1), u"wrong number of columns"_s};
        }
        rows.append(std::move(fields));
    }
    return rows;
}

} // namespace

Result<ReferenceData>
ReferenceData::fromCsv(const QByteArray &municipalities, const QByteArray &regions, const QByteArray &centroids)
{
    ReferenceData data;
    auto regionRows = parseCsv(regions, u"regions"_s, 3);
    if (!regionRows) {
        return regionRows.error();
    }
    for (const QStringList &r : *regionRows) {
        data.m_regionIndex.insert(r.at(0), data.m_regions.size());
        data.m_regions.append(Region{r.at(0), r.at(1), r.at(2)});
    }
    auto municipalityRows = parseCsv(municipalities, u"municipalities"_s, 3);
    if (!municipalityRows) {
        return municipalityRows.error();
    }
    for (const QStringList &m : *municipalityRows) {
        if (!data.m_regionIndex.contains(m.at(2))) {
            return Error{ErrorCode::UnknownRegion, m.at(0), m.at(2)};
        }
        data.m_municipalityIndex.insert(m.at(0), data.m_municipalities.size());
        data.m_municipalities.append(Municipality{m.at(0), m.at(1), m.at(2)});
    }
    auto centroidRows = parseCsv(centroids, u"centroids"_s, 3);
    if (!centroidRows) {
        return centroidRows.error();
    }
    for (const QStringList &c : *centroidRows) {
        const auto it = data.m_municipalityIndex.constFind(c.at(0));
        if (it == data.m_municipalityIndex.cend()) {
            return Error{ErrorCode::UnknownMunicipality, c.at(0), {}};
        }
        Municipality &m = data.m_municipalities[it.value()];
        m.latitude = c.at(1).toDouble();
        m.longitude = c.at(2).toDouble();
    }
    return data;
}

Result<ReferenceData> ReferenceData::builtIn()
{
    auto m = readResource(u":/fb/data/swedish-municipalities.csv"_s);
    auto r = readResource(u":/fb/data/swedish-regions.csv"_s);
    auto c = readResource(u":/fb/data/swedish-municipality-centroids.csv"_s);
    for (const auto *res : {&m, &r, &c}) {
        if (!*res) {
            return res->error();
        }
    }
    return fromCsv(*m, *r, *c);
}

const Region *ReferenceData::region(const QString &code) const
{
    const auto it = m_regionIndex.constFind(code);
    return it == m_regionIndex.cend() ? nullptr : &m_regions.at(it.value());
}

const Municipality *ReferenceData::municipality(const QString &code) const
{
    const auto it = m_municipalityIndex.constFind(code);
    return it == m_municipalityIndex.cend() ? nullptr : &m_municipalities.at(it.value());
}

QList<const Municipality *> ReferenceData::municipalitiesIn(const QString &regionCode) const
{
    QList<const Municipality *> result;
    for (const Municipality &m : m_municipalities) {
        if (m.regionCode == regionCode) {
            result.append(&m);
        }
    }
    return result;
}

double ReferenceData::distanceKm(const QString &fromCode, const QString &toCode) const
{
    const Municipality *a = municipality(fromCode);
    const Municipality *b = municipality(toCode);
    if (!a || !b) {
        return -1;
    }
    // Haversine on a sphere of the mean Earth radius: ample for ranking by nearness.
    constexpr double radiusKm = 6371.0088;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (b->latitude - a->latitude) * rad;
    const double dLon = (b->longitude - a->longitude) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a->latitude * rad) * std::cos(b->latitude * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * radiusKm * std::asin(std::sqrt(h));
}

} // namespace Fb
