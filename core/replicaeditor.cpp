#include "replicaeditor.h"

#include "blobcache.h"
#include "casefields.h"
#include "casevalidator.h"
#include "replicalogin.h"
#include "reviewworkflow.h"
#include "serverorganisations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

bool isDraftName(const QString &id)
{
    // Ids become file names: only the schema's own form, never a path.
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(id).hasMatch();
}

} // namespace

ReplicaEditor::ReplicaEditor(CaseStore &store)
    : m_store(store)
    , m_draftDirectory(draftDirectoryFor(store.path()))
{
}

QString ReplicaEditor::draftDirectoryFor(const QString &replicaPath)
{
    return QFileInfo(replicaPath).absoluteDir().filePath(u"drafts"_s);
}

QString ReplicaEditor::draftPath(const QString &id) const
{
    return m_draftDirectory + u'/' + id + u".json"_s;
}

CaseMark ReplicaEditor::markOf(const CaseSyncState &state)
{
    switch (state.local) {
    case CaseSyncState::Local::Conflict: return CaseMark::Conflict;
    case CaseSyncState::Local::Blocked: return CaseMark::Rejected;
    case CaseSyncState::Local::RemoteDeleted: return CaseMark::RemoteDeleted;
    case CaseSyncState::Local::Ok:
    case CaseSyncState::Local::Deleted: break;
    }
    return state.dirty ? CaseMark::Pending : CaseMark::Synced;
}

Result<EditableCase> ReplicaEditor::open(const QString &id) const
{
    SyncLedger ledger(m_store);
    EditableCase result;
    result.id = id;
    auto body = ledger.localBody(id);
    if (!body) {
        return body.error();
    }
    if (body->has_value()) {
        result.body = **body;
    }
    QFile draft(draftPath(id));
    if (isDraftName(id) && draft.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(draft.readAll()).object();
        if (o.value("body"_L1).isObject()) {
            result.draft = o.value("body"_L1).toObject();
            result.draftSavedAt = o.value("saved_at"_L1).toString();
        }
    }
    if (result.body.isEmpty() && !result.draft) {
        return Error{ErrorCode::NotFound, id, {}};
    }
    auto state = ledger.state(id);
    if (!state) {
        return state.error();
    }
    result.mark = markOf(*state);
    QSqlQuery tags(m_store.database());
    if (!tags.exec(u"SELECT DISTINCT t.value FROM cases, json_each(cases.body, '$.tags') AS t ORDER BY 1"_s)) {
        return Error{ErrorCode::DatabaseQueryFailed, u"tags"_s, tags.lastError().text()};
    }
    while (tags.next()) {
        result.knownTags.append(tags.value(0).toString());
    }
    if (auto known = ServerOrganisations(m_store).read(); known) {
        result.organisations = known->organisations;
    }
    auto conflicts = ledger.conflicts(id);
    if (!conflicts) {
        return conflicts.error();
    }
    result.conflicts = *conflicts;
    if (result.mark == CaseMark::Rejected) {
        auto entry = ledger.outboxEntry(id);
        if (!entry) {
            return entry.error();
        }
        if (entry->has_value()) {
            result.rejectedError = (*entry)->lastError;
        }
    }
    return result;
}

