#include "replicaservice.h"

using namespace Qt::StringLiterals;

namespace Fb {

ReplicaService::ReplicaService(const Vocabularies &vocabularies, const ReferenceData &referenceData, QObject *parent)
    : QObject(parent)
    , m_worker(new ReplicaWorker(vocabularies, referenceData, m_latestSearch))
{
    m_thread.setObjectName(u"replica"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReplicaWorker::opened, this, &ReplicaService::opened);
    connect(m_worker, &ReplicaWorker::openFailed, this, &ReplicaService::openFailed);
    connect(m_worker, &ReplicaWorker::searchFinished, this, [this](const SearchResult &result) {
        if (result.generation == m_latestSearch.load()) {
            Q_EMIT searchFinished(result);
        }
    });
    connect(m_worker,
            &ReplicaWorker::snippetsReady,
            this,
            [this](quint64 generation, const QHash<qint64, QString> &snippets) {
                if (generation == m_latestSearch.load()) {
                    Q_EMIT snippetsReady(snippets);
                }
            });
    connect(m_worker,
            &ReplicaWorker::caseLoaded,
            this,
            [this](quint64 generation, const CaseRecord &record, const LinkedRecords &links) {
                if (generation == m_latestLoad) {
                    Q_EMIT caseLoaded(record, links);
                }
            });
    connect(m_worker,
            &ReplicaWorker::caseLoadFailed,
            this,
            [this](quint64 generation, const QString &id, const Error &error) {
                if (generation == m_latestLoad) {
                    Q_EMIT caseLoadFailed(id, error);
                }
            });
    connect(m_worker, &ReplicaWorker::refreshed, this, &ReplicaService::refreshed);
    connect(m_worker, &ReplicaWorker::syncStatusRead, this, &ReplicaService::syncStatusRead);
    connect(m_worker, &ReplicaWorker::syncProgress, this, &ReplicaService::syncProgress);
    connect(m_worker, &ReplicaWorker::syncFinished, this, &ReplicaService::syncFinished);
    connect(m_worker, &ReplicaWorker::syncFailed, this, &ReplicaService::syncFailed);
    connect(m_worker, &ReplicaWorker::marksRead, this, &ReplicaService::marksRead);
    connect(m_worker, &ReplicaWorker::editOpened, this, &ReplicaService::editOpened);
    connect(m_worker, &ReplicaWorker::editOpenFailed, this, &ReplicaService::editOpenFailed);
    connect(m_worker, &ReplicaWorker::caseSaved, this, &ReplicaService::caseSaved);
    connect(m_worker, &ReplicaWorker::inboxRead, this, &ReplicaService::inboxRead);
    connect(m_worker, &ReplicaWorker::newsRead, this, &ReplicaService::newsRead);
    connect(m_worker, &ReplicaWorker::followedRead, this, &ReplicaService::followedRead);
    connect(m_worker, &ReplicaWorker::editFinished, this, &ReplicaService::editFinished);
    connect(m_worker, &ReplicaWorker::attachmentAdded, this, &ReplicaService::attachmentAdded);
    connect(m_worker, &ReplicaWorker::attachmentFailed, this, &ReplicaService::attachmentFailed);
    connect(m_worker, &ReplicaWorker::attachmentLocated, this, &ReplicaService::attachmentLocated);
    connect(m_worker, &ReplicaWorker::studyVisitsLoaded, this, &ReplicaService::studyVisitsLoaded);
    connect(m_worker, &ReplicaWorker::casesLoaded, this, &ReplicaService::casesLoaded);
    connect(m_worker, &ReplicaWorker::similarFound, this, &ReplicaService::similarFound);
    connect(m_worker, &ReplicaWorker::nearFound, this, &ReplicaService::nearFound);
    connect(m_worker, &ReplicaWorker::rankingExplained, this, &ReplicaService::rankingExplained);
    m_thread.start();
}

ReplicaService::~ReplicaService()
{
    // The store's SQLite connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReplicaService::open(const QString &path, bool installSample)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, installSample] {
        worker->open(path, installSample);
    });
}

quint64 ReplicaService::search(const SearchRequest &request)
{
    const quint64 generation = m_latestSearch.fetch_add(1) + 1;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, generation] {
        worker->search(request, generation);
    });
    return generation;
}

