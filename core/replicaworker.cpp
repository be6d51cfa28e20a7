#include "replicaworker.h"

#include "exactspelling.h"
#include "recordlinks.h"
#include "replicaeditor.h"
#include "replicalogin.h"
#include "samplebank.h"
#include "searchquery.h"
#include "snippet.h"

using namespace Qt::StringLiterals;

namespace Fb {

ReplicaWorker::ReplicaWorker(const Vocabularies &vocabularies,
                             const ReferenceData &referenceData,
                             std::atomic<quint64> &latestSearch)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_latestSearch(latestSearch)
    , m_refreshDelay(new QTimer(this))
{
    // Long enough to take a burst of autosaves (one a second while typing) as one.
    m_refreshDelay->setInterval(700);
    m_refreshDelay->setSingleShot(true);
    connect(m_refreshDelay, &QTimer::timeout, this, &ReplicaWorker::refresh);
}

ReplicaWorker::~ReplicaWorker() = default;

void ReplicaWorker::open(const QString &path, bool installSample)
{
    m_engine.reset();
    m_endedEngine.reset();
    m_store.reset();
    m_index = FacetIndex();
    m_similar.reset();
    auto store = CaseStore::open(path, m_vocabularies, m_referenceData);
    if (!store) {
        Q_EMIT openFailed(store.error());
        return;
    }
    m_store = std::move(store).value();
    ReplicaInfo info;
    info.path = path;
    if (installSample) {
        auto installed = SampleBank::installIfNew(*m_store);
        if (!installed) {
            Q_EMIT openFailed(installed.error());
            return;
        }
        info.sampleInstalled = *installed;
    }
    auto indexed = reindex();
    if (!indexed) {
        Q_EMIT openFailed(indexed.error());
        return;
    }
    indexed->sampleInstalled = info.sampleInstalled;
    Q_EMIT opened(*indexed);
    emitMarks();
}

Result<ReplicaInfo> ReplicaWorker::reindex()
{
    // Counting changes starts over: everything is read now.
    if (auto changes = m_store->takeChanges(); !changes) {
        return changes.error();
    }
    const QDate today = QDate::currentDate();
    auto summaries = m_store->summaries(today);
    if (!summaries) {
        return summaries.error();
    }
    m_index = FacetIndex(std::move(summaries).value());
    m_indexedOn = today;
    m_similar.reset();
    return info();
}

Result<std::optional<ReplicaInfo>> ReplicaWorker::update()
{
    auto changes = m_store->takeChanges();
    if (!changes) {
        return changes.error();
    }
    const QDate today = QDate::currentDate();
    // Everything again when another program wrote to the replica, when a new day may have made
    // cases due (the Freshness facet), or when much changed (a first sync): a whole read is then
    // cheaper than many small ones.
    if (changes->all || today != m_indexedOn || changes->ids.size() > m_index.size() / 4) {
        auto all = reindex();
        if (!all) {
            return all.error();
        }
        return std::optional(*all);
    }
    if (changes->ids.isEmpty()) {
        return std::optional<ReplicaInfo>();
    }
    auto now = m_store->summaries(changes->ids, today);
    if (!now) {
        return now.error();
    }
    m_index = m_index.updated(changes->ids, changes->rowIds, *now);
    m_similar.reset();
    auto current = info();
    if (!current) {
        return current.error();
    }
    return std::optional(*current);
}

Result<ReplicaInfo> ReplicaWorker::info() const
{
    auto source = m_store->meta(QString::fromLatin1(CaseStore::MetaBankSource));
    if (!source) {
        return source.error();
    }
    ReplicaInfo info;
    info.path = m_store->path();
    info.isSample = *source == QLatin1StringView(CaseStore::BankSourceSample);
    info.caseCount = m_index.size();
    return info;
}

void ReplicaWorker::search(const SearchRequest &request, quint64 generation)
{
    // Typing queues a search per key press; only the newest is worth running.
    if (generation < m_latestSearch.load()) {
        return;
    }
    const SearchQuery query = SearchQuery::parse(request.text, SearchQuery::Expansion::Full);
    const bool text = !query.isEmpty() && m_store;
    // The query first, shown at once; when it finds few, what the recall step adds follows
    // (FtsMatcher::search, docs/search.md), from the same rows: it looks words up in the index's
    // vocabulary, which can take tens of milliseconds.
    std::optional<Result<CaseStore::Found>> found;
    if (text) {
        found = m_store->search(query, -1, FtsMatcher::Steps::QueryAndParts);
    }
    SearchResult result = searched(request, generation, query, found);
    Q_EMIT searchFinished(result);
    if (found && *found && (*found)->rows.size() < FtsMatcher::FewRows && generation == m_latestSearch.load()) {
        const QList<qint64> shown = (*found)->rows;
        found = m_store->searchFurther(query, std::move(*found).value());
        if (*found && ((*found)->rows != shown || !(*found)->recall.isEmpty())) {
            result = searched(request, generation, query, found);
            Q_EMIT searchFinished(result);
        }
    }
    // Snippets cost about as much as the search (reading and cutting 60 texts): after the result,
    // and only for a search that typing has not already superseded.
    if (!text || result.rows.isEmpty() || generation < m_latestSearch.load()) {
        return;
    }
    QList<qint64> first;
    for (qsizetype i = 0; i < result.rows.size() && i < SnippetRows; ++i) {
        first.append(result.cases->at(result.rows.at(i)).rowId);
    }
    QHash<qint64, QString> snippets;
    if (auto texts = m_store->texts(first)) {
        for (auto it = texts->cbegin(); it != texts->cend(); ++it) {
            snippets.insert(it.key(), Snippet::excerpt(it.value(), result.terms));
        }
    }
    Q_EMIT snippetsReady(generation, snippets);
}

SearchResult ReplicaWorker::searched(const SearchRequest &request,
                                     quint64 generation,
                                     const SearchQuery &query,
                                     const std::optional<Result<CaseStore::Found>> &found) const
{
    SearchResult result;
    result.generation = generation;
    result.request = request;
    std::optional<QList<qint64>> matches;
    if (found && *found) {
        QList<qint64> rows = (*found)->rows;
        // Should the texts not be readable, the ranking stays as BM25 gave it.
        [[maybe_unused]] const auto ranked = ExactSpelling::rankFirst(rows, query.spellings(), *m_store);
        matches = std::move(rows);
        result.recall = (*found)->recall;
    } else if (found) {
        result.error = found->error();
        matches = QList<qint64>();
    }
    if (found) {
        result.terms = result.recall.highlighted(query.terms());
    }
    m_index.query(request.filter, matches, result);
    return result;
}

void ReplicaWorker::loadCase(const QString &id, quint64 generation)
{
    if (!m_store) {
        Q_EMIT caseLoadFailed(generation, id, Error{ErrorCode::NotFound, id, {}});
        return;
    }
    auto record = m_store->get(id);
    if (!record) {
        Q_EMIT caseLoadFailed(generation, id, record.error());
        return;
    }
    // The links are a convenience: a failure to read them still shows the record.
    Q_EMIT caseLoaded(generation, *record, RecordLinks(*m_store).of(*record).value_or(LinkedRecords{}));
}

void ReplicaWorker::loadCases(const QStringList &ids)
{
    QList<CaseRecord> records;
    for (const QString &id : ids) {
        auto record = m_store ? m_store->get(id) : Result<CaseRecord>(Error{ErrorCode::NotFound, id, {}});
        if (!record) {
            Q_EMIT casesLoaded({}, record.error());
            return;
        }
        records.append(std::move(record).value());
    }
    Q_EMIT casesLoaded(records, Error{});
}

Result<SyncStatus> ReplicaWorker::syncStatus() const
{
    if (!m_store) {
        return Error{ErrorCode::NotFound, {}, u"no replica open"_s};
    }
    auto login = ReplicaLogin(*m_store).read();
    auto lastSync = m_store->meta(QString::fromLatin1(CaseStore::MetaLastSync));
    auto counts = SyncLedger(*m_store).counts();
    if (!login || !lastSync || !counts) {
        return !login ? login.error() : !lastSync ? lastSync.error() : counts.error();
    }
    SyncStatus status;
    static_cast<LoginState &>(status) = *login;
    status.lastSync = *lastSync;
    status.counts = *counts;
    return status;
}

void ReplicaWorker::readSyncStatus()
{
    if (auto status = syncStatus(); status) {
        Q_EMIT syncStatusRead(*status);
    }
}

void ReplicaWorker::saveLogin(const LoginState &login)
{
    if (m_store) {
        (void)ReplicaLogin(*m_store).save(login);
    }
    readSyncStatus();
}

void ReplicaWorker::forgetLogin()
{
    if (m_store) {
        (void)ReplicaLogin(*m_store).forget();
    }
    readSyncStatus();
}

void ReplicaWorker::sync(const ServerSettings &settings, const QString &token, bool allowMassDeletion)
{
    if (!m_store || m_engine) {
        return; // one sync at a time; the running one will be followed by the next request
    }
    if (!m_nam) {
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    m_endedEngine.reset();
    m_api = std::make_unique<ServerApi>(*m_nam, settings);
    if (auto r = m_api->prepare(); !r) {
        m_api.reset();
        Q_EMIT syncFailed(r.error(), 0, syncStatus().value_or(SyncStatus{}));
        return;
    }
    m_api->setToken(token);
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_api);
    m_engine->setAllowMassDeletion(allowMassDeletion);
    connect(m_engine.get(), &SyncEngine::progress, this, &ReplicaWorker::syncProgress);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncReport &report) {
        syncEnded();
        Q_EMIT syncFinished(report, syncStatus().value_or(SyncStatus{}));
        readNews();
    });
    connect(m_engine.get(), &SyncEngine::failed, this, [this](const Error &error) {
        const int retryAfter = m_api->retryAfter();
        syncEnded();
        Q_EMIT syncFailed(error, retryAfter, syncStatus().value_or(SyncStatus{}));
    });
    m_engine->sync();
}

