#include "comparemodel.h"

#include <QFont>

namespace Fb {

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::setComparison(const QStringList &titles, const QList<ComparisonRow> &rows)
{
    beginResetModel();
    m_titles = titles;
    m_rows = rows;
    choose();
    endResetModel();
}

void CompareModel::setOnlyDifferences(bool on)
{
    if (on == m_onlyDifferences) {
        return;
    }
    beginResetModel();
    m_onlyDifferences = on;
    choose();
    endResetModel();
}

void CompareModel::choose()
{
    m_shown.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_onlyDifferences || m_rows.at(i).differs) {
            m_shown.append(i);
        }
    }
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ComparisonRow &row = rowAt(index.row());
    const QString value = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole: return value.isEmpty() ? tr("—") : value;
    case Qt::ToolTipRole: return value;
    case Qt::FontRole:
        if (row.differs) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        //: %1 the field, %2 the case
        return (row.differs ? tr("%1 of %2, differs between the cases") : tr("%1 of %2, the same in all cases"))
            .arg(row.label, m_titles.value(index.column()));
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default: return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < m_titles.size() ? QVariant(m_titles.at(section)) : QVariant();
    }
    if (section < 0 || section >= m_shown.size()) {
        return {};
    }
    const ComparisonRow &row = rowAt(section);
    return row.differs && role == Qt::DisplayRole ? QVariant(tr("%1 ≠").arg(row.label)) : QVariant(row.label);
}

} // namespace Fb
