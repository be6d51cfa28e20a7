#include "editorwindows.h"

#include "caseeditorwindow.h"
#include "conflictinbox.h"
#include "replicaservice.h"
#include "synccontroller.h"

#include <KSyntaxHighlighting/Repository>

namespace Fb {

EditorWindows::EditorWindows(ReplicaService &replica,
                             SyncController &sync,
                             const Vocabularies &vocabularies,
                             const ReferenceData &referenceData,
                             Language language,
                             QWidget *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_sync(sync)
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
    , m_parent(parent)
{
}

EditorWindows::~EditorWindows() = default;

KSyntaxHighlighting::Repository &EditorWindows::highlighting()
{
    if (!m_highlighting) {
        m_highlighting = std::make_unique<KSyntaxHighlighting::Repository>();
    }
    return *m_highlighting;
}

CaseEditorWindow *EditorWindows::open(const QString &id, const QJsonObject &newBody)
{
    if (id.isEmpty()) {
        return nullptr;
    }
    if (CaseEditorWindow *open = m_editors.value(id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *editor =
        new CaseEditorWindow(m_replica, m_vocabularies, m_referenceData, m_language, highlighting(), id, newBody);
    editor->setAccount(m_sync.status().role, m_sync.status().user);
    m_editors.insert(id, editor);
    connect(editor, &QObject::destroyed, this, [this, id] {
        m_editors.remove(id);
    });
    connect(editor, &CaseEditorWindow::inboxRequested, this, [this](const QString &caseId) {
        showInbox(caseId);
    });
    editor->resize(1000, 760);
    editor->show();
    return editor;
}

ConflictInbox *EditorWindows::showInbox(const QString &caseId)
{
    if (!m_inbox) {
        m_inbox = new ConflictInbox(m_replica, m_vocabularies, m_language, m_parent);
        m_inbox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_inbox, &ConflictInbox::openCaseRequested, this, [this](const QString &id) {
            open(id);
        });
    }
    if (!caseId.isEmpty()) {
        m_inbox->selectCase(caseId);
    }
    m_replica.readInbox();
    m_inbox->show();
    m_inbox->raise();
    return m_inbox;
}

} // namespace Fb
