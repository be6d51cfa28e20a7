#pragma once

#include <QSharedData>
#include <QString>
#include <QStringList>

#include <array>

namespace Fb {

// The dimensions the bank can be narrowed by. The numeric order is the facet panel's order.
enum class Facet {
    Region,
    Municipality,
    PolicyArea,
    TargetGroup,
    CaseKind,
    Status,
    EvidenceLevel,
    StudyVisit,
    StartYear,
    ReviewState,
    RecordType, // exempel or fraga (docs/questions.md)
    QuestionState, // a question's state; empty for a case
    PartnershipForm, // Finsam, IOP, …
    ActorType, // of the owner and the participating organisations
    // forfallen or aktuell for a published case, from reviewDue and the day the summaries are
    // read (CaseStore::summaries); not stored
    Freshness,
    // publicerad, arkiverad or opublicerad (ReviewWorkflow::publication); every question is
    // publicerad. The default view shows publicerad (ListPresets::published); derived from the
    // review state when the summaries are read, not stored
    Publication,
};
inline constexpr int FacetCount = 16;

// A case's values per facet, one list per facet, kept in one implicitly shared block: the
// facet index copies every summary whenever it follows a change (FacetIndex::updated), and one
// pointer copies faster than sixteen lists. Written, a shared block is copied first.
class FacetValues
{
public:
    FacetValues()
        : d(new Data)
    {
    }

    const QStringList &operator[](size_t f) const { return d->values[f]; }

    QStringList &operator[](size_t f) { return d->values[f]; }

    auto begin() const { return d->values.cbegin(); }

    auto end() const { return d->values.cend(); }

    friend bool operator==(const FacetValues &a, const FacetValues &b)
    {
        return a.d == b.d || a.d->values == b.d->values;
    }

private:
    struct Data : QSharedData
    {
        std::array<QStringList, FacetCount> values;
    };

    QSharedDataPointer<Data> d;
};

// The light part of a case that lists, facets and sorting need; loaded for every case at start,
// so it holds no Markdown and no body.
struct CaseSummary
{
    qint64 rowId = 0;
    QString id;
    QString title;
    QString shortName;
    QString ownerName;
    QString updatedAt;
    QString reviewDue; // YYYY-MM-DD, Freshness::dueDate; empty when the record is not due
    // Values per facet (vocabulary keys, SCB codes, "ja"/"nej", years). Regions include the ones
    // implied by the municipalities and the owner, so filtering on a län finds its kommuner's cases.
    FacetValues facets;

    const QStringList &values(Facet f) const { return facets[size_t(f)]; }

    QString first(Facet f) const { return values(f).value(0); }
};

} // namespace Fb
