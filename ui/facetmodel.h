#pragma once

#include "language.h"
#include "referencedata.h"
#include "searchtypes.h"
#include "vocabularies.h"

#include <QAbstractItemModel>

namespace Fb {

// The facet panel's tree: one group per facet, its values below with live counts and a check box
// each; counties hold their municipalities. Checking values builds the FacetFilter. Values with
// no matching case stay visible (so the tree does not jump while typing) but are disabled.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        FacetRole = Qt::UserRole + 1, // int(Facet)
        ValueRole, // the facet value; empty for a group
        CountRole,
    };

    FacetModel(const Vocabularies &vocabularies,
               const ReferenceData &referenceData,
               Language language,
               QObject *parent = nullptr);

    const FacetFilter &filter() const { return m_filter; }

    void setFilter(const FacetFilter &filter);

    void clearFilter() { setFilter({}); }

    void setCounts(const FacetCounts &counts);
    // Index of a value (or of a group when value is empty); invalid if unknown.
    QModelIndex indexOf(Facet facet, const QString &value = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void filterChanged(const Fb::FacetFilter &filter);

private:
    struct Node
    {
        Facet facet;
        QString value; // empty for a group
        QString label;
        int parent = -1;
        QList<int> children;
        int count = 0;
    };

    int addNode(Facet facet, const QString &value, const QString &label, int parent);
    void addVocabulary(Facet facet, const char *vocabulary);

    const Node &node(const QModelIndex &index) const { return m_nodes.at(qsizetype(index.internalId())); }

    QModelIndex indexOfNode(int node) const;
    void insertYears(const QHash<QString, int> &years);
    void emitAllChanged(int node);

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    QList<Node> m_nodes;
    QList<int> m_groups;
    FacetFilter m_filter;
};

} // namespace Fb
