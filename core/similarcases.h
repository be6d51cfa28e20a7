#pragma once

#include "caserecord.h"
#include "referencedata.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <bitset>
#include <functional>
#include <unordered_map>
#include <vector>

namespace Fb {

// One case found like another (or near a municipality), with why: the view shows the reasons.
struct SimilarCase
{
    QString id;
    QString title;
    double score = 0; // 0..1, see docs/browsing.md "Liknande exempel"
    QStringList sharedPolicyAreas; // vocabulary keys, in the found case's order
    QStringList sharedTargetGroups;
    double textSimilarity = 0; // cosine of the TF-IDF vectors, 0..1
    bool sameRegion = false;
    double distanceKm = -1; // between the nearest centre points of the two; -1 when unknown
    QString municipalityCode; // the found case's municipality nearest to the other side

    bool operator==(const SimilarCase &) const = default;
};

// Finds the cases most like a given one, and the cases nearest a municipality. Built once per
// replica state from the cases (add, then finish); queries are read-only and deterministic: equal
// input gives equal results, ties broken by id.
//
// Text: title, summary and sections are tokenised, weighted TF-IDF and cut to each case's
// strongest terms, so a query is one pass over the postings of at most TermsPerCase terms plus
// one linear pass over the cases for the facet and distance parts.
//
// Thread affinity: none; build and query on one thread. Keeps a reference to referenceData.
class SimilarCases
{
public:
    static constexpr int TermsPerCase = 48;
    // Weights of the score's parts; they add up to 1.
    static constexpr double PolicyWeight = 0.35;
    static constexpr double TargetWeight = 0.15;
    static constexpr double TextWeight = 0.35;
    static constexpr double NearWeight = 0.15;
    // Beyond this distance two cases are not near at all.
    static constexpr double NearHorizonKm = 400;

    explicit SimilarCases(const ReferenceData &referenceData);

    void add(const CaseRecord &record);
    // Computes the text vectors; call once after the last add.
    void finish();

    qsizetype size() const { return qsizetype(m_cases.size()); }

    // The n cases most like the one with id (itself excluded), best first; empty when id is unknown.
    QList<SimilarCase> similarTo(const QString &id, int n) const;
    // The n cases whose municipality is nearest to municipalityCode (its own first), nearest first,
    // ties by id. Cases without a known place are left out.
    QList<SimilarCase> nearMunicipality(const QString &municipalityCode, int n) const;

    // Words of a text as the index sees them: lower case, letters and digits, stop words dropped.
    static QStringList tokens(const QString &text);
    // The same, one word at a time, without a string per word.
    static void forEachToken(QStringView text, const std::function<void(QStringView)> &word);

private:
    // Facet values interned to bit numbers, so the pass over all cases compares bit sets instead
    // of strings. More distinct values than bits (vocabularies have about 30) share the last bit.
    using Bits = std::bitset<128>;

    struct Entry
    {
        QString id;
        QString title;
        // A question is looked up by (its similar cases are the answers it may have) but never
        // offered as a similar case or a case nearby (docs/questions.md).
        bool question = false;
        QStringList policyAreas;
        QStringList targetGroups;
        QStringList regions;
        Bits policyBits;
        Bits targetBits;
        Bits regionBits;
        QList<int> municipalities; // indexes into referenceData's list, those with a centre point
        std::vector<quint32> counts; // while building: term << 12 | count
        std::vector<std::pair<quint32, float>> vector; // after finish: unit TF-IDF, top terms
    };

    double nearestKm(const Entry &a, const Entry &b, int *found) const;
    double nearestKm(const Entry &a, int municipality, int *found) const;

    double kmBetween(int a, int b) const { return m_km[size_t(a) * m_municipalityCount + size_t(b)]; }

    static Bits intern(const QStringList &values, QHash<QString, int> &ids);

    const ReferenceData &m_referenceData;
    size_t m_municipalityCount;
    std::vector<float> m_km; // every pair of municipalities, -1 when a centre point is missing
    QHash<QString, int> m_policyIds;
    QHash<QString, int> m_targetIds;
    QHash<QString, int> m_regionIds;
    std::vector<Entry> m_cases;
    QHash<QString, qsizetype> m_byId;

    // Looked up with views of the text, without a string per word.
    struct ViewHash
    {
        using is_transparent = void;

        size_t operator()(QStringView v) const { return qHash(v); }
    };

    std::unordered_map<QString, quint32, ViewHash, std::equal_to<>> m_terms;
    std::vector<quint32> m_documentFrequency;
    // term → (case index, weight)
    std::vector<std::vector<std::pair<quint32, float>>> m_postings;
    bool m_finished = false;
};

} // namespace Fb

Q_DECLARE_METATYPE(Fb::SimilarCase)
