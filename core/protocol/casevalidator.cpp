#include "casevalidator.h"

#include "casefields.h"
#include "organisationid.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

void checkLength(QList<Error> &errors, const QString &value, qsizetype max, const QString &path)
{
    if (value.size() > max) {
        errors.append({ErrorCode::FieldTooLong, path, u"%1 characters, at most %2"_s.arg(value.size()).arg(max)});
    }
}

bool hasControlCharacters(const QString &value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    });
}

// Year and month of "YYYY" or "YYYY-MM" as a comparable number, or -1.
int periodValue(const QString &value)
{
    static const QRegularExpression re(u"^(\\d{4})(?:-(\\d{2}))?$"_s);
    const auto m = re.match(value);
    if (!m.hasMatch()) {
        return -1;
    }
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (year < 1900 || year > 2100 || month > 12 || (!m.captured(2).isEmpty() && month < 1)) {
        return -1;
    }
    return year * 100 + month;
}

// SCB codes: each must exist, none may repeat.
void checkCodes(QList<Error> &errors,
                const QStringList &codes,
                const QString &path,
                ErrorCode unknown,
                const std::function<bool(const QString &)> &exists)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
        if (!exists(code)) {
            errors.append({unknown, itemPath, code});
        } else if (seen.contains(code)) {
            errors.append({ErrorCode::DuplicateValue, itemPath, code});
        }
        seen.insert(code);
    }
}

bool isUuid(const QString &value)
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(value).hasMatch();
}

void checkTimestamp(QList<Error> &errors, const QString &value, const QString &path)
{
    if (!value.isEmpty() && !QDateTime::fromString(value, Qt::ISODate).isValid()) {
        errors.append({ErrorCode::InvalidDate, path, value});
    }
}

// A day, YYYY-MM-DD.
void checkDay(QList<Error> &errors, const QString &value, const QString &path)
{
    if (!value.isEmpty() && (value.size() != 10 || !QDate::fromString(value, Qt::ISODate).isValid())) {
        errors.append({ErrorCode::InvalidDate, path, value.left(32)});
    }
}

} // namespace

CaseValidator::CaseValidator(const Vocabularies &vocabularies, const ReferenceData &referenceData)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
{
}

void CaseValidator::checkKey(QList<Error> &errors,
                             const char *vocabulary,
                             const QString &key,
                             const QString &path) const
{
    if (!key.isEmpty() && !m_vocabularies.vocabulary(vocabulary).contains(key)) {
        errors.append({ErrorCode::UnknownVocabularyKey, path, key});
    }
}

void CaseValidator::checkKeys(QList<Error> &errors,
                              const char *vocabulary,
                              const QStringList &keys,
                              const QString &path) const
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
        checkKey(errors, vocabulary, keys.at(i), itemPath);
        if (keys.at(i).isEmpty()) {
            errors.append({ErrorCode::InvalidValue, itemPath, u"empty value"_s});
        }
        if (seen.contains(keys.at(i))) {
            errors.append({ErrorCode::DuplicateValue, itemPath, keys.at(i)});
        }
        seen.insert(keys.at(i));
    }
}

void CaseValidator::checkActor(QList<Error> &errors, const Actor &actor, const QString &path) const
{
    checkKey(errors, Vocabularies::ActorType, actor.type, path + u".type"_s);
    checkKey(errors, Vocabularies::ActorRole, actor.role, path + u".role"_s);
    checkLength(errors, actor.name, MaxShortText, path + u".name"_s);
    checkLength(errors, actor.code, 32, path + u".code"_s);
    if (actor.type == "kommun"_L1 && !actor.code.isEmpty() && !m_referenceData.municipality(actor.code)) {
        errors.append({ErrorCode::UnknownMunicipality, path + u".code"_s, actor.code});
    }
    if (actor.type == "region"_L1 && !actor.code.isEmpty() && !m_referenceData.region(actor.code)) {
        errors.append({ErrorCode::UnknownRegion, path + u".code"_s, actor.code});
    }
    const bool namedByCode = (actor.type == "kommun"_L1 || actor.type == "region"_L1) && !actor.code.isEmpty();
    if (actor.name.isEmpty() && !namedByCode && actor != Actor{}) {
        errors.append({ErrorCode::MissingField, path + u".name"_s, {}});
    }
}

