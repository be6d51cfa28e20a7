#pragma once

#include "language.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Fb {

class CaseEditorWindow;
class ConflictInbox;
class ReplicaService;
class SyncController;

// The main window's editor windows, one per case, and its conflict inbox: opened on demand,
// raised when asked again, forgotten when closed. The syntax definitions the editors highlight
// with are loaded on the first edit, not at start.
class EditorWindows : public QObject
{
    Q_OBJECT

public:
    EditorWindows(ReplicaService &replica,
                  SyncController &sync,
                  const Vocabularies &vocabularies,
                  const ReferenceData &referenceData,
                  Language language,
                  QWidget *parent);
    ~EditorWindows() override;

    // The case's editor (the one already open, if any); newBody starts a case not yet stored.
    CaseEditorWindow *open(const QString &id, const QJsonObject &newBody = {});
    ConflictInbox *showInbox(const QString &caseId = {});

private:
    KSyntaxHighlighting::Repository &highlighting();

    ReplicaService &m_replica;
    SyncController &m_sync;
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    QWidget *m_parent;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_highlighting;
    QHash<QString, QPointer<CaseEditorWindow>> m_editors;
    QPointer<ConflictInbox> m_inbox;
};

} // namespace Fb
