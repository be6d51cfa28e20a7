#pragma once

#include "caselabels.h"
#include "caserecord.h"
#include "regionshapes.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace Fb {

class RegionMap;

// Where a case has spread: a map of Sweden's counties coloured by how many took the case up in
// each, the county it started in outlined, and the list of who took it up and when.
class SpreadWindow : public QWidget
{
    Q_OBJECT

public:
    SpreadWindow(const Vocabularies &vocabularies,
                 const ReferenceData &referenceData,
                 Language language,
                 QWidget *parent);

    void showCase(const CaseRecord &record);

    RegionMap *map() const { return m_map; }

    QListWidget *list() const { return m_list; }

    QLabel *summary() const { return m_summary; }

private:
    const ReferenceData &m_referenceData;
    CaseLabels m_labels;
    RegionShapes m_shapes;
    RegionMap *m_map = nullptr;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace Fb
