#pragma once

#include "barchart.h"
#include "language.h"
#include "referencedata.h"
#include "result.h"
#include "searchtypes.h"
#include "vocabularies.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QPainter;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Fb {

// How the current selection spreads: cases by policy area, region, start year and evidence level,
// each as a bar chart or, for screen readers and copying, as a table. The shown chart exports
// as PNG or SVG. See docs/browsing.md.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart {
        PolicyArea,
        Region,
        StartYear,
        EvidenceLevel,
    };
    static constexpr int ChartCount = 4;

    ChartsView(const Vocabularies &vocabularies,
               const ReferenceData &referenceData,
               Language language,
               QWidget *parent = nullptr);

    // Counts the result's rows (not its FacetCounts, which leave out each facet's own filter). A
    // case with several values (policy areas, regions) counts once under each.
    void setResult(const SearchResult &result);

    const QList<ChartBar> &bars(Chart chart) const { return m_bars[size_t(chart)]; }

    QString title(Chart chart) const;

    Chart chart() const;
    void setChart(Chart chart);

    bool isTableShown() const;
    void setTableShown(bool shown);

    enum class ExportScope {
        ShownChart,
        AllCharts, // the four stacked, in Chart order
    };

    // The chart(s) as an image file, painted in light colours whatever the theme.
    Result<void> exportPng(const QString &path, ExportScope scope = ExportScope::ShownChart) const;
    Result<void> exportSvg(const QString &path, ExportScope scope = ExportScope::ShownChart) const;

private:
    void showChart();
    void exportWithDialog();
    QList<Chart> chartsFor(ExportScope scope) const;
    QSize exportSize(const QList<Chart> &charts) const;
    void paintExport(QPainter &painter, const QList<Chart> &charts) const;
    QPalette exportPalette() const;
    QList<ChartBar> vocabularyBars(const char *vocabulary, const QHash<QString, int> &counts) const;

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    std::array<QList<ChartBar>, ChartCount> m_bars;
    QComboBox *m_chooser;
    QCheckBox *m_asTable;
    QPushButton *m_export;
    QStackedWidget *m_stack;
    BarChart *m_chart;
    QTableWidget *m_table;
};

} // namespace Fb
