#include "casecomparison.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

void add(QList<ComparisonRow> &rows, const QString &label, const QStringList &values)
{
    if (std::all_of(values.cbegin(), values.cend(), [](const QString &v) {
            return v.isEmpty();
        })) {
        return;
    }
    const bool differs = std::any_of(values.cbegin(), values.cend(), [&](const QString &v) {
        return v != values.first();
    });
    rows.append(ComparisonRow{label, values, differs});
}

} // namespace

CaseComparison::CaseComparison(const Vocabularies &vocabularies, const CaseLabels &labels)
    : m_vocabularies(vocabularies)
    , m_labels(labels)
{
}

QList<ComparisonRow> CaseComparison::rows(const QList<CaseRecord> &cases, QDate today, bool withSections) const
{
    QList<ComparisonRow> rows;
    if (cases.isEmpty()) {
        return rows;
    }
    QList<QList<CaseFact>> facts;
    for (const CaseRecord &c : cases) {
        facts.append(m_labels.facts(c, today));
    }
    add(rows, tr("Summary"), [&] {
        QStringList values;
        for (const CaseRecord &c : cases) {
            values.append(c.summary.trimmed());
        }
        return values;
    }());
    // Every case has the same facts in the same order (CaseLabels::facts).
    for (qsizetype i = 0; i < facts.first().size(); ++i) {
        QStringList values;
        for (const QList<CaseFact> &f : std::as_const(facts)) {
            values.append(f.at(i).value);
        }
        add(rows, facts.first().at(i).label, values);
    }
    const QList<VocabularyEntry> sections =
        withSections ? m_vocabularies.vocabulary(Vocabularies::Section).entries() : QList<VocabularyEntry>{};
    for (const VocabularyEntry &s : sections) {
        QStringList values;
        for (const CaseRecord &c : cases) {
            values.append(c.section(s.key).trimmed());
        }
        add(rows, s.label(m_labels.language()), values);
    }
    QStringList adopted;
    for (const CaseRecord &c : cases) {
        adopted.append(adoptions(c));
    }
    add(rows, tr("Taken up by"), adopted);
    return rows;
}

QString CaseComparison::adoptions(const CaseRecord &c) const
{
    if (c.adoptions.isEmpty()) {
        return {};
    }
    QStringList who;
    for (const Adoption &a : c.adoptions) {
        const QString name = a.name.isEmpty() ? m_labels.organisationName(a.organisation) : a.name;
        who.append(a.period.isEmpty() ? name : u"%1 (%2)"_s.arg(name, a.period));
    }
    who.sort(Qt::CaseInsensitive);
    return u"%1: %2"_s.arg(c.adoptions.size()).arg(who.join(u", "_s));
}

} // namespace Fb
