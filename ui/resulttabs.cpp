#include "resulttabs.h"

#include "chartsview.h"
#include "facetmodel.h"
#include "regionmap.h"
#include "similarcasespanel.h"

#include <QLabel>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace Fb {

ResultTabs::ResultTabs(QWidget *list,
                       FacetModel &facets,
                       const Vocabularies &vocabularies,
                       const ReferenceData &referenceData,
                       Language language,
                       QWidget *parent)
    : QTabWidget(parent)
    , m_facets(facets)
    , m_charts(new ChartsView(vocabularies, referenceData, language, this))
    , m_near(new SimilarCasesPanel(vocabularies, language, this))
{
    setDocumentMode(true);
    setAccessibleName(tr("Results"));
    tabBar()->setAccessibleName(tr("Ways to see the results"));
    setAccessibleDescription(tr("The selection as a list, a map, charts, and cases near you"));
    addTab(list, tr("&List"));
    // The outlines are built into the program; a broken resource is a build error, shown plainly.
    if (auto shapes = RegionShapes::builtIn(); shapes) {
        m_shapes = std::move(shapes).value();
        m_map = new RegionMap(m_shapes, referenceData, this);
        addTab(m_map, tr("&Map"));
        connect(m_map, &RegionMap::regionClicked, this, [this](const QString &code) {
            FacetFilter filter = m_facets.filter();
            QSet<QString> &regions = filter.values(Facet::Region);
            if (!regions.remove(code)) {
                regions.insert(code);
            }
            m_facets.setFilter(filter);
        });
    } else {
        addTab(new QLabel(tr("The map could not be drawn."), this), tr("&Map"));
    }
    addTab(m_charts, tr("C&harts"));
    addTab(m_near, tr("&Near me"));
    m_near->setTitle(tr("Choose your municipality in Settings to see cases near it."));
    connect(m_near, &SimilarCasesPanel::caseActivated, this, &ResultTabs::caseActivated);
}

ResultTabs::~ResultTabs() = default;

void ResultTabs::setResult(const SearchResult &result)
{
    m_charts->setResult(result);
    if (!m_map || !result.cases) {
        return;
    }
    QHash<QString, int> counts;
    for (int row : result.rows) {
        for (const QString &code : result.cases->at(row).values(Facet::Region)) {
            ++counts[code];
        }
    }
    m_map->setCounts(counts);
    m_map->setSelected(m_facets.filter().values(Facet::Region));
}

void ResultTabs::setNearCases(const QString &municipalityName, const QList<SimilarCase> &cases)
{
    m_near->setTitle(tr("Cases near %1").arg(municipalityName));
    m_near->setCases(cases);
}

} // namespace Fb
