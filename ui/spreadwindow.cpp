#include "spreadwindow.h"

#include "casespread.h"
#include "regionmap.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

SpreadWindow::SpreadWindow(const Vocabularies &vocabularies,
                           const ReferenceData &referenceData,
                           Language language,
                           QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_referenceData(referenceData)
    , m_labels(vocabularies, referenceData, language)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    // Without the built-in shapes (a damaged installation) the list still says it all.
    if (auto shapes = RegionShapes::builtIn(); shapes) {
        m_shapes = std::move(shapes).value();
        m_map = new RegionMap(m_shapes, referenceData, this);
        m_map->setCounting(RegionMap::Counting::Adoptions);
        layout->addWidget(m_map, 3);
    }
    auto *side = new QVBoxLayout;
    m_summary->setWordWrap(true);
    m_list->setAccessibleName(tr("Who took the case up"));
    side->addWidget(m_summary);
    side->addWidget(m_list, 1);
    layout->addLayout(side, 2);
    resize(900, 600);
}

void SpreadWindow::showCase(const CaseRecord &record)
{
    setWindowTitle(tr("Spread of %1").arg(record.title));
    const CaseSpread spread = CaseSpread::of(record, m_referenceData);
    if (m_map) {
        m_map->setCounts(spread.adoptionsByCounty);
        m_map->setSelected(spread.origin.isEmpty() ? QSet<QString>{} : QSet<QString>{spread.origin});
    }
    const QString origin = spread.origin.isEmpty() ? QString() : m_labels.countyNames({spread.origin});
    QString text = tr("Taken up by %n organisation(s).", nullptr, spread.adoptions);
    if (!origin.isEmpty()) {
        //: %1 the county the case started in, outlined on the map
        text += u' ' + tr("It started in %1 (outlined).").arg(origin);
    }
    m_summary->setText(text);
    m_list->clear();
    QStringList lines;
    for (const Adoption &a : record.adoptions) {
        QString line = a.name.isEmpty() ? m_labels.organisationName(a.organisation) : a.name;
        if (!a.period.isEmpty()) {
            line += u" ("_s + a.period + u')';
        }
        if (!a.status.isEmpty()) {
            line += u" – "_s + m_labels.label(Vocabularies::AdoptionStatus, a.status);
        }
        lines.append(line);
    }
    lines.sort(Qt::CaseInsensitive);
    m_list->addItems(lines);
}

} // namespace Fb
