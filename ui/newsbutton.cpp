#include "newsbutton.h"

#include "helpwindow.h"
#include "newsmodel.h"
#include "replicaservice.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fb {

NewsButton::NewsButton(ReplicaService &replica,
                       const Vocabularies &vocabularies,
                       const ReferenceData &referenceData,
                       Language language,
                       QWidget *parent)
    : QToolButton(parent)
    , m_replica(replica)
    , m_model(new NewsModel(vocabularies, referenceData, language, this))
{
    setAutoRaise(true);
    setAccessibleName(tr("What is new"));
    connect(this, &QToolButton::clicked, this, &NewsButton::showList);
    connect(&m_replica, &ReplicaService::newsRead, this, [this](const QList<NewsItem> &items) {
        m_model->setItems(items);
        updateText();
    });
    // A replica opened or a sync that brought something: read again.
    connect(&m_replica, &ReplicaService::opened, this, [this] {
        m_replica.readNews();
    });
    updateText();
}

void NewsButton::updateText()
{
    const int unread = m_model->unread();
    //: In the status bar: how many items of what is new are unread
    setText(tr("%n new", nullptr, unread));
    setToolTip(tr("What came with the syncs: answers to your questions, adoptions of your cases, new questions "
                  "from your county"));
    setVisible(unread > 0);
}

void NewsButton::showList()
{
    if (!m_window) {
        m_window = new QDialog(window());
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_window->setWindowTitle(tr("What is new"));
        HelpWindow::setTopic(m_window, HelpTopic::Questions);
        m_list = new QListView(m_window);
        m_list->setModel(m_model);
        m_list->setAccessibleName(tr("What is new"));
        m_list->setAccessibleDescription(
            tr("Enter or double-click shows the question or case and marks the item read"));
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        auto *hint = new QLabel(tr("Open an item to show it; it is then marked read."), m_window);
        hint->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_window);
        QPushButton *all = buttons->addButton(tr("Mark &all read"), QDialogButtonBox::ActionRole);
        connect(all, &QPushButton::clicked, this, [this] {
            m_replica.markNewsRead({});
        });
        connect(buttons, &QDialogButtonBox::rejected, m_window, &QDialog::close);
        connect(m_list, &QListView::activated, this, &NewsButton::open);
        auto *layout = new QVBoxLayout(m_window);
        layout->addWidget(hint);
        layout->addWidget(m_list);
        layout->addWidget(buttons);
        m_window->resize(560, 360);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_list->setFocus();
}

void NewsButton::open(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    Q_EMIT openRequested(index.data(NewsModel::RecordIdRole).toString());
    if (!index.data(NewsModel::ReadRole).toBool()) {
        m_replica.markNewsRead({index.data(NewsModel::SeqRole).toLongLong()});
    }
}

} // namespace Fb