void ReplicaWorker::syncEnded()
{
    // Kept until the next sync or close: this runs inside the engine's own signal.
    m_endedEngine = std::move(m_engine);
    // A failed sync may still have applied pages: the index follows the replica either way.
    refresh();
}

void ReplicaWorker::scheduleRefresh()
{
    m_refreshDelay->start();
}

void ReplicaWorker::refresh()
{
    m_refreshDelay->stop();
    if (!m_store) {
        return;
    }
    // Nothing changed (a sync that brought nothing): the lists stay as they are.
    if (auto info = update(); info && info->has_value()) {
        Q_EMIT refreshed(**info);
    }
    emitMarks();
}

void ReplicaWorker::emitMarks()
{
    if (m_store) {
        if (auto marks = ReplicaEditor(*m_store).marks(); marks) {
            Q_EMIT marksRead(*marks);
        }
    }
}

void ReplicaWorker::openForEdit(const QString &id)
{
    if (!m_store) {
        Q_EMIT editOpenFailed(id, Error{ErrorCode::NotFound, id, {}});
        return;
    }
    auto editable = ReplicaEditor(*m_store).open(id);
    if (!editable) {
        Q_EMIT editOpenFailed(id, editable.error());
        return;
    }
    Q_EMIT editOpened(*editable);
}