void ReplicaService::loadCase(const QString &id)
{
    const quint64 generation = ++m_latestLoad;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, generation] {
        worker->loadCase(id, generation);
    });
}

void ReplicaService::loadCases(const QStringList &ids)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ids] {
        worker->loadCases(ids);
    });
}

void ReplicaService::readSyncStatus()
{
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::readSyncStatus);
}

void ReplicaService::saveLogin(const LoginState &login)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, login] {
        worker->saveLogin(login);
    });
}

void ReplicaService::forgetLogin()
{
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::forgetLogin);
}

void ReplicaService::sync(const ServerSettings &settings, const QString &token, bool allowMassDeletion)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings, token, allowMassDeletion] {
        worker->sync(settings, token, allowMassDeletion);
    });
}

void ReplicaService::openForEdit(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] {
        worker->openForEdit(id);
    });
}

void ReplicaService::saveCase(const QJsonObject &body, const QJsonObject &origin, quint64 request)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, body, origin, request] {
        worker->saveCase(body, origin, request);
    });
}

void ReplicaService::discardDraft(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] {
        worker->discardDraft(id);
    });
}

void ReplicaService::readNews()
{
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::readNews);
}

void ReplicaService::readFollowed()
{
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::readFollowed);
}

void ReplicaService::follow(const QString &id, bool on)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, on] {
        worker->follow(id, on);
    });
}

void ReplicaService::markNewsRead(const QList<qint64> &seqs)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, seqs] {
        worker->markNewsRead(seqs);
    });
}

void ReplicaService::readInbox()
{
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::readInbox);
}

void ReplicaService::resolve(const QString &id, const QString &path, LocalEdits::Take take, const QJsonValue &value)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, path, take, value] {
        worker->resolve(id, path, take, value);
    });
}

void ReplicaService::revert(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] {
        worker->revert(id);
    });
}

void ReplicaService::removeCase(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] {
        worker->removeCase(id);
    });
}

void ReplicaService::saveAsNew(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] {
        worker->saveAsNew(id);
    });
}

void ReplicaService::askQuestion(const CaseRecord &question)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, question] {
        worker->writeQuestions(question.id, [question](QuestionDesk &desk) {
            return desk.ask(question);
        });
    });
}

void ReplicaService::answerQuestion(const QString &questionId, const QString &caseId, const QString &note)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, questionId, caseId, note] {
        worker->writeQuestions(questionId, [=](QuestionDesk &desk) {
            return desk.answer(questionId, caseId, note);
        });
    });
}

void ReplicaService::setQuestionState(const QString &questionId, const QString &state)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, questionId, state] {
        worker->writeQuestions(questionId, [=](QuestionDesk &desk) -> Result<QString> {
            if (auto r = desk.setState(questionId, state); !r) {
                return r.error();
            }
            return questionId;
        });
    });
}

void ReplicaService::verify(const QString &caseId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, caseId] {
        worker->writeQuestions(caseId, [=](QuestionDesk &desk) -> Result<QString> {
            if (auto r = desk.verify(caseId, QDate::currentDate()); !r) {
                return r.error();
            }
            return caseId;
        });
    });
}

void ReplicaService::adopt(const QString &caseId, const Adoption &adoption)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, caseId, adoption] {
        worker->writeQuestions(caseId, [=](QuestionDesk &desk) {
            return desk.adopt(caseId, adoption);
        });
    });
}

void ReplicaService::startFrom(const QString &originId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, originId] {
        worker->writeQuestions(originId, [=](QuestionDesk &desk) {
            return desk.startFrom(originId);
        });
    });
}

void ReplicaService::addAttachment(const QString &file, quint64 request)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, file, request] {
        worker->addAttachment(file, request);
    });
}

void ReplicaService::locateAttachment(const QString &sha256)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, sha256] {
        worker->locateAttachment(sha256);
    });
}

void ReplicaService::loadStudyVisits()
{
    QMetaObject::invokeMethod(m_worker, &ReplicaWorker::loadStudyVisits);
}

void ReplicaService::findSimilar(const QString &id, int n)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, n] {
        worker->findSimilar(id, n);
    });
}

void ReplicaService::findNear(const QString &municipalityCode, int n)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, municipalityCode, n] {
        worker->findNear(municipalityCode, n);
    });
}

void ReplicaService::explainRanking(const QString &text)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, text] {
        worker->explainRanking(text);
    });
}

} // namespace Fb
