#pragma once

#include "casedraft.h"
#include "casevalidator.h"
#include "edittypes.h"
#include "language.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Fb {

class AttachmentList;
class CaseForm;
class ReviewPanel;
class ReplicaService;

// One case in a window of its own: the form, where the case stands with the server, what it
// still needs before review, and autosave. Every edit reaches the replica (or, while the case
// is not valid yet, a draft file) within about a second of idle typing, on every focus change
// and on close; closing with unsynced changes is fine, they wait in the outbox.
class CaseEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Autosave this long after the last change.
    static constexpr int AutosaveDelayMs = 1000;

    // Edits the stored case id, or starts a new one from body (with a fresh id) when body is
    // not empty.
    CaseEditorWindow(ReplicaService &replica,
                     const Vocabularies &vocabularies,
                     const ReferenceData &referenceData,
                     Language language,
                     KSyntaxHighlighting::Repository &repository,
                     const QString &id,
                     const QJsonObject &newBody = {},
                     QWidget *parent = nullptr);
    ~CaseEditorWindow() override;

    const QString &caseId() const { return m_id; }

    CaseDraft &draft() { return m_draft; }

    CaseForm *form() const { return m_form; }

    AttachmentList *attachments() const { return m_attachments; }

    QLabel *stateLabel() const { return m_state; }

    QLabel *syncLabel() const { return m_sync; }

    QProgressBar *completeness() const { return m_completeness; }

    QLabel *missingLabel() const { return m_missing; }

    // Whether every change is stored (in the replica or as a draft).
    bool isSaved() const;

    // The logged-in account, for the review moves and comments it may make.
    void setAccount(const QString &role, const QString &user);

    ReviewPanel *review() const { return m_review; }

public Q_SLOTS:
    void saveNow();

Q_SIGNALS:
    // The case could be opened and its form is filled.
    void loaded();
    // A save ended: stored in the replica, or kept as a draft.
    void saved(const Fb::SaveOutcome &outcome);
    // The user asked to settle this case's conflicts or refused change.
    void inboxRequested(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void opened(const EditableCase &editable);
    void saveAnswered(const SaveOutcome &outcome);
    void changed();
    void validate();
    void showMark();
    void updateTitle();

    ReplicaService &m_replica;
    const Vocabularies &m_vocabularies;
    Language m_language;
    CaseValidator m_validator;
    QString m_id;
    CaseDraft m_draft;
    CaseForm *m_form;
    AttachmentList *m_attachments;
    ReviewPanel *m_review;
    QLabel *m_banner;
    QLabel *m_state;
    QLabel *m_sync;
    QLabel *m_missing;
    QProgressBar *m_completeness;
    QTimer *m_autosave;
    QJsonObject m_savedBody; // what the replica or the draft file has
    // The stored body the form started from, sent with every save: what changed in the replica
    // since (a sync, another window) is merged in, never overwritten (ReplicaEditor::save).
    QJsonObject m_origin;
    QJsonObject m_inFlightBody; // sent, not yet answered
    quint64 m_lastRequest = 0;
    CaseMark m_mark = CaseMark::Synced;
    QString m_rejectedError;
    QString m_saveProblem;
    bool m_loaded = false;
    bool m_storedOnce = false; // whether the replica has any version of the case
};

} // namespace Fb
