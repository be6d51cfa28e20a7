#include "chartsview.h"

#include "errormessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr int ExportWidth = 800;

QHash<QString, int> tally(const SearchResult &result, Facet facet)
{
    QHash<QString, int> counts;
    if (!result.cases) {
        return counts;
    }
    for (int row : result.rows) {
        if (row < 0 || row >= result.cases->size()) {
            continue;
        }
        const QStringList &values = result.cases->at(row).values(facet);
        // A value listed twice on one case still counts that case once.
        for (const QString &value : QSet<QString>(values.begin(), values.end())) {
            ++counts[value];
        }
    }
    return counts;
}

} // namespace

ChartsView::ChartsView(const Vocabularies &vocabularies,
                       const ReferenceData &referenceData,
                       Language language,
                       QWidget *parent)
    : QWidget(parent)
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
    , m_chooser(new QComboBox(this))
    , m_asTable(new QCheckBox(tr("Show as &table"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new BarChart)
    , m_table(new QTableWidget(this))
{
    for (int c = 0; c < ChartCount; ++c) {
        m_chooser->addItem(title(Chart(c)));
    }
    auto *label = new QLabel(tr("C&hart:"), this);
    label->setBuddy(m_chooser);
    m_chooser->setAccessibleName(tr("Chart"));
    m_asTable->setAccessibleDescription(tr("Shows the chart's numbers as a table"));
    m_export->setAccessibleDescription(tr("Saves the shown chart, or all four, as a PNG or SVG image"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("The chart"));
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_table);

    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_chooser, 1);
    bar->addWidget(m_asTable);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ChartsView::showChart);
    connect(m_asTable, &QCheckBox::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
    });
    connect(m_export, &QPushButton::clicked, this, &ChartsView::exportWithDialog);
    setResult({});
}

QString ChartsView::title(Chart chart) const
{
    switch (chart) {
    case Chart::PolicyArea: return tr("Cases by policy area");
    case Chart::Region: return tr("Cases by county");
    case Chart::StartYear: return tr("Cases by start year");
    case Chart::EvidenceLevel: return tr("Cases by evidence level");
    }
    return {};
}

QList<ChartBar> ChartsView::vocabularyBars(const char *vocabulary, const QHash<QString, int> &counts) const
{
    // Every value of a small fixed list, zeros too, so charts of different selections line up.
    QList<ChartBar> bars;
    const Vocabulary &v = m_vocabularies.vocabulary(vocabulary);
    for (const VocabularyEntry &entry : v.entries()) {
        bars.append({entry.key, entry.label(m_language), counts.value(entry.key)});
    }
    // Keys a newer client wrote that this one does not know.
    QStringList unknown;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!v.contains(it.key())) {
            unknown.append(it.key());
        }
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &key : std::as_const(unknown)) {
        bars.append({key, key, counts.value(key)});
    }
    return bars;
}

void ChartsView::setResult(const SearchResult &result)
{
    m_bars[size_t(Chart::PolicyArea)] = vocabularyBars(Vocabularies::PolicyArea, tally(result, Facet::PolicyArea));
    m_bars[size_t(Chart::EvidenceLevel)] =
        vocabularyBars(Vocabularies::EvidenceLevel, tally(result, Facet::EvidenceLevel));

    const QHash<QString, int> regions = tally(result, Facet::Region);
    QList<ChartBar> regionBars;
    for (const Region &region : m_referenceData.regions()) {
        regionBars.append({region.code, region.name, regions.value(region.code)});
    }
    m_bars[size_t(Chart::Region)] = regionBars;

    // Every year from the first to the last, so gaps show as zero bars instead of vanishing.
    const QHash<QString, int> years = tally(result, Facet::StartYear);
    QList<int> known;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (ok) {
            known.append(year);
        }
    }
    QList<ChartBar> yearBars;
    if (!known.isEmpty()) {
        const auto [first, last] = std::minmax_element(known.cbegin(), known.cend());
        for (int year = *first; year <= *last; ++year) {
            const QString key = QString::number(year);
            yearBars.append({key, key, years.value(key)});
        }
    }
    m_bars[size_t(Chart::StartYear)] = yearBars;
    showChart();
}

ChartsView::Chart ChartsView::chart() const
{
    return Chart(std::max(0, m_chooser->currentIndex()));
}

void ChartsView::setChart(Chart chart)
{
    m_chooser->setCurrentIndex(int(chart));
}