void CaseValidator::checkReviewComments(QList<Error> &errors, const CaseRecord &c) const
{
    for (auto it = c.reviewComments.begin(); it != c.reviewComments.end(); ++it) {
        const ReviewComment &k = it.value();
        const QString path = u"review_comments."_s + it.key().left(64);
        if (!CaseFields::isReviewCommentPath(path)) {
            errors.append({ErrorCode::InvalidUuid, path, it.key().left(64)});
        }
        if (k.path.isEmpty()) {
            errors.append({ErrorCode::MissingField, path + u".path"_s, {}});
        } else if (!CaseFields::isCasePath(k.path)) {
            errors.append({ErrorCode::InvalidValue, path + u".path"_s, k.path.left(100)});
        }
        if (k.text.trimmed().isEmpty()) {
            errors.append({ErrorCode::MissingField, path + u".text"_s, {}});
        }
        checkLength(errors, k.text, MaxComment, path + u".text"_s);
        checkLength(errors, k.answer, MaxComment, path + u".answer"_s);
        checkLength(errors, k.author, MaxShortText, path + u".author"_s);
        checkLength(errors, k.answeredBy, MaxShortText, path + u".answered_by"_s);
        checkTimestamp(errors, k.at, path + u".at"_s);
        checkTimestamp(errors, k.answeredAt, path + u".answered_at"_s);
    }
}

void CaseValidator::checkOrganisation(QList<Error> &errors, const QString &id, const QString &path) const
{
    const OrganisationId parsed = OrganisationId::parse(id);
    const bool known = (parsed.kind == OrganisationId::Kind::Municipality && m_referenceData.municipality(parsed.code))
        || (parsed.kind == OrganisationId::Kind::Region && m_referenceData.region(parsed.code));
    if (id.isEmpty()) {
        errors.append({ErrorCode::MissingField, path, {}});
    } else if (!known) {
        errors.append({ErrorCode::InvalidValue, path, id.left(64)});
    }
}

void CaseValidator::checkContributions(QList<Error> &errors, const CaseRecord &c) const
{
    if (c.isQuestion()) {
        checkKey(errors, Vocabularies::QuestionState, c.questionState, u"question_state"_s);
        if (!c.reviewState.isEmpty()) {
            // A question is read by everyone from the start; it is not reviewed.
            errors.append({ErrorCode::InvalidValue, u"review_state"_s, c.reviewState});
        }
        if (!c.adoptions.isEmpty()) {
            errors.append({ErrorCode::InvalidValue, u"adoptions"_s, {}});
        }
    } else {
        if (!c.recordType.isEmpty()) {
            errors.append({ErrorCode::UnknownVocabularyKey, u"record_type"_s, c.recordType.left(64)});
        }
        if (!c.questionState.isEmpty()) {
            errors.append({ErrorCode::InvalidValue, u"question_state"_s, c.questionState.left(64)});
        }
        if (!c.answers.isEmpty()) {
            errors.append({ErrorCode::InvalidValue, u"answers"_s, {}});
        }
    }
    if (!c.originCase.isEmpty() && !isUuid(c.originCase)) {
        errors.append({ErrorCode::InvalidUuid, u"origin_case"_s, c.originCase.left(64)});
    }
    for (auto it = c.answers.begin(); it != c.answers.end(); ++it) {
        const Answer &a = it.value();
        const QString path = u"answers."_s + it.key().left(64);
        if (!CaseFields::isEntryPath(path)) {
            errors.append({ErrorCode::InvalidUuid, path, it.key().left(64)});
        }
        if (!isUuid(a.caseId)) {
            errors.append({a.caseId.isEmpty() ? ErrorCode::MissingField : ErrorCode::InvalidUuid,
                           path + u".case_id"_s,
                           a.caseId.left(64)});
        }
        checkOrganisation(errors, a.organisation, path + u".organisation"_s);
        checkLength(errors, a.note, MaxComment, path + u".note"_s);
        checkLength(errors, a.author, MaxShortText, path + u".author"_s);
        checkTimestamp(errors, a.at, path + u".at"_s);
    }
    for (auto it = c.adoptions.begin(); it != c.adoptions.end(); ++it) {
        const Adoption &a = it.value();
        const QString path = u"adoptions."_s + it.key().left(64);
        if (!CaseFields::isEntryPath(path)) {
            errors.append({ErrorCode::InvalidUuid, path, it.key().left(64)});
        }
        checkOrganisation(errors, a.organisation, path + u".organisation"_s);
        if (!a.period.isEmpty() && periodValue(a.period) < 0) {
            errors.append({ErrorCode::InvalidDate, path + u".period"_s, a.period.left(32)});
        }
        checkKey(errors, Vocabularies::AdoptionStatus, a.status, path + u".status"_s);
        if (!a.caseId.isEmpty() && !isUuid(a.caseId)) {
            errors.append({ErrorCode::InvalidUuid, path + u".case_id"_s, a.caseId.left(64)});
        }
        checkLength(errors, a.name, MaxShortText, path + u".name"_s);
        checkLength(errors, a.adaptation, MaxComment, path + u".adaptation"_s);
        checkLength(errors, a.outcome, MaxComment, path + u".outcome"_s);
        checkLength(errors, a.author, MaxShortText, path + u".author"_s);
        checkTimestamp(errors, a.at, path + u".at"_s);
    }
}

