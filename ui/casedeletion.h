#pragma once

#include "error.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace Fb {

class ReplicaService;

// Deleting a case from the app, with the CLI's rules (ReplicaEditor::remove: the role may delete
// it in its review state; the next sync sends the deletion and the server keeps what it threw
// away in the case's history). The user confirms first; a refusal is said in plain words. Both
// questions are window modal, never exec(): the app keeps drawing and syncing meanwhile.
class CaseDeletion : public QObject
{
    Q_OBJECT

public:
    CaseDeletion(ReplicaService &replica, QWidget *parent);

    // Asks whether to delete the case (title, as the user knows it); deletes it if they say yes.
    void ask(const QString &id, const QString &title);

    // The question or the refusal on show, if any (for tests).
    QMessageBox *messageBox() const { return m_box; }

Q_SIGNALS:
    void deleted(const QString &id);
    void refused(const QString &id, const Fb::Error &error);

private:
    void finished(const QString &id, const Error &error);
    void show(QMessageBox *box);

    ReplicaService &m_replica;
    QWidget *m_parent;
    QPointer<QMessageBox> m_box;
    QString m_pending; // the case whose deletion the worker is doing
};

} // namespace Fb
