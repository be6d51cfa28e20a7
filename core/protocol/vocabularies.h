#pragma once

#include "language.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Fb {

struct VocabularyEntry
{
    QString key;
    QString swedish;
    QString english;

    QString label(Language language) const { return language == Language::Swedish ? swedish : english; }
};

// One controlled vocabulary: stable keys with Swedish and English labels, in display order.
class Vocabulary
{
public:
    Vocabulary() = default;
    Vocabulary(QString name, QString swedishName, QString englishName, QList<VocabularyEntry> entries);

    const QString &name() const { return m_name; }

    QString title(Language language) const { return language == Language::Swedish ? m_swedishName : m_englishName; }

    const QList<VocabularyEntry> &entries() const { return m_entries; }

    bool contains(const QString &key) const { return m_index.contains(key); }

    // Position in display order, or -1.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }

    // The label of key, or the key itself when unknown (a newer client's value stays readable).
    QString label(const QString &key, Language language) const;

private:
    QString m_name;
    QString m_swedishName;
    QString m_englishName;
    QList<VocabularyEntry> m_entries;
    QHash<QString, int> m_index;
};

// All controlled vocabularies of the bank, loaded from data (resources/data/vocabularies.json).
// Cheap to copy after loading (implicitly shared Qt containers); load once and pass by reference.
class Vocabularies
{
public:
    // Names of the vocabularies the case record uses.
    static constexpr auto CaseKind = "case_kind";
    static constexpr auto PolicyArea = "policy_area";
    static constexpr auto TargetGroup = "target_group";
    static constexpr auto Scale = "scale";
    static constexpr auto ActorType = "actor_type";
    static constexpr auto ActorRole = "actor_role";
    static constexpr auto PartnershipForm = "partnership_form";
    static constexpr auto LifecycleStage = "lifecycle_stage";
    static constexpr auto Status = "status";
    static constexpr auto EvidenceLevel = "evidence_level";
    static constexpr auto VisitFormat = "visit_format";
    static constexpr auto ReviewState = "review_state";
    static constexpr auto Section = "section";
    static constexpr auto RecordType = "record_type";
    static constexpr auto QuestionState = "question_state";
    static constexpr auto AdoptionStatus = "adoption_status";
    // Of a published case, derived from its due day (Freshness), not a field of the record.
    static constexpr auto Freshness = "freshness";
    // Whether a case is published, derived from its review state (Facet::Publication).
    static constexpr auto Publication = "publication";

    static Result<Vocabularies> fromJson(const QByteArray &json);
    // The vocabularies built into the program.
    static Result<Vocabularies> builtIn();

    // The named vocabulary; an empty one when unknown.
    const Vocabulary &vocabulary(const QString &name) const;

    const Vocabulary &vocabulary(const char *name) const { return vocabulary(QString::fromLatin1(name)); }

    QStringList names() const { return m_vocabularies.keys(); }

private:
    QHash<QString, Vocabulary> m_vocabularies;
};

} // namespace Fb
