#include "newsmodel.h"

#include <QFont>

namespace Fb {

NewsModel::NewsModel(const Vocabularies &vocabularies,
                     const ReferenceData &referenceData,
                     Language language,
                     QObject *parent)
    : QAbstractListModel(parent)
    , m_labels(vocabularies, referenceData, language)
{
}

void NewsModel::setItems(const QList<NewsItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int NewsModel::unread() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const NewsItem &item) {
        return !item.read;
    }));
}

int NewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NewsItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return m_labels.newsText(item);
    case Qt::AccessibleTextRole:
        //: A screen reader hears whether an item of what is new was read
        return item.read ? m_labels.newsText(item) : tr("Unread: %1").arg(m_labels.newsText(item));
    case Qt::ToolTipRole: return tr("Came with the sync of %1").arg(item.at.left(10));
    case Qt::FontRole: {
        QFont font;
        font.setBold(!item.read);
        return font;
    }
    case RecordIdRole: return item.recordId;
    case SeqRole: return item.seq;
    case ReadRole: return item.read;
    default: return {};
    }
}

} // namespace Fb
