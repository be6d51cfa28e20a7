#pragma once

#include "caselabels.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Fb {

// One line of a comparison: a field and what each case says of it.
struct ComparisonRow
{
    QString label;
    QStringList values; // one per case, in the order the cases were given
    bool differs = false; // the cases do not all say the same
};

// What the Jämför view (and a decision document for several cases) sets side by side: the
// facts of 2–5 cases, their sections and who took them up, row by row. Rows none of the cases
// fills are left out; a row is marked when the cases differ, so the differences are easy to see.
class CaseComparison
{
    Q_DECLARE_TR_FUNCTIONS(Fb::CaseComparison)

public:
    static constexpr int MinCases = 2;
    static constexpr int MaxCases = 5;

    CaseComparison(const Vocabularies &vocabularies, const CaseLabels &labels);

    // withSections: the sections' texts too (the view has room for them; a document's table
    // leaves them to each case's own part).
    QList<ComparisonRow> rows(const QList<CaseRecord> &cases, QDate today, bool withSections = true) const;

    // Who took the case up: "2: Torsby kommun (2023), Region Värmland".
    QString adoptions(const CaseRecord &c) const;

private:
    const Vocabularies &m_vocabularies;
    const CaseLabels &m_labels;
};

} // namespace Fb
