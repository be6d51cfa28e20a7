#include "casestore.h"

#include "freshness.h"
#include "ftsrank.h"
#include "replicaschema.h"
#include "reviewworkflow.h"
#include "sqlresult.h"
#include "swedishtokenizer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr auto SummaryColumns = "rowid, id, title, short_name, owner_name, updated_at, facets, review_due";

// The columns of case_fts as a case fills them (title and short name, summary, sections, tags);
// case_fts_titles has the first. The migration to schema 7 writes the same from the bodies.
using IndexedText = std::array<QString, 4>;

IndexedText indexedText(const CaseRecord &record)
{
    QStringList sectionTexts;
    for (const QString &text : record.sections) {
        sectionTexts.append(text);
    }
    return {QStringList{record.title, record.shortName}.join(u'\n'),
            record.summary,
            sectionTexts.join(u"\n\n"_s),
            record.tags.join(u'\n')};
}

// The Publication facet of a summary whose record type and review state are set: every question
// is asked of everyone, so it counts as published.
QString publicationOf(const CaseSummary &s)
{
    return s.first(Facet::RecordType) == QLatin1StringView(CaseRecord::RecordQuestion)
        ? u"publicerad"_s
        : ReviewWorkflow::publication(s.first(Facet::ReviewState));
}

Result<void> execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return sqlError(q.lastError(), sql.left(60));
    }
    return {};
}

// The facet column holds one line per facet; values are codes, keys and years without spaces.
QString encodeFacets(const CaseSummary &s)
{
    QStringList lines;
    for (const QStringList &values : s.facets) {
        lines.append(values.join(u' '));
    }
    return lines.join(u'\n');
}

void decodeFacets(const QString &text, CaseSummary &s)
{
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < FacetCount; ++i) {
        for (QStringView v : lines.at(i).split(u' ', Qt::SkipEmptyParts)) {
            s.facets[size_t(i)].append(v.toString());
        }
    }
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString notNull(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value)) {
        list.append(value);
    }
}

class Transaction
{
public:
    // IMMEDIATE: the write lock is taken at the start, so what a transaction reads is still true
    // when it writes, also with another program on the same replica (the CLI beside the app). A
    // deferred one would read, and then fail or wait only at its first write.
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(u"BEGIN IMMEDIATE"_s);
        m_beginError = begin.lastError();
    }

    ~Transaction()
    {
        if (m_active) {
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        }
    }

    bool active() const { return m_active; }

    const QSqlError &beginError() const { return m_beginError; }

    Result<void> commit()
    {
        m_active = false;
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            const QSqlError e = q.lastError();
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
            return sqlError(e, u"commit"_s);
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_beginError;
};

} // namespace

CaseStore::CaseStore(QString path,
                     QString connectionName,
                     const Vocabularies &vocabularies,
                     const ReferenceData &referenceData)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_validator(vocabularies, referenceData)
    , m_matcher(m_connectionName)
{
}

CaseStore::~CaseStore()
{
    // Statements must go before their connection.
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString &path,
                                                   const Vocabularies &vocabularies,
                                                   const ReferenceData &referenceData,
                                                   OpenMode mode)
{
    static std::atomic<int> counter{0};
    const QString name = u"fb-store-%1"_s.arg(counter.fetch_add(1));
    std::unique_ptr<CaseStore> store(new CaseStore(path, name, vocabularies, referenceData));

    if (mode == OpenMode::ReadWrite) {
        const QDir dir = QFileInfo(path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            return Error{ErrorCode::DatabaseOpenFailed, path, u"cannot create the folder"_s};
        }
    } else if (!QFileInfo::exists(path)) {
        return Error{ErrorCode::NotFound, path, u"no replica at this path"_s};
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == OpenMode::ReadOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                                    : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        return Error{ErrorCode::DatabaseOpenFailed, path, db.lastError().text()};
    }
    // Before anything reads or migrates the text index, which needs it.
    if (auto r = SwedishTokenizer::registerWith(db); !r) {
        return Error{ErrorCode::DatabaseOpenFailed, path, r.error().detail};
    }
    if (auto r = FtsRank::registerWith(db); !r) {
        return Error{ErrorCode::DatabaseOpenFailed, path, r.error().detail};
    }
    // Any file that is not an SQLite database fails here, before anything is written to it.
    if (auto r = execSql(db, u"PRAGMA foreign_keys = ON"_s); !r) {
        return Error{ErrorCode::DatabaseOpenFailed, path, r.error().detail};
    }
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_schema"_s)) {
        return Error{ErrorCode::DatabaseOpenFailed, path, probe.lastError().text()};
    }
    probe.finish();
    if (mode == OpenMode::ReadWrite) {
        // WAL: readers (the UI's search thread) never block the writer; FULL: an acknowledged
        // edit survives a power cut.
        for (const auto *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (auto r = execSql(db, QString::fromLatin1(pragma)); !r) {
                return Error{ErrorCode::DatabaseOpenFailed, path, r.error().detail};
            }
        }
        if (auto r = ReplicaSchema::migrate(db, path); !r) {
            return r.error();
        }
    } else {
        auto version = store->schemaVersion();
        if (!version) {
            return version.error();
        }
        if (*version != SchemaVersion) {
            return Error{*version > SchemaVersion ? ErrorCode::DatabaseTooNew : ErrorCode::MigrationFailed,
                         path,
                         u"schema %1, this program reads %2"_s.arg(*version).arg(SchemaVersion)};
        }
    }
    return store;
}

