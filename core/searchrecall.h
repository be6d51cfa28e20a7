#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fb {

// What a text search did when its words together found few cases (FtsMatcher::search,
// docs/search.md "When the words together find little"): what the list says above its rows.
struct SearchRecall
{
    Q_DECLARE_TR_FUNCTIONS(Fb::SearchRecall)

public:
    enum class Kind {
        AllWords, // every word (as typed, or as corrected) is in every row shown first
        MostWords, // no row has every word: the rows have most of them, rarer words weighing more
    };

    struct Correction
    {
        QString typed; // lower case as typed
        QString found; // the word or words the bank has, with the typed word's diacritics
        bool operator==(const Correction &) const = default;
    };

    struct Related
    {
        QString typed; // lower case as typed
        QStringList found; // the thesaurus's words the bank has, as the thesaurus writes them
        bool operator==(const Related &) const = default;
    };

    Kind kind = Kind::AllWords;
    qsizetype complete = 0; // MostWords: how many rows at the top have every word; else 0
    QStringList ignored; // question and filler words left out (hur, vi, att)
    QStringList missing; // words found in no case, not even corrected
    QList<Correction> corrections;
    QList<Related> related; // words no case has, searched for through the thesaurus (Thesaurus)

    bool isEmpty() const
    {
        return kind == Kind::AllWords && ignored.isEmpty() && missing.isEmpty() && corrections.isEmpty()
            && related.isEmpty();
    }

    // What the list says about how it was found, one translated sentence each: no case has
    // every word, the words found nowhere, the related words searched for, the words left out,
    // the corrections.
    QStringList notes() const;
    // text with every correction made: what "Did you mean" offers.
    QString corrected(const QString &text) const;
    // terms to highlight without the words left out and with the corrections and related words
    // (folded).
    QStringList highlighted(const QStringList &terms) const;
    bool operator==(const SearchRecall &) const = default;
};

} // namespace Fb
