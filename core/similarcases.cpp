#include "similarcases.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Words too common in the bank's prose to say anything about a case (Swedish and English).
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const QString &w :
             u"och att det som för med den har ett till inte var men från eller kan ska vid där när hur vad "
             "också efter under över mot utan genom alla andra denna detta dessa sina sin sitt sig oss vår våra "
             "man mer mest många både även bara blir blev varit vara finns fick får kommer skulle the and for "
             "with that this from are was were has have not but its into our their they them which"_s.split(u' ')) {
            s.insert(w);
        }
        return s;
    }();
    return words;
}

// The share of a's and b's values that both have; shared gets those, in b's order.
double jaccard(const QStringList &a, const QStringList &b, QStringList &shared)
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    for (const QString &v : b) {
        if (a.contains(v) && !shared.contains(v)) {
            shared.append(v);
        }
    }
    const qsizetype unionSize = a.size() + b.size() - shared.size();
    return unionSize > 0 ? double(shared.size()) / double(unionSize) : 0;
}

bool intersects(const QStringList &a, const QStringList &b)
{
    return std::ranges::any_of(a, [&](const QString &v) {
        return b.contains(v);
    });
}

bool better(const SimilarCase &a, const SimilarCase &b)
{
    if (a.score != b.score) {
        return a.score > b.score;
    }
    return a.id < b.id;
}

} // namespace

SimilarCases::SimilarCases(const ReferenceData &referenceData)
    : m_referenceData(referenceData)
{
}

QStringList SimilarCases::tokens(const QString &text)
{
    QStringList words;
    QString word;
    const QString lower = text.toLower();
    auto flush = [&] {
        if (word.size() >= 3 && !stopWords().contains(word)) {
            words.append(word);
        }
        word.clear();
    };
    for (const QChar c : lower) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else {
            flush();
        }
    }
    flush();
    return words;
}

void SimilarCases::add(const CaseRecord &record)
{
    Entry e;
    e.id = record.id;
    e.title = record.title;
    e.policyAreas = record.policyAreas;
    e.targetGroups = record.targetGroups;
    QStringList codes = record.municipalities;
    if (record.owner.type == "kommun"_L1 && !record.owner.code.isEmpty() && !codes.contains(record.owner.code)) {
        codes.append(record.owner.code);
    }
    e.regions = record.regions;
    if (record.owner.type == "region"_L1 && !record.owner.code.isEmpty() && !e.regions.contains(record.owner.code)) {
        e.regions.append(record.owner.code);
    }
    const auto &all = m_referenceData.municipalities();
    for (const QString &code : std::as_const(codes)) {
        const Municipality *m = m_referenceData.municipality(code);
        if (!m) {
            continue;
        }
        if (!e.regions.contains(m->regionCode)) {
            e.regions.append(m->regionCode);
        }
        if (m->latitude != 0 || m->longitude != 0) {
            e.municipalities.append(int(m - all.constData()));
        }
    }

    QString text = record.title + u'\n' + record.summary;
    for (const QString &section : record.sections) {
        text += u'\n' + section;
    }
    QHash<quint32, quint32> counts;
    for (const QString &word : tokens(text)) {
        auto it = m_terms.constFind(word);
        quint32 term;
        if (it == m_terms.cend()) {
            term = quint32(m_terms.size());
            if (term >= (1u << 20)) {
                continue; // more distinct words than the packing holds: the rarest late ones go
            }
            m_terms.insert(word, term);
            m_documentFrequency.push_back(0);
        } else {
            term = *it;
        }
        ++counts[term];
    }
    e.counts.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        ++m_documentFrequency[it.key()];
        e.counts.push_back(it.key() << 12 | std::min<quint32>(it.value(), 4095));
    }
    m_byId.insert(e.id, qsizetype(m_cases.size()));
    m_cases.push_back(std::move(e));
    m_finished = false;
}

