#pragma once

#include "caserecord.h"
#include "casesummary.h"
#include "casevalidator.h"
#include "ftsmatcher.h"
#include "referencedata.h"
#include "replicaschema.h"
#include "result.h"
#include "searchquery.h"
#include "vocabularies.h"

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Fb {

// The local replica: one SQLite file (WAL) holding the cases, an FTS5 index and facet tables
// that the store keeps in step with every write. Schema changes go through numbered migrations.
//
// Thread affinity: a store and its connection belong to the thread that opened it. Open one store
// per thread; WAL lets readers run beside the one writer.
class CaseStore
{
public:
    static constexpr int SchemaVersion = ReplicaSchema::Version;

    enum class OpenMode {
        ReadWrite, // creates and migrates the file
        ReadOnly,
    };

    // What the replica holds: the built-in sample bank, or a server's bank.
    static constexpr auto MetaBankSource = "bank_source";
    static constexpr auto BankSourceSample = "sample";

    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    static Result<std::unique_ptr<CaseStore>> open(const QString &path,
                                                   const Vocabularies &vocabularies,
                                                   const ReferenceData &referenceData,
                                                   OpenMode mode = OpenMode::ReadWrite);

    const QString &path() const { return m_path; }

    const CaseValidator &validator() const { return m_validator; }

    Result<int> schemaVersion() const;

    // Validates and writes one case (insert or replace by id), index and facets included.
    Result<void> put(const CaseRecord &record);
    // All or nothing, in one transaction. The first invalid case aborts the batch.
    Result<void> putMany(const QList<CaseRecord> &records);
    // Runs work in one transaction: committed when it succeeds, rolled back otherwise. Writes
    // inside it join the transaction instead of starting their own.
    Result<void> transaction(const std::function<Result<void>()> &work);

    // For tests: asked before every commit; when it says yes, the transaction is rolled back and
    // fails as on a full disk (the sync simulation fails every write in turn, docs/sync.md).
    void setCommitFault(std::function<bool()> fault) { m_commitFault = std::move(fault); }

    Result<CaseRecord> get(const QString &id) const;
    Result<void> remove(const QString &id);
    Result<qint64> count() const;
    // Every case's light row, in rowid order; the Freshness facet from each case's due day and
    // today.
    Result<QList<CaseSummary>> summaries(QDate today = QDate::currentDate()) const;
    // The light rows of those of these cases that exist, in rowid order.
    Result<QList<CaseSummary>> summaries(const QSet<QString> &ids, QDate today = QDate::currentDate()) const;

    // What changed in the cases since the last call: the ids this store wrote or removed (a
    // rolled-back write included: read again, it is as it was), or `all` when only reading
    // everything again is sure: another connection (the CLI, another program on the replica)
    // committed meanwhile, or more cases changed than are worth naming (ids is then empty). The
    // first call only starts counting.
    struct Changes
    {
        QSet<QString> ids;
        QSet<qint64> rowIds; // the rows those cases had before, where they had one
        bool all = false;
    };

    // More changed cases than this are not named one by one (a first sync of 50,000).
    static constexpr qsizetype MaxNamedChanges = 2000;
    Result<Changes> takeChanges();
    // Calls visit for every case in title order, without holding all in memory; stops early when
    // visit returns false.
    Result<void> forEach(const std::function<bool(const CaseRecord &)> &visit) const;
    enum class TextPart {
        Body, // summary and sections (Markdown): what result snippets are cut from (Snippet)
        Headline, // title and summary: where ExactSpelling looks
    };
    // Text of the given cases, by rowid.
    Result<QHash<qint64, QString>> texts(const QList<qint64> &rowIds, TextPart part = TextPart::Body) const;
    // Rowids matching an FTS5 query, best first (BM25 with title and summary weighted up). With
    // a limit every match is ranked; without one see FtsMatcher::rankedMatches().
    Result<QList<qint64>> match(const QString &ftsQuery, int limit = -1) const;

    // The text columns, in the index's order, and their BM25 weights: title and summary count
    // most, then the sections, then the tags.
    static constexpr std::array<const char *, 4> TextColumns{"title", "summary", "sections", "tags"};
    static constexpr auto Bm25 = "bm25(case_fts, 10.0, 5.0, 2.0, 1.0)";

    using Match = FtsMatcher::Match;

    // match() with scores; explain also says which columns each hit matched in.
    Result<QList<Match>> matchScored(const QString &ftsQuery, int limit = -1, bool explain = false) const;

    // FtsMatcher::search: the query, then, when it finds few, the parts of its compound words and
    // what its words find without filler words, corrected, or most of them together.
    using Found = FtsMatcher::Found;
    using ScoredFound = FtsMatcher::ScoredFound;
    Result<Found>
    search(const SearchQuery &query, int limit = -1, FtsMatcher::Steps steps = FtsMatcher::Steps::All) const;
    Result<Found> searchFurther(const SearchQuery &query, Found firstSteps) const;
    Result<ScoredFound> searchScored(const SearchQuery &query, int limit = -1, bool explain = false) const;

    // The thesaurus search() reads for a word no case has (FtsMatcher::setThesaurusPath).
    void setThesaurusPath(const QString &path) { m_matcher.setThesaurusPath(path); }

    // Writes a case as the server (or a merge of server copies) has it, without validation: the
    // server validated it and may know vocabulary keys this version does not yet. Joins the
    // caller's transaction. body, when given, is the record's JSON as received (the server sends
    // canonical JSON), which spares serialising it again.
    Result<void> putTrusted(const CaseRecord &record, const QByteArray &body = {});
    // The connection, for the sync tables kept beside the cases (SyncLedger). Same thread only.
    QSqlDatabase database() const;

    static constexpr auto MetaCursor = "sync_cursor";
    static constexpr auto MetaEpoch = "sync_epoch";
    static constexpr auto MetaServerUrl = "server_url";
    static constexpr auto MetaServerUser = "server_user";
    static constexpr auto MetaServerCa = "server_ca";
    // The logged-in user's role and organisation id, as the server said at login: what the
    // review workflow offers offline (the server checks again on every write).
    static constexpr auto MetaServerRole = "server_role";
    static constexpr auto MetaServerOrganisation = "server_organisation";
    static constexpr auto MetaLastSync = "last_sync";
    static constexpr auto BankSourceServer = "server";

    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    // Summaries derived from a record exactly as the store derives them on write.
    CaseSummary summarize(const CaseRecord &record) const;

    // The municipalities and counties the summaries are computed with.
    const ReferenceData &referenceData() const { return m_referenceData; }

private:
    enum class Statement {
        FindRowId,
        InsertCase,
        UpdateCase,
        DeleteFacets,
        DeleteText,
        DeleteTitle,
        InsertFacet,
        InsertText,
        InsertTitle,
    };

    CaseStore(QString path,
              QString connectionName,
              const Vocabularies &vocabularies,
              const ReferenceData &referenceData);
    Result<void> write(const CaseRecord &record);
    // Names a case written or removed, for takeChanges(), and the row it had (0: none known yet).
    void noteChange(const QString &id, qint64 rowId = 0);
    // The light rows q (SummaryColumns, prepared) reads.
    Result<QList<CaseSummary>> readSummaries(QSqlQuery &q, QDate today) const;
    // The statement prepared once per store and reused: sql is read only on first use.
    QSqlQuery &statement(Statement which, const QString &sql) const;

    QString m_path;
    QString m_connectionName;
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    CaseValidator m_validator;
    bool m_inTransaction = false;
    std::function<bool()> m_commitFault;
    mutable std::map<Statement, QSqlQuery> m_statements;
    QSet<QString> m_changed; // takeChanges()
    QSet<qint64> m_changedRows;
    bool m_changedMany = false; // more than MaxNamedChanges: m_changed is dropped
    std::optional<qint64> m_dataVersion; // SQLite's data_version at the last takeChanges()
    FtsMatcher m_matcher;
};

} // namespace Fb