SaveOutcome ReplicaEditor::save(const QJsonObject &sent, const QJsonObject &origin, quint64 request)
{
    SaveOutcome outcome;
    outcome.id = sent.value("id"_L1).toString();
    outcome.request = request;
    if (!isDraftName(outcome.id)) {
        outcome.error = Error{ErrorCode::InvalidUuid, u"id"_s, {}};
        return outcome;
    }
    SyncLedger ledger(m_store);
    QJsonObject body = sent;
    // Read, merge and store in one write transaction: another program on the same replica (the
    // CLI, a second window) cannot write between what was read and what is stored.
    auto stored = m_store.transaction([&]() -> Result<void> {
        QList<FieldConflict> collisions;
        if (!origin.isEmpty()) {
            auto current = ledger.localBody(outcome.id);
            if (!current) {
                return current.error();
            }
            if (current->has_value() && !CaseFields::sameContent(**current, origin)) {
                MergeResult merge = CaseMerge::merge3(origin, sent, **current);
                body = std::move(merge.merged);
                collisions = std::move(merge.conflicts);
            }
        }
        auto record = CaseRecord::fromJsonObject(body);
        outcome.problems = record ? m_store.validator().validate(*record) : QList<Error>{record.error()};
        if (!outcome.problems.isEmpty()) {
            // Only a draft. The collisions are found again when it becomes valid: the replica
            // still has the other side, and the editor keeps its origin until something is stored.
            return {};
        }
        if (auto r = LocalEdits(ledger).save(*record); !r) {
            return r;
        }
        return addCollisions(ledger, outcome.id, collisions);
    });
    outcome.body = body;
    if (!stored) {
        // Not lost: the draft keeps it until a save succeeds.
        outcome.error = stored.error();
        (void)writeDraft(outcome.id, body);
    } else if (!outcome.problems.isEmpty()) {
        if (auto r = writeDraft(outcome.id, body); !r) {
            outcome.error = r.error();
        }
    } else {
        outcome.stored = true;
        (void)removeDraft(outcome.id);
    }
    if (auto state = SyncLedger(m_store).state(outcome.id); state) {
        outcome.mark = markOf(*state);
    }
    return outcome;
}

Result<void> ReplicaEditor::addCollisions(SyncLedger &ledger, const QString &id, const QList<FieldConflict> &collisions)
{
    if (collisions.isEmpty()) {
        return {};
    }
    auto state = ledger.state(id);
    auto base = ledger.base(id);
    if (!state || !base) {
        return !state ? state.error() : base.error();
    }
    for (const FieldConflict &c : collisions) {
        // The server's value is in its history; a value only this computer had is archived here.
        const QJsonValue serverValue =
            base->has_value() ? CaseFields::valueAt((*base)->body, c.path) : QJsonValue(QJsonValue::Undefined);
        if (c.remote != serverValue) {
            if (auto r = ledger.archive(id, c.path, c.remote, u"edited elsewhere on this computer"_s); !r) {
                return r;
            }
        }
        if (auto r =
                ledger.addConflict(StoredConflict{id, c.path, c.base, c.local, c.remote, state->syncedVersion, {}});
            !r) {
            return r;
        }
    }
    state->local = CaseSyncState::Local::Conflict;
    state->dirty = true;
    return ledger.setState(*state);
}

Result<void> ReplicaEditor::writeDraft(const QString &id, const QJsonObject &body) const
{
    if (!QDir().mkpath(m_draftDirectory)) {
        return Error{ErrorCode::FileWriteFailed, m_draftDirectory, {}};
    }
    QSaveFile file(draftPath(id));
    const QJsonObject o{{u"saved_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}, {u"body"_s, body}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        return Error{file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::FileWriteFailed,
                     file.fileName(),
                     file.errorString()};
    }
    return {};
}

Result<void> ReplicaEditor::removeDraft(const QString &id) const
{
    QFile file(draftPath(id));
    if (file.exists() && !file.remove()) {
        return Error{ErrorCode::FileWriteFailed, file.fileName(), file.errorString()};
    }
    return {};
}

Result<void> ReplicaEditor::discardDraft(const QString &id)
{
    if (!isDraftName(id)) {
        return Error{ErrorCode::InvalidUuid, u"id"_s, {}};
    }
    return removeDraft(id);
}

Result<CaseMarks> ReplicaEditor::marks() const
{
    auto unsettled = SyncLedger(m_store).unsettled();
    if (!unsettled) {
        return unsettled.error();
    }
    auto marks = std::make_shared<QHash<QString, CaseMark>>();
    for (const CaseSyncState &s : std::as_const(*unsettled)) {
        if (const CaseMark m = markOf(s); m != CaseMark::Synced) {
            marks->insert(s.id, m);
        }
    }
    return CaseMarks(std::move(marks));
}

