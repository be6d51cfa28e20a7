#pragma once

#include "caserecord.h"
#include "language.h"
#include "referencedata.h"
#include "vocabularies.h"
#include "whatsnew.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Fb {

// One line of what a case is: "Huvudman: Ronneby kommun".
struct CaseFact
{
    QString label;
    QString value; // empty when the case does not say
};

// Turns a case's keys and codes into what people read: vocabulary labels in one language,
// municipality, county and organisation names. Every renderer of a case (Markdown export, case
// view, decision documents) uses this one, so a case reads the same wherever it is shown.
class CaseLabels
{
    Q_DECLARE_TR_FUNCTIONS(Fb::CaseLabels)

public:
    CaseLabels(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language);

    Language language() const { return m_language; }

    // The label of key in the named vocabulary (the key itself when unknown).
    QString label(const char *vocabulary, const QString &key) const;
    // Labels of keys, comma separated.
    QString labels(const char *vocabulary, const QStringList &keys) const;
    // The vocabulary's own name ("Status", "Evidensnivå"), used as the field's label.
    QString title(const char *vocabulary) const;
    // The evidence level's label ("2 Uppföljd förändring").
    QString evidenceLevel(int level) const;

    // What an evidence level means, in one line (empty for an unknown level).
    static QString evidenceExplanation(int level);
    // The name of a field path as the editor shows it ("Titel", a section's label); the path
    // itself when it has none. Static: the editor's widgets have no reference data to hand.
    static QString fieldLabel(const Vocabularies &vocabularies, Language language, const QString &path);

    // The actor's name, or for a municipality or region without one its official name.
    QString actorName(const Actor &actor) const;
    // The name of an OrganisationId (kommun:1081 → "Ronneby kommun"); the id when unknown.
    QString organisationName(const QString &id) const;
    // One line for an item of what is new: "Nytt svar från Ronneby kommun: <question>".
    QString newsText(const NewsItem &item) const;
    // Name – type – role.
    QString actorLine(const Actor &actor) const;
    QString municipalityNames(const QStringList &codes) const;
    QString countyNames(const QStringList &codes) const;

    // The mark of beprövad erfarenhet proposed in case-bank-domain.md F8: this many years in
    // operation and this many independent adoptions.
    static constexpr int ProvenYears = 3;
    static constexpr int ProvenAdoptions = 2;
    // Years in operation (until today for a case still running) and independent adoptions, in a
    // line, saying when both reach the mark; empty when neither is known.
    QString provenExperience(const CaseRecord &record, QDate today) const;
    // When a published case was last confirmed and when it is (or was) due for review
    // (Freshness); empty for one that is not due.
    QString freshness(const CaseRecord &record, QDate today) const;

    // The case's facts in the order every renderer lists them (the Markdown export, the
    // comparison), empty values included so that several cases' lists line up.
    QList<CaseFact> facts(const CaseRecord &c, QDate today) const;

    // "2021-03–2023" or just the start.
    static QString period(const CaseRecord &record);
    // Name, role, organisation, e-mail, phone: the parts that are there.
    static QString contactLine(const Contact &contact);

private:
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
};

} // namespace Fb
