#pragma once

#include "machineconfig.h"
#include "synccontroller.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Fb {

// Asks for the server, account and password and logs in through SyncController. The dialog stays
// open, and responsive, until the server has answered; errors are shown in it in plain words.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(SyncController &sync, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }

    QLineEdit *userField() const { return m_user; }

    QLineEdit *passwordField() const { return m_password; }

    QLineEdit *caField() const { return m_ca; }

    QString message() const;

    // IT's server and CA: filled in where the user has none yet, fixed when IT locked them.
    void applyMachineConfig(const MachineConfig &machine);

    void accept() override;

private:
    void finished(const Error &error);
    void setBusy(bool busy);
    void focusFirstEmpty();

    SyncController &m_sync;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_ca;
    QPushButton *m_browse;
    QLabel *m_lockNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_locked = false;
};

} // namespace Fb
