#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Fb {

// Words of related meaning from the Swedish thesaurus Debian packages for LibreOffice (mythes-sv,
// MyThes format), for the search's recall step: a query word no case has is looked for through
// the words the thesaurus relates to it (FtsMatcher::search, docs/search.md "Related words").
// The hand-kept synonym list (Synonyms) is expanded on every query; the thesaurus only where a
// word finds nothing, because its groups are broad ("stöd": handledning, medhåll, hjälp).
//
// Thread affinity: none; read-only once made.
class Thesaurus
{
public:
    // Where Debian's mythes-sv installs it (a dependency of the package and of tools/packages.txt).
    static constexpr auto SystemPath = "/usr/share/mythes/th_sv_SE_v2.dat";

    // The .dat file of a MyThes thesaurus: its first line names the encoding (ISO-8859-1 or
    // UTF-8), then each entry is "word|meanings" followed by one line per meaning,
    // "(class)|word|word…". A file that is not one is InvalidValue.
    static Result<Thesaurus> fromFile(const QString &path);
    static Result<Thesaurus> fromData(const QByteArray &data);

    // The words related to word (any case), as the thesaurus writes them, closest first: those of
    // its own entry, or, for an inflected form the thesaurus has no entry for, those of the entries
    // with the same stem (rekryteringen → rekrytering); among them first the words whose own entry
    // names word back.
    QStringList related(const QString &word) const;

    qsizetype entryCount() const { return m_entries.size(); }

private:
    QHash<QString, QStringList> m_entries; // folded headword → related words as written
    QHash<QString, QStringList> m_byStem; // stem of a headword → folded headwords
};

} // namespace Fb
