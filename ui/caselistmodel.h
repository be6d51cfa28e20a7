#pragma once

#include "edittypes.h"
#include "language.h"
#include "referencedata.h"
#include "searchtypes.h"
#include "vocabularies.h"

#include <QAbstractTableModel>
#include <QCollator>

namespace Fb {

// The cases of the current search result, one row each. Sorting happens here (Swedish collation,
// å ä ö after z) rather than in a proxy, so the relevance order of a text search is the
// unsorted state and a header click can return to it.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        OrganisationColumn,
        CountyColumn,
        StatusColumn,
        StartColumn,
        StudyVisitColumn,
        SyncColumn, // local changes, conflicts, refusals
        PublicationColumn, // the review state of a case not (or no longer) simply published
        ColumnCount,
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortKeyRole,
        // Title column: the excerpt of the case's text around the search words, if the result
        // has one for the case (SearchResult::snippets).
        SnippetRole,
    };

    CaseListModel(const Vocabularies &vocabularies,
                  const ReferenceData &referenceData,
                  Language language,
                  QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    // The current result's snippets (ReplicaService::snippetsReady), by rowid.
    void setSnippets(const QHash<qint64, QString> &snippets);
    // Where each case stands with the server; cases not in marks are in step.
    void setMarks(const CaseMarks &marks);
    CaseMark markOf(const QString &id) const;

    const SearchResult &result() const { return m_result; }

    // Row of the case with this id, or -1.
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 restores the result's own order (relevance for a text search).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The rows that are cases (not questions), in list order: id and title.
    QList<std::pair<QString, QString>> caseTitles() const;

private:
    const CaseSummary &summary(int row) const;
    QString text(const CaseSummary &s, int column) const;
    static bool isQuestion(const CaseSummary &s);
    // What the publication column's tooltip and a screen reader say of the case.
    QString publicationText(const CaseSummary &s) const;
    void applySort();

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    QCollator m_collator;
    SearchResult m_result;
    CaseMarks m_marks;
    QList<int> m_order; // m_result.rows, sorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Fb
