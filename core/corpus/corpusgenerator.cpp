#include "corpusgenerator.h"

#include "corpusactors.h"
#include "corpuscase.h"
#include "corpusrandom.h"
#include "corpustext.h"
#include "corpuswriter.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Timestamps (seconds since the epoch, UTC): created in [2020-01-01, 2026-07-01), updated no
// later than 2026-12-31T23:59:59Z.
constexpr qint64 CreatedFrom = 1577836800;
constexpr qint64 CreatedUntil = 1782864000;
constexpr qint64 UpdatedUntil = 1798761599;
constexpr qint64 TwoYears = 2 * 365 * 24 * 3600;
constexpr qint64 HalfYear = 182 * 24 * 3600;
constexpr int LastMonth = 2026 * 12 + 11; // December 2026 as year * 12 + month - 1

// Phases of a case, from the status vocabulary's labels; they steer dates and lifecycle stage.
enum class Phase {
    Early,
    Pilot,
    Running,
    Finished,
    Paused,
};

// A label turned into running text: "Funktionsstöd (LSS/SoL)" → "funktionsstöd",
// "Vuxenutbildning/SFI" → "vuxenutbildning/SFI".
QString phraseOf(const QString &label)
{
    QString s = label;
    const qsizetype paren = s.indexOf(u" ("_s);
    if (paren > 0) {
        s.truncate(paren);
    }
    if (s.size() > 1 && s.at(1).isLower()) {
        s[0] = s.at(0).toLower();
    }
    return s;
}

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QChar(u'0'));
}

// Builds one case; lives for one call of CorpusGenerator::next(). Decides what the case is about
// and when, and leaves who and where to CorpusActors and the prose to CorpusWriter.
class CaseBuilder
{
public:
    CaseBuilder(const Vocabularies &vocabularies,
                const ReferenceData &referenceData,
                const CorpusText &text,
                CorpusRandom &random)
        : m_vocabularies(vocabularies)
        , m_text(text)
        , m_random(random)
        , m_writer(text, m_facts, random)
        , m_actors(vocabularies, referenceData, text, m_facts, random, m_writer)
    {
    }

    CaseRecord build();

private:
    const Vocabulary &vocabulary(const char *name) const { return m_vocabularies.vocabulary(name); }

    QString randomId();
    void chooseClassification(CaseRecord &c);
    void chooseDates(CaseRecord &c);
    void addTags(CaseRecord &c);

    QStringList pickKeys(const Vocabulary &vocabulary, const QStringList &hints, int count);
    QString randomKey(const Vocabulary &vocabulary);
    QString weightedKey(const Vocabulary &vocabulary,
                        std::initializer_list<std::pair<QStringView, int>> weights,
                        int otherWeight);

    const Vocabularies &m_vocabularies;
    const CorpusText &m_text;
    CorpusRandom &m_random;
    CorpusFacts m_facts; // before the parts, which keep a reference to it
    CorpusWriter m_writer;
    CorpusActors m_actors;
    Phase m_phase = Phase::Running;
};

CaseRecord CaseBuilder::build()
{
    // The order of the steps is part of the output, as they all draw from one stream.
    CaseRecord c;
    c.id = randomId(); // first, so a case's id depends on nothing but the PRNG stream
    m_facts.topic = &m_random.pick(m_text.topics());
    m_actors.choosePlaces(c);
    chooseClassification(c);
    chooseDates(c);
    m_actors.addActors(c);
    m_actors.addPartnershipForms(c);
    m_actors.addStudyVisitAndContacts(c);
    m_actors.addLinks(c);
    addTags(c);
    m_writer.writeTitleAndSummary(c);
    c.createdBy = u"generator"_s;
    c.updatedBy = u"generator"_s;
    m_writer.writeSections(c);
    return c;
}

