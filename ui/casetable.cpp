#include "casetable.h"

#include "caselistmodel.h"
#include "highlightdelegate.h"

#include <QHeaderView>

namespace Fb {

CaseTable::CaseTable(CaseListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_titleDelegate(new HighlightDelegate(this))
{
    setModel(model);
    setItemDelegateForColumn(CaseListModel::TitleColumn, m_titleDelegate);
    m_titleDelegate->setSecondLineRole(CaseListModel::SnippetRole);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setSortIndicatorClearable(true);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    for (const auto &[column, width] : {std::pair{CaseListModel::OrganisationColumn, 11},
                                        {CaseListModel::CountyColumn, 9},
                                        {CaseListModel::StatusColumn, 7},
                                        {CaseListModel::StartColumn, 4},
                                        {CaseListModel::StudyVisitColumn, 8},
                                        {CaseListModel::SyncColumn, 7},
                                        {CaseListModel::PublicationColumn, 8}}) {
        setColumnWidth(column, width * em);
    }
    verticalHeader()->hide();
    m_oneLineRowHeight = verticalHeader()->defaultSectionSize();
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab leaves the table for the next pane; the arrow keys move within it.
    setTabKeyNavigation(false);
    setAccessibleName(tr("Cases"));
    setAccessibleDescription(tr("The cases that match the search and filters"));
}

void CaseTable::setTerms(const QStringList &terms)
{
    m_titleDelegate->setTerms(terms);
    verticalHeader()->setDefaultSectionSize(m_oneLineRowHeight + (terms.isEmpty() ? 0 : fontMetrics().lineSpacing()));
}

} // namespace Fb
