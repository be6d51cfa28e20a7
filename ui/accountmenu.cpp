#include "accountmenu.h"

#include <QMessageBox>
#include <QPushButton>

namespace Fb {

AccountMenu::AccountMenu(SyncController &sync, QWidget *parent)
    : QMenu(tr("&Account"), parent)
    , m_sync(sync)
{
    addAction(tr("Log &in…"), this, &AccountMenu::loginRequested);
    m_syncNow = addAction(tr("&Sync now"), QKeySequence::Refresh, &m_sync, &SyncController::syncNow);
    m_logout = addAction(tr("Log &out"), &m_sync, &SyncController::logout);
    addSeparator();
    addAction(tr("&Conflict inbox…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
              this,
              &AccountMenu::inboxRequested);
    connect(&m_sync, &SyncController::statusChanged, this, &AccountMenu::updateActions);
    connect(&m_sync, &SyncController::massDeletionHeld, this, &AccountMenu::askAboutMassDeletion);
    updateActions();
}

void AccountMenu::updateActions()
{
    const bool configured = m_sync.status().configured();
    m_syncNow->setEnabled(configured);
    m_logout->setEnabled(configured);
}

void AccountMenu::askAboutMassDeletion(int count)
{
    // Window modal, not exec(): the app keeps drawing and syncing while the question waits.
    m_question = new QMessageBox(QMessageBox::Warning,
                                 tr("Framgångsbanken"),
                                 tr("The server has removed %n case(s) that are in your copy. That is unusual: "
                                    "it can mean that something went wrong on the server.\n\nRemove them here "
                                    "too?",
                                    nullptr,
                                    count),
                                 QMessageBox::Yes | QMessageBox::No,
                                 parentWidget());
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setDefaultButton(QMessageBox::No);
    QMessageBox *box = m_question;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_sync.allowMassDeletion();
        }
        if (m_question == box) {
            m_question = nullptr;
        }
    });
    box->open();
}

} // namespace Fb
