#pragma once

#include "casecomparison.h"

#include <QAbstractTableModel>

namespace Fb {

// The Jämför table: one column per case (its title in the header), one row per field
// (CaseComparison). Rows where the cases differ are bold and say so to a screen reader; the
// model can show only those.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CompareModel(QObject *parent = nullptr);

    void setComparison(const QStringList &titles, const QList<ComparisonRow> &rows);
    void setOnlyDifferences(bool on);

    bool onlyDifferences() const { return m_onlyDifferences; }

    // The row on show at row, for tests and the view's delegate.
    const ComparisonRow &rowAt(int row) const { return m_rows.at(m_shown.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void choose();

    QStringList m_titles;
    QList<ComparisonRow> m_rows;
    QList<int> m_shown; // indexes into m_rows
    bool m_onlyDifferences = false;
};

} // namespace Fb
