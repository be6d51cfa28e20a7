#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Fb {

struct Region
{
    QString code; // länskod, 2 digits
    QString name; // "Blekinge län"
    QString authorityName; // "Region Blekinge"
};

struct Municipality
{
    QString code; // kommunkod, 4 digits
    QString name; // "Karlskrona"
    QString regionCode;
    double latitude = 0; // a point inside the municipality's land area (WGS 84)
    double longitude = 0;
};

// Sweden's 290 municipalities and 21 regions (SCB codes), from resources/data (sources and
// licences in resources/data/SOURCES.md). Load once and pass by reference.
class ReferenceData
{
public:
    static Result<ReferenceData>
    fromCsv(const QByteArray &municipalities, const QByteArray &regions, const QByteArray &centroids);
    static Result<ReferenceData> builtIn();

    const QList<Region> &regions() const { return m_regions; }

    const QList<Municipality> &municipalities() const { return m_municipalities; }

    const Region *region(const QString &code) const;
    const Municipality *municipality(const QString &code) const;
    QList<const Municipality *> municipalitiesIn(const QString &regionCode) const;
    // Great-circle distance in kilometres between two municipalities' points; -1 if unknown.
    double distanceKm(const QString &fromCode, const QString &toCode) const;

private:
    QList<Region> m_regions;
    QList<Municipality> m_municipalities;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, qsizetype> m_municipalityIndex;
};

} // namespace Fb