Result<int> CaseStore::schemaVersion() const
{
    return ReplicaSchema::version(QSqlDatabase::database(m_connectionName));
}

CaseSummary CaseStore::summarize(const CaseRecord &c) const
{
    CaseSummary s;
    s.id = c.id;
    s.title = c.title;
    s.shortName = c.shortName;
    s.updatedAt = c.updatedAt;
    s.reviewDue = Freshness::dueDate(c).toString(Qt::ISODate);

    QStringList municipalities;
    QStringList regions;
    const auto involve = [&](const Actor &a) {
        if (a.type == "kommun"_L1 && m_referenceData.municipality(a.code)) {
            appendUnique(municipalities, a.code);
        } else if (a.type == "region"_L1 && m_referenceData.region(a.code)) {
            appendUnique(regions, a.code);
        }
    };
    for (const QString &m : c.municipalities) {
        appendUnique(municipalities, m);
    }
    involve(c.owner);
    for (const Actor &a : c.actors) {
        involve(a);
    }
    for (const QString &r : c.regions) {
        appendUnique(regions, r);
    }
    for (const QString &m : std::as_const(municipalities)) {
        if (const Municipality *mu = m_referenceData.municipality(m)) {
            appendUnique(regions, mu->regionCode);
        }
    }

    s.ownerName = c.owner.name;
    if (s.ownerName.isEmpty()) {
        if (const Municipality *m = m_referenceData.municipality(c.owner.code); m && c.owner.type == "kommun"_L1) {
            s.ownerName = m->name + u" kommun"_s;
        } else if (const Region *r = m_referenceData.region(c.owner.code); r && c.owner.type == "region"_L1) {
            s.ownerName = r->authorityName;
        }
    }

    s.facets[size_t(Facet::Region)] = regions;
    s.facets[size_t(Facet::Municipality)] = municipalities;
    s.facets[size_t(Facet::PolicyArea)] = c.policyAreas;
    s.facets[size_t(Facet::TargetGroup)] = c.targetGroups;
    if (!c.caseKind.isEmpty()) {
        s.facets[size_t(Facet::CaseKind)] = QStringList{c.caseKind};
    }
    if (!c.status.isEmpty()) {
        s.facets[size_t(Facet::Status)] = QStringList{c.status};
    }
    if (c.evidenceLevel) {
        s.facets[size_t(Facet::EvidenceLevel)] = QStringList{QString::number(*c.evidenceLevel)};
    }
    s.facets[size_t(Facet::StudyVisit)] = QStringList{c.studyVisit.open ? u"ja"_s : u"nej"_s};
    if (c.start.size() >= 4) {
        s.facets[size_t(Facet::StartYear)] = QStringList{c.start.left(4)};
    }
    if (!c.reviewState.isEmpty()) {
        s.facets[size_t(Facet::ReviewState)] = QStringList{c.reviewState};
    }
    s.facets[size_t(Facet::RecordType)] = QStringList{c.isQuestion() ? c.recordType : u"exempel"_s};
    s.facets[size_t(Facet::Publication)] = {publicationOf(s)};
    s.facets[size_t(Facet::PartnershipForm)] = c.partnershipForms;
    QStringList actorTypes;
    if (!c.owner.type.isEmpty()) {
        actorTypes.append(c.owner.type);
    }
    for (const Actor &a : c.actors) {
        if (!a.type.isEmpty()) {
            appendUnique(actorTypes, a.type);
        }
    }
    // Sorted, as the migration to schema 11 writes them.
    actorTypes.sort();
    s.facets[size_t(Facet::ActorType)] = actorTypes;
    if (c.isQuestion()) {
        s.facets[size_t(Facet::QuestionState)] = QStringList{c.questionState.isEmpty() ? u"oppen"_s : c.questionState};
    }
    return s;
}

