#pragma once

#include "synccontroller.h"

#include <QWidget>

class QDateTime;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Fb {

// The status bar's view of sync: online or offline, changes waiting, open conflicts, last sync,
// a progress bar while a sync runs and the last error in plain words.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController &sync, QWidget *parent = nullptr);

    // The text on show, for tests and screen readers.
    QString text() const;

    // How long ago the local copy was synced, in the words a status bar has room for.
    static QString age(const QDateTime &last, const QDateTime &now);

private:
    void refresh();

    SyncController &m_sync;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    QTimer *m_clock; // the age on show grows while nothing else happens
    int m_changed = 0;
    // What the last sync took away because the server no longer shows it to this user.
    int m_left = 0;
    int m_leftWithEdits = 0;
};

} // namespace Fb
