#pragma once

#include "language.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QPointer>
#include <QToolButton>

class QDialog;
class QListView;

namespace Fb {

class NewsModel;
class ReplicaService;

// The status bar's "3 nya" (docs/questions.md, "What is new"): hidden while nothing is unread;
// pressed, it opens the list of what came with the syncs. Opening an item shows its record and
// marks the item read; the list keeps the read ones until the replica goes.
class NewsButton : public QToolButton
{
    Q_OBJECT

public:
    NewsButton(ReplicaService &replica,
               const Vocabularies &vocabularies,
               const ReferenceData &referenceData,
               Language language,
               QWidget *parent = nullptr);

    NewsModel *model() const { return m_model; }

    QListView *list() const { return m_list; }

    void showList();

Q_SIGNALS:
    // Show this question or case in the main window.
    void openRequested(const QString &id);

private:
    void open(const QModelIndex &index);
    void updateText();

    ReplicaService &m_replica;
    NewsModel *m_model;
    QPointer<QDialog> m_window;
    QListView *m_list = nullptr;
};

} // namespace Fb
