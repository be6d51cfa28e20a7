#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Fb {

// Draws an item's text with the search words marked (bold, highlight colours), so a glance at
// the list shows why each case matched. Other columns keep the default look.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    // Folded search words, as SearchQuery::terms() gives them.
    void setTerms(const QStringList &terms) { m_terms = terms; }

    const QStringList &terms() const { return m_terms; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

} // namespace Fb
