#include "mutationprocessor.h"

#include "blobrepository.h"
#include "casefields.h"
#include "casepermissions.h"
#include "caserecord.h"
#include "contributions.h"
#include "organisationid.h"
#include "reviewpolicy.h"
#include "reviewworkflow.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QJsonObject status(const QString &mutationId, const QString &name)
{
    return {{u"mutation_id"_s, mutationId}, {u"status"_s, name}};
}

QJsonObject rejected(const QString &mutationId, ErrorCode code, const QString &field = {})
{
    QJsonObject r = status(mutationId, u"rejected"_s);
    r.insert(u"code"_s, errorCodeName(code));
    if (!field.isEmpty()) {
        r.insert(u"field"_s, field);
    }
    return r;
}

// A failure of ours, not of the request: the client sends the same mutation again later.
QJsonObject retry(const QString &mutationId, ErrorCode code = ErrorCode::InternalError)
{
    QJsonObject r = status(mutationId, u"retry"_s);
    r.insert(u"code"_s, errorCodeName(code));
    return r;
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC).toString(Qt::ISODate);
}

} // namespace

struct MutationProcessor::Outcome
{
    QJsonObject result;
    std::optional<StoredCase> write; // set when the mutation changes the bank
};

MutationProcessor::MutationProcessor(ServerStore &store,
                                     const Vocabularies &vocabularies,
                                     const ReferenceData &referenceData,
                                     Accounts::Clock clock)
    : m_store(store)
    , m_cases(store)
    , m_validator(vocabularies, referenceData)
    , m_clock(std::move(clock))
{
}

Result<QJsonObject> MutationProcessor::validated(const QJsonObject &body) const
{
    auto record = CaseRecord::fromJsonObject(body);
    if (!record) {
        return record.error();
    }
    if (const QList<Error> errors = m_validator.validate(*record); !errors.isEmpty()) {
        return errors.first();
    }
    if (record->toCanonicalJson().size() > CaseRecord::MaxDocumentBytes) {
        return Error{ErrorCode::DocumentTooLarge, {}, {}};
    }
    // Stored in canonical form, so every replica compares equal bytes.
    return record->toJsonObject();
}

Result<void> MutationProcessor::blobsPresent(CasePermissions &permissions,
                                             const QJsonObject &body,
                                             const QJsonObject *previous) const
{
    QSet<QString> named;
    if (previous) {
        for (const QJsonValue &a : previous->value("attachments"_L1).toArray()) {
            named.insert(a.toObject().value("sha256"_L1).toString());
        }
    }
    const QJsonArray attachments = body.value("attachments"_L1).toArray();
    BlobRepository blobs(m_store);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString sha = attachments.at(i).toObject().value("sha256"_L1).toString();
        auto stored = blobs.stored(sha);
        if (!stored) {
            return stored.error();
        }
        // One named already by the case being written is the writer's to keep; any other only
        // if they may use it (CasePermissions::mayUseBlob), else a hash would open any file.
        auto usable = stored->has_value() && !named.contains(sha) ? permissions.mayUseBlob(sha)
                                                                  : Result<bool>(stored->has_value());
        if (!usable) {
            return usable.error();
        }
        if (!*usable) {
            return Error{ErrorCode::BlobMissing, u"attachments[%1].sha256"_s.arg(i), {}};
        }
    }
    return {};
}

QString MutationProcessor::owningOrganisation(const QJsonObject &body, const QString &otherwise) const
{
    const QJsonObject owner = body.value("owner"_L1).toObject();
    const QString type = owner.value("type"_L1).toString();
    const QString code = owner.value("code"_L1).toString();
    if (const QString id = OrganisationId::ofOwner(type, code); !id.isEmpty()) {
        if (auto o = m_store.organisation(id); o && o->has_value()) {
            return id;
        }
    }
    return otherwise;
}

std::variant<StoredCase, QJsonObject> MutationProcessor::writableCase(const Session &session,
                                                                      const QString &mutationId,
                                                                      const QString &id,
                                                                      const QStringList &paths)
{
    auto found = m_cases.find(id);
    if (!found) {
        return retry(mutationId);
    }
    if (!found->has_value()) {
        return rejected(mutationId, ErrorCode::NotFound, u"id"_s);
    }
    CasePermissions permissions(m_store, session);
    auto allowed = permissions.mayWrite((*found)->organisationId);
    if (allowed && !*allowed && Contributions::onlyContributions(paths) && ReviewWorkflow::mayEdit(session.user.role)) {
        // Another organisation's answer or adoption: theirs to write where they may read
        // (ReviewPolicy checks that each entry is their own).
        allowed = permissions.mayRead(**found);
    }
    if (!allowed || !*allowed) {
        return allowed ? rejected(mutationId, ErrorCode::Forbidden) : retry(mutationId);
    }
    return **found;
}

