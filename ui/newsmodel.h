#pragma once

#include "caselabels.h"
#include "whatsnew.h"

#include <QAbstractListModel>

namespace Fb {

// What came with the syncs, one row per item, newest first; unread rows in bold
// (docs/questions.md, "What is new").
class NewsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        SeqRole,
        ReadRole,
    };

    NewsModel(const Vocabularies &vocabularies,
              const ReferenceData &referenceData,
              Language language,
              QObject *parent = nullptr);

    void setItems(const QList<NewsItem> &items);
    int unread() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    CaseLabels m_labels;
    QList<NewsItem> m_items;
};

} // namespace Fb