Result<void> CaseStore::write(const CaseRecord &record)
{
    if (const QList<Error> errors = m_validator.validate(record); !errors.isEmpty()) {
        return errors.first();
    }
    return putTrusted(record);
}

Result<void> CaseStore::putTrusted(const CaseRecord &record, const QByteArray &received)
{
    const QByteArray body = received.isEmpty() ? record.toCanonicalJson() : received;
    if (body.size() > CaseRecord::MaxDocumentBytes) {
        return Error{ErrorCode::DocumentTooLarge, record.id, {}};
    }
    const CaseSummary s = summarize(record);
    noteChange(record.id);

    QSqlQuery &find = statement(Statement::FindRowId, u"SELECT rowid, facets, body FROM cases WHERE id = ?"_s);
    find.addBindValue(record.id);
    if (auto r = execute(find, u"cases"_s); !r) {
        return r;
    }
    const bool exists = find.next();
    qint64 rowId = exists ? find.value(0).toLongLong() : 0;
    noteChange(record.id, rowId);
    const QString facets = encodeFacets(s);
    const IndexedText text = indexedText(record);
    // A case written again with the same words and facets (the server's answer to a push, which
    // changes only its version and time; a review move) keeps its index rows: tokenizing the text
    // again is most of what writing a case costs.
    bool sameFacets = false;
    bool sameText = false;
    if (exists) {
        sameFacets = find.value(1).toString() == facets;
        auto old = CaseRecord::fromJson(find.value(2).toString().toUtf8());
        sameText = old && indexedText(*old) == text;
    }
    find.finish();

    QSqlQuery &write = exists
        ? statement(Statement::UpdateCase,
                    u"UPDATE cases SET id = ?, title = ?, short_name = ?, owner_name = ?, "
                    "updated_at = ?, facets = ?, review_due = ?, body = ? WHERE rowid = ?"_s)
        : statement(Statement::InsertCase,
                    u"INSERT INTO cases(id, title, short_name, owner_name, updated_at, facets, review_due, body) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    write.addBindValue(record.id);
    write.addBindValue(record.title);
    write.addBindValue(notNull(record.shortName));
    write.addBindValue(notNull(s.ownerName));
    write.addBindValue(notNull(record.updatedAt));
    write.addBindValue(facets);
    write.addBindValue(notNull(s.reviewDue));
    write.addBindValue(QString::fromUtf8(body));
    if (exists) {
        write.addBindValue(rowId);
    }
    if (auto r = execute(write, u"cases"_s); !r) {
        return r;
    }
    if (!exists) {
        rowId = write.lastInsertId().toLongLong();
    }

    // A new case has no index rows yet; only a replaced one needs its old ones removed.
    if (exists) {
        for (const auto &[which, sql, same] :
             {std::tuple{Statement::DeleteFacets, u"DELETE FROM case_facet WHERE case_rowid = ?"_s, sameFacets},
              {Statement::DeleteText, u"DELETE FROM case_fts WHERE rowid = ?"_s, sameText},
              {Statement::DeleteTitle, u"DELETE FROM case_fts_titles WHERE rowid = ?"_s, sameText}}) {
            if (same) {
                continue;
            }
            QSqlQuery &del = statement(which, sql);
            del.addBindValue(rowId);
            if (auto r = execute(del, u"index"_s); !r) {
                return r;
            }
        }
    }

    if (!sameFacets) {
        QSqlQuery &facet = statement(Statement::InsertFacet,
                                     u"INSERT OR IGNORE INTO case_facet(facet, value, case_rowid) VALUES(?, ?, ?)"_s);
        for (int f = 0; f < FacetCount; ++f) {
            for (const QString &v : s.facets[size_t(f)]) {
                facet.addBindValue(f);
                facet.addBindValue(v);
                facet.addBindValue(rowId);
                if (auto r = execute(facet, u"case_facet"_s); !r) {
                    return r;
                }
            }
        }
    }
    if (sameText) {
        return {};
    }
    QSqlQuery &fts = statement(Statement::InsertText,
                               u"INSERT INTO case_fts(rowid, title, summary, sections, tags) VALUES(?, ?, ?, ?, ?)"_s);
    fts.addBindValue(rowId);
    for (const QString &column : text) {
        fts.addBindValue(notNull(column));
    }
    if (auto r = execute(fts, u"case_fts"_s); !r) {
        return r;
    }
    QSqlQuery &title = statement(Statement::InsertTitle, u"INSERT INTO case_fts_titles(rowid, title) VALUES(?, ?)"_s);
    title.addBindValue(rowId);
    title.addBindValue(text[0]);
    return execute(title, u"case_fts_titles"_s);
}

QSqlQuery &CaseStore::statement(Statement which, const QString &sql) const
{
    // Preparing costs about as much as running these statements; a bulk import runs each 50,000 times.
    auto it = m_statements.find(which);
    if (it == m_statements.end()) {
        it = m_statements.emplace(which, QSqlQuery(QSqlDatabase::database(m_connectionName))).first;
        it->second.prepare(sql);
    }
    return it->second;
}

Result<void> CaseStore::put(const CaseRecord &record)
{
    return putMany({record});
}

Result<void> CaseStore::putMany(const QList<CaseRecord> &records)
{
    return transaction([&]() -> Result<void> {
        for (const CaseRecord &record : records) {
            if (auto r = write(record); !r) {
                return r;
            }
        }
        return {};
    });
}

Result<void> CaseStore::transaction(const std::function<Result<void>()> &work)
{
    if (m_inTransaction) {
        return work();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction t(db);
    if (!t.active()) {
        return sqlError(t.beginError(), u"begin"_s);
    }
    m_inTransaction = true;
    Result<void> r = work();
    m_inTransaction = false;
    if (!r) {
        return r;
    }
    if (m_commitFault && m_commitFault()) {
        return Error{ErrorCode::DiskFull, u"commit"_s, u"simulated"_s};
    }
    return t.commit();
}

Result<CaseRecord> CaseStore::get(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT body FROM cases WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto r = execute(q, u"cases"_s); !r) {
        return r.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::NotFound, id, {}};
    }
    return CaseRecord::fromJson(q.value(0).toString().toUtf8());
}

