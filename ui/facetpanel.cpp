#include "facetpanel.h"

#include "facetmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Fb {

FacetPanel::FacetPanel(FacetModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
{
    auto *label = new QLabel(tr("Fil&ters"), this);
    label->setBuddy(m_view);
    m_view->setModel(&m_model);
    m_view->setHeaderHidden(true);
    m_view->setAccessibleName(tr("Filters"));
    m_view->setAccessibleDescription(tr("Check values to narrow the list. Space toggles the current value."));
    m_view->expand(m_model.index(0, 0));
    m_clear->setAccessibleDescription(tr("Removes every filter"));
    m_clear->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_clear);

    connect(m_clear, &QPushButton::clicked, &m_model, &FacetModel::clearFilter);
    connect(&m_model, &FacetModel::filterChanged, this, &FacetPanel::updateClearButton);
}

void FacetPanel::updateClearButton()
{
    m_clear->setEnabled(!m_model.filter().isEmpty());
}

} // namespace Fb
