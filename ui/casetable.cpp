#include "casetable.h"

#include "casecomparison.h"
#include "caselistmodel.h"
#include "highlightdelegate.h"

#include <QAction>
#include <QHeaderView>

#include <algorithm>

namespace Fb {

CaseTable::CaseTable(CaseListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_titleDelegate(new HighlightDelegate(this))
    , m_compare(new QAction(tr("C&ompare selected cases"), this))
{
    setModel(model);
    setItemDelegateForColumn(CaseListModel::TitleColumn, m_titleDelegate);
    m_titleDelegate->setSecondLineRole(CaseListModel::SnippetRole);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
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

    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_compare->setToolTip(tr("Select 2 to 5 cases with Ctrl or Shift, then compare them side by side"));
    addAction(m_compare);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_compare, &QAction::triggered, this, [this] {
        Q_EMIT compareRequested(selectedIds());
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseTable::updateCompare);
    connect(model, &QAbstractItemModel::modelReset, this, &CaseTable::updateCompare);
    updateCompare();
}

QStringList CaseTable::selectedIds() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows)) {
        ids.append(m_model->idAt(index.row()));
    }
    return ids;
}

void CaseTable::updateCompare()
{
    const qsizetype n = selectionModel()->selectedRows().size();
    m_compare->setEnabled(n >= CaseComparison::MinCases && n <= CaseComparison::MaxCases);
}

void CaseTable::setTerms(const QStringList &terms)
{
    m_titleDelegate->setTerms(terms);
    verticalHeader()->setDefaultSectionSize(m_oneLineRowHeight + (terms.isEmpty() ? 0 : fontMetrics().lineSpacing()));
}

} // namespace Fb
