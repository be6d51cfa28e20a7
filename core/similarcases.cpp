#include "similarcases.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

struct StopHash
{
    using is_transparent = void;

    size_t operator()(QStringView v) const { return qHash(v); }
};

using StopWords = std::unordered_set<QString, StopHash, std::equal_to<>>;

// Words too common in the bank's prose to say anything about a case (Swedish and English).
const StopWords &stopWords()
{
    static const StopWords words = [] {
        StopWords s;
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

// b's values that a has too, in b's order.
QStringList shared(const QStringList &a, const QStringList &b)
{
    QStringList both;
    for (const QString &v : b) {
        if (a.contains(v) && !both.contains(v)) {
            both.append(v);
        }
    }
    return both;
}

template<typename Bits>
double jaccard(const Bits &a, const Bits &b)
{
    const size_t unionSize = (a | b).count();
    return unionSize > 0 ? double((a & b).count()) / double(unionSize) : 0;
}

// 1 in the same place, falling to 0 at the horizon; at least 0.5 within one region.
double nearness(bool sameRegion, double km)
{
    const double byRegion = sameRegion ? 0.5 : 0;
    return km < 0 ? byRegion : std::max(byRegion, std::max(0.0, 1 - km / SimilarCases::NearHorizonKm));
}

} // namespace

SimilarCases::SimilarCases(const ReferenceData &referenceData)
    : m_referenceData(referenceData)
    , m_municipalityCount(size_t(referenceData.municipalities().size()))
    , m_km(m_municipalityCount * m_municipalityCount, -1.0f)
{
    const auto &all = referenceData.municipalities();
    for (size_t a = 0; a < m_municipalityCount; ++a) {
        for (size_t b = 0; b < m_municipalityCount; ++b) {
            m_km[a * m_municipalityCount + b] =
                a == b ? 0.0f : float(referenceData.distanceKm(all.at(qsizetype(a)).code, all.at(qsizetype(b)).code));
        }
    }
}

SimilarCases::Bits SimilarCases::intern(const QStringList &values, QHash<QString, int> &ids)
{
    Bits bits;
    for (const QString &v : values) {
        auto it = ids.constFind(v);
        if (it == ids.cend()) {
            it = ids.insert(v, std::min<int>(int(ids.size()), int(Bits().size()) - 1));
        }
        bits.set(size_t(*it));
    }
    return bits;
}

void SimilarCases::forEachToken(QStringView text, const std::function<void(QStringView)> &word)
{
    QVarLengthArray<QChar, 64> buffer;
    auto flush = [&] {
        const QStringView w(buffer.constData(), buffer.size());
        if (w.size() >= 3 && !stopWords().contains(w)) {
            word(w);
        }
        buffer.clear();
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Most of the text is ASCII: spare it the Unicode tables.
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                buffer.append(c);
            } else if (u >= u'A' && u <= u'Z') {
                buffer.append(QChar(char16_t(u + (u'a' - u'A'))));
            } else {
                flush();
            }
        } else if (c.isLetterOrNumber()) {
            buffer.append(c.toLower());
        } else {
            flush();
        }
    }
    flush();
}

QStringList SimilarCases::tokens(const QString &text)
{
    QStringList words;
    forEachToken(text, [&](QStringView w) {
        words.append(w.toString());
    });
    return words;
}

