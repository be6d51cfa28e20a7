#pragma once

#include <QWidget>

class QPushButton;
class QTreeView;

namespace Fb {

class FacetModel;

// The facet tree with a button that clears every filter.
class FacetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(FacetModel &model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

private:
    void updateClearButton();

    FacetModel &m_model;
    QTreeView *m_view;
    QPushButton *m_clear;
};

} // namespace Fb
