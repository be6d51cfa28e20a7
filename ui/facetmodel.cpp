#include "facetmodel.h"

using namespace Qt::StringLiterals;

namespace Fb {

FacetModel::FacetModel(const Vocabularies &vocabularies,
                       const ReferenceData &referenceData,
                       Language language,
                       QObject *parent)
    : QAbstractItemModel(parent)
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
{
    const int regions = addNode(Facet::Region, {}, tr("County and municipality"), -1);
    for (const Region &r : m_referenceData.regions()) {
        const int regionNode = addNode(Facet::Region, r.code, r.name, regions);
        for (const Municipality *m : m_referenceData.municipalitiesIn(r.code)) {
            addNode(Facet::Municipality, m->code, m->name, regionNode);
        }
    }
    // Cases or questions: near the top, since it changes what the list is about.
    addVocabulary(Facet::RecordType, Vocabularies::RecordType);
    addVocabulary(Facet::PolicyArea, Vocabularies::PolicyArea);
    const int visits = addNode(Facet::StudyVisit, {}, tr("Study visits"), -1);
    addNode(Facet::StudyVisit, u"ja"_s, tr("Open for study visits"), visits);
    addNode(Facet::StudyVisit, u"nej"_s, tr("Not open for study visits"), visits);
    addVocabulary(Facet::Status, Vocabularies::Status);
    addVocabulary(Facet::TargetGroup, Vocabularies::TargetGroup);
    addVocabulary(Facet::CaseKind, Vocabularies::CaseKind);
    addVocabulary(Facet::PartnershipForm, Vocabularies::PartnershipForm);
    addVocabulary(Facet::ActorType, Vocabularies::ActorType);
    addVocabulary(Facet::EvidenceLevel, Vocabularies::EvidenceLevel);
    addVocabulary(Facet::ReviewState, Vocabularies::ReviewState);
    addVocabulary(Facet::Freshness, Vocabularies::Freshness);
    addVocabulary(Facet::Publication, Vocabularies::Publication);
    addVocabulary(Facet::QuestionState, Vocabularies::QuestionState);
    // Last: the years are found as they come (insertYears).
    addNode(Facet::StartYear, {}, tr("Start year"), -1);
}

int FacetModel::addNode(Facet facet, const QString &value, const QString &label, int parent)
{
    const int n = int(m_nodes.size());
    m_nodes.append(Node{facet, value, label, parent, {}, 0});
    if (parent < 0) {
        m_groups.append(n);
    } else {
        m_nodes[parent].children.append(n);
    }
    return n;
}

void FacetModel::addVocabulary(Facet facet, const char *vocabulary)
{
    const Vocabulary &v = m_vocabularies.vocabulary(vocabulary);
    const int group = addNode(facet, {}, v.title(m_language), -1);
    for (const VocabularyEntry &e : v.entries()) {
        addNode(facet, e.key, e.label(m_language), group);
    }
}

QModelIndex FacetModel::indexOfNode(int n) const
{
    if (n < 0) {
        return {};
    }
    const int parent = m_nodes.at(n).parent;
    const QList<int> &siblings = parent < 0 ? m_groups : m_nodes.at(parent).children;
    return createIndex(int(siblings.indexOf(n)), 0, quintptr(n));
}

QModelIndex FacetModel::indexOf(Facet facet, const QString &value) const
{
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes.at(n).facet == facet && m_nodes.at(n).value == value) {
            return indexOfNode(int(n));
        }
    }
    return {};
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    const QList<int> &children = parent.isValid() ? node(parent).children : m_groups;
    return row < children.size() ? createIndex(row, 0, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOfNode(node(child).parent) : QModelIndex();
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(parent.isValid() ? node(parent).children.size() : m_groups.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node &n = node(index);
    const bool group = n.value.isEmpty();
    const bool checked = !group && m_filter.values(n.facet).contains(n.value);
    switch (role) {
    case Qt::DisplayRole: return group ? n.label : u"%1 (%2)"_s.arg(n.label).arg(n.count);
    case Qt::AccessibleTextRole:
        if (group) {
            return n.label;
        }
        //: Screen-reader text of a facet value: %1 the value, %n the number of cases
        return tr("%1, %n case(s)", nullptr, n.count).arg(n.label);
    case Qt::ToolTipRole:
        return group ? QVariant() : tr("%n case(s) with this value among the current results", nullptr, n.count);
    case Qt::CheckStateRole: return group ? QVariant() : QVariant(checked ? Qt::Checked : Qt::Unchecked);
    case FacetRole: return int(n.facet);
    case ValueRole: return n.value;
    case CountRole: return n.count;
    }
    return {};
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || node(index).value.isEmpty()) {
        return false;
    }
    const Node &n = node(index);
    QSet<QString> &selected = m_filter.values(n.facet);
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        selected.insert(n.value);
    } else {
        selected.remove(n.value);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    Q_EMIT filterChanged(m_filter);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    const Node &n = node(index);
    if (n.value.isEmpty()) {
        return Qt::ItemIsEnabled;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    if (!n.children.isEmpty()) {
        f &= ~Qt::ItemNeverHasChildren;
    }
    // A value with no case under the current filter could only empty the list; keep checked ones
    // enabled so they can be unchecked.
    if (n.count > 0 || m_filter.values(n.facet).contains(n.value) || !n.children.isEmpty()) {
        f |= Qt::ItemIsEnabled;
    }
    return f;
}

void FacetModel::setFilter(const FacetFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    for (int g : std::as_const(m_groups)) {
        emitAllChanged(g);
    }
    Q_EMIT filterChanged(m_filter);
}

void FacetModel::insertYears(const QHash<QString, int> &years)
{
    const int group = m_groups.last();
    Q_ASSERT(m_nodes.at(group).facet == Facet::StartYear);
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QList<int> &children = m_nodes.at(group).children;
        if (std::any_of(children.begin(), children.end(), [&](int c) {
                return m_nodes.at(c).value == it.key();
            })) {
            continue;
        }
        // Newest year first.
        qsizetype row = 0;
        while (row < children.size() && m_nodes.at(children.at(row)).value > it.key()) {
            ++row;
        }
        beginInsertRows(indexOfNode(group), int(row), int(row));
        const int n = int(m_nodes.size());
        m_nodes.append(Node{Facet::StartYear, it.key(), it.key(), group, {}, 0});
        m_nodes[group].children.insert(row, n);
        endInsertRows();
    }
}

void FacetModel::setCounts(const FacetCounts &counts)
{
    insertYears(counts[size_t(Facet::StartYear)]);
    for (Node &n : m_nodes) {
        if (!n.value.isEmpty()) {
            n.count = counts[size_t(n.facet)].value(n.value);
        }
    }
    for (int g : std::as_const(m_groups)) {
        emitAllChanged(g);
    }
}

void FacetModel::emitAllChanged(int n)
{
    const QList<int> &children = m_nodes.at(n).children;
    if (children.isEmpty()) {
        return;
    }
    const QModelIndex parent = indexOfNode(n);
    Q_EMIT dataChanged(index(0, 0, parent), index(int(children.size()) - 1, 0, parent));
    for (int c : children) {
        emitAllChanged(c);
    }
}

} // namespace Fb