QString CaseBuilder::randomId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 high = m_random.next64();
    const quint64 low = m_random.next64();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(quint8(high >> (56 - 8 * i)));
        bytes[8 + i] = char(quint8(low >> (56 - 8 * i)));
    }
    bytes[6] = char((quint8(bytes.at(6)) & 0x0f) | 0x40); // version 4
    bytes[8] = char((quint8(bytes.at(8)) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString CaseBuilder::randomKey(const Vocabulary &v)
{
    const QList<VocabularyEntry> &entries = v.entries();
    return entries.isEmpty() ? QString() : entries.at(m_random.bounded(entries.size())).key;
}

// Entries whose label starts with one of the stems get that weight, the others otherWeight.
QString CaseBuilder::weightedKey(const Vocabulary &v,
                                 std::initializer_list<std::pair<QStringView, int>> weights,
                                 int otherWeight)
{
    const QList<VocabularyEntry> &entries = v.entries();
    QList<int> w;
    for (const VocabularyEntry &e : entries) {
        int weight = otherWeight;
        for (const auto &[stem, stemWeight] : weights) {
            if (QStringView(e.swedish).startsWith(stem, Qt::CaseInsensitive)) {
                weight = stemWeight;
                break;
            }
        }
        w.append(weight);
    }
    const int i = m_random.weighted(w);
    return i < 0 ? QString() : entries.at(i).key;
}

// Up to count distinct keys: those matching the topic's hints first (the most relevant leading),
// then now and then a random other; random ones only when no hint matches.
QStringList CaseBuilder::pickKeys(const Vocabulary &v, const QStringList &hints, int count)
{
    QStringList keys;
    for (const QString &hint : hints) {
        const VocabularyEntry *e = entryByLabel(v, hint);
        if (e && !keys.contains(e->key)) {
            keys.append(e->key);
        }
    }
    if (keys.size() > 2) {
        QStringList tail = keys.mid(1);
        m_random.shuffle(tail);
        keys = QStringList{keys.first()} + tail;
    }
    if (keys.size() > count) {
        keys.resize(count);
    } else if (!keys.isEmpty()) {
        count = int(keys.size()) + (keys.size() < count && m_random.chance(25) ? 1 : 0);
    }
    const qsizetype available = v.entries().size();
    while (keys.size() < count && keys.size() < available) {
        const QString key = randomKey(v);
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}

void CaseBuilder::chooseClassification(CaseRecord &c)
{
    const Vocabulary &areas = vocabulary(Vocabularies::PolicyArea);
    const Vocabulary &groups = vocabulary(Vocabularies::TargetGroup);
    c.policyAreas = pickKeys(areas, m_facts.topic->policyAreas, m_random.weighted({40, 40, 20}) + 1);
    c.targetGroups = pickKeys(groups, m_facts.topic->targetGroups, m_random.weighted({45, 40, 15}) + 1);
    for (const QString &key : std::as_const(c.policyAreas)) {
        m_facts.areaPhrases.append(phraseOf(areas.label(key, Language::Swedish)));
    }
    for (const QString &key : std::as_const(c.targetGroups)) {
        m_facts.groupPhrases.append(phraseOf(groups.label(key, Language::Swedish)));
    }
    if (m_facts.areaPhrases.isEmpty()) {
        m_facts.areaPhrases.append(u"välfärden"_s);
    }
    if (m_facts.groupPhrases.isEmpty()) {
        m_facts.groupPhrases.append(u"invånarna"_s);
    }

    const Vocabulary &kinds = vocabulary(Vocabularies::CaseKind);
    c.caseKind = m_random.chance(70) ? keyByLabel(kinds, m_facts.topic->caseKind) : QString();
    if (c.caseKind.isEmpty()) {
        c.caseKind = randomKey(kinds);
    }

    const Vocabulary &statuses = vocabulary(Vocabularies::Status);
    c.status = weightedKey(statuses,
                           {{u"Idé", 5},
                            {u"Planerad", 7},
                            {u"Pilot", 18},
                            {u"I drift", 42},
                            {u"Avslutad", 15},
                            {u"Avvecklad", 6},
                            {u"Pausad", 5}},
                           3);
    const QString statusLabel = statuses.label(c.status, Language::Swedish);
    const auto statusIs = [&statusLabel](QStringView stem) {
        return statusLabel.startsWith(stem, Qt::CaseInsensitive);
    };
    m_phase = statusIs(u"Idé") || statusIs(u"Planerad")   ? Phase::Early
        : statusIs(u"Pilot")                              ? Phase::Pilot
        : statusIs(u"Avslutad") || statusIs(u"Avvecklad") ? Phase::Finished
        : statusIs(u"Pausad")                             ? Phase::Paused
                                                          : Phase::Running;

    // Evidence skewed low: most cases are followed up loosely, few are independently confirmed.
    const QList<VocabularyEntry> &levels = vocabulary(Vocabularies::EvidenceLevel).entries();
    QList<int> weights;
    for (const VocabularyEntry &e : levels) {
        static constexpr int byLevel[] = {26, 30, 24, 12, 5, 3};
        const int level = e.key.toInt();
        int w = level >= 0 && level <= 5 ? byLevel[level] : 0;
        if (m_phase == Phase::Early && level > 1) {
            w = 0;
        }
        weights.append(w);
    }
    const int levelIndex = m_random.weighted(weights);
    if (levelIndex >= 0) {
        bool ok = false;
        const int level = levels.at(levelIndex).key.toInt(&ok);
        if (ok && level >= 0 && level <= 5) {
            c.evidenceLevel = level;
        }
    }

    const Vocabulary &scales = vocabulary(Vocabularies::Scale);
    if (m_facts.ownerKind == CorpusOwnerKind::Region) {
        c.scale = keyByLabel(scales, u"Län");
    } else if (m_facts.places.size() > 1) {
        c.scale = keyByLabel(scales, m_random.chance(80) ? u"Flera kommuner" : u"Län");
    } else {
        c.scale = keyByLabel(scales, m_random.chance(75) ? u"En kommun" : u"Del av kommun");
    }
    if (c.scale.isEmpty()) {
        c.scale = randomKey(scales);
    }

    c.reviewState = weightedKey(vocabulary(Vocabularies::ReviewState), {{u"Publicerad", 170}}, 5);
}

void CaseBuilder::chooseDates(CaseRecord &c)
{
    const auto recent = [this](int span) {
        return std::max(m_random.bounded(span), m_random.bounded(span));
    };
    switch (m_phase) {
    case Phase::Early: m_facts.startYear = 2023 + m_random.bounded(4); break;
    case Phase::Pilot: m_facts.startYear = 2018 + recent(9); break;
    case Phase::Running: m_facts.startYear = 2012 + recent(15); break;
    case Phase::Finished: m_facts.startYear = 2012 + recent(14); break;
    case Phase::Paused: m_facts.startYear = 2014 + m_random.bounded(12); break;
    }
    const int startMonth = m_random.between(1, 12);
    c.start = u"%1-%2"_s.arg(m_facts.startYear).arg(twoDigits(startMonth));
    if (m_phase == Phase::Finished) {
        const int start = m_facts.startYear * 12 + startMonth - 1;
        const int end = std::min(start + m_random.between(6, 60), LastMonth);
        c.end = u"%1-%2"_s.arg(end / 12).arg(twoDigits(end % 12 + 1));
    }

    // Lifecycle stages are listed in order (identify … diffuse); pick one that fits the phase and,
    // for a case started recently, its age.
    const QList<VocabularyEntry> &stages = vocabulary(Vocabularies::LifecycleStage).entries();
    if (!stages.isEmpty()) {
        const bool recentStart = m_facts.startYear >= 2025;
        const auto [low, high] = [this, recentStart]() -> std::pair<int, int> {
            switch (m_phase) {
            case Phase::Early: return {0, 2};
            case Phase::Pilot: return {2, recentStart ? 3 : 4};
            case Phase::Running: return {recentStart ? 2 : 3, recentStart ? 3 : 5};
            case Phase::Finished: return {4, 5};
            case Phase::Paused: return {1, 3};
            }
            return {0, 5};
        }();
        const int last = int(stages.size()) - 1;
        c.lifecycleStage = stages.at(std::min(m_random.between(low, high), last)).key;
    }

    // Registered at the earliest half a year before the start (planned cases are described ahead).
    const qint64 startSecs =
        QDate(m_facts.startYear, startMonth, 1).startOfDay(QTimeZone::UTC).toSecsSinceEpoch() - HalfYear;
    const qint64 createdFrom = std::clamp(startSecs, CreatedFrom, CreatedUntil - HalfYear);
    const qint64 created = createdFrom + m_random.bounded(CreatedUntil - createdFrom);
    qint64 updated = created;
    if (m_random.chance(80)) {
        updated += 1 + m_random.bounded(std::min(TwoYears, UpdatedUntil - created));
    }
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC).toString(Qt::ISODate);
    };
    c.createdAt = iso(created);
    c.updatedAt = iso(updated);
}

void CaseBuilder::addTags(CaseRecord &c)
{
    const int count = m_random.between(3, 6);
    QStringList folded;
    const auto add = [&](const QString &tag) {
        const QString t = tag.toLower();
        if (!t.isEmpty() && c.tags.size() < count && !folded.contains(t.toCaseFolded())) {
            folded.append(t.toCaseFolded());
            c.tags.append(t);
        }
    };
    QStringList topicTags = m_facts.topic->tags;
    m_random.shuffle(topicTags);
    const int fromTopic = std::min<int>(int(topicTags.size()), m_random.between(2, 3));
    for (int i = 0; i < fromTopic; ++i) {
        add(topicTags.at(i));
    }
    // Policy areas whose label reads as a tag ("äldreomsorg", "hälso- och sjukvård").
    for (const QString &area : std::as_const(m_facts.areaPhrases)) {
        if (!area.contains(u'/') && !area.contains(u',') && m_random.chance(50)) {
            add(area);
        }
    }
    const Vocabulary &forms = vocabulary(Vocabularies::PartnershipForm);
    for (const QString &form : std::as_const(c.partnershipForms)) {
        if (m_random.chance(40)) {
            add(phraseOf(forms.label(form, Language::Swedish)));
        }
    }
    QStringList generic = m_text.genericTags();
    m_random.shuffle(generic);
    for (const QString &tag : std::as_const(generic)) {
        add(tag);
    }
}

// Loaded and checked once, and shared by every generator: the banks never change while the
// program runs.
const CorpusText *builtInText()
{
    static const std::optional<CorpusText> text = []() -> std::optional<CorpusText> {
        auto loaded = CorpusText::builtIn();
        if (!loaded) {
            qCritical() << "CorpusGenerator: no usable text banks:" << loaded.error();
            return std::nullopt;
        }
        return std::move(loaded).value();
    }();
    return text ? &*text : nullptr;
}

} // namespace

CorpusGenerator::CorpusGenerator(const Vocabularies &vocabularies, const ReferenceData &referenceData, quint64 seed)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_text(builtInText())
    , m_state(seed)
{
}

CaseRecord CorpusGenerator::next()
{
    if (!m_text) {
        return {};
    }
    CorpusRandom random(m_state);
    return CaseBuilder(m_vocabularies, m_referenceData, *m_text, random).build();
}

} // namespace Fb
