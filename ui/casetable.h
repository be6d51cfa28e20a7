#pragma once

#include <QStringList>
#include <QTableView>

namespace Fb {

class CaseListModel;
class HighlightDelegate;

// The list of cases in the main window: CaseListModel's columns with widths from the font (so they
// follow a larger system font), sortable, one row selected at a time; the title column marks the
// search words and, for a text search, shows the case's snippet as a second line.
class CaseTable : public QTableView
{
    Q_OBJECT

public:
    explicit CaseTable(CaseListModel *model, QWidget *parent = nullptr);

    // The search words to mark in the titles. Rows are two lines high when there are any: the
    // snippets follow under the titles.
    void setTerms(const QStringList &terms);

    HighlightDelegate *titleDelegate() const { return m_titleDelegate; }

private:
    HighlightDelegate *m_titleDelegate;
    int m_oneLineRowHeight = 0;
};

} // namespace Fb
