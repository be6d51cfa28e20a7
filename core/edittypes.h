#pragma once

#include "error.h"
#include "organisationlist.h"
#include "syncledger.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace Fb {

// How a case stands with the server, as lists and the editor show it.
enum class CaseMark {
    Synced,
    Pending, // local changes the server does not have yet
    Conflict, // open conflicts wait for the user
    Rejected, // the server refused a change for good
    RemoteDeleted, // deleted on the server while edited here
};

// The marks of the cases that are not simply synced, by id; shared and immutable.
using CaseMarks = std::shared_ptr<const QHash<QString, CaseMark>>;

// A case opened for editing: its body, where it stands, and a draft newer than the replica's
// copy (an edit that could not be stored yet, e.g. because a date was half typed).
struct EditableCase
{
    QString id;
    QJsonObject body; // empty for a case that exists only as a draft
    CaseMark mark = CaseMark::Synced;
    QList<StoredConflict> conflicts;
    QString rejectedError; // the server's reason, for a rejected case
    std::optional<QJsonObject> draft;
    QString draftSavedAt; // ISO 8601 UTC
    QStringList knownTags; // every tag in the replica, for completion
    // What the server has registered beyond SCB's municipalities and regions, for the owner's
    // completion (ServerOrganisations; empty before the first sync).
    QList<RegisteredOrganisation> organisations;
};

// The answer to a save: stored in the replica (valid) or kept as a draft (not yet valid).
struct SaveOutcome
{
    QString id;
    quint64 request = 0; // the editor's number for the save, to match answers to requests
    bool stored = false;
    // What was stored (or kept as a draft): the body sent, with what changed in the replica since
    // the editor's origin merged in. The editor takes it as its new origin.
    QJsonObject body;
    QList<Error> problems; // why it is only a draft
    CaseMark mark = CaseMark::Synced;
    Error error; // the save itself failed (disk full, …): nothing new is stored
};

// One thing in the conflict inbox.
struct InboxItem
{
    enum class Kind {
        Conflict, // a field both sides changed
        RemoteDeleted, // the server deleted a case edited here
        LocalDeleteLost, // a delete here met an edit there
        Rejected, // the server refused a change for good
        Draft, // an edit saved only as a draft (not valid yet), of a case not stored at all
    };

    Kind kind = Kind::Conflict;
    QString caseId;
    QString title;
    QString path; // the field, for Conflict
    StoredConflict conflict; // for Conflict, RemoteDeleted and LocalDeleteLost
    QString error; // for Rejected: the server's reason
    QJsonObject body; // the case as it is here (for a draft: the draft), to save or export
    QString at; // when it was noticed (display only)
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::CaseMarks)
Q_DECLARE_METATYPE(Fb::EditableCase)
Q_DECLARE_METATYPE(Fb::SaveOutcome)
Q_DECLARE_METATYPE(Fb::InboxItem)
