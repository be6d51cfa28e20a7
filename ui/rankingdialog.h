#pragma once

#include "exactspelling.h"
#include "replicaservice.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Fb {

// The ranking's debug view (Searches → Explain the ranking): for the search in the search field,
// what it became as an FTS5 query and, for each of the first hits in the order the list shows
// them, its BM25 score, the fields it matched in and whether its exact spelling moved it up. For
// whoever tunes the search, and for users who wonder why a case comes first (docs/search.md).
class RankingDialog : public QDialog
{
    Q_OBJECT

public:
    RankingDialog(ReplicaService &replica, const QString &text, QWidget *parent = nullptr);

    QLabel *query() const { return m_query; }

    QTreeWidget *hits() const { return m_hits; }

Q_SIGNALS:
    // The explanation is shown (or its error).
    void explained();

private:
    void display(const RankingExplanation &explanation);

    QString m_text;
    QLabel *m_query;
    QTreeWidget *m_hits;
};

} // namespace Fb
