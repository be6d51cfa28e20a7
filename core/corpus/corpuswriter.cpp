#include "corpuswriter.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Bounds of a case's canonical JSON. The target size of each case is drawn between TargetLow and
// TargetLow + 3 * (TargetStep - 1), bell-shaped (a sum of three uniform draws), mean about 4,350.
constexpr qsizetype MinBytes = 3000;
constexpr qsizetype MaxBytes = 6000;
constexpr int TargetLow = 3100;
constexpr int TargetStep = 834;
static_assert(TargetLow > MinBytes && TargetLow + 3 * (TargetStep - 1) < MaxBytes);

// "850 000 kronor", "2,4 miljoner kronor".
QString kronor(int amount)
{
    if (amount >= 1000000) {
        const int tenths = (amount + 50000) / 100000;
        return u"%1,%2 miljoner kronor"_s.arg(tenths / 10).arg(tenths % 10);
    }
    return u"%1 000 kronor"_s.arg(amount / 1000);
}

struct Part
{
    QString text;
    bool included = false;
};

QStringList shuffledPool(const QStringList &bank, CorpusRandom &random)
{
    QStringList pool = bank;
    random.shuffle(pool);
    return pool;
}

} // namespace

struct CorpusWriter::SectionDraft
{
    QString key;
    QList<Part> parts; // the first is always included

    QString render() const
    {
        QString out;
        for (const Part &p : parts) {
            if (p.included) {
                if (!out.isEmpty()) {
                    out += u"\n\n"_s;
                }
                out += p.text;
            }
        }
        return out;
    }
};

CorpusWriter::CorpusWriter(const CorpusText &text, const CorpusFacts &facts, CorpusRandom &random)
    : m_text(text)
    , m_facts(facts)
    , m_random(random)
{
}

void CorpusWriter::writeTitleAndSummary(CaseRecord &c)
{
    const bool several = m_facts.places.size() > 1;
    QList<QStringView> titles;
    QList<int> weights;
    const auto option = [&](QStringView title, int weight) {
        titles.append(title);
        weights.append(weight);
    };
    if (m_facts.ownerKind == CorpusOwnerKind::Municipality) {
        option(u"{TITLE} i {K}", 55);
        option(u"{TITLE} – erfarenheter från {K}", 10);
        option(u"Så arbetar {K} med {T}", 10);
        option(u"{K} satsar på {T}", 10);
    } else {
        option(u"{TITLE} i {L}", 45);
        option(u"{TITLE} – samverkan i {L}", 15);
        option(u"Så arbetar {KO} med {T}", 10);
        option(u"{TITLE} i {K}", several ? 0 : 20);
    }
    option(u"{TITLE} i {K} och {P2}", several ? 20 : 0);
    c.title = fill(titles.at(m_random.weighted(weights)));

    if (m_facts.ownerKind == CorpusOwnerKind::Municipality && m_random.chance(20) && !m_facts.homeName.contains(u' ')
        && !m_facts.homeName.contains(u'-')) {
        c.shortName = m_facts.homeName + u"modellen"_s;
    }

    QStringList sentences{fill(m_random.pick(m_text.summaryOpenings()))};
    QList<int> more{0, 1, 2};
    m_random.shuffle(more);
    more.resize(m_random.between(1, 3));
    std::sort(more.begin(), more.end());
    for (int which : std::as_const(more)) {
        const QStringList &bank = which == 0 ? m_text.summaryMiddles()
            : which == 1                     ? m_text.summaryResults()
                                             : m_text.summarySpreads();
        sentences.append(fill(m_random.pick(bank)));
    }
    c.summary = sentences.join(u' ');
}

// Sentences are drawn without replacement from the pool, so a section never repeats itself.
QString CorpusWriter::paragraph(QStringList &pool, int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences && !pool.isEmpty(); ++i) {
        out.append(fill(pool.takeLast()));
    }
    return out.join(u' ');
}

QString CorpusWriter::bulletList(const CorpusSection &section, QStringList &pool, int items)
{
    QString out = fill(m_random.pick(section.leads)) + u"\n"_s;
    for (int i = 0; i < items && !pool.isEmpty(); ++i) {
        out += u"\n- "_s + fill(pool.takeLast());
    }
    return out;
}

void CorpusWriter::writeSections(CaseRecord &c)
{
    QList<SectionDraft> drafts = draftSections();
    fitSections(c, drafts);
}

