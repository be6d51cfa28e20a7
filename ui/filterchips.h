#pragma once

#include "querylanguage.h"
#include "searchtypes.h"

#include <QWidget>

namespace Fb {

// The facet values in force, as removable chips written in the query language ("län:Blekinge ✕"),
// so what filters the list is visible beside the search field however it was chosen.
class FilterChips : public QWidget
{
    Q_OBJECT

public:
    FilterChips(const QueryLanguage &language, QWidget *parent = nullptr);

    void setFilter(const FacetFilter &filter);

    // The chips' texts, in order.
    QStringList texts() const;

    // Removes the chip at index, as a click does.
    void removeAt(int index);

Q_SIGNALS:
    // The user removed a value: the filter without it.
    void filterChanged(const Fb::FacetFilter &filter);

private:
    const QueryLanguage &m_language;
    FacetFilter m_filter;
    QList<std::pair<Facet, QString>> m_chips;
};

} // namespace Fb
