#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Fb {

// Groups of acronyms and synonyms from municipal work (resources/data/synonyms.json): a search for
// one member also finds the others. Expanded at query time (SearchQuery), so editing the list
// needs no rebuild of any index.
//
// Thread affinity: none; builtIn() is loaded once and read-only afterwards.
class Synonyms
{
public:
    static Synonyms fromJson(const QByteArray &json);
    // The list built into the program; empty (and a warning logged) if it cannot be read.
    static const Synonyms &builtIn();

    // The other members of every group that term (one word or a phrase, folded as
    // SearchQuery::fold does) belongs to, as written in the list.
    QStringList alternatives(const QString &foldedTerm) const;
    // Whether term (one word, folded as SearchQuery::fold does) is a member the list writes with a
    // capital: an acronym or a name (Finsam, BBIC), typed as a unit, unlike the ordinary words.
    bool isName(const QString &foldedTerm) const;
    // Every member, as written.
    QStringList members() const;

    qsizetype groupCount() const { return m_groups.size(); }

private:
    QList<QStringList> m_groups;
    QHash<QString, QList<qsizetype>> m_byFolded; // folded member → groups
    QSet<QString> m_names; // folded one-word members written with a capital
};

} // namespace Fb