// Each section: a short opening paragraph, then optional parts (a longer paragraph, a bullet list,
// a closing paragraph) that fitSections switches on until the case reaches its target size.
QList<CorpusWriter::SectionDraft> CorpusWriter::draftSections()
{
    QList<SectionDraft> drafts;
    for (const CorpusSection &section : m_text.sections()) {
        QStringList sentences = shuffledPool(section.sentences, m_random);
        QStringList bullets = shuffledPool(section.bullets, m_random);
        SectionDraft draft;
        draft.key = section.key;
        draft.parts.append(Part{paragraph(sentences, m_random.between(1, 2)), true});
        Part more{paragraph(sentences, m_random.between(2, 3)), false};
        Part list{bulletList(section, bullets, m_random.between(3, 5)), false};
        Part closing{paragraph(sentences, m_random.between(1, 2)), false};
        if (m_random.chance(50)) {
            draft.parts << more << list << closing;
        } else {
            draft.parts << list << more << closing;
        }
        drafts.append(std::move(draft));
    }
    return drafts;
}

void CorpusWriter::fitSections(CaseRecord &c, QList<SectionDraft> &drafts)
{
    const int target =
        TargetLow + m_random.bounded(TargetStep) + m_random.bounded(TargetStep) + m_random.bounded(TargetStep);
    QList<std::pair<int, int>> candidates;
    for (int s = 0; s < int(drafts.size()); ++s) {
        c.sections.insert(drafts.at(s).key, drafts.at(s).render());
        for (int p = 1; p < int(drafts.at(s).parts.size()); ++p) {
            candidates.append({s, p});
        }
    }
    m_random.shuffle(candidates);

    qsizetype size = c.toCanonicalJson().size();
    for (const auto &[s, p] : std::as_const(candidates)) {
        if (size >= target) {
            break;
        }
        SectionDraft &draft = drafts[s];
        draft.parts[p].included = true;
        c.sections.insert(draft.key, draft.render());
        const qsizetype grown = c.toCanonicalJson().size();
        if (grown > MaxBytes) {
            draft.parts[p].included = false;
            c.sections.insert(draft.key, draft.render());
            continue;
        }
        size = grown;
    }
}

QString CorpusWriter::fill(QStringView text)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += text.sliced(i);
            break;
        }
        const qsizetype close = text.indexOf(u'}', open);
        if (close < 0) {
            out += text.sliced(i);
            break;
        }
        out += text.sliced(i, open - i);
        out += placeholder(text.sliced(open + 1, close - open - 1));
        i = close + 1;
    }
    if (!out.isEmpty()) {
        out[0] = out.at(0).toUpper();
    }
    return out;
}

// Documented for the editors of the text banks in resources/corpus/corpus-text.json; keep both in step.
QString CorpusWriter::placeholder(QStringView name)
{
    if (name == u"K") {
        return m_facts.homeName;
    }
    if (name == u"KO") {
        return m_facts.ownerName;
    }
    if (name == u"K2") {
        return m_facts.neighbour;
    }
    if (name == u"P2") { // the second municipality of the case
        return m_facts.places.size() > 1 ? m_facts.places.at(1)->name : m_facts.neighbour;
    }
    if (name == u"R") {
        return m_facts.regionalPartner;
    }
    if (name == u"L") {
        return m_facts.county.isEmpty() ? m_facts.homeName : m_facts.county;
    }
    if (name == u"CS") {
        return m_facts.countyShort.isEmpty() ? m_facts.homeName : m_facts.countyShort;
    }
    if (name == u"G") {
        return m_facts.groupPhrases.first();
    }
    if (name == u"G2") {
        return m_facts.groupPhrases.size() > 1 ? m_facts.groupPhrases.at(1) : u"andra invånare med liknande behov"_s;
    }
    if (name == u"O") {
        return m_facts.areaPhrases.first();
    }
    if (name == u"T") {
        return m_facts.topic->phrase;
    }
    if (name == u"TITLE") {
        return m_facts.topic->title;
    }
    if (name == u"Y") {
        return QString::number(m_facts.startYear);
    }
    if (name == u"N") {
        return QString::number(m_random.between(15, 400));
    }
    if (name == u"P") {
        return QString::number(m_random.between(10, 60));
    }
    if (name == u"M") {
        return QString::number(m_random.between(6, 24));
    }
    if (name == u"S") {
        return m_random.pick(m_text.numberWords());
    }
    if (name == u"W") {
        return m_text.numberWords().at(m_random.bounded(4)); // weeks: "tre" to "sex"
    }
    if (name == u"C") {
        return kronor(m_random.between(40, 600) * 10000);
    }
    if (name == u"C2") {
        return kronor(m_random.between(5, 60) * 10000);
    }
    return name.toString();
}

} // namespace Fb
