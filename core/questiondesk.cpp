#include "questiondesk.h"

#include "casestore.h"
#include "freshness.h"
#include "localedits.h"
#include "organisationid.h"
#include "replicalogin.h"
#include "reviewworkflow.h"
#include "syncledger.h"

using namespace Qt::StringLiterals;

namespace Fb {

QuestionDesk::QuestionDesk(CaseStore &store)
    : m_store(store)
{
}

Result<QString> QuestionDesk::organisation() const
{
    auto login = ReplicaLogin(m_store).read();
    if (!login) {
        return login.error();
    }
    if (!login->configured() || login->organisationId.isEmpty()) {
        return Error{ErrorCode::NotLoggedIn, {}, {}};
    }
    return login->organisationId;
}

Actor QuestionDesk::ownerOf(const QString &organisationId)
{
    const OrganisationId parsed = OrganisationId::parse(organisationId);
    switch (parsed.kind) {
    case OrganisationId::Kind::Municipality: return Actor{u"kommun"_s, {}, parsed.code, u"huvudman"_s, {}};
    case OrganisationId::Kind::Region: return Actor{u"region"_s, {}, parsed.code, u"huvudman"_s, {}};
    case OrganisationId::Kind::Other: break;
    }
    return {};
}

Result<CaseRecord> QuestionDesk::record(const QString &id, bool question) const
{
    auto found = m_store.get(id);
    if (!found) {
        return found.error();
    }
    if (found->isQuestion() != question) {
        return Error{ErrorCode::InvalidValue, u"record_type"_s, id};
    }
    return found;
}

Result<void> QuestionDesk::save(const CaseRecord &record)
{
    SyncLedger ledger(m_store);
    return LocalEdits(ledger).save(record);
}

Result<QString> QuestionDesk::ask(CaseRecord question)
{
    if (question.id.isEmpty()) {
        question.id = CaseRecord::newId();
    }
    question.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    if (question.questionState.isEmpty()) {
        question.questionState = u"oppen"_s;
    }
    if (question.owner == Actor{}) {
        // Offline and never logged in, the question has no owner yet; the server gives it the
        // asker's organisation at the first sync.
        if (auto org = organisation()) {
            question.owner = ownerOf(*org);
        }
    }
    if (auto existing = m_store.get(question.id); existing) {
        return Error{ErrorCode::AlreadyExists, question.id, {}};
    }
    if (auto r = save(question); !r) {
        return r.error();
    }
    return question.id;
}

Result<QString> QuestionDesk::answer(const QString &questionId, const QString &caseId, const QString &note)
{
    auto org = organisation();
    if (!org) {
        return org.error();
    }
    auto question = record(questionId, true);
    if (!question) {
        return question.error();
    }
    // The answer names a case the asker can open: one this replica has.
    if (auto answering = record(caseId, false); !answering) {
        return answering.error();
    }
    const QString id = CaseRecord::newId();
    question->answers.insert(id, Answer{caseId, note.trimmed(), *org, {}, {}, {}});
    if (auto r = save(*question); !r) {
        return r.error();
    }
    return id;
}

Result<void> QuestionDesk::verify(const QString &caseId, QDate today)
{
    auto c = record(caseId, false);
    if (!c) {
        return c.error();
    }
    if (!Freshness::dueDate(*c).isValid()) {
        return Error{ErrorCode::InvalidValue, u"review_state"_s, caseId};
    }
    Freshness::verify(c.value(), today);
    return save(*c);
}

Result<void> QuestionDesk::setState(const QString &questionId, const QString &state)
{
    auto question = record(questionId, true);
    if (!question) {
        return question.error();
    }
    question->questionState = state;
    return save(*question);
}

Result<QString> QuestionDesk::adopt(const QString &caseId, Adoption adoption)
{
    auto org = organisation();
    if (!org) {
        return org.error();
    }
    auto adopted = record(caseId, false);
    if (!adopted) {
        return adopted.error();
    }
    adoption.organisation = *org;
    const QString id = CaseRecord::newId();
    adopted->adoptions.insert(id, adoption);
    if (auto r = save(*adopted); !r) {
        return r.error();
    }
    return id;
}

Result<QString> QuestionDesk::startFrom(const QString &originId)
{
    auto org = organisation();
    if (!org) {
        return org.error();
    }
    auto origin = record(originId, false);
    if (!origin) {
        return origin.error();
    }
    CaseRecord c;
    c.id = CaseRecord::newId();
    c.title = origin->title;
    c.caseKind = origin->caseKind;
    c.policyAreas = origin->policyAreas;
    c.targetGroups = origin->targetGroups;
    c.partnershipForms = origin->partnershipForms;
    c.sections = origin->sections;
    c.owner = ownerOf(*org);
    c.status = u"planerad"_s;
    c.reviewState = ReviewWorkflow::initialState();
    c.originCase = origin->id;
    if (auto r = save(c); !r) {
        return r.error();
    }
    return c.id;
}

} // namespace Fb
