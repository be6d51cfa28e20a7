#pragma once

#include "casesummary.h"
#include "error.h"
#include "searchrecall.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace Fb {

// Selected facet values: OR within a facet, AND across facets.
struct FacetFilter
{
    std::array<QSet<QString>, FacetCount> selected;

    const QSet<QString> &values(Facet f) const { return selected[size_t(f)]; }

    QSet<QString> &values(Facet f) { return selected[size_t(f)]; }

    bool isEmpty() const
    {
        return std::all_of(selected.begin(), selected.end(), [](const QSet<QString> &s) {
            return s.isEmpty();
        });
    }

    bool operator==(const FacetFilter &) const = default;
};

struct SearchRequest
{
    QString text;
    FacetFilter filter;
};

// Counts per facet value, each computed with every filter applied except the facet's own, so a
// user sees how many cases choosing another value of the same facet would add.
using FacetCounts = std::array<QHash<QString, int>, FacetCount>;

struct SearchResult
{
    quint64 generation = 0;
    SearchRequest request;
    // The replica's light rows, shared and immutable; rows index into it.
    std::shared_ptr<const QList<CaseSummary>> cases;
    QList<int> rows; // best match first when there is text, else in stored order
    FacetCounts counts;
    QStringList terms; // folded words to highlight
    // An excerpt of each of the first rows' text around the search words (Snippet), by rowid:
    // empty from the search, filled in when ReplicaService::snippetsReady follows.
    QHash<qint64, QString> snippets;
    SearchRecall recall; // how the rows were found when the words together found few
    Error error; // code None unless the text query failed (then rows is empty)
};

// One of the first hits of a text search, with why it ranks where it does (RankingExplanation).
struct ExplainedHit
{
    QString title;
    double score = 0; // BM25 with the column weights; higher is better
    QStringList columns; // the CaseStore::TextColumns it matched in
    bool exactSpelling = false; // has every word as typed, so ExactSpelling moved it up
};

// How the first results of a text search were ranked: the ranking's debug view (RankingDialog).
struct RankingExplanation
{
    QString text; // as typed
    QString ftsQuery; // what the text became (SearchQuery)
    SearchRecall recall; // words left out and corrected, when the words together found few
    QList<ExplainedHit> hits; // in the order the list shows them
    Error error;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::SearchResult)
Q_DECLARE_METATYPE(Fb::RankingExplanation)
