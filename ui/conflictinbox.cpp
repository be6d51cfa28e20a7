#include "conflictinbox.h"

#include "caselabels.h"
#include "conflictdialog.h"
#include "errormessages.h"
#include "helpwindow.h"
#include "replicaservice.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

ConflictInbox::ConflictInbox(ReplicaService &replica,
                             const Vocabularies &vocabularies,
                             Language language,
                             QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_vocabularies(vocabularies)
    , m_language(language)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_settle(new QPushButton(tr("&Settle…"), this))
    , m_restore(new QPushButton(tr("&Bring back"), this))
    , m_saveAsNew(new QPushButton(tr("Save as &new case"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_discard(new QPushButton(tr("&Discard (archived)"), this))
    , m_open(new QPushButton(tr("&Open case"), this))
{
    HelpWindow::setTopic(this, HelpTopic::Conflicts);
    setWindowTitle(tr("Conflict inbox"));
    m_list->setHeaderLabels({tr("Case"), tr("What"), tr("Field"), tr("Noticed")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Conflicts and refused changes"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_empty->setText(tr("Nothing waits for you: every change is settled."));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_settle, m_restore, m_saveAsNew, m_export, m_discard, m_open}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 420);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictInbox::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &ConflictInbox::settleSelected);
    connect(m_settle, &QPushButton::clicked, this, &ConflictInbox::settleSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const InboxItem *item = selected()) {
            // A case removed there comes back; a delete here that met an edit is done anyway.
            m_replica.resolve(item->caseId, item->path, LocalEdits::Take::Mine);
        }
    });
    connect(m_saveAsNew, &QPushButton::clicked, this, [this] {
        if (const InboxItem *item = selected()) {
            m_replica.saveAsNew(item->caseId);
        }
    });
    connect(m_export, &QPushButton::clicked, this, &ConflictInbox::exportSelected);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const InboxItem *item = selected();
        if (!item) {
            return;
        }
        switch (item->kind) {
        case InboxItem::Kind::RemoteDeleted:
        case InboxItem::Kind::LocalDeleteLost:
            m_replica.resolve(item->caseId, item->path, LocalEdits::Take::Theirs);
            break;
        case InboxItem::Kind::Rejected: m_replica.revert(item->caseId); break;
        case InboxItem::Kind::Draft: m_replica.discardDraft(item->caseId); break;
        case InboxItem::Kind::Conflict: m_replica.resolve(item->caseId, item->path, LocalEdits::Take::Theirs); break;
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const InboxItem *item = selected()) {
            Q_EMIT openCaseRequested(item->caseId);
        }
    });
    connect(&m_replica, &ReplicaService::inboxRead, this, &ConflictInbox::showItems);
    connect(&m_replica,
            &ReplicaService::editFinished,
            this,
            [this](const QString &, const Error &error, const QString &newId) {
                if (error.code != ErrorCode::None) {
                    QMessageBox::warning(this, windowTitle(), ErrorMessages::text(error));
                } else if (!newId.isEmpty()) {
                    Q_EMIT openCaseRequested(newId);
                }
            });
    updateButtons();
    m_replica.readInbox();
}

void ConflictInbox::showItems(const QList<InboxItem> &items)
{
    const InboxItem *current = selected();
    const QString keep = m_select.isEmpty() && current ? current->caseId + u'\n' + current->path : m_select;
    m_items = items;
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < m_items.size(); ++i) {
        const InboxItem &item = m_items.at(i);
        QString what;
        switch (item.kind) {
        case InboxItem::Kind::Conflict: what = tr("Changed on both sides"); break;
        case InboxItem::Kind::RemoteDeleted: what = tr("Removed on the server while you edited it"); break;
        case InboxItem::Kind::LocalDeleteLost: what = tr("You removed it; it was changed on the server"); break;
        case InboxItem::Kind::Rejected: what = tr("Refused by the server: %1").arg(item.error); break;
        case InboxItem::Kind::Draft: what = tr("Draft never saved as a valid case"); break;
        }
        const QDateTime at = QDateTime::fromString(item.at, Qt::ISODate).toLocalTime();
        auto *row = new QTreeWidgetItem(m_list,
                                        {item.title.isEmpty() ? tr("(untitled)") : item.title,
                                         what,
                                         item.kind == InboxItem::Kind::Conflict
                                             ? CaseLabels::fieldLabel(m_vocabularies, m_language, item.path)
                                             : QString(),
                                         at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : QString()});
        row->setData(0, Qt::UserRole, i);
        if (!select && (item.caseId + u'\n' + item.path == keep || item.caseId == keep)) {
            select = row;
        }
    }
    m_select.clear();
    m_list->setCurrentItem(select ? select : m_list->topLevelItem(0));
    m_list->setVisible(!m_items.isEmpty());
    m_empty->setVisible(m_items.isEmpty());
    updateButtons();
    Q_EMIT refreshed();
}

void ConflictInbox::selectCase(const QString &id)
{
    m_select = id;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_items.value(m_list->topLevelItem(i)->data(0, Qt::UserRole).toInt()).caseId == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_select.clear();
            return;
        }
    }
}

const InboxItem *ConflictInbox::selected() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row) {
        return nullptr;
    }
    const int i = row->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_items.size() ? &m_items.at(i) : nullptr;
}

void ConflictInbox::updateButtons()
{
    const InboxItem *item = selected();
    using K = InboxItem::Kind;
    const K kind = item ? item->kind : K::Conflict;
    m_settle->setVisible(item && kind == K::Conflict);
    m_restore->setVisible(item && (kind == K::RemoteDeleted || kind == K::LocalDeleteLost));
    m_restore->setText(kind == K::LocalDeleteLost ? tr("&Remove anyway") : tr("&Bring back"));
    m_saveAsNew->setVisible(item && (kind == K::RemoteDeleted || kind == K::Rejected));
    m_export->setVisible(item != nullptr);
    m_discard->setVisible(item != nullptr && kind != K::Conflict);
    m_discard->setText(kind == K::LocalDeleteLost ? tr("&Keep the case") : tr("&Discard (archived)"));
    m_open->setVisible(item && kind != K::RemoteDeleted && kind != K::LocalDeleteLost);
}

void ConflictInbox::settleSelected()
{
    const InboxItem *item = selected();
    if (!item || item->kind != InboxItem::Kind::Conflict) {
        if (item && (item->kind == InboxItem::Kind::Rejected || item->kind == InboxItem::Kind::Draft)) {
            Q_EMIT openCaseRequested(item->caseId);
        }
        return;
    }
    const InboxItem chosen = *item;
    auto *dialog = new ConflictDialog(chosen, CaseLabels::fieldLabel(m_vocabularies, m_language, chosen.path), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, chosen] {
        m_replica.resolve(chosen.caseId, chosen.path, dialog->take(), dialog->value());
    });
    dialog->open();
}

void ConflictInbox::exportSelected()
{
    const InboxItem *item = selected();
    if (!item) {
        return;
    }
    const QJsonObject body = item->body;
    auto *dialog = new QFileDialog(this, tr("Export case"), item->caseId + u".json"_s, tr("JSON (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, body](const QString &file) {
        // One case of at most 1 MiB: written at once.
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(body).toJson()) < 0 || !out.commit()) {
            QMessageBox::warning(this, windowTitle(), tr("The file could not be written: %1").arg(out.errorString()));
        }
    });
    dialog->open();
}

} // namespace Fb
