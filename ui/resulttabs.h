#pragma once

#include "language.h"
#include "referencedata.h"
#include "regionshapes.h"
#include "searchtypes.h"
#include "similarcases.h"
#include "vocabularies.h"

#include <QTabWidget>

namespace Fb {

class ChartsView;
class FacetModel;
class RegionMap;
class SimilarCasesPanel;

// The current selection seen four ways: the list, the map of Sweden's counties (a click toggles the
// county filter), the charts, and the cases near the user's own municipality.
class ResultTabs : public QTabWidget
{
    Q_OBJECT

public:
    ResultTabs(QWidget *list,
               FacetModel &facets,
               const Vocabularies &vocabularies,
               const ReferenceData &referenceData,
               Language language,
               QWidget *parent = nullptr);
    ~ResultTabs() override;

    void setResult(const SearchResult &result);
    void setNearCases(const QString &municipalityName, const QList<SimilarCase> &cases);

    RegionMap *map() const { return m_map; }

    ChartsView *charts() const { return m_charts; }

    SimilarCasesPanel *near() const { return m_near; }

Q_SIGNALS:
    void caseActivated(const QString &id);

private:
    FacetModel &m_facets;
    RegionShapes m_shapes;
    RegionMap *m_map = nullptr;
    ChartsView *m_charts;
    SimilarCasesPanel *m_near;
};

} // namespace Fb