bool ChartsView::isTableShown() const
{
    return m_asTable->isChecked();
}

void ChartsView::setTableShown(bool shown)
{
    m_asTable->setChecked(shown);
}

void ChartsView::showChart()
{
    const Chart c = chart();
    const QList<ChartBar> &shown = bars(c);
    m_chart->setData(title(c), shown);
    m_table->setRowCount(int(shown.size()));
    m_table->setHorizontalHeaderLabels({title(c), tr("Cases")});
    m_table->setAccessibleName(title(c));
    for (int row = 0; row < shown.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(shown.at(row).label));
        auto *count = new QTableWidgetItem(QString::number(shown.at(row).count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
    }
}

QList<ChartsView::Chart> ChartsView::chartsFor(ExportScope scope) const
{
    if (scope == ExportScope::ShownChart) {
        return {chart()};
    }
    return {Chart::PolicyArea, Chart::Region, Chart::StartYear, Chart::EvidenceLevel};
}

QSize ChartsView::exportSize(const QList<Chart> &charts) const
{
    int height = 0;
    for (Chart c : charts) {
        height += BarChart::naturalHeight(font(), bars(c).size());
    }
    return {ExportWidth, height};
}

void ChartsView::paintExport(QPainter &painter, const QList<Chart> &charts) const
{
    qreal top = 0;
    for (Chart c : charts) {
        const int height = BarChart::naturalHeight(font(), bars(c).size());
        BarChart::paint(painter, QRectF(0, top, ExportWidth, height), title(c), bars(c), exportPalette(), font());
        top += height;
    }
}

QPalette ChartsView::exportPalette() const
{
    // Files end up in reports and slides: dark text on white reads everywhere, whatever the
    // theme the chart was made in.
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    return p;
}

Result<void> ChartsView::exportPng(const QString &path, ExportScope scope) const
{
    const QList<Chart> charts = chartsFor(scope);
    const QSize size = exportSize(charts);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintExport(painter, charts);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::FileOpenFailed, path, file.errorString()};
    }
    if (!image.save(&file, "PNG") || !file.commit()) {
        return Error{ErrorCode::FileWriteFailed, path, file.errorString()};
    }
    return {};
}

Result<void> ChartsView::exportSvg(const QString &path, ExportScope scope) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::FileOpenFailed, path, file.errorString()};
    }
    const QList<Chart> charts = chartsFor(scope);
    const QSize size = exportSize(charts);
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(scope == ExportScope::ShownChart ? title(chart()) : tr("Cases of the selection"));
    QStringList description;
    for (Chart c : charts) {
        QStringList lines;
        for (const ChartBar &bar : bars(c)) {
            lines.append(u"%1: %2"_s.arg(bar.label).arg(bar.count));
        }
        description.append(title(c) + u": "_s + lines.join(u"; "_s));
    }
    generator.setDescription(description.join(u"\n"_s));
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            return Error{ErrorCode::FileWriteFailed, path, u"SVG painter did not start"_s};
        }
        paintExport(painter, charts);
    }
    if (!file.commit()) {
        return Error{ErrorCode::FileWriteFailed, path, file.errorString()};
    }
    return {};
}

void ChartsView::exportWithDialog()
{
    const QString shownPng = tr("PNG image, this chart (*.png)");
    const QString shownSvg = tr("SVG image, this chart (*.svg)");
    const QString allPng = tr("PNG image, all four charts (*.png)");
    const QString allSvg = tr("SVG image, all four charts (*.svg)");
    QString filter = shownPng;
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Export chart"),
                                                title(chart()) + u".png"_s,
                                                QStringList{shownPng, shownSvg, allPng, allSvg}.join(u";;"_s),
                                                &filter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix();
    const bool svg =
        suffix.isEmpty() ? filter.contains("*.svg"_L1) : suffix.compare("svg"_L1, Qt::CaseInsensitive) == 0;
    if (suffix.isEmpty()) {
        path += svg ? u".svg"_s : u".png"_s;
    }
    const ExportScope scope = filter == allPng || filter == allSvg ? ExportScope::AllCharts : ExportScope::ShownChart;
    const Result<void> written = svg ? exportSvg(path, scope) : exportPng(path, scope);
    if (!written) {
        QMessageBox::warning(this, tr("Export chart"), ErrorMessages::text(written.error()));
    }
}

} // namespace Fb
