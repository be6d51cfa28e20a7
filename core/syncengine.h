#pragma once

#include "casestore.h"
#include "serverapi.h"

#include <QObject>

namespace Fb {

struct SyncReport
{
    int pages = 0;
    int changed = 0; // cases added, changed or removed locally
    bool reconciled = false; // the server's epoch changed and the feed was read again from the start
};

// Brings the replica up to date with the server's change feed, page by page. Each page and its
// cursor are stored in one transaction, so a sync that is interrupted (network, crash, kill)
// resumes from the last whole page and never applies a page twice or half.
//
// Pushing local edits (the outbox) is the next step of issue #3.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    SyncEngine(CaseStore &store, ServerApi &api, QObject *parent = nullptr);

    // Starts a pull; ends with finished() or failed(), on this thread.
    void pull();

    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void progress(int changed);
    void finished(const Fb::SyncReport &report);
    void failed(const Fb::Error &error);

private:
    void nextPage();

    CaseStore &m_store;
    ServerApi &m_api;
    SyncReport m_report;
    int m_pageSize = PageSize;
};

} // namespace Fb
