#pragma once

#include "casemerge.h"
#include "caserecord.h"
#include "casestore.h"
#include "edittypes.h"
#include "localedits.h"
#include "result.h"

#include <QJsonObject>

namespace Fb {

// What the case editor and the conflict inbox do to the replica (docs/editor.md). Runs on the
// replica's thread, beside the store. An edit that is not yet a valid case (a half-typed date, a
// link without its address) is kept as a draft file in the profile instead of being refused, so
// nothing typed is lost; the next valid save stores it and removes the draft.
class ReplicaEditor
{
public:
    explicit ReplicaEditor(CaseStore &store);

    // The directory of the drafts beside a replica file.
    static QString draftDirectoryFor(const QString &replicaPath);

    Result<EditableCase> open(const QString &id) const;
    // Saves an editor's body. origin is the stored body the editor's form started from (empty for
    // a case not stored yet): what changed in the replica since then (a sync, another window, the
    // CLI) is merged in three-way, and a field both changed becomes a conflict, never an overwrite.
    SaveOutcome save(const QJsonObject &body, const QJsonObject &origin, quint64 request);
    Result<void> discardDraft(const QString &id);

    Result<CaseMarks> marks() const;
    Result<QList<InboxItem>> inbox() const;

    // A review state conflict is not settled with a state this user's role may not move the
    // case to from the server's (ErrorCode::TransitionNotAllowed; docs/sync.md).
    Result<void> resolve(const QString &id, const QString &path, LocalEdits::Take take, const QJsonValue &value);
    Result<void> revert(const QString &id);
    // Deletes a case locally (the next sync sends it): Forbidden when the logged-in role may not
    // delete it in its review state (ReviewWorkflow::mayDelete: a published case only by an
    // administrator).
    Result<void> remove(const QString &id);
    // Keeps a refused or remotely deleted edit as a new draft case of its own and lets the
    // original go (archived). Returns the new case's id.
    Result<QString> saveAsNew(const QString &id);

    // Copies a file into the profile's attachment store; FileTooLarge above Attachment::MaxBytes.
    Result<Attachment> addAttachment(const QString &file) const;
    // Attaches a file to a stored case as one local edit (the CLI's `attach`), under the same size
    // rule; a file the case already has is not added twice.
    Result<Attachment> attach(const QString &id, const QString &file);
    // Where an attachment's bytes are, or empty when they are not in this profile yet.
    QString attachmentPath(const QString &sha256) const;

private:
    // Stores the collisions of an editor's save with what changed underneath it as conflicts;
    // a value the server never had is also archived. Joins the caller's transaction.
    Result<void> addCollisions(SyncLedger &ledger, const QString &id, const QList<FieldConflict> &collisions);
    // The open review_state conflict of the case settled with chosen (empty: this side's).
    Result<void> reviewMoveAllowed(SyncLedger &ledger, const QString &id, const QString &chosen) const;
    static CaseMark markOf(const CaseSyncState &state);
    QString draftPath(const QString &id) const;
    Result<void> writeDraft(const QString &id, const QJsonObject &body) const;
    Result<void> removeDraft(const QString &id) const;

    CaseStore &m_store;
    QString m_draftDirectory;
};

} // namespace Fb
