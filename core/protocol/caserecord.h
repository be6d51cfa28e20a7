#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fb {

// Each nested type keeps the keys it does not know in `extra` and writes them back, so a case
// edited by an older client keeps what a newer one added (docs/case-schema.md).

struct Actor
{
    QString type; // vocabulary actor_type
    QString name;
    QString code; // kommunkod, länskod or organisationsnummer
    QString role; // vocabulary actor_role
    QJsonObject extra;

    bool operator==(const Actor &) const = default;
};

struct Contact
{
    QString name;
    QString role;
    QString organisation;
    QString email;
    QString phone;
    QJsonObject extra;

    bool operator==(const Contact &) const = default;
};

struct Link
{
    QString title;
    QString url;
    QJsonObject extra;

    bool operator==(const Link &) const = default;
};

struct Attachment
{
    // The largest file the server stores (server/blobrepository.h) and the client attaches.
    static constexpr qint64 MaxBytes = 50 * 1024 * 1024;

    QString name;
    QString sha256;
    qint64 size = 0;
    QString mime;
    QJsonObject extra;

    bool operator==(const Attachment &) const = default;
};

struct StudyVisit
{
    bool open = false;
    QStringList formats; // vocabulary visit_format
    int maxGroup = 0;
    QString contact;
    QString notes;
    QJsonObject extra;

    bool isEmpty() const { return *this == StudyVisit{}; }

    bool operator==(const StudyVisit &) const = default;
};

// A reviewer's remark on one field of a case, and the author's answer (docs/case-schema.md).
// Kept in the case under a uuid of its own, so remarks and answers written at the same time on
// different laptops merge per comment (docs/sync.md).
struct ReviewComment
{
    QString path; // the field remarked on: "sections.results", "contacts", "title"
    QString author; // account name of the reviewer; the server checks it
    QString at; // ISO 8601 UTC, display only
    QString text;
    QString answer;
    QString answeredBy;
    QString answeredAt;
    bool resolved = false; // the reviewer is satisfied
    QJsonObject extra;

    // Waiting for the author: neither answered nor resolved.
    bool isOpen() const { return !resolved && answer.trimmed().isEmpty(); }

    bool operator==(const ReviewComment &) const = default;
};

// An answer to a question (CaseRecord::isQuestion): a case of the bank that shows how someone
// solved it, with a note. Written by the answering organisation, kept in the question under a
// uuid of its own so answers written at the same time on different laptops merge per answer.
struct Answer
{
    QString caseId; // the case that answers
    QString note; // "Så gjorde vi i Torsby: …"
    QString organisation; // OrganisationId of whoever answered; the server checks it
    QString author; // account name; the server stamps it
    QString at; // ISO 8601 UTC, display only
    QJsonObject extra;

    bool operator==(const Answer &) const = default;
};

// "Vi har infört detta": an organisation took the case up (docs/questions.md). Kept in the case
// under a uuid, written by the adopting organisation only.
struct Adoption
{
    QString organisation; // OrganisationId: kommun:<code> or region:<code>
    QString name; // the organisation's name as the adopter wrote it
    QString period; // when: YYYY or YYYY-MM
    QString status; // vocabulary adoption_status
    QString adaptation; // what was adapted
    QString outcome; // the outcome so far
    QString caseId; // the adopter's own case, whose origin_case points back; optional
    QString author;
    QString at;
    QJsonObject extra;

    bool operator==(const Adoption &) const = default;
};

// One record of the bank: a case (exempel), or a question (frågeställning) when recordType is
// RecordQuestion. Questions share the record so that they travel the same sync, merges,
// conflicts, history and visibility as cases (docs/questions.md); a value type with a canonical
// JSON form.
struct CaseRecord
{
    static constexpr auto RecordQuestion = "fraga";
    static constexpr int SchemaVersion = 1;
    // Larger documents are refused before parsing.
    static constexpr qsizetype MaxDocumentBytes = 1024 * 1024;

    QString id;
    QString title;
    QString shortName;
    QString summary;
    QString caseKind;
    QStringList policyAreas;
    QStringList targetGroups;
    QString scale;
    QString status;
    QString lifecycleStage;
    QString start; // YYYY or YYYY-MM
    QString end;
    Actor owner;
    QList<Actor> actors;
    QStringList municipalities;
    QStringList regions;
    QStringList partnershipForms;
    QMap<QString, QString> sections; // vocabulary section → Markdown
    std::optional<int> evidenceLevel;
    StudyVisit studyVisit;
    QList<Contact> contacts;
    QList<Link> links;
    QList<Attachment> attachments;
    QStringList tags;
    QString reviewState;
    QMap<QString, ReviewComment> reviewComments; // comment id (uuid) → comment
    // Questions: the state (vocabulary question_state) and the answers, answer id (uuid) → answer.
    QString questionState;
    QMap<QString, Answer> answers;
    // Cases: who took this case up (adoption id (uuid) → adoption), and the case this one took up.
    QMap<QString, Adoption> adoptions;
    QString originCase;
    QString recordType; // empty: a case; RecordQuestion: a question
    // When the owner last confirmed that the case still holds, and when it is due again
    // (YYYY-MM-DD; Freshness).
    QString lastVerifiedAt;
    QString nextReviewDue;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
    QJsonObject extra;

    bool operator==(const CaseRecord &) const = default;

    // Parses one case. Checks encoding, size, JSON syntax and types; content rules (vocabularies,
    // codes, lengths) are CaseValidator's.
    static Result<CaseRecord> fromJson(const QByteArray &json);
    static Result<CaseRecord> fromJsonObject(const QJsonObject &object);

    QJsonObject toJsonObject() const;
    // Compact JSON, keys in byte order, empty values left out: equal cases give equal bytes.
    QByteArray toCanonicalJson() const;

    QString section(const QString &key) const { return sections.value(key); }

    bool isQuestion() const { return recordType == QLatin1StringView(RecordQuestion); }

    // A new random id in the form the schema requires.
    static QString newId();
};

} // namespace Fb