void ReplicaWorker::saveCase(const QJsonObject &body, const QJsonObject &origin, quint64 request)
{
    if (!m_store) {
        SaveOutcome outcome;
        outcome.id = body.value("id"_L1).toString();
        outcome.request = request;
        outcome.error = Error{ErrorCode::NotFound, {}, u"no replica open"_s};
        Q_EMIT caseSaved(outcome);
        return;
    }
    const SaveOutcome outcome = ReplicaEditor(*m_store).save(body, origin, request);
    Q_EMIT caseSaved(outcome);
    if (outcome.stored) {
        scheduleRefresh();
        readSyncStatus();
    }
}

void ReplicaWorker::finishEdit(const QString &id, const Result<void> &result, const QString &newId)
{
    Q_EMIT editFinished(id, result ? Error{} : result.error(), newId);
    refresh();
    readInbox();
    readSyncStatus();
}

void ReplicaWorker::discardDraft(const QString &id)
{
    if (m_store) {
        finishEdit(id, ReplicaEditor(*m_store).discardDraft(id));
    }
}

void ReplicaWorker::readNews()
{
    if (m_store) {
        if (auto items = WhatsNew::items(*m_store, true); items) {
            Q_EMIT newsRead(*items);
        }
    }
}

void ReplicaWorker::readFollowed()
{
    if (m_store) {
        if (auto ids = WhatsNew::followed(*m_store); ids) {
            Q_EMIT followedRead(*ids);
        }
    }
}

void ReplicaWorker::follow(const QString &id, bool on)
{
    if (m_store) {
        (void)WhatsNew::setFollowed(*m_store, id, on);
        readFollowed();
    }
}

void ReplicaWorker::markNewsRead(const QList<qint64> &seqs)
{
    if (m_store) {
        (void)WhatsNew::markRead(*m_store, seqs);
        readNews();
    }
}

void ReplicaWorker::readInbox()
{
    if (!m_store) {
        return;
    }
    if (auto items = ReplicaEditor(*m_store).inbox(); items) {
        Q_EMIT inboxRead(*items);
    }
}

void ReplicaWorker::resolve(const QString &id, const QString &path, LocalEdits::Take take, const QJsonValue &value)
{
    if (m_store) {
        finishEdit(id, ReplicaEditor(*m_store).resolve(id, path, take, value));
    }
}

