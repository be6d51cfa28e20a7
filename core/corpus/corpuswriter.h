#pragma once

#include "caserecord.h"
#include "corpuscase.h"
#include "corpusrandom.h"
#include "corpustext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Fb {

// The prose of a generated case, from the text banks: title, summary and the nine sections. Part
// of CorpusGenerator, living for one case; reads the facts as the other parts settle them.
class CorpusWriter
{
public:
    CorpusWriter(const CorpusText &text, const CorpusFacts &facts, CorpusRandom &random);

    // The template with its placeholders filled in and an upper-case first letter.
    QString fill(QStringView text);
    void writeTitleAndSummary(CaseRecord &c);
    // Last, as the sections grow until the whole case reaches a size drawn for it.
    void writeSections(CaseRecord &c);

private:
    struct SectionDraft;

    QString placeholder(QStringView name);
    QString paragraph(QStringList &pool, int sentences);
    QString bulletList(const CorpusSection &section, QStringList &pool, int items);
    QList<SectionDraft> draftSections();
    void fitSections(CaseRecord &c, QList<SectionDraft> &drafts);

    const CorpusText &m_text;
    const CorpusFacts &m_facts;
    CorpusRandom &m_random;
};

} // namespace Fb