MutationProcessor::Outcome
MutationProcessor::create(const Session &session, const QString &mutationId, const QJsonObject &mutation)
{
    QJsonObject doc = mutation.value("doc"_L1).toObject();
    const QString id = doc.value("id"_L1).toString();
    if (id.isEmpty()) {
        return {rejected(mutationId, ErrorCode::MissingField, u"doc.id"_s), {}};
    }
    auto existing = m_cases.find(id);
    if (!existing) {
        return {retry(mutationId), {}};
    }
    CasePermissions permissions(m_store, session);
    if (existing->has_value() && !(*existing)->deleted) {
        // Nothing of a case this user may not write goes back to them, not even that it differs.
        auto allowed = permissions.mayWrite((*existing)->organisationId);
        if (!allowed || !*allowed) {
            return {allowed ? rejected(mutationId, ErrorCode::Forbidden) : retry(mutationId), {}};
        }
        // Never replaced. A client creates an id that is already here when it brings back a case
        // it kept after a delete, and someone else brought it back first: the answer is a conflict
        // with the case as it is, so the client merges its body into it instead of being stuck
        // with a refusal (docs/sync.md, "Mutations").
        QJsonObject r = status(mutationId, u"conflict"_s);
        r.insert(u"paths"_s, QJsonArray::fromStringList(CaseFields::diff((*existing)->body, doc).keys()));
        r.insert(u"version"_s, (*existing)->version);
        r.insert(u"doc"_s, (*existing)->body);
        return {r, {}};
    }
    // A create over a tombstone brings the case back (a client that kept its edit of a case
    // deleted meanwhile); its versions go on from the tombstone's, so every replica sees it as new.
    const int version = existing->has_value() ? (*existing)->version + 1 : 1;
    const QString now = isoTime(m_clock());
    doc.insert(u"created_at"_s, now);
    doc.insert(u"created_by"_s, session.user.name);
    doc.insert(u"updated_at"_s, now);
    doc.insert(u"updated_by"_s, session.user.name);
    auto body = validated(doc);
    if (!body) {
        return {rejected(mutationId, body.code(), body.error().path), {}};
    }
    const QString organisation = owningOrganisation(*body, session.user.organisationId);
    for (const QString &org : {organisation, existing->has_value() ? (*existing)->organisationId : organisation}) {
        auto allowed = permissions.mayWrite(org);
        if (!allowed || !*allowed) {
            return {allowed ? rejected(mutationId, ErrorCode::Forbidden) : retry(mutationId), {}};
        }
    }
    // A case brought back is checked as an edit of what was deleted, not as a new one.
    const QJsonObject *tombstone = existing->has_value() ? &(*existing)->body : nullptr;
    if (auto blobs = blobsPresent(permissions, *body, tombstone); !blobs) {
        return {blobs.code() == ErrorCode::BlobMissing ? rejected(mutationId, blobs.code(), blobs.error().path)
                                                       : retry(mutationId),
                {}};
    }
    body = ReviewPolicy::apply(tombstone, *body, session, now);
    if (!body) {
        return {rejected(mutationId, body.code(), body.error().path), {}};
    }
    QJsonObject versions;
    for (const QString &p : CaseFields::paths(*body)) {
        versions.insert(p, version);
    }
    return {status(mutationId, u"applied"_s), StoredCase{id, version, false, *body, versions, organisation}};
}

