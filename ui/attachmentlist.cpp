#include "attachmentlist.h"

#include "casedraft.h"
#include "errormessages.h"
#include "replicaservice.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Requests of all lists share one counter, so an answer reaches only the list that asked.
quint64 nextRequestNumber()
{
    static std::atomic<quint64> next{0};
    return ++next;
}

} // namespace

AttachmentList::AttachmentList(CaseDraft &draft, ReplicaService &replica, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_replica(replica)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add files…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    m_list->setAccessibleName(tr("Attachments"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Files up to %1 MB. They are kept on this computer and uploaded when you sync.")
                          .arg(Attachment::MaxBytes / (1024 * 1024)));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_open, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Attach files"));
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::filesSelected, this, &AttachmentList::addFiles);
        dialog->open();
    });
    connect(m_open, &QPushButton::clicked, this, &AttachmentList::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentList::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_open->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    connect(&m_draft, &CaseDraft::changed, this, &AttachmentList::refresh);
    connect(&m_replica, &ReplicaService::attachmentAdded, this, &AttachmentList::added);
    connect(&m_replica, &ReplicaService::attachmentFailed, this, &AttachmentList::failed);
    connect(&m_replica, &ReplicaService::attachmentLocated, this, &AttachmentList::located);
    refresh();
}

void AttachmentList::refresh()
{
    const QJsonArray attachments = m_draft.value(u"attachments"_s).toArray();
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        //: %1 file name, %2 size (e.g. 1.2 MB)
        auto *item =
            new QListWidgetItem(tr("%1 (%2)").arg(a.value("name"_L1).toString(),
                                                  QLocale().formattedDataSize(qint64(a.value("size"_L1).toDouble()))),
                                m_list);
        item->setData(Qt::UserRole, a.value("sha256"_L1).toString());
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_open->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void AttachmentList::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        const quint64 request = nextRequestNumber();
        m_pending.insert(request);
        m_replica.addAttachment(file, request);
    }
    if (!files.isEmpty()) {
        m_status->setText(tr("Adding %n file(s)…", nullptr, int(files.size())));
    }
}

void AttachmentList::added(quint64 request, const Attachment &attachment)
{
    if (!m_pending.remove(request)) {
        return;
    }
    QJsonArray attachments = m_draft.value(u"attachments"_s).toArray();
    for (const QJsonValue &v : std::as_const(attachments)) {
        if (v.toObject().value("sha256"_L1).toString() == attachment.sha256) {
            m_status->setText(tr("%1 is already attached.").arg(attachment.name));
            return;
        }
    }
    QJsonObject a{{u"name"_s, attachment.name}, {u"sha256"_s, attachment.sha256}, {u"size"_s, attachment.size}};
    if (!attachment.mime.isEmpty()) {
        a.insert(u"mime"_s, attachment.mime);
    }
    attachments.append(a);
    m_draft.edit(u"attachments"_s, attachments);
    m_status->setText(tr("%1 attached.").arg(attachment.name));
}

void AttachmentList::failed(quint64 request, const Error &error)
{
    if (!m_pending.remove(request)) {
        return;
    }
    const QString message = tr("The file could not be attached: %1").arg(ErrorMessages::text(error));
    m_status->setText(message);
    Q_EMIT problem(message);
}

void AttachmentList::openSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString sha = item->data(Qt::UserRole).toString();
    m_opening.insert(sha);
    m_replica.locateAttachment(sha);
}

void AttachmentList::located(const QString &sha256, const QString &path)
{
    if (!m_opening.remove(sha256)) {
        return;
    }
    if (path.isEmpty()) {
        const QString message = tr("The file is not on this computer yet. It is on the server; fetch it with "
                                   "framgangsbank-cli attachment %1.")
                                    .arg(sha256);
        m_status->setText(message);
        Q_EMIT problem(message);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void AttachmentList::removeSelected()
{
    const int row = m_list->currentRow();
    QJsonArray attachments = m_draft.value(u"attachments"_s).toArray();
    if (row < 0 || row >= attachments.size()) {
        return;
    }
    attachments.removeAt(row);
    m_draft.edit(u"attachments"_s, attachments);
}

} // namespace Fb
