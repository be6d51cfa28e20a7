#pragma once

#include "corpustext.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Fb {

enum class CorpusOwnerKind {
    Municipality,
    Region,
    Association, // samordningsförbund
};

// What the parts of CorpusGenerator have settled about the case being built, as far as they share
// it: CorpusActors sets the places and names, the generator the topic, phrases and start year, and
// CorpusWriter fills the text templates' placeholders from them.
struct CorpusFacts
{
    const CorpusTopic *topic = nullptr;
    CorpusOwnerKind ownerKind = CorpusOwnerKind::Municipality;
    const Municipality *home = nullptr;
    const Region *region = nullptr;
    QList<const Municipality *> places; // home first
    QString homeName; // {K}
    QString ownerName; // {KO}
    QString county; // {L}
    QString countyShort; // {CS}
    QString regionalPartner; // {R}
    QString neighbour; // {K2}
    QString mailDomain;
    QStringList groupPhrases; // {G}, {G2}
    QStringList areaPhrases; // {O}
    int startYear = 2020; // {Y}
};

// The entry whose Swedish label is `label` or, failing that, the first that starts with it. The
// generator and its text banks name entries by label, as labels read better than keys there.
inline const VocabularyEntry *entryByLabel(const Vocabulary &vocabulary, QStringView label)
{
    for (const VocabularyEntry &e : vocabulary.entries()) {
        if (QStringView(e.swedish).compare(label, Qt::CaseInsensitive) == 0) {
            return &e;
        }
    }
    for (const VocabularyEntry &e : vocabulary.entries()) {
        if (QStringView(e.swedish).startsWith(label, Qt::CaseInsensitive)) {
            return &e;
        }
    }
    return nullptr;
}

inline QString keyByLabel(const Vocabulary &vocabulary, QStringView label)
{
    const VocabularyEntry *e = entryByLabel(vocabulary, label);
    return e ? e->key : QString();
}

} // namespace Fb
