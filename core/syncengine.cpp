#include "syncengine.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fb {

SyncEngine::SyncEngine(CaseStore &store, ServerApi &api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
}

void SyncEngine::pull()
{
    m_report = {};
    nextPage();
}

void SyncEngine::nextPage()
{
    auto cursor = m_store.meta(QString::fromLatin1(CaseStore::MetaCursor));
    if (!cursor) {
        Q_EMIT failed(cursor.error());
        return;
    }
    m_api.changes(*cursor, m_pageSize, [this](Result<RemotePage> page) {
        if (!page) {
            if (page.code() == ErrorCode::EpochChanged && !m_report.reconciled) {
                // The server was restored or replaced: read its whole feed again. Cases it no
                // longer has stay here (explicit deletes only); pushing them back comes with the
                // outbox.
                m_report.reconciled = true;
                if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaCursor), QString()); !r) {
                    Q_EMIT failed(r.error());
                    return;
                }
                nextPage();
                return;
            }
            Q_EMIT failed(page.error());
            return;
        }
        auto changed = m_store.applyRemotePage(*page);
        if (!changed) {
            Q_EMIT failed(changed.error());
            return;
        }
        ++m_report.pages;
        m_report.changed += *changed;
        Q_EMIT progress(m_report.changed);
        if (page->hasMore) {
            nextPage();
            return;
        }
        // For display only: no decision ever depends on it (invariant I4).
        if (auto r = m_store.setMeta(QString::fromLatin1(CaseStore::MetaLastSync),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !r) {
            Q_EMIT failed(r.error());
            return;
        }
        Q_EMIT finished(m_report);
    });
}

} // namespace Fb
