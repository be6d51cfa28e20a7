#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fb {

// What a generated case is about. The hints are beginnings of Swedish vocabulary labels, most
// relevant first, so the text banks need not repeat the vocabulary keys.
struct CorpusTopic
{
    QString title;
    QString phrase; // in running text
    QStringList policyAreas;
    QStringList targetGroups;
    QString caseKind;
    QStringList tags;
};

struct CorpusSection
{
    QString key; // a key of the section vocabulary
    QStringList sentences;
    QStringList leads; // each introduces a bullet list
    QStringList bullets;
};

struct CorpusContactRole
{
    QString title;
    QString mailbox; // the local part of a generated e-mail address
};

// The Swedish text banks of CorpusGenerator, loaded from data (resources/corpus/corpus-text.json,
// which also documents the placeholders).
//
// Every bank of a loaded value is non-empty and every entry is non-empty, so the generator can
// pick from any bank without checking. The order of entries is kept: the generator picks by
// index, so reordering changes the cases of every seed. Cheap to copy (implicitly shared).
class CorpusText
{
public:
    static Result<CorpusText> fromJson(const QByteArray &json);
    // The text banks built into the program.
    static Result<CorpusText> builtIn();

    const QList<CorpusTopic> &topics() const { return m_topics; }

    // Tags that fit any case.
    const QStringList &genericTags() const { return m_genericTags; }

    const QStringList &summaryOpenings() const { return m_summaryOpenings; }

    const QStringList &summaryMiddles() const { return m_summaryMiddles; }

    const QStringList &summaryResults() const { return m_summaryResults; }

    const QStringList &summarySpreads() const { return m_summarySpreads; }

    // In the order the generator drafts them.
    const QList<CorpusSection> &sections() const { return m_sections; }

    // At least two, as a case has up to two contacts with different roles.
    const QList<CorpusContactRole> &contactRoles() const { return m_contactRoles; }

    const QStringList &visitNotes() const { return m_visitNotes; }

    // "tre", "fyra", …; at least four, as weeks in words come from the first four.
    const QStringList &numberWords() const { return m_numberWords; }

    const QStringList &civilSocietyNames() const { return m_civilSocietyNames; }

    const QStringList &academiaNames() const { return m_academiaNames; }

    const QStringList &agencyNames() const { return m_agencyNames; }

    const QStringList &userOrganisationNames() const { return m_userOrganisationNames; }

    const QStringList &businessNames() const { return m_businessNames; }

private:
    QList<CorpusTopic> m_topics;
    QStringList m_genericTags;
    QStringList m_summaryOpenings;
    QStringList m_summaryMiddles;
    QStringList m_summaryResults;
    QStringList m_summarySpreads;
    QList<CorpusSection> m_sections;
    QList<CorpusContactRole> m_contactRoles;
    QStringList m_visitNotes;
    QStringList m_numberWords;
    QStringList m_civilSocietyNames;
    QStringList m_academiaNames;
    QStringList m_agencyNames;
    QStringList m_userOrganisationNames;
    QStringList m_businessNames;
};

} // namespace Fb
