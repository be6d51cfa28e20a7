#include "casedeletion.h"

#include "errormessages.h"
#include "replicaservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace Fb {

CaseDeletion::CaseDeletion(ReplicaService &replica, QWidget *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_parent(parent)
{
    connect(&m_replica, &ReplicaService::editFinished, this, [this](const QString &id, const Error &error) {
        finished(id, error);
    });
}

void CaseDeletion::ask(const QString &id, const QString &title)
{
    if (id.isEmpty() || !m_pending.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete case"),
                                tr("Delete “%1”?").arg(title),
                                QMessageBox::Cancel,
                                m_parent);
    box->setInformativeText(tr("The case is removed from this computer now and from the server at the next sync. "
                               "What it held stays in the case's history on the server, and a case someone "
                               "changed meanwhile comes back for you to decide on."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    // Enter must not delete: the safe answer is the default.
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove) {
            m_pending = id;
            m_replica.removeCase(id);
        }
    });
    show(box);
}

void CaseDeletion::finished(const QString &id, const Error &error)
{
    if (m_pending.isEmpty() || id != m_pending) {
        return; // another edit's answer
    }
    m_pending.clear();
    if (error.code == ErrorCode::None) {
        Q_EMIT deleted(id);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Delete case"),
                                error.code == ErrorCode::Forbidden
                                    ? tr("You may not delete this case: a published case is deleted only by an "
                                         "administrator.")
                                    : tr("The case could not be deleted.\n%1").arg(ErrorMessages::text(error)),
                                QMessageBox::Ok,
                                m_parent);
    show(box);
    Q_EMIT refused(id, error);
}

void CaseDeletion::show(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_box = box;
    box->open();
}

} // namespace Fb