Result<QList<InboxItem>> ReplicaEditor::inbox() const
{
    SyncLedger ledger(m_store);
    QList<InboxItem> items;
    const auto bodyOf = [&](const QString &id) {
        auto body = ledger.localBody(id);
        return body && body->has_value() ? **body : QJsonObject();
    };
    auto conflicts = ledger.conflicts();
    if (!conflicts) {
        return conflicts.error();
    }
    for (const StoredConflict &c : std::as_const(*conflicts)) {
        InboxItem item;
        item.kind = c.path == "$deleted"_L1 ? InboxItem::Kind::RemoteDeleted
            : c.path == "$delete"_L1        ? InboxItem::Kind::LocalDeleteLost
                                            : InboxItem::Kind::Conflict;
        item.caseId = c.caseId;
        item.body = bodyOf(c.caseId);
        item.title = item.body.value("title"_L1).toString();
        item.path = c.path;
        item.conflict = c;
        item.at = c.detectedAt;
        items.append(item);
    }
    auto rejected = ledger.rejected();
    if (!rejected) {
        return rejected.error();
    }
    for (const OutboxEntry &e : std::as_const(*rejected)) {
        InboxItem item;
        item.kind = InboxItem::Kind::Rejected;
        item.caseId = e.caseId;
        item.body = bodyOf(e.caseId);
        item.title = item.body.value("title"_L1).toString();
        item.error = e.lastError;
        items.append(item);
    }
    // Drafts of cases that were never stored: nowhere else to find them again.
    const QFileInfoList drafts = QDir(m_draftDirectory).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : drafts) {
        const QString id = file.completeBaseName();
        if (!isDraftName(id)) {
            continue;
        }
        auto body = ledger.localBody(id);
        if (!body || body->has_value()) {
            continue;
        }
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        InboxItem item;
        item.kind = InboxItem::Kind::Draft;
        item.caseId = id;
        item.body = o.value("body"_L1).toObject();
        item.title = item.body.value("title"_L1).toString();
        item.at = o.value("saved_at"_L1).toString();
        items.append(item);
    }
    return items;
}

Result<void>
ReplicaEditor::resolve(const QString &id, const QString &path, LocalEdits::Take take, const QJsonValue &value)
{
    SyncLedger ledger(m_store);
    if (path == "review_state"_L1 && take != LocalEdits::Take::Theirs) {
        // The server has moved the case on; keeping this side's state is a move from theirs,
        // which the server would refuse from a role that may not make it, and the whole change
        // would then wait refused. Said now, the user takes theirs and keeps the rest.
        if (auto r = reviewMoveAllowed(ledger, id, take == LocalEdits::Take::Value ? value.toString() : QString());
            !r) {
            return r;
        }
    }
    return LocalEdits(ledger).resolve(id, path, take, value);
}

Result<void> ReplicaEditor::reviewMoveAllowed(SyncLedger &ledger, const QString &id, const QString &chosen) const
{
    auto login = ReplicaLogin(m_store).read();
    if (!login) {
        return login.error();
    }
    if (!login->configured() || login->role.isEmpty()) {
        return {}; // not logged in: the server answers at the first sync
    }
    auto open = ledger.conflicts(id);
    if (!open) {
        return open.error();
    }
    auto body = ledger.localBody(id);
    if (!body) {
        return body.error();
    }
    for (const StoredConflict &c : std::as_const(*open)) {
        if (c.path != "review_state"_L1) {
            continue;
        }
        const QString theirs = c.remote.toString(ReviewWorkflow::initialState());
        const QString mine = !chosen.isEmpty() ? chosen
            : body->has_value() ? (*body)->value("review_state"_L1).toString(ReviewWorkflow::initialState())
                                : theirs;
        if (mine != theirs && !ReviewWorkflow::reachable(theirs, mine, login->role)) {
            return Error{ErrorCode::TransitionNotAllowed, u"review_state"_s, u"%1 → %2"_s.arg(theirs, mine)};
        }
    }
    return {};
}