void SimilarCases::finish()
{
    const double n = double(m_cases.size());
    m_postings.assign(m_terms.size(), {});
    for (quint32 i = 0; i < m_cases.size(); ++i) {
        Entry &e = m_cases[i];
        std::vector<std::pair<quint32, float>> weights;
        weights.reserve(e.counts.size());
        for (const quint32 packed : e.counts) {
            const quint32 term = packed >> 12;
            const double tf = 1 + std::log(double(packed & 4095));
            const double idf = std::log(n / double(m_documentFrequency[term]));
            if (idf > 0) {
                weights.emplace_back(term, float(tf * idf));
            }
        }
        // Strongest terms first; equal weights by term number, so the cut is deterministic.
        std::ranges::sort(weights, [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (weights.size() > size_t(TermsPerCase)) {
            weights.resize(TermsPerCase);
        }
        double norm = 0;
        for (const auto &w : weights) {
            norm += double(w.second) * double(w.second);
        }
        norm = std::sqrt(norm);
        for (auto &w : weights) {
            w.second = float(w.second / norm);
            m_postings[w.first].emplace_back(i, w.second);
        }
        e.vector = std::move(weights);
        e.counts = {};
        e.counts.shrink_to_fit();
    }
    m_finished = true;
}

double SimilarCases::kmBetween(int a, int b) const
{
    const auto &all = m_referenceData.municipalities();
    return a == b ? 0 : m_referenceData.distanceKm(all.at(a).code, all.at(b).code);
}

double SimilarCases::nearestKm(const Entry &a, const Entry &b, int *found) const
{
    double best = -1;
    for (const int m : a.municipalities) {
        int f = -1;
        const double d = nearestKm(b, m, &f);
        if (d >= 0 && (best < 0 || d < best)) {
            best = d;
            *found = f;
        }
    }
    return best;
}

double SimilarCases::nearestKm(const Entry &a, int municipality, int *found) const
{
    double best = -1;
    for (const int m : a.municipalities) {
        const double d = kmBetween(m, municipality);
        if (d >= 0 && (best < 0 || d < best)) {
            best = d;
            *found = m;
        }
    }
    return best;
}

QList<SimilarCase> SimilarCases::similarTo(const QString &id, int n) const
{
    Q_ASSERT(m_finished);
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend() || n <= 0) {
        return {};
    }
    const quint32 self = quint32(*it);
    const Entry &query = m_cases[self];
    std::vector<float> dot(m_cases.size(), 0.0f);
    for (const auto &[term, weight] : query.vector) {
        for (const auto &[doc, w] : m_postings[term]) {
            dot[doc] += weight * w;
        }
    }
    const auto &all = m_referenceData.municipalities();
    QList<SimilarCase> found;
    for (quint32 i = 0; i < m_cases.size(); ++i) {
        if (i == self) {
            continue;
        }
        const Entry &e = m_cases[i];
        SimilarCase s;
        s.id = e.id;
        s.title = e.title;
        const double policy = jaccard(query.policyAreas, e.policyAreas, s.sharedPolicyAreas);
        const double target = jaccard(query.targetGroups, e.targetGroups, s.sharedTargetGroups);
        s.textSimilarity = std::clamp(double(dot[i]), 0.0, 1.0);
        s.sameRegion = intersects(query.regions, e.regions);
        int nearest = -1;
        s.distanceKm = nearestKm(query, e, &nearest);
        if (nearest >= 0) {
            s.municipalityCode = all.at(nearest).code;
        }
        double near = s.sameRegion ? 0.5 : 0;
        if (s.distanceKm >= 0) {
            near = std::max(near, std::max(0.0, 1 - s.distanceKm / NearHorizonKm));
        }
        s.score = PolicyWeight * policy + TargetWeight * target + TextWeight * s.textSimilarity + NearWeight * near;
        if (s.score <= 0) {
            continue;
        }
        found.append(std::move(s));
    }
    const qsizetype keep = std::min<qsizetype>(n, found.size());
    std::partial_sort(found.begin(), found.begin() + keep, found.end(), better);
    found.resize(keep);
    return found;
}

QList<SimilarCase> SimilarCases::nearMunicipality(const QString &municipalityCode, int n) const
{
    const Municipality *home = m_referenceData.municipality(municipalityCode);
    if (!home || n <= 0) {
        return {};
    }
    const auto &all = m_referenceData.municipalities();
    const int homeIndex = int(home - all.constData());
    QList<SimilarCase> found;
    for (const Entry &e : m_cases) {
        int nearest = -1;
        const double d = nearestKm(e, homeIndex, &nearest);
        if (d < 0) {
            continue;
        }
        SimilarCase s;
        s.id = e.id;
        s.title = e.title;
        s.distanceKm = d;
        s.municipalityCode = all.at(nearest).code;
        s.sameRegion = e.regions.contains(home->regionCode);
        s.score = std::max(0.0, 1 - d / NearHorizonKm);
        found.append(std::move(s));
    }
    auto nearer = [](const SimilarCase &a, const SimilarCase &b) {
        return a.distanceKm != b.distanceKm ? a.distanceKm < b.distanceKm : a.id < b.id;
    };
    const qsizetype keep = std::min<qsizetype>(n, found.size());
    std::partial_sort(found.begin(), found.begin() + keep, found.end(), nearer);
    found.resize(keep);
    return found;
}

} // namespace Fb
