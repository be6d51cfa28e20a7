#include "corpusactors.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// ASCII for e-mail domains and URL paths: "Malung-Sälen" → "malung-salen".
QString slugOf(QStringView text)
{
    QString out;
    bool gap = false;
    for (const QChar ch : text) {
        char16_t c = ch.toLower().unicode();
        switch (c) {
        case u'å':
        case u'ä':
        case u'á':
        case u'à': c = u'a'; break;
        case u'ö':
        case u'ø': c = u'o'; break;
        case u'é':
        case u'è': c = u'e'; break;
        case u'ü': c = u'u'; break;
        default: break;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (gap && !out.isEmpty()) {
                out += u'-';
            }
            out += QChar(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

// "Stockholms län" → "Stockholm", "Blekinge län" → "Blekinge".
QString countyShortName(const QString &county)
{
    QString s = county;
    if (s.endsWith(u" län"_s)) {
        s.chop(4);
    }
    if (s.endsWith(u's')) {
        s.chop(1);
    }
    return s;
}

} // namespace

CorpusActors::CorpusActors(const Vocabularies &vocabularies,
                           const ReferenceData &referenceData,
                           const CorpusText &text,
                           CorpusFacts &facts,
                           CorpusRandom &random,
                           CorpusWriter &writer)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_text(text)
    , m_facts(facts)
    , m_random(random)
    , m_writer(writer)
{
}

// Other municipalities of the same county, nearest first. Distances use integer micro-degrees
// (longitude scaled for Sweden's latitude), so the order is the same on every machine.
QList<const Municipality *> CorpusActors::neighboursOf(const Municipality &home) const
{
    struct Candidate
    {
        qint64 distance;
        const Municipality *municipality;
    };

    const auto micro = [](double degrees) {
        return qint64(qRound64(degrees * 1000000.0));
    };
    QList<Candidate> candidates;
    for (const Municipality *m : m_referenceData.municipalitiesIn(home.regionCode)) {
        if (m->code == home.code) {
            continue;
        }
        const qint64 dLat = micro(m->latitude) - micro(home.latitude);
        const qint64 dLon = (micro(m->longitude) - micro(home.longitude)) * 45 / 100;
        candidates.append({dLat * dLat + dLon * dLon, m});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.municipality->code < b.municipality->code;
    });
    QList<const Municipality *> result;
    for (const Candidate &c : std::as_const(candidates)) {
        result.append(c.municipality);
    }
    return result;
}

void CorpusActors::choosePlaces(CaseRecord &c)
{
    const QList<Municipality> &all = m_referenceData.municipalities();
    const int ownerRoll = m_random.bounded(100);
    m_facts.ownerKind = ownerRoll < 76 ? CorpusOwnerKind::Municipality
        : ownerRoll < 88               ? CorpusOwnerKind::Region
                                       : CorpusOwnerKind::Association;
    if (all.isEmpty()) {
        m_facts.homeName = u"Exempelby"_s;
        m_facts.ownerName = u"Exempelby kommun"_s;
        m_facts.regionalPartner = u"regionen"_s;
        m_facts.neighbour = u"grannkommunerna"_s;
        m_facts.mailDomain = u"exempelby.example.se"_s;
        return;
    }
    m_facts.home = &all.at(m_random.bounded(all.size()));
    m_facts.homeName = m_facts.home->name;
    m_facts.region = m_referenceData.region(m_facts.home->regionCode);
    m_facts.county = m_facts.region ? m_facts.region->name : QString();
    m_facts.countyShort = countyShortName(m_facts.county);

    const QList<const Municipality *> neighbours = neighboursOf(*m_facts.home);
    m_facts.neighbour = neighbours.isEmpty() ? u"grannkommunerna"_s : neighbours.first()->name;

    int extra = 0;
    switch (m_facts.ownerKind) {
    case CorpusOwnerKind::Municipality: extra = m_random.chance(30) ? m_random.between(1, 3) : 0; break;
    case CorpusOwnerKind::Region: extra = m_random.between(1, 4); break;
    case CorpusOwnerKind::Association: extra = m_random.between(1, 3); break;
    }
    extra = int(std::min<qsizetype>(extra, neighbours.size()));
    // Some of the nearest few, listed nearest first.
    QList<int> picks;
    for (int i = 0; i < std::min<qsizetype>(neighbours.size(), extra + 2); ++i) {
        picks.append(i);
    }
    m_random.shuffle(picks);
    picks.resize(extra);
    std::sort(picks.begin(), picks.end());
    m_facts.places = {m_facts.home};
    for (int i : std::as_const(picks)) {
        m_facts.places.append(neighbours.at(i));
    }
    for (const Municipality *m : std::as_const(m_facts.places)) {
        c.municipalities.append(m->code);
    }
    if (m_facts.region) {
        c.regions.append(m_facts.region->code);
    }

    const Vocabulary &types = m_vocabularies.vocabulary(Vocabularies::ActorType);
    const QString owner = keyByLabel(m_vocabularies.vocabulary(Vocabularies::ActorRole), u"Huvudman");
    const Actor municipality{keyByLabel(types, u"Kommun"),
                             m_facts.homeName + u" kommun"_s,
                             m_facts.home->code,
                             owner,
                             {}};
    switch (m_facts.ownerKind) {
    case CorpusOwnerKind::Municipality: c.owner = municipality; break;
    case CorpusOwnerKind::Region:
        if (m_facts.region) {
            c.owner =
                Actor{keyByLabel(types, u"Region"), m_facts.region->authorityName, m_facts.region->code, owner, {}};
        } else {
            c.owner = municipality;
        }
        break;
    case CorpusOwnerKind::Association: {
        const QString &area = m_facts.countyShort.isEmpty() ? m_facts.homeName : m_facts.countyShort;
        const QString name = m_facts.places.size() > 1 && m_random.chance(40)
            ? u"Samordningsförbundet %1–%2"_s.arg(m_facts.homeName, m_facts.places.at(1)->name)
            : u"Samordningsförbundet i %1"_s.arg(area);
        c.owner = Actor{keyByLabel(types, u"Samordningsförbund"), name, {}, owner, {}};
        break;
    }
    }
    m_facts.ownerName = c.owner.name;
    m_facts.regionalPartner = m_facts.ownerKind == CorpusOwnerKind::Region || !m_facts.region
        ? QString(u"kommunerna i "_s + m_facts.county)
        : m_facts.region->authorityName;
    m_facts.mailDomain = ownerSlug() + u".example.se"_s;
}

// The owner's name for e-mail domains and URL paths; a municipality goes by its place name.
QString CorpusActors::ownerSlug() const
{
    return slugOf(m_facts.ownerKind == CorpusOwnerKind::Municipality ? m_facts.homeName : m_facts.ownerName);
}

void CorpusActors::addActors(CaseRecord &c)
{
    const Vocabulary &types = m_vocabularies.vocabulary(Vocabularies::ActorType);
    const Vocabulary &roles = m_vocabularies.vocabulary(Vocabularies::ActorRole);
    const QString partner = keyByLabel(roles, u"Partner");
    const QString kommun = keyByLabel(types, u"Kommun");

    // The municipalities other than the owner take part as partners.
    for (const Municipality *m : std::as_const(m_facts.places)) {
        if (m_facts.ownerKind == CorpusOwnerKind::Municipality && m == m_facts.home) {
            continue;
        }
        c.actors.append(Actor{kommun, m->name + u" kommun"_s, m->code, partner, {}});
    }

    const auto add = [&](QStringView type, const QString &name, QStringView role) {
        const QString typeKey = keyByLabel(types, type);
        if (!typeKey.isEmpty()) {
            c.actors.append(Actor{typeKey, name, {}, keyByLabel(roles, role), {}});
        }
    };
    if (m_facts.ownerKind != CorpusOwnerKind::Region && m_facts.region && m_random.chance(30)) {
        const QString typeKey = keyByLabel(types, u"Region");
        if (!typeKey.isEmpty()) {
            c.actors.append(Actor{typeKey,
                                  m_facts.region->authorityName,
                                  m_facts.region->code,
                                  keyByLabel(roles, m_random.chance(40) ? u"Finansiär" : u"Partner"),
                                  {}});
        }
    }
    if (m_facts.ownerKind == CorpusOwnerKind::Municipality && m_random.chance(15)) {
        add(u"Samordningsförbund", u"Samordningsförbundet i %1"_s.arg(m_facts.countyShort), u"Finansiär");
    }
    if (m_random.chance(25)) {
        // Drawn one by one, as the order of two draws in one call's arguments is up to the compiler;
        // this is the order GCC chose when the corpus was first generated.
        const QStringView role = m_random.chance(50) ? u"Utförare" : u"Partner";
        add(u"Idéburen", m_writer.fill(m_random.pick(m_text.civilSocietyNames())), role);
    }
    if (m_random.chance(15)) {
        add(u"Akademi", m_writer.fill(m_random.pick(m_text.academiaNames())), u"Utvärderare");
    }
    if (m_random.chance(20)) {
        add(u"Statlig myndighet", m_random.pick(m_text.agencyNames()), u"Partner");
    }
    if (m_random.chance(8)) {
        add(u"Brukar", m_writer.fill(m_random.pick(m_text.userOrganisationNames())), u"Målgruppsrepresentant");
    }
    if (m_random.chance(6)) {
        add(u"Näringsliv", m_writer.fill(m_random.pick(m_text.businessNames())), u"Partner");
    }
}

void CorpusActors::addPartnershipForms(CaseRecord &c)
{
    const Vocabulary &forms = m_vocabularies.vocabulary(Vocabularies::PartnershipForm);
    const Vocabulary &types = m_vocabularies.vocabulary(Vocabularies::ActorType);
    const auto has = [&](QStringView typeLabel) {
        const QString key = keyByLabel(types, typeLabel);
        const auto isKey = [&key](const Actor &a) {
            return a.type == key;
        };
        return !key.isEmpty() && (c.owner.type == key || std::any_of(c.actors.cbegin(), c.actors.cend(), isKey));
    };
    const auto add = [&](QStringView label) {
        const QString key = keyByLabel(forms, label);
        if (!key.isEmpty() && !c.partnershipForms.contains(key)) {
            c.partnershipForms.append(key);
        }
    };
    if (has(u"Idéburen") && m_random.chance(60)) {
        add(u"Idéburet offentligt partnerskap");
    }
    if (has(u"Samordningsförbund")) {
        add(u"Samordningsförbund");
    }
    if (m_facts.places.size() > 1 && m_random.chance(70)) {
        static const QStringView labels[] = {u"Avtalssamverkan", u"Avsiktsförklaring", u"Nätverk", u"Gemensam nämnd"};
        add(m_random.pick(labels));
    }
    if (c.partnershipForms.isEmpty() && m_random.chance(35)) {
        add(m_random.chance(70) ? u"Projektorganisation" : u"Nätverk");
    }
}

void CorpusActors::addStudyVisitAndContacts(CaseRecord &c)
{
    QList<int> roles;
    for (int i = 0; i < int(m_text.contactRoles().size()); ++i) {
        roles.append(i);
    }
    m_random.shuffle(roles);
    const int contacts = m_random.chance(65) ? 1 : 2;
    for (int i = 0; i < contacts; ++i) {
        const CorpusContactRole &role = m_text.contactRoles().at(roles.at(i));
        Contact k;
        k.role = role.title;
        k.organisation = m_facts.ownerName;
        k.email = role.mailbox + u'@' + m_facts.mailDomain;
        c.contacts.append(std::move(k));
    }

    if (m_random.chance(40)) {
        c.studyVisit.open = true;
        QList<int> formats;
        const QList<VocabularyEntry> &entries = m_vocabularies.vocabulary(Vocabularies::VisitFormat).entries();
        for (int i = 0; i < int(entries.size()); ++i) {
            formats.append(i);
        }
        m_random.shuffle(formats);
        formats.resize(std::min<qsizetype>(formats.size(), m_random.chance(65) ? 1 : 2));
        std::sort(formats.begin(), formats.end());
        for (int i : std::as_const(formats)) {
            c.studyVisit.formats.append(entries.at(i).key);
        }
        c.studyVisit.maxGroup = m_random.between(5, 40);
        c.studyVisit.contact = c.contacts.first().role + u", "_s + c.contacts.first().email;
        if (m_random.chance(70)) {
            c.studyVisit.notes = m_random.pick(m_text.visitNotes());
        }
    }
}

void CorpusActors::addLinks(CaseRecord &c)
{
    const int count = m_random.weighted({35, 45, 20});
    const QString place = ownerSlug();
    const QString topic = slugOf(m_facts.topic->phrase);
    QList<int> kinds{0, 1, 2, 3, 4};
    m_random.shuffle(kinds);
    for (int i = 0; i < count; ++i) {
        Link l;
        switch (kinds.at(i)) {
        case 0:
            l.title = u"Mer om arbetet på %1s webbplats"_s.arg(m_facts.ownerName);
            l.url = u"https://www.example.se/%1/%2"_s.arg(place, topic);
            break;
        case 1: {
            const int year = c.end.isEmpty() ? std::min(m_facts.startYear + 1, 2026) : c.end.left(4).toInt();
            l.title = (c.end.isEmpty() ? u"Delrapport %1"_s : u"Slutrapport %1"_s).arg(year);
            l.url = u"https://www.example.se/%1/rapporter/%2-%3.pdf"_s.arg(place, topic).arg(year);
            break;
        }
        case 2:
            l.title = u"Utvärdering från %1"_s.arg(m_facts.regionalPartner);
            l.url = u"https://www.example.se/%1/utvardering/%2"_s.arg(slugOf(m_facts.regionalPartner), topic);
            break;
        case 3:
            l.title = u"Film om arbetssättet"_s;
            l.url = u"https://www.example.se/%1/film/%2"_s.arg(place, topic);
            break;
        default:
            l.title = u"Metodhandbok"_s;
            l.url = u"https://www.example.se/%1/metodhandbok-%2"_s.arg(place, topic);
            break;
        }
        c.links.append(std::move(l));
    }
}

} // namespace Fb
