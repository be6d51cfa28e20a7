#pragma once

#include <QStringList>
#include <QTableView>

class QAction;

namespace Fb {

class CaseListModel;
class HighlightDelegate;

// The list of cases in the main window: CaseListModel's columns with widths from the font (so they
// follow a larger system font), sortable; the title column marks the search words and, for a text
// search, shows the case's snippet as a second line. The current row is the case shown; with Ctrl
// or Shift several rows are selected, and 2–5 of them can be compared.
class CaseTable : public QTableView
{
    Q_OBJECT

public:
    explicit CaseTable(CaseListModel *model, QWidget *parent = nullptr);

    // The search words to mark in the titles. Rows are two lines high when there are any: the
    // snippets follow under the titles.
    void setTerms(const QStringList &terms);

    HighlightDelegate *titleDelegate() const { return m_titleDelegate; }

    // The ids of the selected rows, in the list's order.
    QStringList selectedIds() const;

    // "Compare the selected cases", enabled for 2–5 of them (also on the table's context menu).
    QAction *compareAction() const { return m_compare; }

Q_SIGNALS:
    void compareRequested(const QStringList &ids);

private:
    void updateCompare();

    CaseListModel *m_model;
    HighlightDelegate *m_titleDelegate;
    QAction *m_compare;
    int m_oneLineRowHeight = 0;
};

} // namespace Fb