QList<Error> CaseValidator::validate(const CaseRecord &c) const
{
    QList<Error> errors;

    if (!isUuid(c.id)) {
        errors.append({ErrorCode::InvalidUuid, u"id"_s, c.id.left(64)});
    }

    if (c.title.trimmed().isEmpty()) {
        errors.append({ErrorCode::MissingField, u"title"_s, {}});
    } else if (hasControlCharacters(c.title)) {
        errors.append({ErrorCode::InvalidValue, u"title"_s, u"line breaks or control characters"_s});
    }
    checkLength(errors, c.title, MaxTitle, u"title"_s);
    checkLength(errors, c.shortName, MaxShortName, u"short_name"_s);
    checkLength(errors, c.summary, MaxSummary, u"summary"_s);

    checkKey(errors, Vocabularies::CaseKind, c.caseKind, u"case_kind"_s);
    checkKeys(errors, Vocabularies::PolicyArea, c.policyAreas, u"policy_areas"_s);
    checkKeys(errors, Vocabularies::TargetGroup, c.targetGroups, u"target_groups"_s);
    checkKey(errors, Vocabularies::Scale, c.scale, u"scale"_s);
    checkKey(errors, Vocabularies::Status, c.status, u"status"_s);
    checkKey(errors, Vocabularies::LifecycleStage, c.lifecycleStage, u"lifecycle_stage"_s);
    checkKeys(errors, Vocabularies::PartnershipForm, c.partnershipForms, u"partnership_forms"_s);
    checkKey(errors, Vocabularies::ReviewState, c.reviewState, u"review_state"_s);

    const int start = c.start.isEmpty() ? 0 : periodValue(c.start);
    const int end = c.end.isEmpty() ? 0 : periodValue(c.end);
    if (start < 0) {
        errors.append({ErrorCode::InvalidDate, u"start"_s, c.start});
    }
    if (end < 0) {
        errors.append({ErrorCode::InvalidDate, u"end"_s, c.end});
    }
    // Compare at the coarser precision: "2021" ends no earlier than "2021-03" starts.
    if (start > 0 && end > 0) {
        const bool yearOnly = start % 100 == 0 || end % 100 == 0;
        if (yearOnly ? end / 100 < start / 100 : end < start) {
            errors.append({ErrorCode::InvalidDate, u"end"_s, u"before start"_s});
        }
    }

    checkActor(errors, c.owner, u"owner"_s);
    for (qsizetype i = 0; i < c.actors.size(); ++i) {
        checkActor(errors, c.actors.at(i), u"actors[%1]"_s.arg(i));
    }

    checkCodes(errors,
               c.municipalities,
               u"municipalities"_s,
               ErrorCode::UnknownMunicipality,
               [this](const QString &code) {
                   return m_referenceData.municipality(code) != nullptr;
               });
    checkCodes(errors, c.regions, u"regions"_s, ErrorCode::UnknownRegion, [this](const QString &code) {
        return m_referenceData.region(code) != nullptr;
    });

    // Section keys a newer client adds are allowed (they round-trip); only their size is limited.
    for (auto it = c.sections.begin(); it != c.sections.end(); ++it) {
        checkLength(errors, it.value(), MaxSection, u"sections."_s + it.key());
    }

    if (c.evidenceLevel && (*c.evidenceLevel < 0 || *c.evidenceLevel > 5)) {
        errors.append({ErrorCode::InvalidValue, u"evidence_level"_s, QString::number(*c.evidenceLevel)});
    }

    checkKeys(errors, Vocabularies::VisitFormat, c.studyVisit.formats, u"study_visit.formats"_s);
    if (c.studyVisit.maxGroup < 0) {
        errors.append({ErrorCode::InvalidValue, u"study_visit.max_group"_s, QString::number(c.studyVisit.maxGroup)});
    }
    checkLength(errors, c.studyVisit.contact, MaxShortText, u"study_visit.contact"_s);
    checkLength(errors, c.studyVisit.notes, MaxSummary, u"study_visit.notes"_s);

    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        const Contact &k = c.contacts.at(i);
        const QString path = u"contacts[%1]"_s.arg(i);
        if (k.name.isEmpty() && k.role.isEmpty()) {
            errors.append({ErrorCode::MissingField, path + u".role"_s, {}});
        }
        if (!k.email.isEmpty() && !email.match(k.email).hasMatch()) {
            errors.append({ErrorCode::InvalidValue, path + u".email"_s, k.email.left(100)});
        }
        for (const auto &[value, key] : {std::pair{&k.name, ".name"},
                                         {&k.role, ".role"},
                                         {&k.organisation, ".organisation"},
                                         {&k.email, ".email"},
                                         {&k.phone, ".phone"}}) {
            checkLength(errors, *value, MaxShortText, path + QLatin1StringView(key));
        }
    }

    for (qsizetype i = 0; i < c.links.size(); ++i) {
        const Link &l = c.links.at(i);
        const QUrl url(l.url, QUrl::StrictMode);
        const QString path = u"links[%1].url"_s.arg(i);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || url.host().isEmpty()) {
            errors.append({ErrorCode::InvalidUrl, path, l.url.left(200)});
        }
        checkLength(errors, l.url, 2000, path);
        checkLength(errors, l.title, MaxShortText, u"links[%1].title"_s.arg(i));
    }

    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    for (qsizetype i = 0; i < c.attachments.size(); ++i) {
        const Attachment &a = c.attachments.at(i);
        if (!sha256.match(a.sha256).hasMatch()) {
            errors.append({ErrorCode::InvalidValue, u"attachments[%1].sha256"_s.arg(i), a.sha256.left(80)});
        }
        if (a.size < 0) {
            errors.append({ErrorCode::InvalidValue, u"attachments[%1].size"_s.arg(i), QString::number(a.size)});
        }
        if (a.name.isEmpty()) {
            errors.append({ErrorCode::MissingField, u"attachments[%1].name"_s.arg(i), {}});
        }
        checkLength(errors, a.name, MaxShortText, u"attachments[%1].name"_s.arg(i));
    }

    QSet<QString> seen;
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        const QString path = u"tags[%1]"_s.arg(i);
        const QString folded = c.tags.at(i).trimmed().toCaseFolded();
        if (folded.isEmpty()) {
            errors.append({ErrorCode::InvalidValue, path, u"empty tag"_s});
        } else if (seen.contains(folded)) {
            errors.append({ErrorCode::DuplicateValue, path, c.tags.at(i)});
        }
        seen.insert(folded);
        checkLength(errors, c.tags.at(i), MaxTag, path);
    }

    checkReviewComments(errors, c);
    checkContributions(errors, c);

    checkTimestamp(errors, c.createdAt, u"created_at"_s);
    checkTimestamp(errors, c.updatedAt, u"updated_at"_s);
    checkDay(errors, c.lastVerifiedAt, u"last_verified_at"_s);
    checkDay(errors, c.nextReviewDue, u"next_review_due"_s);
    if (!c.lastVerifiedAt.isEmpty() && !c.nextReviewDue.isEmpty() && c.nextReviewDue <= c.lastVerifiedAt) {
        errors.append({ErrorCode::InvalidDate, u"next_review_due"_s, u"not after last_verified_at"_s});
    }
    checkLength(errors, c.createdBy, MaxShortText, u"created_by"_s);
    checkLength(errors, c.updatedBy, MaxShortText, u"updated_by"_s);
    return errors;
}

} // namespace Fb