MutationProcessor::Outcome
MutationProcessor::update(const Session &session, const QString &mutationId, const QJsonObject &mutation)
{
    const QString id = mutation.value("id"_L1).toString();
    const int base = mutation.value("base_version"_L1).toInt(-1);
    const QJsonObject set = mutation.value("set"_L1).toObject();
    // An empty set is allowed only to deliver discarded values (a conflict settled by taking
    // the server's value leaves nothing else to send).
    const bool onlyArchive = set.isEmpty() && !mutation.value("discarded"_L1).toArray().isEmpty();
    if (id.isEmpty() || base < 1 || (set.isEmpty() && !onlyArchive)) {
        return {rejected(mutationId,
                         ErrorCode::MissingField,
                         id.isEmpty()   ? u"id"_s
                             : base < 1 ? u"base_version"_s
                                        : u"set"_s),
                {}};
    }
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (!CaseFields::isWritablePath(it.key())) {
            return {rejected(mutationId, ErrorCode::InvalidValue, it.key()), {}};
        }
    }
    auto writable = writableCase(session, mutationId, id, set.keys());
    if (const auto *answer = std::get_if<QJsonObject>(&writable)) {
        return {*answer, {}};
    }
    StoredCase current = std::get<StoredCase>(writable);
    if (current.deleted) {
        // Edit against a deletion: the client keeps its edit and decides (docs/sync.md).
        QJsonObject r = status(mutationId, u"conflict"_s);
        r.insert(u"paths"_s, QJsonArray{u"$deleted"_s});
        r.insert(u"version"_s, current.version);
        return {r, {}};
    }

    QJsonArray conflicts;
    QStringList changed;
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QJsonValue now = CaseFields::valueAt(current.body, it.key());
        const QJsonValue wanted = it.value().isNull() ? QJsonValue(QJsonValue::Undefined) : it.value();
        if (now == wanted) {
            continue; // already so: nothing to do, nothing to conflict with
        }
        if (current.fieldVersions.value(it.key()).toInt(0) > base) {
            conflicts.append(it.key());
        } else {
            changed.append(it.key());
        }
    }
    if (!conflicts.isEmpty()) {
        QJsonObject r = status(mutationId, u"conflict"_s);
        r.insert(u"paths"_s, conflicts);
        r.insert(u"version"_s, current.version);
        r.insert(u"doc"_s, current.body);
        return {r, {}};
    }
    if (changed.isEmpty()) {
        QJsonObject r = status(mutationId, u"applied"_s);
        r.insert(u"version"_s, current.version);
        r.insert(u"doc"_s, current.body);
        return {r, {}};
    }

    QJsonObject next = current.body;
    for (const QString &path : std::as_const(changed)) {
        CaseFields::setValue(next, path, set.value(path));
    }
    const QString now = isoTime(m_clock());
    next.insert(u"updated_at"_s, now);
    next.insert(u"updated_by"_s, session.user.name);
    auto body = validated(next);
    if (!body) {
        return {rejected(mutationId, body.code(), body.error().path), {}};
    }
    if (changed.contains("attachments"_L1)) {
        CasePermissions permissions(m_store, session);
        if (auto blobs = blobsPresent(permissions, *body, &current.body); !blobs) {
            return {blobs.code() == ErrorCode::BlobMissing ? rejected(mutationId, blobs.code(), blobs.error().path)
                                                           : retry(mutationId),
                    {}};
        }
    }
    // The case moves only when its owner names another organisation the server knows (a
    // municipality, a region); an owner of another type keeps the organisation it had, so whoever
    // edits it (a samordnare, an administrator) does not take it from its own redaktörer.
    const QString organisation = owningOrganisation(*body, current.organisationId);
    if (organisation != current.organisationId) {
        auto allowedNew = CasePermissions(m_store, session).mayWrite(organisation);
        if (!allowedNew || !*allowedNew) {
            return {allowedNew ? rejected(mutationId, ErrorCode::Forbidden, u"owner"_s) : retry(mutationId), {}};
        }
    }
    body = ReviewPolicy::apply(&current.body, *body, session, now);
    if (!body) {
        return {rejected(mutationId, body.code(), body.error().path), {}};
    }
    current.version += 1;
    for (const QString &path : std::as_const(changed)) {
        current.fieldVersions.insert(path, current.version);
    }
    current.body = *body;
    current.organisationId = organisation;
    return {status(mutationId, u"applied"_s), current};
}

MutationProcessor::Outcome
MutationProcessor::remove(const Session &session, const QString &mutationId, const QJsonObject &mutation)
{
    const QString id = mutation.value("id"_L1).toString();
    const int base = mutation.value("base_version"_L1).toInt(-1);
    if (id.isEmpty() || base < 1) {
        return {rejected(mutationId, ErrorCode::MissingField, id.isEmpty() ? u"id"_s : u"base_version"_s), {}};
    }
    auto writable = writableCase(session, mutationId, id);
    if (const auto *answer = std::get_if<QJsonObject>(&writable)) {
        return {*answer, {}};
    }
    StoredCase current = std::get<StoredCase>(writable);
    if (current.deleted) {
        QJsonObject r = status(mutationId, u"applied"_s);
        r.insert(u"version"_s, current.version);
        return {r, {}};
    }
    if (auto r = ReviewPolicy::mayDelete(current.body, session); !r) {
        return {rejected(mutationId, r.code(), r.error().path), {}};
    }
    if (current.version > base) {
        // Someone changed the case after this client last saw it: deleting would throw their
        // edit away unseen.
        QJsonObject r = status(mutationId, u"conflict"_s);
        r.insert(u"paths"_s, QJsonArray{u"$delete"_s});
        r.insert(u"version"_s, current.version);
        r.insert(u"doc"_s, current.body);
        return {r, {}};
    }
    current.version += 1;
    current.deleted = true;
    return {status(mutationId, u"applied"_s), current};
}

