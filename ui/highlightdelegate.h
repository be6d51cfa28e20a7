#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Fb {

// Draws an item's text with the search words marked (bold, highlight colours), so a glance at
// the list shows why each case matched. Other columns keep the default look. With a second-line
// role, an item that has text in that role (a result snippet) shows it under its own text, in
// the dimmer placeholder colour and marked the same way.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    // Folded search words, as SearchQuery::terms() gives them.
    void setTerms(const QStringList &terms) { m_terms = terms; }

    const QStringList &terms() const { return m_terms; }

    // The item data role of the second line; 0 (the default): one line only.
    void setSecondLineRole(int role) { m_secondLineRole = role; }

    int secondLineRole() const { return m_secondLineRole; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString secondLine(const QModelIndex &index) const;

    QStringList m_terms;
    int m_secondLineRole = 0;
};

} // namespace Fb