Result<void> CaseStore::remove(const QString &id)
{
    noteChange(id);
    return transaction([&]() -> Result<void> {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName);
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM cases WHERE id = ? RETURNING rowid"_s);
        q.addBindValue(id);
        if (auto r = execute(q, u"cases"_s); !r) {
            return r;
        }
        if (!q.next()) {
            return Error{ErrorCode::NotFound, id, {}};
        }
        const qint64 rowId = q.value(0).toLongLong();
        noteChange(id, rowId);
        q.finish();
        for (const QString &table : {u"case_fts"_s, u"case_fts_titles"_s}) {
            QSqlQuery fts(db);
            fts.prepare(u"DELETE FROM %1 WHERE rowid = ?"_s.arg(table));
            fts.addBindValue(rowId);
            if (auto r = execute(fts, table); !r) {
                return r;
            }
        }
        return {};
    });
}

Result<qint64> CaseStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT count(*) FROM cases"_s) || !q.next()) {
        return sqlError(q.lastError(), u"count"_s);
    }
    return q.value(0).toLongLong();
}

Result<QList<CaseSummary>> CaseStore::summaries(QDate today) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM cases ORDER BY rowid"_s.arg(QLatin1StringView(SummaryColumns)));
    return readSummaries(q, today);
}

Result<QList<CaseSummary>> CaseStore::summaries(const QSet<QString> &ids, QDate today) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM cases WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid"_s.arg(
        QLatin1StringView(SummaryColumns)));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids.values())).toJson(QJsonDocument::Compact)));
    return readSummaries(q, today);
}