void SimilarCases::add(const CaseRecord &record)
{
    Entry e;
    e.id = record.id;
    e.title = record.title;
    e.question = record.isQuestion();
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

    std::vector<quint32> terms;
    auto count = [&](QStringView word) {
        auto it = m_terms.find(word);
        if (it == m_terms.end()) {
            if (m_terms.size() >= (1u << 20)) {
                return; // more distinct words than the packing holds: the rarest late ones go
            }
            it = m_terms.emplace(word.toString(), quint32(m_terms.size())).first;
            m_documentFrequency.push_back(0);
        }
        terms.push_back(it->second);
    };
    forEachToken(record.title, count);
    forEachToken(record.summary, count);
    for (const QString &section : record.sections) {
        forEachToken(section, count);
    }
    std::ranges::sort(terms);
    for (size_t i = 0; i < terms.size();) {
        size_t j = i;
        while (j < terms.size() && terms[j] == terms[i]) {
            ++j;
        }
        ++m_documentFrequency[terms[i]];
        e.counts.push_back(terms[i] << 12 | std::min<quint32>(quint32(j - i), 4095));
        i = j;
    }
    e.policyBits = intern(e.policyAreas, m_policyIds);
    e.targetBits = intern(e.targetGroups, m_targetIds);
    e.regionBits = intern(e.regions, m_regionIds);
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

    // Light candidates first; the reasons' texts only for the few kept.
    struct Candidate
    {
        double score;
        quint32 index;
    };

    std::vector<Candidate> candidates;
    candidates.reserve(m_cases.size());
    for (quint32 i = 0; i < m_cases.size(); ++i) {
        const Entry &e = m_cases[i];
        if (i == self || e.question) {
            continue;
        }
        int nearest = -1;
        const double km = nearestKm(query, e, &nearest);
        const double score = PolicyWeight * jaccard(query.policyBits, e.policyBits)
            + TargetWeight * jaccard(query.targetBits, e.targetBits) + TextWeight * std::clamp(double(dot[i]), 0.0, 1.0)
            + NearWeight * nearness((query.regionBits & e.regionBits).any(), km);
        if (score > 0) {
            candidates.push_back({score, i});
        }
    }
    const size_t keep = std::min(size_t(n), candidates.size());
    std::partial_sort(candidates.begin(),
                      candidates.begin() + qsizetype(keep),
                      candidates.end(),
                      [this](const Candidate &a, const Candidate &b) {
                          return a.score != b.score ? a.score > b.score : m_cases[a.index].id < m_cases[b.index].id;
                      });
    const auto &all = m_referenceData.municipalities();
    QList<SimilarCase> found;
    for (size_t k = 0; k < keep; ++k) {
        const Entry &e = m_cases[candidates[k].index];
        SimilarCase s;
        s.id = e.id;
        s.title = e.title;
        s.score = candidates[k].score;
        s.sharedPolicyAreas = shared(query.policyAreas, e.policyAreas);
        s.sharedTargetGroups = shared(query.targetGroups, e.targetGroups);
        s.textSimilarity = std::clamp(double(dot[candidates[k].index]), 0.0, 1.0);
        s.sameRegion = (query.regionBits & e.regionBits).any();
        int nearest = -1;
        s.distanceKm = nearestKm(query, e, &nearest);
        if (nearest >= 0) {
            s.municipalityCode = all.at(nearest).code;
        }
        found.append(std::move(s));
    }
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

    struct Candidate
    {
        double km;
        quint32 index;
        int nearest;
    };

    std::vector<Candidate> candidates;
    for (quint32 i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].question) {
            continue;
        }
        int nearest = -1;
        const double km = nearestKm(m_cases[i], homeIndex, &nearest);
        if (km >= 0) {
            candidates.push_back({km, i, nearest});
        }
    }
    const size_t keep = std::min(size_t(n), candidates.size());
    std::partial_sort(candidates.begin(),
                      candidates.begin() + qsizetype(keep),
                      candidates.end(),
                      [this](const Candidate &a, const Candidate &b) {
                          return a.km != b.km ? a.km < b.km : m_cases[a.index].id < m_cases[b.index].id;
                      });
    QList<SimilarCase> found;
    for (size_t k = 0; k < keep; ++k) {
        const Entry &e = m_cases[candidates[k].index];
        SimilarCase s;
        s.id = e.id;
        s.title = e.title;
        s.distanceKm = candidates[k].km;
        s.municipalityCode = all.at(candidates[k].nearest).code;
        s.sameRegion = e.regions.contains(home->regionCode);
        s.score = nearness(s.sameRegion, s.distanceKm);
        found.append(std::move(s));
    }
    return found;
}

} // namespace Fb
