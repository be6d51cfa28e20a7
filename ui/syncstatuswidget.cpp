#include "syncstatuswidget.h"

#include "errormessages.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

SyncStatusWidget::SyncStatusWidget(SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QToolButton(this))
    , m_clock(new QTimer(this))
{
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_clock->start();
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

QString SyncStatusWidget::age(const QDateTime &last, const QDateTime &now)
{
    // A clock set back shows as now, not as the future.
    const qint64 seconds = std::max<qint64>(0, last.secsTo(now));
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    }
    if (seconds < 24 * 3600) {
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    }
    return tr("%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
}

void SyncStatusWidget::refresh()
{
    const SyncStatus &status = m_sync.status();
    const SyncCounts &counts = status.counts;
    QStringList parts;
    using State = SyncController::State;
    const QDateTime last = QDateTime::fromString(status.lastSync, Qt::ISODate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_sync.state()) {
    case State::NotConfigured: parts.append(tr("Not connected to a server")); break;
    case State::Syncing:
        parts.append(m_changed > 0 ? tr("Syncing… %n case(s) updated", nullptr, m_changed) : tr("Syncing…"));
        break;
    case State::Idle: parts.append(last.isValid() ? tr("Synced %1").arg(age(last, now)) : tr("Online")); break;
    case State::Offline: parts.append(tr("Offline: will try again shortly")); break;
    case State::NeedsLogin: parts.append(tr("Log in again to sync")); break;
    case State::Failing: parts.append(ErrorMessages::text(m_sync.lastError())); break;
    }
    const bool behind =
        m_sync.state() == State::Offline || m_sync.state() == State::NeedsLogin || m_sync.state() == State::Failing;
    if (behind) {
        // What the user reads and decides on offline is this old.
        parts.append(last.isValid() ? tr("local copy synced %1").arg(age(last, now)) : tr("never synced"));
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
    QString tip = status.configured() ? tr("%1 at %2").arg(status.user, status.serverUrl) : QString();
    if (last.isValid()) {
        tip += (tip.isEmpty() ? QString() : u"\n"_s)
            + tr("Last synced %1").arg(QLocale().toString(last.toLocalTime(), QLocale::LongFormat));
    }
    m_label->setToolTip(tip);
    const bool syncing = m_sync.state() == State::Syncing;
    m_progress->setVisible(syncing);
    m_syncButton->setVisible(m_sync.state() != State::NotConfigured && m_sync.state() != State::NeedsLogin);
    m_syncButton->setEnabled(!syncing);
}

} // namespace Fb