Result<QList<CaseSummary>> CaseStore::readSummaries(QSqlQuery &q, QDate today) const
{
    if (auto r = execute(q, u"summaries"_s); !r) {
        return r.error();
    }
    const QString day = today.toString(Qt::ISODate);
    QList<CaseSummary> result;
    while (q.next()) {
        CaseSummary s;
        s.rowId = q.value(0).toLongLong();
        s.id = q.value(1).toString();
        s.title = q.value(2).toString();
        s.shortName = q.value(3).toString();
        s.ownerName = q.value(4).toString();
        s.updatedAt = q.value(5).toString();
        decodeFacets(q.value(6).toString(), s);
        s.reviewDue = q.value(7).toString();
        // Derived from the day, so never stored: a case becomes due without being written.
        if (!s.reviewDue.isEmpty()) {
            s.facets[size_t(Facet::Freshness)] = {s.reviewDue < day ? u"forfallen"_s : u"aktuell"_s};
        }
        // Derived again, so that a replica written before this facet has it.
        s.facets[size_t(Facet::Publication)] = {publicationOf(s)};
        result.append(std::move(s));
    }
    return result;
}

void CaseStore::noteChange(const QString &id, qint64 rowId)
{
    if (m_changedMany) {
        return;
    }
    m_changed.insert(id);
    if (rowId > 0) {
        m_changedRows.insert(rowId);
    }
    if (m_changed.size() > MaxNamedChanges) {
        m_changedMany = true;
        m_changed = {};
        m_changedRows = {};
    }
}

Result<CaseStore::Changes> CaseStore::takeChanges()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next()) {
        return sqlError(q.lastError(), u"data_version"_s);
    }
    // SQLite changes it for this connection only when another one commits.
    const qint64 version = q.value(0).toLongLong();
    const bool all = std::exchange(m_changedMany, false) || (m_dataVersion && *m_dataVersion != version);
    Changes changes{all ? QSet<QString>() : std::exchange(m_changed, {}),
                    all ? QSet<qint64>() : std::exchange(m_changedRows, {}),
                    all};
    m_changed.clear();
    m_changedRows.clear();
    m_dataVersion = version;
    return changes;
}

Result<void> CaseStore::forEach(const std::function<bool(const CaseRecord &)> &visit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT body FROM cases ORDER BY title, id"_s)) {
        return sqlError(q.lastError(), u"cases"_s);
    }
    while (q.next()) {
        auto record = CaseRecord::fromJson(q.value(0).toString().toUtf8());
        if (!record) {
            return record.error();
        }
        if (!visit(*record)) {
            break;
        }
    }
    return {};
}

Result<QHash<qint64, QString>> CaseStore::texts(const QList<qint64> &rowIds, TextPart part) const
{
    QHash<qint64, QString> result;
    if (rowIds.isEmpty()) {
        return result;
    }
    QStringList list;
    for (qint64 row : rowIds) {
        list.append(QString::number(row));
    }
    // The same text as the index's columns.
    const QString text = part == TextPart::Body
        ? u"coalesce(json_extract(body, '$.summary'), '') || char(10) || char(10) || "
          "coalesce((SELECT group_concat(value, char(10) || char(10)) FROM json_each(body, '$.sections')), '')"_s
        : u"coalesce(json_extract(body, '$.title'), '') || char(10) || coalesce(json_extract(body, '$.summary'), '')"_s;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT rowid, %1 FROM cases WHERE rowid IN (%2)"_s.arg(text, list.join(u',')))) {
        return sqlError(q.lastError(), u"texts"_s);
    }
    while (q.next()) {
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return result;
}

Result<QList<qint64>> CaseStore::match(const QString &ftsQuery, int limit) const
{
    return m_matcher.match(ftsQuery, limit);
}

Result<QList<CaseStore::Match>> CaseStore::matchScored(const QString &ftsQuery, int limit, bool explain) const
{
    return m_matcher.matchScored(ftsQuery, limit, explain);
}

Result<CaseStore::Found> CaseStore::search(const SearchQuery &query, int limit, FtsMatcher::Steps steps) const
{
    return m_matcher.search(query, limit, steps);
}

Result<CaseStore::Found> CaseStore::searchFurther(const SearchQuery &query, Found firstSteps) const
{
    return m_matcher.searchFurther(query, std::move(firstSteps));
}

Result<CaseStore::ScoredFound> CaseStore::searchScored(const SearchQuery &query, int limit, bool explain) const
{
    return m_matcher.searchScored(query, limit, explain);
}

QSqlDatabase CaseStore::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

Result<QString> CaseStore::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (auto r = execute(q, u"meta"_s); !r) {
        return r.error();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> CaseStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    return execute(q, u"meta"_s);
}

} // namespace Fb
