#include "logindialog.h"

#include "errormessages.h"
#include "helpwindow.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Fb {

LoginDialog::LoginDialog(SyncController &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_lockNote(new QLabel(tr("Your organisation's IT has set the server and the certificate."), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpWindow::setTopic(this, HelpTopic::Offline);
    setWindowTitle(tr("Log in to a server"));
    const SyncStatus &status = m_sync.status();
    m_server->setText(status.serverUrl);
    m_server->setPlaceholderText(u"https://framgangsbanken.example.se"_s);
    m_user->setText(status.user);
    m_password->setEchoMode(QLineEdit::Password);
    m_ca->setText(status.caFile);
    m_ca->setPlaceholderText(tr("Only if your organisation gave you one"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this,
                                                          tr("Organisation CA certificate"),
                                                          {},
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_ca->setText(file);
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    m_lockNote->setWordWrap(true);
    m_lockNote->hide();
    form->addRow(m_lockNote);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Login message"));
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(&m_sync, &SyncController::loginFinished, this, &LoginDialog::finished);
    focusFirstEmpty();
}

// The first field left to fill in, so the user can start typing at once.
void LoginDialog::focusFirstEmpty()
{
    (m_server->text().isEmpty() ? m_server : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::applyMachineConfig(const MachineConfig &machine)
{
    m_locked = machine.serverLocked() && !machine.serverUrl().isEmpty();
    if (m_locked || m_server->text().isEmpty()) {
        m_server->setText(machine.serverUrl());
    }
    if (m_locked || m_ca->text().isEmpty()) {
        m_ca->setText(machine.caFile());
    }
    m_server->setReadOnly(m_locked);
    m_ca->setReadOnly(m_locked);
    m_browse->setEnabled(!m_locked);
    m_lockNote->setVisible(m_locked);
    focusFirstEmpty();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *w : {m_server, m_user, m_password, m_ca}) {
        w->setEnabled(!busy);
    }
    m_browse->setEnabled(!busy && !m_locked);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Logging in…"));
        m_message->show();
    }
}

void LoginDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (m_server->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Fill in the server, your user name and your password."));
        m_message->show();
        return;
    }
    setBusy(true);
    m_sync.login(m_server->text().trimmed(), m_user->text().trimmed(), m_password->text(), m_ca->text().trimmed());
}

void LoginDialog::finished(const Error &error)
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    m_password->clear();
    if (error.code == ErrorCode::None) {
        QDialog::accept();
        return;
    }
    m_message->setText(ErrorMessages::text(error));
    m_message->show();
    m_password->setFocus();
}

} // namespace Fb
