#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Fb {

class CaseDraft;
class ReplicaService;
struct Attachment;
struct Error;

// A case's attachments: add files (copied into the profile by their SHA-256, uploaded by sync),
// open them, remove them. Copying runs on the replica's thread; the list follows the draft.
class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    AttachmentList(CaseDraft &draft, ReplicaService &replica, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

    void addFiles(const QStringList &files);
    void openSelected();
    void removeSelected();

Q_SIGNALS:
    // A file could not be added, or not opened; the text says why.
    void problem(const QString &message);

private:
    void refresh();
    void added(quint64 request, const Attachment &attachment);
    void failed(quint64 request, const Error &error);
    void located(const QString &sha256, const QString &path);

    CaseDraft &m_draft;
    ReplicaService &m_replica;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
    QLabel *m_status;
    QSet<quint64> m_pending;
    QSet<QString> m_opening;
    quint64 m_nextRequest = 0;
};

} // namespace Fb