Result<void> ReplicaEditor::revert(const QString &id)
{
    SyncLedger ledger(m_store);
    return LocalEdits(ledger).revert(id);
}

Result<void> ReplicaEditor::remove(const QString &id)
{
    SyncLedger ledger(m_store);
    // The server decides (ReviewPolicy::mayDelete); asking the same rule here first spares a
    // deletion that the next sync would only bring back as a refused change. Not logged in, the
    // role is unknown and the server answers at the first sync.
    auto login = ReplicaLogin(m_store).read();
    if (!login) {
        return login.error();
    }
    if (login->configured() && !login->role.isEmpty()) {
        auto body = ledger.localBody(id);
        if (!body) {
            return body.error();
        }
        const QString state = body->has_value() ? (*body)->value("review_state"_L1).toString() : QString();
        if (body->has_value() && !ReviewWorkflow::mayDelete(state, login->role)) {
            return Error{ErrorCode::Forbidden, id, state};
        }
    }
    return LocalEdits(ledger).remove(id);
}

Result<QString> ReplicaEditor::saveAsNew(const QString &id)
{
    SyncLedger ledger(m_store);
    auto body = ledger.localBody(id);
    if (!body) {
        return body.error();
    }
    if (!body->has_value()) {
        return Error{ErrorCode::NotFound, id, {}};
    }
    QJsonObject copy = **body;
    const QString newId = CaseRecord::newId();
    copy.insert(u"id"_s, newId);
    copy.insert(u"review_state"_s, ReviewWorkflow::initialState());
    for (const char *key : {"created_at", "created_by", "updated_at", "updated_by"}) {
        copy.remove(QLatin1StringView(key));
    }
    auto record = CaseRecord::fromJsonObject(copy);
    if (!record) {
        return record.error();
    }
    auto state = ledger.state(id);
    if (!state) {
        return state.error();
    }
    LocalEdits edits(ledger);
    auto done = m_store.transaction([&]() -> Result<void> {
        if (auto r = edits.save(*record); !r) {
            return r;
        }
        if (state->local == CaseSyncState::Local::RemoteDeleted) {
            return edits.resolve(id, u"$deleted"_s, LocalEdits::Take::Theirs);
        }
        return edits.revert(id);
    });
    if (!done) {
        return done.error();
    }
    return newId;
}

Result<Attachment> ReplicaEditor::addAttachment(const QString &file) const
{
    const QFileInfo info(file);
    if (!info.isFile()) {
        return Error{ErrorCode::FileOpenFailed, file, {}};
    }
    if (info.size() > Attachment::MaxBytes) {
        return Error{ErrorCode::FileTooLarge, info.fileName(), QString::number(info.size())};
    }
    auto blob = BlobCache(BlobCache::directoryFor(m_store.path())).add(file);
    if (!blob) {
        return blob.error();
    }
    return Attachment{info.fileName(), blob->sha256, blob->size, blob->mime, {}};
}

Result<Attachment> ReplicaEditor::attach(const QString &id, const QString &file)
{
    auto record = m_store.get(id);
    if (!record) {
        return record.error();
    }
    auto attachment = addAttachment(file);
    if (!attachment) {
        return attachment.error();
    }
    const bool already =
        std::any_of(record->attachments.cbegin(), record->attachments.cend(), [&](const Attachment &a) {
            return a.sha256 == attachment->sha256;
        });
    if (!already) {
        record->attachments.append(*attachment);
        SyncLedger ledger(m_store);
        if (auto r = LocalEdits(ledger).save(*record); !r) {
            return r.error();
        }
    }
    return attachment;
}

QString ReplicaEditor::attachmentPath(const QString &sha256) const
{
    const BlobCache cache(BlobCache::directoryFor(m_store.path()));
    return cache.contains(sha256) ? cache.path(sha256) : QString();
}

} // namespace Fb