void ReplicaWorker::writeQuestions(const QString &id, const std::function<Result<QString>(QuestionDesk &)> &write)
{
    if (!m_store) {
        return;
    }
    QuestionDesk desk(*m_store);
    const Result<QString> made = write(desk);
    finishEdit(id, made ? Result<void>{} : Result<void>(made.error()), made ? *made : QString());
}

void ReplicaWorker::revert(const QString &id)
{
    if (m_store) {
        finishEdit(id, ReplicaEditor(*m_store).revert(id));
    }
}

void ReplicaWorker::removeCase(const QString &id)
{
    if (m_store) {
        finishEdit(id, ReplicaEditor(*m_store).remove(id));
    }
}

void ReplicaWorker::saveAsNew(const QString &id)
{
    if (!m_store) {
        return;
    }
    auto newId = ReplicaEditor(*m_store).saveAsNew(id);
    finishEdit(id, newId ? Result<void>() : Result<void>(newId.error()), newId.value_or(QString()));
}

void ReplicaWorker::addAttachment(const QString &file, quint64 request)
{
    if (!m_store) {
        Q_EMIT attachmentFailed(request, Error{ErrorCode::NotFound, {}, u"no replica open"_s});
        return;
    }
    auto attachment = ReplicaEditor(*m_store).addAttachment(file);
    if (!attachment) {
        Q_EMIT attachmentFailed(request, attachment.error());
        return;
    }
    Q_EMIT attachmentAdded(request, *attachment);
}

void ReplicaWorker::locateAttachment(const QString &sha256)
{
    Q_EMIT attachmentLocated(sha256, m_store ? ReplicaEditor(*m_store).attachmentPath(sha256) : QString());
}

void ReplicaWorker::close()
{
    m_refreshDelay->stop();
    m_engine.reset();
    m_endedEngine.reset();
    m_api.reset();
    m_store.reset();
    m_index = FacetIndex();
    m_similar.reset();
}

void ReplicaWorker::loadStudyVisits()
{
    QList<StudyVisitEntry> entries;
    if (m_store) {
        (void)m_store->forEach([&](const CaseRecord &record) {
            if (auto entry = StudyVisitBank::entry(record, m_referenceData)) {
                entries.append(std::move(*entry));
            }
            return true;
        });
    }
    Q_EMIT studyVisitsLoaded(entries);
}

const SimilarCases *ReplicaWorker::similar()
{
    if (!m_similar && m_store) {
        auto similar = std::make_unique<SimilarCases>(m_referenceData);
        auto read = m_store->forEach([&](const CaseRecord &record) {
            similar->add(record);
            return true;
        });
        if (!read) {
            return nullptr;
        }
        similar->finish();
        m_similar = std::move(similar);
    }
    return m_similar.get();
}

void ReplicaWorker::findSimilar(const QString &id, int n)
{
    const SimilarCases *index = similar();
    Q_EMIT similarFound(id, index ? index->similarTo(id, n) : QList<SimilarCase>());
}

void ReplicaWorker::findNear(const QString &municipalityCode, int n)
{
    const SimilarCases *index = similar();
    Q_EMIT nearFound(municipalityCode, index ? index->nearMunicipality(municipalityCode, n) : QList<SimilarCase>());
}

void ReplicaWorker::explainRanking(const QString &text)
{
    RankingExplanation explanation;
    explanation.text = text;
    const SearchQuery query = SearchQuery::parse(text, SearchQuery::Expansion::Full);
    explanation.ftsQuery = query.ftsQuery();
    const auto explain = [&]() -> Result<void> {
        if (query.isEmpty() || !m_store) {
            return {};
        }
        // The first rows as search() orders them: BM25, then the exact spelling first.
        auto scored = m_store->searchScored(query, ExactSpelling::Rows, true);
        if (!scored) {
            return scored.error();
        }
        explanation.recall = scored->recall;
        QHash<qint64, CaseStore::Match> byRow;
        QList<qint64> rows;
        for (const CaseStore::Match &m : std::as_const(scored->hits)) {
            byRow.insert(m.rowId, m);
            rows.append(m.rowId);
        }
        auto texts = m_store->texts(rows, CaseStore::TextPart::Headline);
        if (!texts) {
            return texts.error();
        }
        ExactSpelling::rankFirst(rows, query.spellings(), *texts);
        for (qint64 row : std::as_const(rows)) {
            const QString headline = texts->value(row);
            const CaseStore::Match &m = byRow[row];
            explanation.hits.append({headline.section(u'\n', 0, 0),
                                     -m.score,
                                     m.columns,
                                     ExactSpelling::matches(headline, query.spellings())});
        }
        return {};
    };
    if (auto r = explain(); !r) {
        explanation.error = r.error();
    }
    Q_EMIT rankingExplained(explanation);
}

} // namespace Fb
