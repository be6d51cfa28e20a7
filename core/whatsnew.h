#pragma once

#include "caserecord.h"
#include "result.h"

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace Fb {

class CaseStore;

// One thing that arrived for the user with a sync (docs/questions.md, "What is new").
struct NewsItem
{
    enum class Kind {
        Answer, // another organisation answered a question of the user's organisation
        Adoption, // another organisation took up a case of the user's organisation
        Question, // a new question from the user's county
        Comment, // a reviewer remarked on a case of the user's organisation
        Change, // a case or question the user follows changed
    };

    qint64 seq = 0;
    QString recordId; // the question or case to open
    Kind kind = Kind::Answer;
    QString detail; // the answer, adoption or comment id; empty for a question
    QString title; // the record's title when the item was noted
    QString from; // who: an OrganisationId (answer, adoption) or an account (comment)
    QString at; // ISO 8601 UTC, when it was noted here
    bool read = false;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
};

// Notes, as each feed page is applied, what is new for the user of this replica: answers to their
// organisation's questions, adoptions of and review remarks on its cases, new questions from its
// county, changes to the cases and questions the user follows; and keeps them, read or not, in the replica (table news)
// until the user marks them read. Nothing is noted before the first pull of a replica is complete (it has never
// looked), nor without a login.
class WhatsNew
{
public:
    // Set (meta key) once a pull has read the feed to its end: from then on, what comes is new.
    static constexpr auto MetaWatching = "news_watching";

    // The watch for this replica: its login's organisation and county.
    static Result<WhatsNew> forReplica(CaseStore &store);
    static Result<void> startWatching(CaseStore &store);

    // Meta key: the ids of the records the user of this replica follows, a JSON array. Kept on
    // this computer: following is a reader's bookmark, not something the server needs to know.
    static constexpr auto MetaFollowed = "followed";
    static Result<QStringList> followed(const CaseStore &store);
    static Result<void> setFollowed(CaseStore &store, const QString &id, bool on);

    bool active() const { return !m_organisation.isEmpty(); }

    // Whether a record from the feed may be news, from the server's copy alone: the first sync
    // of a bank applies tens of thousands, and only these need the local copy read.
    bool concerns(const CaseRecord &remote) const;
    // Notes what after brings compared with before (nullptr: new to this replica).
    Result<void> note(const CaseRecord *before, const CaseRecord &after) const;

    // Newest first; only the unread ones unless all.
    static Result<QList<NewsItem>> items(const CaseStore &store, bool all = false);
    // Marks these read; an empty list marks every item read.
    static Result<void> markRead(CaseStore &store, const QList<qint64> &seqs);

private:
    explicit WhatsNew(CaseStore &store);
    bool ownedHere(const CaseRecord &record) const;
    Result<void> add(const CaseRecord &record, NewsItem::Kind kind, const QString &detail, const QString &from) const;

    CaseStore &m_store;
    QString m_organisation; // OrganisationId of the login; empty: nothing is noted
    QString m_county; // the organisation's county code
    QSet<QString> m_followed;
    QString m_now;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::NewsItem)
