#pragma once

#include "edittypes.h"
#include "language.h"
#include "vocabularies.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Fb {

class ReplicaService;

// Everything sync could not settle alone, in one place: fields changed on both sides, cases
// removed on the server while edited here, deletes that met an edit, changes the server refused,
// and drafts of cases never stored. Each with its ways out; every choice goes through sync like
// any edit, and what is thrown away is archived.
class ConflictInbox : public QDialog
{
    Q_OBJECT

public:
    ConflictInbox(ReplicaService &replica,
                  const Vocabularies &vocabularies,
                  Language language,
                  QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    const QList<InboxItem> &items() const { return m_items; }

    // Selects the first item of a case (when asked from its editor).
    void selectCase(const QString &id);
    // Opens the resolution for the selected item (a conflict dialog, or the choice of ways out).
    void settleSelected();

Q_SIGNALS:
    void openCaseRequested(const QString &id);
    // The inbox was read afresh.
    void refreshed();

private:
    void showItems(const QList<InboxItem> &items);
    void updateButtons();
    const InboxItem *selected() const;
    void exportSelected();

    ReplicaService &m_replica;
    const Vocabularies &m_vocabularies;
    Language m_language;
    QList<InboxItem> m_items;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_settle;
    QPushButton *m_restore;
    QPushButton *m_saveAsNew;
    QPushButton *m_export;
    QPushButton *m_discard;
    QPushButton *m_open;
    QString m_select;
};

} // namespace Fb
