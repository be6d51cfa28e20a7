#pragma once

#include "language.h"

#include <QMenu>

namespace Fb {

class CaseDeletion;
class CaseView;
class DecisionDocument;
class HistoryWindow;
class ReplicaService;
class SyncController;
class Vocabularies;

// What a new case starts from.
enum class NewCase {
    Blank,
    Guided, // guiding questions in the sections
    SameStructure, // the classification and headings of the case shown
};

// The File menu of the main window: new cases, editing and deleting the case shown, its history
// (from the server), its decision document (export and print), exporting the case list and
// quitting. The actions on the case shown
// follow the case view; the window opens the editors.
class FileMenu : public QMenu
{
    Q_OBJECT

public:
    FileMenu(CaseView &view,
             const DecisionDocument &document,
             ReplicaService &replica,
             SyncController &sync,
             const Vocabularies &vocabularies,
             Language language,
             QWidget *parent);

    QAction *editAction() const { return m_edit; }

    QAction *exportAction() const { return m_export; }

    QAction *deleteAction() const { return m_delete; }

    QAction *historyAction() const { return m_history; }

    // The history window, once opened (for tests).
    HistoryWindow *historyWindow() const { return m_historyWindow; }

    CaseDeletion &deletion() const { return *m_deletion; }

Q_SIGNALS:
    void newCaseRequested(Fb::NewCase kind);
    void editRequested(const QString &id);
    // File → Export the list…: the window has the list (ListExport).
    void exportListRequested();

private:
    void update();

    CaseView &m_view;
    const DecisionDocument &m_document;
    QAction *m_sameStructure = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_history = nullptr;
    CaseDeletion *m_deletion;
    SyncController &m_sync;
    const Vocabularies &m_vocabularies;
    Language m_language;
    HistoryWindow *m_historyWindow = nullptr; // a child of the main window, made when first asked for
};

} // namespace Fb
