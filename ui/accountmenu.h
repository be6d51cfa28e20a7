#pragma once

#include "synccontroller.h"

#include <QMenu>

class QMessageBox;

namespace Fb {

// The Account menu of the main window: log in and out, sync now, the conflict inbox. It also asks
// the user before a sync removes many cases here (SyncController::massDeletionHeld).
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    AccountMenu(SyncController &sync, QWidget *parent);

    QAction *syncNowAction() const { return m_syncNow; }

    QAction *logoutAction() const { return m_logout; }

    // The question shown while a sync waits for the user's word; null otherwise.
    QMessageBox *massDeletionQuestion() const { return m_question; }

Q_SIGNALS:
    void loginRequested();
    void inboxRequested();

private:
    void updateActions();
    void askAboutMassDeletion(int count);

    SyncController &m_sync;
    QAction *m_syncNow;
    QAction *m_logout;
    QMessageBox *m_question = nullptr;
};

} // namespace Fb
