#include "syncstatuswidget.h"

#include "errormessages.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fb {

SyncStatusWidget::SyncStatusWidget(SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncButton);
    m_progress->setRange(0, 0); // how much a sync brings is not known in advance
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Sync in progress"));
    m_progress->hide();
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setAccessibleName(tr("Sync now"));
    m_syncButton->setAutoRaise(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_syncButton, &QToolButton::clicked, &m_sync, &SyncController::syncNow);
    connect(&m_sync, &SyncController::stateChanged, this, [this](SyncController::State state) {
        if (state == SyncController::State::Syncing) {
            m_changed = 0;
        }
        refresh();
    });
    connect(&m_sync, &SyncController::statusChanged, this, &SyncStatusWidget::refresh);
    connect(&m_sync, &SyncController::synced, this, [this](const SyncReport &report) {
        m_left = report.left;
        m_leftWithEdits = report.leftWithEdits;
        refresh();
    });
    connect(&m_sync, &SyncController::progress, this, [this](int changed) {
        m_changed = changed;
        refresh();
    });
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::refresh()
{
    const SyncStatus &status = m_sync.status();
    const SyncCounts &counts = status.counts;
    QStringList parts;
    using State = SyncController::State;
    switch (m_sync.state()) {
    case State::NotConfigured: parts.append(tr("Not connected to a server")); break;
    case State::Syncing:
        parts.append(m_changed > 0 ? tr("Syncing… %n case(s) updated", nullptr, m_changed) : tr("Syncing…"));
        break;
    case State::Idle: {
        const QDateTime last = QDateTime::fromString(status.lastSync, Qt::ISODate);
        parts.append(last.isValid()
                         ? tr("Synced %1").arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat))
                         : tr("Online"));
        break;
    }
    case State::Offline: parts.append(tr("Offline: will try again shortly")); break;
    case State::NeedsLogin: parts.append(tr("Log in again to sync")); break;
    case State::Failing: parts.append(ErrorMessages::text(m_sync.lastError())); break;
    }
    if (counts.pending > 0) {
        parts.append(tr("%n change(s) waiting", nullptr, counts.pending));
    }
    if (counts.conflicts > 0) {
        parts.append(tr("%n conflict(s) to settle", nullptr, counts.conflicts));
    }
    if (counts.blocked > 0) {
        parts.append(tr("%n change(s) refused by the server", nullptr, counts.blocked));
    }
    if (counts.held > 0) {
        parts.append(tr("%n change(s) from the server this version cannot read", nullptr, counts.held));
    }
    if (m_left > 0) {
        parts.append(tr("%n case(s) no longer shown to you were removed from this computer", nullptr, m_left));
    }
    if (m_leftWithEdits > 0) {
        parts.append(tr("your unsent changes to %n of them are kept in the archive (framgangsbank-cli archive)",
                        nullptr,
                        m_leftWithEdits));
    }
    const QString text = parts.join(u" · "_s);
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_label->setToolTip(status.configured() ? tr("%1 at %2").arg(status.user, status.serverUrl) : QString());
    const bool syncing = m_sync.state() == State::Syncing;
    m_progress->setVisible(syncing);
    m_syncButton->setVisible(m_sync.state() != State::NotConfigured && m_sync.state() != State::NeedsLogin);
    m_syncButton->setEnabled(!syncing);
}

} // namespace Fb