QJsonObject MutationProcessor::apply(const Session &session, const QJsonObject &mutation)
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    const QString mutationId = mutation.value("mutation_id"_L1).toString();
    if (!uuid.match(mutationId).hasMatch()) {
        return rejected(mutationId, ErrorCode::InvalidUuid, u"mutation_id"_s);
    }
    const QByteArray hash =
        QCryptographicHash::hash(QJsonDocument(mutation).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex();
    const QString op = mutation.value("op"_L1).toString();
    const QJsonValue discarded = mutation.value("discarded"_L1);
    if (!discarded.isUndefined() && (!discarded.isArray() || discarded.toArray().size() > MaxBatch)) {
        return rejected(mutationId, ErrorCode::InvalidValue, u"discarded"_s);
    }

    QJsonObject result;
    // Rolls the transaction back for every outcome that must leave no trace.
    const Error noWrite{ErrorCode::None, u"no-write"_s, {}};
    auto done = m_store.transaction([&]() -> Result<void> {
        // The counter row first: it serialises writers, so the log check below sees every
        // mutation committed before this one, and a concurrent replay becomes a duplicate.
        auto seq = m_cases.allocateSeq();
        if (!seq) {
            return seq.error();
        }
        auto logged = m_cases.loggedMutation(mutationId);
        if (!logged) {
            return logged.error();
        }
        if (logged->has_value()) {
            // Another user's mutation id is no key to its answer (which holds the case as written).
            if ((*logged)->payloadSha256 != hash || (*logged)->userId != session.user.id) {
                result = rejected(mutationId, ErrorCode::AlreadyExists, u"mutation_id"_s);
                result.insert(u"code"_s, u"mutation_id_reused"_s);
            } else {
                result = (*logged)->result;
                result.insert(u"status"_s, u"duplicate"_s);
            }
            return noWrite;
        }
        Outcome outcome;
        if (op == "create"_L1) {
            outcome = create(session, mutationId, mutation);
        } else if (op == "update"_L1) {
            outcome = update(session, mutationId, mutation);
        } else if (op == "delete"_L1) {
            outcome = remove(session, mutationId, mutation);
        } else {
            outcome = {rejected(mutationId, ErrorCode::InvalidValue, u"op"_s), {}};
        }
        result = outcome.result;
        const QJsonArray discarded = mutation.value("discarded"_L1).toArray();
        const bool archive = !discarded.isEmpty() && result.value("status"_L1).toString() == "applied"_L1;
        if (!outcome.write && !archive) {
            return noWrite;
        }
        const qint64 now = m_clock();
        if (outcome.write) {
            if (auto r = m_cases.write(*outcome.write, *seq, mutationId, session.user.id, now); !r) {
                return r;
            }
            result.insert(u"id"_s, outcome.write->id);
            result.insert(u"version"_s, outcome.write->version);
            result.insert(u"seq"_s, *seq);
            if (!outcome.write->deleted) {
                result.insert(u"doc"_s, outcome.write->body);
            }
        }
        if (archive) {
            const QString caseId = outcome.write ? outcome.write->id : mutation.value("id"_L1).toString();
            if (auto r = m_cases.archiveDiscarded(caseId,
                                                  result.value("version"_L1).toInt(),
                                                  discarded,
                                                  mutationId,
                                                  session.user.id,
                                                  now);
                !r) {
                return r;
            }
        }
        return m_cases.logMutation(mutationId, LoggedMutation{session.user.id, hash, result}, now);
    });
    if (!done && done.error() != noWrite) {
        return retry(mutationId,
                     done.code() == ErrorCode::DatabaseLocked ? ErrorCode::DatabaseLocked : ErrorCode::InternalError);
    }
    return result;
}

QJsonArray MutationProcessor::applyBatch(const Session &session, const QJsonArray &mutations)
{
    QJsonArray results;
    auto committed = m_store.transaction([&]() -> Result<void> {
        for (const QJsonValue &m : mutations) {
            results.append(m.isObject() ? apply(session, m.toObject())
                                        : QJsonObject{{u"status"_s, u"rejected"_s},
                                                      {u"code"_s, errorCodeName(ErrorCode::NotAnObject)}});
        }
        return {};
    });
    if (!committed) {
        // Nothing of the batch is on disk, and what it answered may rest on that (a refusal of an
        // update of a case created earlier in the batch): every mutation is sent again.
        for (qsizetype i = 0; i < results.size(); ++i) {
            results[i] = retry(results.at(i).toObject().value("mutation_id"_L1).toString(),
                               committed.code() == ErrorCode::DatabaseLocked ? ErrorCode::DatabaseLocked
                                                                             : ErrorCode::InternalError);
        }
    }
    return results;
}

} // namespace Fb
