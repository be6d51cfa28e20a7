#include "filterchips.h"

#include <QHBoxLayout>
#include <QLayoutItem>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fb {

FilterChips::FilterChips(const QueryLanguage &language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1);
    setAccessibleName(tr("Filters in force"));
    hide();
}

void FilterChips::setFilter(const FacetFilter &filter)
{
    m_filter = filter;
    m_chips.clear();
    for (int f = 0; f < FacetCount; ++f) {
        QStringList values = filter.selected[size_t(f)].values();
        values.sort();
        for (const QString &v : std::as_const(values)) {
            m_chips.append({Facet(f), v});
        }
    }
    auto *box = static_cast<QHBoxLayout *>(layout());
    while (box->count() > 1) {
        QLayoutItem *item = box->takeAt(0);
        if (QWidget *w = item->widget()) {
            // Later: the chip removed may be the one whose click is being handled.
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_chips.size(); ++i) {
        const QString text = m_language.filterText(m_chips.at(i).first, m_chips.at(i).second);
        auto *chip = new QToolButton(this);
        //: A removable filter chip; ✕ removes it
        chip->setText(tr("%1 ✕").arg(text));
        chip->setAutoRaise(false);
        chip->setAccessibleName(tr("Remove the filter %1").arg(text));
        chip->setToolTip(tr("Remove the filter %1").arg(text));
        connect(chip, &QToolButton::clicked, this, [this, i] {
            removeAt(i);
        });
        box->insertWidget(i, chip);
    }
    setVisible(!m_chips.isEmpty());
}

QStringList FilterChips::texts() const
{
    QStringList result;
    for (const auto &[facet, value] : m_chips) {
        result.append(m_language.filterText(facet, value));
    }
    return result;
}

void FilterChips::removeAt(int index)
{
    if (index < 0 || index >= m_chips.size()) {
        return;
    }
    FacetFilter filter = m_filter;
    filter.values(m_chips.at(index).first).remove(m_chips.at(index).second);
    Q_EMIT filterChanged(filter);
}

} // namespace Fb
