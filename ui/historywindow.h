#pragma once

#include "casehistory.h"
#include "language.h"
#include "result.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fb {

class SyncController;
class Vocabularies;

// The history of a case (docs/server.md, "History"): every version the user may see, who wrote it
// and when, what it changed (word by word), and for those who may change the case the values
// changes replaced, which the server keeps. Read from the server when asked, never waited for:
// the window says it is fetching and offers to try again when the server cannot be reached.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    HistoryWindow(SyncController &sync, const Vocabularies &vocabularies, Language language, QWidget *parent);

    // Fetches and shows the history of this case (again, if it is the one shown).
    void showCase(const QString &id, const QString &title);

    QTreeWidget *versions() const { return m_versions; }

    QTreeWidget *discarded() const { return m_discarded; }

    QTextBrowser *detail() const { return m_detail; }

    QLabel *status() const { return m_status; }

Q_SIGNALS:
    // The history came, or the reason it did not (status() says which).
    void finished();

private:
    void fetch();
    void fill(const CaseHistory &history);
    void failed(const Error &error);
    void showDetail(const QTreeWidgetItem *item);
    QString label(const QString &path) const;

    SyncController &m_sync;
    const Vocabularies &m_vocabularies;
    Language m_language;
    QString m_caseId;
    QString m_title;
    quint64 m_request = 0; // the latest fetch: an older answer is dropped
    QLabel *m_heading;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QTreeWidget *m_versions;
    QTextBrowser *m_detail;
    QLabel *m_discardedHeading;
    QTreeWidget *m_discarded;
};

} // namespace Fb
