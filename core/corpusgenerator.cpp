#include "corpusgenerator.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <span>

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

// Timestamps (seconds since the epoch, UTC): created in [2020-01-01, 2026-07-01), updated no
// later than 2026-12-31T23:59:59Z.
constexpr qint64 CreatedFrom = 1577836800;
constexpr qint64 CreatedUntil = 1782864000;
constexpr qint64 UpdatedUntil = 1798761599;
constexpr qint64 TwoYears = 2 * 365 * 24 * 3600;
constexpr qint64 HalfYear = 182 * 24 * 3600;
constexpr int LastMonth = 2026 * 12 + 11; // December 2026 as year * 12 + month - 1

// splitmix64 (Steele, Lea and Flood 2014): tiny, fast, well mixed, and fully specified, so the
// stream is the same with every compiler and standard library.
class Random
{
public:
    explicit Random(quint64 &state)
        : m_state(state)
    {
    }

    quint64 next64()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n): the top 32 bits scaled by multiplication (no modulo, bias below 2^-32 * n).
    int bounded(qsizetype n)
    {
        if (n <= 1) {
            return 0;
        }
        return int(((next64() >> 32) * quint64(n)) >> 32);
    }

    int between(int low, int high) { return low + bounded(high - low + 1); }

    bool chance(int percent) { return bounded(100) < percent; }

    // An index drawn with the given weights; -1 for an empty list.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights) {
            total += std::max(w, 0);
        }
        if (total == 0) {
            return weights.isEmpty() ? -1 : bounded(weights.size());
        }
        int r = bounded(total);
        for (qsizetype i = 0; i < weights.size(); ++i) {
            const int w = std::max(weights.at(i), 0);
            if (r < w) {
                return int(i);
            }
            r -= w;
        }
        return int(weights.size()) - 1;
    }

    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            list.swapItemsAt(i, bounded(i + 1));
        }
    }

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[size_t(bounded(qsizetype(items.size())))];
    }

private:
    quint64 &m_state;
};

// ---- Text banks -------------------------------------------------------------------------------
//
// Placeholders, filled per case: {K} home municipality ("Ronneby"), {KO} owner ("Ronneby kommun"),
// {K2} a neighbouring municipality, {R} the regional partner ("Region Blekinge"), {L} the county
// ("Blekinge län"), {G}/{G2} target groups, {O} policy area, {T} the topic in running text,
// {TITLE} the topic as a title, {Y} start year; numbers: {N} people, {P} per cent, {M} months,
// {S} a small number in words, {W} weeks in words, {C} a large and {C2} a smaller amount.
// Sentences get an upper-case first letter after filling, so a template may start with {T}.

struct Topic {
    QStringView title;
    QStringView phrase; // in running text
    QStringView areas; // '|'-separated beginnings of Swedish policy-area labels, most relevant first
    QStringView groups; // same for target-group labels
    QStringView kind; // beginning of a case-kind label
    QStringView tags;
};

const Topic Topics[] = {
    {u"Trygghetsvärdar", u"trygghetsvärdar", u"Trygghet", u"Alla invånare|Unga vuxna|Barn och unga", u"Arbetssätt",
     u"trygghet|trygghetsvandring|ungdomar"},
    {u"Digital tillsyn inom hemtjänsten", u"digital tillsyn inom hemtjänsten", u"Äldreomsorg|Digitalisering",
     u"Äldre|Anhöriga", u"Digital", u"hemtjänst|välfärdsteknik|tillsyn"},
    {u"Läxhjälp på biblioteket", u"läxhjälp på biblioteket", u"Grundskola|Kultur", u"Barn och unga|Nyanlända",
     u"Tjänst", u"läxhjälp|bibliotek|skolresultat"},
    {u"Mobilt team för unga vuxna", u"ett mobilt team för unga vuxna", u"Arbetsmarknad|Psykiatri",
     u"Unga vuxna|Arbetssökande", u"Arbetssätt", u"unga vuxna|arbetsmarknad|finsam"},
    {u"Trygg hemgång efter sjukhusvistelse", u"trygg hemgång efter sjukhusvistelse", u"Äldreomsorg|Hälso",
     u"Äldre|Anhöriga", u"Samverkansmodell", u"hemgång|hemtjänst|samverkan"},
    {u"Språkombud i förskolan", u"språkombud i förskolan", u"Förskola", u"Barn 0|Personal", u"Kompetens",
     u"språkutveckling|förskola|språkombud"},
    {u"Karriärsteg för undersköterskor", u"karriärsteg för undersköterskor", u"Kompetensförsörjning|Äldreomsorg",
     u"Personal|Chefer", u"Kompetens", u"undersköterska|karriärväg|kompetensförsörjning"},
    {u"Gemensam ingång till arbete och studier", u"en gemensam ingång till arbete och studier",
     u"Arbetsmarknad|Ekonomiskt", u"Arbetssökande|Personer med försörjningsstöd", u"Samverkansmodell",
     u"arbetsmarknad|försörjningsstöd|etablering"},
    {u"Medborgarlöften tillsammans med polisen", u"medborgarlöften tillsammans med polisen", u"Trygghet|Demokrati",
     u"Alla invånare", u"Styrning", u"medborgarlöfte|polis|trygghet"},
    {u"Familjecentral med öppen förskola", u"en familjecentral med öppen förskola", u"Individ|Folkhälsa|Hälso",
     u"Barn 0|Anhöriga", u"Plats", u"familjecentral|föräldraskap|öppen förskola"},
    {u"Sociala investeringar i tidiga insatser", u"sociala investeringar i tidiga insatser", u"Ledning|Individ",
     u"Barn och unga|Förtroendevalda", u"Styrning", u"sociala investeringar|prevention|styrning"},
    {u"Idéburet partnerskap med kvinnojouren", u"ett idéburet offentligt partnerskap med kvinnojouren",
     u"Individ|Trygghet", u"Civilsamhälle|Alla invånare", u"Samverkansmodell",
     u"iop|kvinnojour|våld i nära relationer"},
    {u"E-tjänst för ansökan om ekonomiskt bistånd", u"e-tjänsten för ansökan om ekonomiskt bistånd",
     u"Ekonomiskt|Digitalisering", u"Personer med försörjningsstöd", u"Digital",
     u"e-tjänst|ekonomiskt bistånd|automatisering"},
    {u"Fritidsbanken", u"Fritidsbanken", u"Kultur|Folkhälsa", u"Barn och unga|Alla invånare", u"Tjänst",
     u"fritidsbank|fritid|återbruk"},
    {u"Hälsosamtal för nyanlända", u"hälsosamtal för nyanlända", u"Folkhälsa|Arbetsmarknad", u"Nyanlända",
     u"Arbetssätt", u"hälsa|etablering|nyanlända"},
    {u"Lärcentrum på landsbygden", u"ett lärcentrum på landsbygden", u"Vuxenutbildning|Landsbygd",
     u"Arbetssökande|Alla invånare", u"Plats", u"lärcentrum|vuxenutbildning|landsbygd"},
    {u"Anhörigstöd genom digitala träffar", u"digitala träffar för anhöriga", u"Äldreomsorg|Funktionsstöd",
     u"Anhöriga", u"Digital", u"anhörigstöd|digitala möten|ensamhet"},
    {u"Individuellt stöd till arbete enligt IPS", u"metoden IPS för individuellt stöd till arbete",
     u"Psykiatri|Arbetsmarknad", u"Personer med psykisk ohälsa|Arbetssökande", u"Arbetssätt",
     u"ips|psykisk hälsa|arbete"},
    {u"Samordnad individuell plan i praktiken", u"arbetet med samordnad individuell plan (SIP)",
     u"Individ|Psykiatri|Hälso", u"Barn och unga|Personer med psykisk ohälsa", u"Samverkansmodell",
     u"sip|samordning|samverkan"},
    {u"Klimatanpassad dagvattenhantering", u"klimatanpassad dagvattenhantering", u"Miljö|Samhällsbyggnad",
     u"Alla invånare|Företag", u"Plats", u"klimatanpassning|dagvatten|skyfall"},
    {u"Anropsstyrd kollektivtrafik på landsbygden", u"anropsstyrd kollektivtrafik", u"Kollektivtrafik|Landsbygd",
     u"Alla invånare|Äldre", u"Tjänst", u"kollektivtrafik|landsbygd|mobilitet"},
    {u"Företagslots för nya etableringar", u"en företagslots för nya etableringar", u"Näringsliv|Samhällsbyggnad",
     u"Företag", u"Tjänst", u"företagslots|näringsliv|etablering"},
    {u"Medborgarbudget för unga", u"medborgarbudget för unga", u"Demokrati|Kultur", u"Barn och unga|Unga vuxna",
     u"Styrning", u"medborgarbudget|delaktighet|demokrati"},
    {u"Lokala nätverk för krisberedskap", u"lokala nätverk för krisberedskap", u"Krisberedskap",
     u"Alla invånare|Civilsamhälle", u"Samverkansmodell", u"krisberedskap|civilt försvar|beredskap"},
    {u"Heltid som norm i vård och omsorg", u"heltid som norm", u"Kompetensförsörjning|Äldreomsorg",
     u"Personal|Chefer", u"Styrning", u"heltid|arbetsmiljö|bemanning"},
    {u"Bokstart för de minsta", u"Bokstart", u"Kultur|Förskola", u"Barn 0|Anhöriga", u"Arbetssätt",
     u"bokstart|läsfrämjande|bibliotek"},
    {u"Digitala fixare för seniorer", u"digitala fixare för seniorer", u"Äldreomsorg|Digitalisering", u"Äldre",
     u"Tjänst", u"digital delaktighet|seniorer|fixartjänst"},
    {u"Skolnärvaroteam", u"ett skolnärvaroteam", u"Grundskola|Individ", u"Barn och unga", u"Arbetssätt",
     u"skolnärvaro|elevhälsa|frånvaro"},
    {u"Daglig verksamhet med inriktning på arbete", u"daglig verksamhet med inriktning på arbete",
     u"Funktionsstöd|Arbetsmarknad", u"Personer med funktionsnedsättning", u"Tjänst", u"lss|daglig verksamhet|arbete"},
    {u"Mobil närvård i glesbygd", u"mobil närvård i glesbygd", u"Primärvård|Äldreomsorg|Hälso", u"Äldre",
     u"Samverkansmodell", u"närvård|glesbygd|hemsjukvård"},
    {u"Tidig upptäckt av våld i nära relationer", u"tidig upptäckt av våld i nära relationer", u"Individ|Trygghet",
     u"Alla invånare|Personal", u"Arbetssätt", u"våld i nära relationer|utbildning|socialtjänst"},
    {u"Återbrukscentral med arbetsträning", u"en återbrukscentral med arbetsträning", u"Miljö|Arbetsmarknad",
     u"Arbetssökande|Alla invånare", u"Plats", u"återbruk|cirkulär ekonomi|arbetsträning"},
    {u"Språkstöd för undersköterskor", u"språkstöd för undersköterskor", u"Kompetensförsörjning|Vuxenutbildning",
     u"Personal|Nyanlända", u"Kompetens", u"språkombud|undersköterska|sfi"},
    {u"Automatiserad handläggning av bostadsanpassning", u"automatiserad handläggning av bostadsanpassningsbidrag",
     u"Digitalisering|Samhällsbyggnad", u"Personer med funktionsnedsättning|Äldre", u"Digital",
     u"automatisering|bostadsanpassning|handläggning"},
    {u"Försök med förenklad bygglovsprövning", u"förenklad bygglovsprövning", u"Samhällsbyggnad|Näringsliv",
     u"Företag|Alla invånare", u"Regel", u"bygglov|förenkling|regelförsök"},
    {u"Öppen mötesplats för psykisk hälsa", u"en öppen mötesplats för psykisk hälsa", u"Psykiatri|Folkhälsa",
     u"Personer med psykisk ohälsa|Civilsamhälle", u"Plats", u"mötesplats|psykisk hälsa|iop"},
    {u"Samordnad beroendevård", u"samordnad beroendevård", u"Individ|Psykiatri", u"Personer med missbruk",
     u"Samverkansmodell", u"beroende|missbruk|samsjuklighet"},
    {u"Förtroendevalda i dialog med unga", u"dialogforum mellan förtroendevalda och unga", u"Demokrati",
     u"Förtroendevalda|Barn och unga", u"Arbetssätt", u"medborgardialog|ungdomsråd|delaktighet"},
    {u"Ledarskapsprogram för första linjens chefer", u"ett ledarskapsprogram för första linjens chefer",
     u"Ledning|Kompetensförsörjning", u"Chefer", u"Kompetens", u"ledarskap|chefsstöd|arbetsmiljö"},
    {u"Välfärdsteknik i LSS-boenden", u"välfärdsteknik i LSS-boenden", u"Funktionsstöd|Digitalisering",
     u"Personer med funktionsnedsättning|Personal", u"Digital", u"välfärdsteknik|lss|boende"},
    {u"Feriepraktik med handledning", u"feriepraktik med handledning", u"Arbetsmarknad|Gymnasieskola",
     u"Barn och unga|Unga vuxna", u"Tjänst", u"feriepraktik|sommarjobb|handledning"},
    {u"Måltidsvänner för äldre", u"måltidsvänner för äldre", u"Äldreomsorg|Folkhälsa", u"Äldre|Civilsamhälle",
     u"Arbetssätt", u"måltider|ensamhet|volontärer"},
    {u"Gemensam hjälpmedelsverksamhet", u"en gemensam hjälpmedelsverksamhet", u"Hälso|Funktionsstöd",
     u"Personer med funktionsnedsättning|Äldre", u"Samverkansmodell", u"hjälpmedel|kommunalförbund|samverkan"},
    {u"Uppsökande arbete med unga som varken arbetar eller studerar",
     u"uppsökande arbete med unga som varken arbetar eller studerar", u"Arbetsmarknad|Individ|Gymnasieskola",
     u"Unga vuxna", u"Arbetssätt", u"aktivitetsansvar|uppsökande arbete|unga vuxna"},
    {u"Föräldravandringar i centrum", u"föräldravandringar i centrum", u"Trygghet|Individ",
     u"Barn och unga|Anhöriga", u"Arbetssätt", u"föräldravandring|trygghet|ideellt engagemang"},
    {u"Rehabkoordinator i hemtjänsten", u"en rehabkoordinator i hemtjänsten", u"Äldreomsorg|Kompetensförsörjning",
     u"Personal|Äldre", u"Arbetssätt", u"hemtjänst|rehabilitering|sjukfrånvaro"},
};

// Tags that fit any case; more specific ones come from the topic, the policy areas and the partners.
const QStringView GenericTags[] = {
    u"samverkan",
    u"innovation",
    u"uppföljning",
    u"tidiga insatser",
    u"förebyggande arbete",
    u"kompetensutveckling",
    u"delaktighet",
    u"brukarinflytande",
    u"implementering",
    u"metodutveckling",
    u"verksamhetsutveckling",
    u"kvalitetsarbete",
};

const QStringView SummaryOpenings[] = {
    u"{KO} har infört {T} för att ge {G} ett bättre och mer samordnat stöd.",
    u"I {K} har {T} utvecklats som ett nytt arbetssätt inom {O}.",
    u"Genom {T} vill {KO} nå {G} tidigare och med rätt insats.",
    u"{T} är en satsning i {K} som riktar sig till {G}.",
    u"Sedan {Y} arbetar {KO} med {T} inom {O}.",
    u"{KO} prövar {T} som ett sätt att möta ökade behov inom {O}.",
};

const QStringView SummaryMiddles[] = {
    u"Arbetet bedrivs i nära samverkan med {R} och lokala föreningar.",
    u"Insatsen bygger på fasta kontaktpersoner, uppsökande arbete och tydlig uppföljning.",
    u"Modellen har tagits fram tillsammans med medarbetare och {G}.",
    u"Finansieringen har delvis kommit från samordningsförbundet inom ramen för Finsam.",
    u"Ett idéburet offentligt partnerskap (IOP) gör det möjligt att ta tillvara civilsamhällets kunskap.",
};

const QStringView SummaryResults[] = {
    u"Uppföljningen visar kortare väntetider och fler nöjda deltagare.",
    u"Efter {M} månader hade {N} personer tagit del av insatsen.",
    u"Resultaten är lovande, även om effekterna på lång sikt ännu inte är utvärderade.",
    u"Antalet akuta ärenden har minskat med {P} procent.",
};

const QStringView SummarySpreads[] = {
    u"Arbetssättet har väckt intresse i flera kommuner i {L}.",
    u"Verksamheten tar gärna emot studiebesök.",
    u"Erfarenheterna sammanfattas i en metodhandbok som är fri att använda.",
};

const QStringView ProblemSentences[] = {
    u"Inom {O} i {K} har det under flera år funnits en växande oro för att {G} inte nås av rätt stöd i tid.",
    u"Kartläggningen som gjordes {Y} visade att {P} procent av ärendena gällde personer som redan var kända av "
    u"flera verksamheter.",
    u"Verksamheterna arbetade var för sig, och ingen hade ett samlat ansvar för helheten.",
    u"Personalomsättningen bland undersköterskor och socialsekreterare var hög, vilket gjorde det svårt att bygga "
    u"långsiktiga relationer.",
    u"I {K} bor många långt från service, och avstånden gör att insatser ofta kommer för sent.",
    u"Kostnaderna för placeringar och akuta insatser hade ökat varje år utan att resultaten blev bättre.",
    u"Medarbetarna beskrev att de lade mycket tid på dokumentation och för lite tid på mötet med brukaren.",
    u"Signaler från skolan, socialtjänsten och {R} pekade åt samma håll: behoven upptäcktes för sent.",
    u"Trygghetsmätningen visade att invånarna i flera bostadsområden kände sig otrygga på kvällstid.",
    u"Samtidigt saknades en gemensam bild av vilka i målgruppen som behövde stöd och vilka insatser som faktiskt "
    u"gjorde skillnad.",
    u"Under pandemin blev bristerna tydligare, särskilt för dem som redan levde med små marginaler.",
    u"Regelverket i SoL och LSS ger stort utrymme för lokala lösningar, men det utrymmet användes sällan.",
    u"Flera medarbetare hade länge efterfrågat ett annat arbetssätt, men det fanns varken tid eller resurser för att "
    u"pröva något nytt.",
    u"Den demografiska utvecklingen innebär att andelen äldre i {K} ökar snabbare än antalet personer i arbetsför "
    u"ålder.",
    u"Brukarundersökningen visade att många upplevde stödet som splittrat och svårt att överblicka.",
    u"Ansvaret för {O} var uppdelat mellan flera nämnder, vilket gjorde det svårt att prioritera.",
    u"Det saknades också ett systematiskt sätt att följa upp om insatserna nådde {G}.",
    u"Kompetensförsörjningen är en av de största utmaningarna för {KO} de kommande tio åren.",
};

const QStringView ProblemLeads[] = {
    u"Kartläggningen pekade särskilt på följande brister:",
    u"De viktigaste utmaningarna var:",
    u"Bland problemen som lyftes fram fanns:",
};

const QStringView ProblemBullets[] = {
    u"Långa väntetider till första kontakt",
    u"Otydlig ansvarsfördelning mellan förvaltningarna",
    u"Hög personalomsättning, särskilt bland nyanställda",
    u"Dubbeldokumentation i flera verksamhetssystem",
    u"Få möjligheter för {G} att påverka stödet",
    u"Ökande kostnader för externa placeringar",
    u"Brist på uppföljning av resultat på individnivå",
    u"Svag samverkan med {R} kring gemensamma målgrupper",
    u"Låg kännedom om befintliga insatser bland invånarna",
    u"Ojämn kvalitet mellan olika delar av {K}",
    u"Svårt att rekrytera legitimerad personal",
    u"Många kontakter med olika handläggare för samma person",
};

const QStringView SolutionSentences[] = {
    u"{KO} valde att pröva {T} i liten skala innan arbetssättet breddades.",
    u"Kärnan i lösningen är ett team med socionom, undersköterska och arbetsterapeut som arbetar nära {G}.",
    u"Insatsen bygger på att en och samma kontaktperson följer individen genom hela processen.",
    u"Arbetet organiserades i en projektgrupp med representanter från socialtjänsten, skolan och {R}.",
    u"Genom ett idéburet offentligt partnerskap (IOP) med en lokal förening kunde verksamheten nå grupper som "
    u"kommunen tidigare haft svårt att nå.",
    u"Samordningsförbundet finansierade en samordnare under de första {M} månaderna inom ramen för Finsam.",
    u"Medarbetarna fick {W} veckors utbildning i metoden innan arbetet startade.",
    u"Verksamheten använder en enkel digital plattform där deltagarna kan boka tid, ställa frågor och följa sitt "
    u"ärende.",
    u"Varje vecka hålls en kort avstämning där aktuella ärenden och hinder lyfts.",
    u"I stället för att vänta på en ansökan tar personalen själv kontakt med dem som bedöms ha behov.",
    u"Lösningen kombinerar fysiska träffar i kommunens lokaler med digitala möten för den som bor långt bort.",
    u"En undersköterska med särskilt ansvar (USK) fungerar som länk mellan hemtjänsten och hälso- och sjukvården.",
    u"Arbetet följer en tydlig process i fyra steg: kartläggning, planering, genomförande och uppföljning.",
    u"Föreningar och civilsamhälle bjöds in tidigt för att forma insatsen tillsammans med {G}.",
    u"Insatsen riktar sig i första hand till {G}, men även {G2} kan ta del av stödet.",
    u"Beslut fattas nära verksamheten, och teamet har mandat att pröva nya lösningar inom givna ramar.",
    u"Trygghetsvandringar genomförs två gånger per år tillsammans med polisen, bostadsbolaget och boende i området.",
    u"Ett gemensamt bedömningsstöd gör att alla enheter inom {O} arbetar på samma sätt.",
};

const QStringView SolutionLeads[] = {
    u"Arbetssättet innehåller följande delar:",
    u"Viktiga beståndsdelar är:",
    u"Insatsen består i korthet av:",
};

const QStringView SolutionBullets[] = {
    u"Fast kontaktperson för varje deltagare",
    u"Gemensam kartläggning vid första mötet",
    u"Uppsökande arbete på kvällar och helger",
    u"Digital tidsbokning och påminnelser via sms",
    u"Handledning för personalen varannan vecka",
    u"Samlokalisering med {R} en dag i veckan",
    u"Tydliga rutiner för överlämning mellan enheter",
    u"Brukarråd som ger synpunkter på utformningen",
    u"Gemensam utbildningsdag för alla berörda medarbetare",
    u"Stöd på modersmål vid behov",
    u"Samverkansavtal med samordningsförbundet",
    u"En enkel uppföljningsmall som används vid varje möte",
};

const QStringView ResultSentences[] = {
    u"Efter {M} månader hade {N} personer tagit del av insatsen.",
    u"Andelen i målgruppen som fick stöd inom en vecka ökade med {S} procentenheter.",
    u"Antalet akuta ärenden minskade med {P} procent jämfört med året innan.",
    u"Sjukfrånvaron i de berörda arbetsgrupperna sjönk under projektperioden.",
    u"Deltagarna beskriver att de känner sig mer delaktiga och tryggare i kontakten med kommunen.",
    u"Av dem som avslutade insatsen gick {P} procent vidare till arbete eller studier.",
    u"Kostnaderna för externa placeringar minskade, även om det är för tidigt att dra säkra slutsatser.",
    u"Medarbetarna upplever att arbetet har blivit mer meningsfullt och att samarbetet över gränserna fungerar "
    u"bättre.",
    u"I medarbetarenkäten ökade andelen som ser sitt arbete som hållbart på lång sikt.",
    u"Väntetiden till första kontakt kortades från flera veckor till i genomsnitt {S} dagar.",
    u"Resultaten varierar mellan olika delar av {K}, vilket delvis förklaras av skillnader i bemanning.",
    u"Fler personer i målgruppen än tidigare har hittat till verksamheten på eget initiativ.",
    u"Brukarundersökningen visar att {P} procent av de svarande är nöjda eller mycket nöjda.",
    u"Flera av de positiva effekterna syntes redan under de första månaderna.",
    u"Insatsen har också lett till bättre kontakter mellan {KO} och {R}.",
    u"Trygghetsmätningen året därpå visade en tydlig förbättring i de områden där arbetet bedrivits.",
    u"Ett oväntat resultat var att personalen fick bättre kännedom om varandras uppdrag.",
};

const QStringView ResultLeads[] = {
    u"Några resultat i korthet:",
    u"Uppföljningen visar bland annat:",
    u"Efter {M} månader syns följande:",
};

const QStringView ResultBullets[] = {
    u"{N} deltagare under det första året",
    u"{P} procent färre akuta ärenden",
    u"Kortare väntetider till första kontakt",
    u"Högre nöjdhet i brukarundersökningen",
    u"Minskad sjukfrånvaro i berörda arbetsgrupper",
    u"Fler övergångar till arbete eller studier",
    u"Färre inskrivningar i slutenvården",
    u"Bättre överblick över gemensamma ärenden",
    u"{S} nya samverkansrutiner på plats",
    u"Ökad kännedom om insatsen bland invånarna",
    u"Lägre kostnad per ärende",
};

const QStringView EvaluationSentences[] = {
    u"Arbetet har följts av en extern utvärderare från ett närliggande lärosäte.",
    u"Uppföljningen bygger på verksamhetsstatistik, intervjuer och en enkät till deltagarna.",
    u"Någon jämförelsegrupp har inte funnits, vilket gör att effekterna ska tolkas med försiktighet.",
    u"FoU-enheten i {L} har gjort en processutvärdering med fokus på genomförandet.",
    u"Utvärderingen visar att arbetssättet är genomförbart och uppskattat, men att effekterna på längre sikt är "
    u"osäkra.",
    u"Resultaten har jämförts med tre kommuner av liknande storlek som inte infört arbetssättet.",
    u"Data samlas in löpande och redovisas för nämnden två gånger per år.",
    u"En enkel programteori togs fram tidigt och har använts som grund för uppföljningen.",
    u"Utvärderaren pekar på att dokumentationen i början var ojämn, vilket försvårade analysen.",
    u"Deltagarnas egna berättelser har varit en viktig del av underlaget.",
    u"Samordningsförbundet har bidragit med stöd för uppföljning av deltagarnas stegförflyttningar.",
    u"Någon formell utvärdering har ännu inte gjorts, men verksamheten följer upp ett antal nyckeltal varje kvartal.",
    u"Utvärderingen genomfördes av {R} som en del av ett regionalt utvecklingsarbete inom {O}.",
    u"En hälsoekonomisk kalkyl visar att insatsen sannolikt är lönsam om den förhindrar ett fåtal placeringar per "
    u"år.",
    u"Intervjuer med {S} medarbetare och ett tiotal deltagare bekräftar bilden från statistiken.",
    u"Uppföljningen har gjorts med stöd av Öppna jämförelser och kommunens egna kvalitetsregister.",
};

const QStringView EvaluationLeads[] = {
    u"Underlaget för uppföljningen består av:",
    u"Följande metoder har använts:",
};

const QStringView EvaluationBullets[] = {
    u"Verksamhetsstatistik varje kvartal",
    u"Enkät till deltagare före och efter insatsen",
    u"Fokusgrupper med medarbetare",
    u"Intervjuer med chefer och samverkanspartner",
    u"Jämförelse med liknande kommuner",
    u"Extern processutvärdering",
    u"Hälsoekonomisk analys",
    u"Uppföljning av sjukfrånvaro och personalomsättning",
    u"Brukarundersökning med öppna svar",
    u"Analys av avvikelser och synpunkter",
};

const QStringView SuccessSentences[] = {
    u"Ett tydligt och uthålligt stöd från ledningen har varit avgörande.",
    u"Att medarbetarna var med och formade arbetssättet från början skapade engagemang.",
    u"Insatsen byggdes upp stegvis, vilket gjorde det möjligt att rätta till misstag tidigt.",
    u"Samarbetet med {R} bygger på personliga relationer som har fått tid att växa.",
    u"En gemensam målbild gjorde det lättare att prioritera när resurserna var begränsade.",
    u"Att ha en samordnare med avsatt tid visade sig vara nödvändigt.",
    u"Deltagarnas synpunkter har tagits på allvar och lett till konkreta förändringar.",
    u"Den lokala förankringen i {K} gör att invånarna känner igen och litar på verksamheten.",
    u"Förtroendevalda har följt arbetet nära och gett det legitimitet.",
    u"Enkla rutiner och få blanketter gjorde det lätt att komma igång.",
    u"Idéburna organisationer bidrog med kunskap och kontaktnät som kommunen saknade.",
    u"Medarbetarna har fått kontinuerlig handledning och kompetensutveckling.",
    u"Det fanns en tydlig ägare av frågan som kunde fatta beslut snabbt.",
    u"Arbetet har kopplats till befintliga styrdokument inom {O} i stället för att bli ett sidospår.",
    u"Finansieringen via samordningsförbundet gav utrymme att pröva nytt utan att belasta ordinarie budget.",
    u"Öppenheten kring både framgångar och misslyckanden har skapat förtroende.",
};

const QStringView SuccessLeads[] = {
    u"De viktigaste framgångsfaktorerna enligt projektgruppen:",
    u"Det här har gjort skillnad:",
};

const QStringView SuccessBullets[] = {
    u"Engagerad och uthållig ledning",
    u"Tydlig ansvarsfördelning",
    u"Delaktighet för {G}",
    u"Gemensam målbild med {R}",
    u"Avsatt tid för samordning",
    u"Stegvis införande",
    u"Kontinuerlig uppföljning och återkoppling",
    u"Lokal förankring i {K}",
    u"Samarbete med civilsamhället",
    u"Flexibel finansiering",
    u"Kompetensutveckling för medarbetarna",
};

const QStringView PitfallSentences[] = {
    u"Projektet startade med för många mål, vilket gjorde det svårt att veta vad som var viktigast.",
    u"Det tog längre tid än väntat att få med alla chefer på arbetssättet.",
    u"I början underskattades behovet av administrativt stöd.",
    u"Informationen till {G} nådde inte fram, och de första månaderna kom få deltagare.",
    u"När nyckelpersoner slutade riskerade arbetet att stanna av.",
    u"Verksamhetssystemen var inte anpassade för arbetssättet, och mycket fick dokumenteras manuellt.",
    u"Förväntningarna på snabba besparingar var orealistiska.",
    u"Det var lätt att fastna i planering i stället för att pröva i liten skala.",
    u"Samverkansparterna hade olika syn på vad som räknades som ett bra resultat.",
    u"Uppföljningen planerades för sent, och viss data från början saknas därför.",
    u"Insatsen blev personberoende eftersom rutinerna inte dokumenterades från start.",
    u"Lokalfrågan tog oproportionerligt mycket tid och energi.",
    u"Alla medarbetare fick inte samma utbildning, vilket skapade skillnader i arbetssätt.",
    u"Det är lätt att underskatta hur lång tid det tar att bygga förtroende hos {G}.",
    u"Projektformen gjorde att arbetet uppfattades som tillfälligt av flera parter.",
};

const QStringView PitfallLeads[] = {
    u"Vanliga fallgropar:",
    u"Se upp med:",
};

const QStringView PitfallBullets[] = {
    u"Att starta för stort",
    u"Otydliga mål och mått",
    u"För lite tid avsatt för samordning",
    u"Personberoende lösningar",
    u"Bristande information till målgruppen",
    u"Sen planering av uppföljningen",
    u"Orealistiska förväntningar på besparingar",
    u"Att glömma implementeringen när projekttiden är slut",
    u"Olika förväntningar mellan samverkansparterna",
    u"Otillräcklig förankring hos första linjens chefer",
};

const QStringView ObstacleSentences[] = {
    u"Sekretessen mellan socialtjänst och hälso- och sjukvård försvårade informationsutbytet.",
    u"Offentlighets- och sekretesslagen kräver samtycke från den enskilde innan uppgifter kan delas, vilket tog tid "
    u"att få på plats.",
    u"Upphandlingsregelverket gjorde det svårt att snabbt köpa in den tekniska lösningen.",
    u"Det var oklart om insatsen kunde ges utan biståndsbeslut enligt SoL.",
    u"För insatser enligt LSS krävdes särskilda överväganden kring den enskildes rätt till inflytande.",
    u"Dataskyddsförordningen (GDPR) krävde en konsekvensbedömning innan den digitala lösningen kunde användas.",
    u"Olika verksamhetssystem hos {KO} och {R} kunde inte utbyta information.",
    u"Ett IOP kräver att verksamheten inte är upphandlingspliktig, vilket behövde utredas noggrant.",
    u"Ansvarsfördelningen mellan kommun och region enligt hälso- och sjukvårdslagen var inte självklar.",
    u"Budgetprocessen är ettårig, medan arbetet kräver långsiktiga åtaganden.",
    u"Frågor om schemaläggning och arbetstid tog tid att lösa med de fackliga organisationerna.",
    u"Bredbandsutbyggnaden i delar av {K} var inte tillräcklig för digitala möten.",
    u"Bristen på lokaler i rätt läge försenade starten med flera månader.",
    u"Finsamlagen begränsar vilka insatser samordningsförbundet får finansiera.",
    u"Kommunallagens likställighetsprincip väckte frågor om insatsen kunde riktas till vissa invånare.",
    u"Det saknades nationella riktlinjer för hur arbetet skulle dokumenteras.",
};

const QStringView ObstacleLeads[] = {
    u"De största hindren har varit:",
    u"Hinder som behövde hanteras:",
};

const QStringView ObstacleBullets[] = {
    u"Sekretess mellan huvudmän",
    u"Upphandlingsregler",
    u"Krav på samtycke för informationsdelning",
    u"GDPR och informationssäkerhet",
    u"Ettåriga budgetramar",
    u"Verksamhetssystem som inte kan kommunicera",
    u"Oklart lagstöd för insatser utan biståndsbeslut",
    u"Brist på lämpliga lokaler",
    u"Begränsad bredbandstäckning",
    u"Arbetsrättsliga frågor",
};

const QStringView NextStepSentences[] = {
    u"Arbetssättet ska nu införas i hela {K} under de kommande två åren.",
    u"{KO} för samtal med {K2} om att pröva modellen gemensamt.",
    u"Nästa steg är att göra insatsen till en del av den ordinarie verksamheten inom {O}.",
    u"En ansökan om fortsatt finansiering har lämnats till samordningsförbundet.",
    u"Tillsammans med {R} planeras en regional spridning av arbetssättet.",
    u"Uppföljningen ska utvecklas så att effekterna för {G} kan mätas på längre sikt.",
    u"Verksamheten planerar att bredda insatsen till {G2}.",
    u"En metodhandbok tas fram så att andra kommuner kan ta del av erfarenheterna.",
    u"Digitala inslag ska utvecklas vidare för att nå fler i glesbygden.",
    u"Politiken har gett i uppdrag att utreda hur arbetet kan finansieras långsiktigt.",
    u"Ett nätverk för kommuner som arbetar på liknande sätt startas under året.",
    u"Verksamheten tar gärna emot studiebesök och delar material.",
    u"En forskningsansökan förbereds tillsammans med ett lärosäte för att studera effekterna närmare.",
    u"Arbetet ska kopplas till kommunens handlingsplan för {O}.",
    u"Målet är att alla enheter ska arbeta enligt modellen inom tre år.",
};

const QStringView NextStepLeads[] = {
    u"Planerade steg framåt:",
    u"Under de kommande åren planeras:",
};

const QStringView NextStepBullets[] = {
    u"Införande i hela {K}",
    u"Regional spridning tillsammans med {R}",
    u"Långsiktig finansiering i ordinarie budget",
    u"Utveckling av uppföljningen",
    u"Breddning till {G2}",
    u"Metodhandbok och utbildningsmaterial",
    u"Nätverk för erfarenhetsutbyte",
    u"Fördjupad utvärdering tillsammans med ett lärosäte",
    u"Fler digitala tjänster",
    u"Samverkansavtal med {K2}",
};

const QStringView CostSentences[] = {
    u"Den totala kostnaden under projekttiden var ungefär {C}.",
    u"Huvuddelen av kostnaden avser personal, främst en samordnare på heltid.",
    u"Arbetet finansierades gemensamt av {KO} och {R}.",
    u"Insatsen ryms i dag inom den ordinarie budgeten för {O}.",
    u"Utöver personalkostnader tillkom kostnader för utbildning, lokaler och teknik på cirka {C2}.",
    u"Statsbidrag täckte en stor del av kostnaderna det första året.",
    u"Driftkostnaden beräknas till omkring {C2} per år.",
    u"Den tekniska lösningen köptes in som en tjänst med en månadsavgift per användare.",
    u"En del av finansieringen kom från {R} genom medel för regional utveckling.",
    u"Kostnaden per deltagare har sjunkit i takt med att fler tagit del av insatsen.",
    u"Besparingarna i form av färre placeringar bedöms överstiga kostnaden efter två till tre år.",
    u"Den idéburna partnern bidrar med ideella insatser som inte syns i kalkylen.",
    u"Medel från Europeiska socialfonden (ESF) användes under uppstartsfasen.",
    u"Kostnaden för att införa arbetssättet i en ny kommun uppskattas till {C2}.",
    u"Någon extra budget har inte tillförts; arbetet har gjorts genom omprioriteringar inom befintliga ramar.",
};

const QStringView CostLeads[] = {
    u"Kostnader och finansiering i korthet:",
    u"Kostnaderna fördelar sig ungefär så här:",
};

const QStringView CostBullets[] = {
    u"Personal: {C}",
    u"Utbildning och handledning: {C2}",
    u"Teknik och licenser: {C2}",
    u"Lokaler: {C2}",
    u"Utvärdering: {C2}",
    u"Finansiering från samordningsförbundet",
    u"Statsbidrag under uppstarten",
    u"Medfinansiering från {R}",
    u"Omprioriteringar inom befintlig budget",
    u"Ideella insatser från civilsamhället",
};

struct SectionBank {
    QStringView key;
    std::span<const QStringView> sentences;
    std::span<const QStringView> leads;
    std::span<const QStringView> bullets;
};

// The nine section keys of the schema (docs/case-schema.md).
const SectionBank SectionBanks[] = {
    {u"problem", ProblemSentences, ProblemLeads, ProblemBullets},
    {u"solution", SolutionSentences, SolutionLeads, SolutionBullets},
    {u"results", ResultSentences, ResultLeads, ResultBullets},
    {u"evaluation", EvaluationSentences, EvaluationLeads, EvaluationBullets},
    {u"success_factors", SuccessSentences, SuccessLeads, SuccessBullets},
    {u"pitfalls", PitfallSentences, PitfallLeads, PitfallBullets},
    {u"obstacles", ObstacleSentences, ObstacleLeads, ObstacleBullets},
    {u"next_steps", NextStepSentences, NextStepLeads, NextStepBullets},
    {u"costs", CostSentences, CostLeads, CostBullets},
};

struct ContactRole {
    QStringView title;
    QStringView mailbox; // ASCII
};

const ContactRole ContactRoles[] = {
    {u"Projektledare", u"projektledare"},
    {u"Verksamhetsutvecklare", u"verksamhetsutveckling"},
    {u"Enhetschef", u"enhetschef"},
    {u"Samordnare", u"samordnare"},
    {u"Utvecklingsledare", u"utvecklingsledare"},
    {u"Medicinskt ansvarig sjuksköterska (MAS)", u"mas"},
    {u"Förvaltningschef", u"forvaltningschef"},
    {u"Kommunikatör", u"kommunikation"},
    {u"Folkhälsostrateg", u"folkhalsa"},
    {u"Processledare", u"processledare"},
    {u"Socialchef", u"socialchef"},
    {u"Kvalitetsstrateg", u"kvalitet"},
};

const QStringView VisitNotes[] = {
    u"Vi tar emot grupper på vardagar och visar gärna både verksamheten och hur vi följer upp den.",
    u"Hör av dig minst fyra veckor i förväg, så planerar vi besöket utifrån era frågor.",
    u"Besöket tar ungefär två timmar och kan kombineras med ett digitalt uppföljningsmöte.",
    u"Vi berättar gärna om både framgångar och misstag, och medarbetare från verksamheten deltar.",
    u"Digitala besök hålls i Teams eller Zoom; material skickas ut i förväg.",
};

const QStringView NumberWords[] = {
    u"tre", u"fyra", u"fem", u"sex", u"sju", u"åtta", u"nio", u"tio", u"elva", u"tolv",
};

// Phases of a case, from the status vocabulary's labels; they steer dates and lifecycle stage.
enum class Phase {
    Early,
    Pilot,
    Running,
    Finished,
    Paused,
};

enum class OwnerKind {
    Municipality,
    Region,
    Association, // samordningsförbund
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
        case u'à':
            c = u'a';
            break;
        case u'ö':
        case u'ø':
            c = u'o';
            break;
        case u'é':
        case u'è':
            c = u'e';
            break;
        case u'ü':
            c = u'u';
            break;
        default:
            break;
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

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QChar(u'0'));
}

// "850 000 kronor", "2,4 miljoner kronor".
QString kronor(int amount)
{
    if (amount >= 1000000) {
        const int tenths = (amount + 50000) / 100000;
        return u"%1,%2 miljoner kronor"_s.arg(tenths / 10).arg(tenths % 10);
    }
    return u"%1 000 kronor"_s.arg(amount / 1000);
}

// The entry whose Swedish label is `label` or, failing that, the first that starts with it.
const VocabularyEntry *entryByLabel(const Vocabulary &vocabulary, QStringView label)
{
    for (const VocabularyEntry &e : vocabulary.entries()) {
        if (QStringView(e.swedish).compare(label, Qt::CaseInsensitive) == 0) {
            return &e;
        }
    }
    for (const VocabularyEntry &e : vocabulary.entries()) {
        if (QStringView(e.swedish).startsWith(label, Qt::CaseInsensitive)) {
            return &e;
        }
    }
    return nullptr;
}

QString keyByLabel(const Vocabulary &vocabulary, QStringView label)
{
    const VocabularyEntry *e = entryByLabel(vocabulary, label);
    return e ? e->key : QString();
}

struct Part {
    QString text;
    bool included = false;
};

struct SectionDraft {
    QString key;
    QList<Part> parts; // the first is always included
};

QString render(const SectionDraft &draft)
{
    QString out;
    for (const Part &p : draft.parts) {
        if (p.included) {
            if (!out.isEmpty()) {
                out += u"\n\n"_s;
            }
            out += p.text;
        }
    }
    return out;
}

// Builds one case; lives for one call of CorpusGenerator::next().
class CaseBuilder
{
public:
    CaseBuilder(const Vocabularies &vocabularies, const ReferenceData &referenceData, Random &random)
        : m_vocabularies(vocabularies)
        , m_referenceData(referenceData)
        , m_random(random)
    {
    }

    CaseRecord build();

private:
    const Vocabulary &vocabulary(const char *name) const { return m_vocabularies.vocabulary(name); }

    QString randomId();
    void choosePlaces(CaseRecord &c);
    void chooseClassification(CaseRecord &c);
    void chooseDates(CaseRecord &c);
    void addActors(CaseRecord &c);
    void addPartnershipForms(CaseRecord &c);
    void addStudyVisitAndContacts(CaseRecord &c);
    void addLinks(CaseRecord &c);
    void addTags(CaseRecord &c);
    void writeTitleAndSummary(CaseRecord &c);
    QList<SectionDraft> draftSections();
    void fitSections(CaseRecord &c, QList<SectionDraft> &drafts);

    QStringList pickKeys(const Vocabulary &vocabulary, QStringView hints, int count);
    QString randomKey(const Vocabulary &vocabulary);
    QString weightedKey(const Vocabulary &vocabulary, std::initializer_list<std::pair<QStringView, int>> weights,
                        int otherWeight);
    QList<const Municipality *> neighboursOf(const Municipality &home) const;
    QString fill(QStringView text);
    QString placeholder(QStringView name);
    QString paragraph(QList<QStringView> &pool, int sentences);
    QString bulletList(const SectionBank &bank, QList<QStringView> &pool, int items);
    static QList<QStringView> shuffledPool(std::span<const QStringView> bank, Random &random);

    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Random &m_random;

    const Topic *m_topic = nullptr;
    OwnerKind m_ownerKind = OwnerKind::Municipality;
    Phase m_phase = Phase::Running;
    const Municipality *m_home = nullptr;
    const Region *m_region = nullptr;
    QList<const Municipality *> m_places; // home first
    QString m_homeName;
    QString m_ownerName;
    QString m_county;
    QString m_countyShort;
    QString m_regionalPartner; // {R}
    QString m_neighbour; // {K2}
    QString m_mailDomain;
    QStringList m_groupPhrases;
    QStringList m_areaPhrases;
    int m_startYear = 2020;
};

CaseRecord CaseBuilder::build()
{
    CaseRecord c;
    c.id = randomId(); // first, so a case's id depends on nothing but the PRNG stream
    m_topic = &m_random.pick(std::span<const Topic>(Topics));
    choosePlaces(c);
    chooseClassification(c);
    chooseDates(c);
    addActors(c);
    addPartnershipForms(c);
    addStudyVisitAndContacts(c);
    addLinks(c);
    addTags(c);
    writeTitleAndSummary(c);
    c.createdBy = u"generator"_s;
    c.updatedBy = u"generator"_s;
    QList<SectionDraft> drafts = draftSections();
    fitSections(c, drafts);
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

// Other municipalities of the same county, nearest first. Distances use integer micro-degrees
// (longitude scaled for Sweden's latitude), so the order is the same on every machine.
QList<const Municipality *> CaseBuilder::neighboursOf(const Municipality &home) const
{
    struct Candidate {
        qint64 distance;
        const Municipality *municipality;
    };
    const auto micro = [](double degrees) { return qint64(qRound64(degrees * 1000000.0)); };
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

void CaseBuilder::choosePlaces(CaseRecord &c)
{
    const QList<Municipality> &all = m_referenceData.municipalities();
    const int ownerRoll = m_random.bounded(100);
    m_ownerKind = ownerRoll < 76 ? OwnerKind::Municipality
        : ownerRoll < 88         ? OwnerKind::Region
                                 : OwnerKind::Association;
    if (all.isEmpty()) {
        m_homeName = u"Exempelby"_s;
        m_ownerName = u"Exempelby kommun"_s;
        m_regionalPartner = u"regionen"_s;
        m_neighbour = u"grannkommunerna"_s;
        m_mailDomain = u"exempelby.example.se"_s;
        return;
    }
    m_home = &all.at(m_random.bounded(all.size()));
    m_homeName = m_home->name;
    m_region = m_referenceData.region(m_home->regionCode);
    m_county = m_region ? m_region->name : QString();
    m_countyShort = countyShortName(m_county);

    const QList<const Municipality *> neighbours = neighboursOf(*m_home);
    m_neighbour = neighbours.isEmpty() ? u"grannkommunerna"_s : neighbours.first()->name;

    int extra = 0;
    switch (m_ownerKind) {
    case OwnerKind::Municipality:
        extra = m_random.chance(30) ? m_random.between(1, 3) : 0;
        break;
    case OwnerKind::Region:
        extra = m_random.between(1, 4);
        break;
    case OwnerKind::Association:
        extra = m_random.between(1, 3);
        break;
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
    m_places = {m_home};
    for (int i : std::as_const(picks)) {
        m_places.append(neighbours.at(i));
    }
    for (const Municipality *m : std::as_const(m_places)) {
        c.municipalities.append(m->code);
    }
    if (m_region) {
        c.regions.append(m_region->code);
    }

    const Vocabulary &types = vocabulary(Vocabularies::ActorType);
    const QString owner = keyByLabel(vocabulary(Vocabularies::ActorRole), u"Huvudman");
    switch (m_ownerKind) {
    case OwnerKind::Municipality:
        c.owner = Actor{keyByLabel(types, u"Kommun"), m_homeName + u" kommun"_s, m_home->code, owner, {}};
        break;
    case OwnerKind::Region:
        if (m_region) {
            c.owner = Actor{keyByLabel(types, u"Region"), m_region->authorityName, m_region->code, owner, {}};
        } else {
            c.owner = Actor{keyByLabel(types, u"Kommun"), m_homeName + u" kommun"_s, m_home->code, owner, {}};
        }
        break;
    case OwnerKind::Association: {
        const QString name = m_places.size() > 1 && m_random.chance(40)
            ? u"Samordningsförbundet %1–%2"_s.arg(m_homeName, m_places.at(1)->name)
            : u"Samordningsförbundet i %1"_s.arg(m_countyShort.isEmpty() ? m_homeName : m_countyShort);
        c.owner = Actor{keyByLabel(types, u"Samordningsförbund"), name, {}, owner, {}};
        break;
    }
    }
    m_ownerName = c.owner.name;
    m_regionalPartner = m_ownerKind == OwnerKind::Region || !m_region ? QString(u"kommunerna i "_s + m_county)
                                                                       : m_region->authorityName;
    m_mailDomain =
        slugOf(m_ownerKind == OwnerKind::Municipality ? m_homeName : m_ownerName) + u".example.se"_s;
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
QStringList CaseBuilder::pickKeys(const Vocabulary &v, QStringView hints, int count)
{
    QStringList keys;
    for (const QStringView hint : hints.split(u'|')) {
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
    c.policyAreas = pickKeys(areas, m_topic->areas, m_random.weighted({40, 40, 20}) + 1);
    c.targetGroups = pickKeys(groups, m_topic->groups, m_random.weighted({45, 40, 15}) + 1);
    for (const QString &key : std::as_const(c.policyAreas)) {
        m_areaPhrases.append(phraseOf(areas.label(key, Language::Swedish)));
    }
    for (const QString &key : std::as_const(c.targetGroups)) {
        m_groupPhrases.append(phraseOf(groups.label(key, Language::Swedish)));
    }
    if (m_areaPhrases.isEmpty()) {
        m_areaPhrases.append(u"välfärden"_s);
    }
    if (m_groupPhrases.isEmpty()) {
        m_groupPhrases.append(u"invånarna"_s);
    }

    const Vocabulary &kinds = vocabulary(Vocabularies::CaseKind);
    c.caseKind = m_random.chance(70) ? keyByLabel(kinds, m_topic->kind) : QString();
    if (c.caseKind.isEmpty()) {
        c.caseKind = randomKey(kinds);
    }

    const Vocabulary &statuses = vocabulary(Vocabularies::Status);
    c.status = weightedKey(
        statuses,
        {{u"Idé", 5}, {u"Planerad", 7}, {u"Pilot", 18}, {u"I drift", 42}, {u"Avslutad", 15}, {u"Avvecklad", 6},
         {u"Pausad", 5}},
        3);
    const QString statusLabel = statuses.label(c.status, Language::Swedish);
    const auto statusIs = [&statusLabel](QStringView stem) {
        return statusLabel.startsWith(stem, Qt::CaseInsensitive);
    };
    m_phase = statusIs(u"Idé") || statusIs(u"Planerad") ? Phase::Early
        : statusIs(u"Pilot")                             ? Phase::Pilot
        : statusIs(u"Avslutad") || statusIs(u"Avvecklad") ? Phase::Finished
        : statusIs(u"Pausad")                            ? Phase::Paused
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
    if (m_ownerKind == OwnerKind::Region) {
        c.scale = keyByLabel(scales, u"Län");
    } else if (m_places.size() > 1) {
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
    const auto recent = [this](int span) { return std::max(m_random.bounded(span), m_random.bounded(span)); };
    switch (m_phase) {
    case Phase::Early:
        m_startYear = 2023 + m_random.bounded(4);
        break;
    case Phase::Pilot:
        m_startYear = 2018 + recent(9);
        break;
    case Phase::Running:
        m_startYear = 2012 + recent(15);
        break;
    case Phase::Finished:
        m_startYear = 2012 + recent(14);
        break;
    case Phase::Paused:
        m_startYear = 2014 + m_random.bounded(12);
        break;
    }
    const int startMonth = m_random.between(1, 12);
    c.start = u"%1-%2"_s.arg(m_startYear).arg(twoDigits(startMonth));
    if (m_phase == Phase::Finished) {
        const int start = m_startYear * 12 + startMonth - 1;
        const int end = std::min(start + m_random.between(6, 60), LastMonth);
        c.end = u"%1-%2"_s.arg(end / 12).arg(twoDigits(end % 12 + 1));
    }

    // Lifecycle stages are listed in order (identify … diffuse); pick one that fits the phase and,
    // for a case started recently, its age.
    const QList<VocabularyEntry> &stages = vocabulary(Vocabularies::LifecycleStage).entries();
    if (!stages.isEmpty()) {
        const bool recentStart = m_startYear >= 2025;
        const auto [low, high] = [this, recentStart]() -> std::pair<int, int> {
            switch (m_phase) {
            case Phase::Early:
                return {0, 2};
            case Phase::Pilot:
                return {2, recentStart ? 3 : 4};
            case Phase::Running:
                return {recentStart ? 2 : 3, recentStart ? 3 : 5};
            case Phase::Finished:
                return {4, 5};
            case Phase::Paused:
                return {1, 3};
            }
            return {0, 5};
        }();
        const int last = int(stages.size()) - 1;
        c.lifecycleStage = stages.at(std::min(m_random.between(low, high), last)).key;
    }

    // Registered at the earliest half a year before the start (planned cases are described ahead).
    const qint64 startSecs =
        QDate(m_startYear, startMonth, 1).startOfDay(QTimeZone::UTC).toSecsSinceEpoch() - HalfYear;
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

void CaseBuilder::addActors(CaseRecord &c)
{
    const Vocabulary &types = vocabulary(Vocabularies::ActorType);
    const Vocabulary &roles = vocabulary(Vocabularies::ActorRole);
    const QString partner = keyByLabel(roles, u"Partner");
    const QString kommun = keyByLabel(types, u"Kommun");

    // The municipalities other than the owner take part as partners.
    for (const Municipality *m : std::as_const(m_places)) {
        if (m_ownerKind == OwnerKind::Municipality && m == m_home) {
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
    if (m_ownerKind != OwnerKind::Region && m_region && m_random.chance(30)) {
        const QString typeKey = keyByLabel(types, u"Region");
        if (!typeKey.isEmpty()) {
            c.actors.append(Actor{typeKey, m_region->authorityName, m_region->code,
                                  keyByLabel(roles, m_random.chance(40) ? u"Finansiär" : u"Partner"), {}});
        }
    }
    if (m_ownerKind == OwnerKind::Municipality && m_random.chance(15)) {
        add(u"Samordningsförbund", u"Samordningsförbundet i %1"_s.arg(m_countyShort), u"Finansiär");
    }
    if (m_random.chance(25)) {
        static const QStringView names[] = {
            u"Föreningen Gemenskap i {K}", u"Stadsmissionen i {CS}", u"Kvinno- och tjejjouren i {K}",
            u"Studieförbundet Vuxenskolan {CS}", u"Röda Korsets krets i {K}", u"Idrottsalliansen i {K}",
        };
        add(u"Idéburen", fill(m_random.pick(std::span<const QStringView>(names))),
            m_random.chance(50) ? u"Utförare" : u"Partner");
    }
    if (m_random.chance(15)) {
        static const QStringView names[] = {
            u"FoU-enheten i {CS}", u"Högskolan i {CS}", u"Centrum för välfärdsforskning",
        };
        add(u"Akademi", fill(m_random.pick(std::span<const QStringView>(names))), u"Utvärderare");
    }
    if (m_random.chance(20)) {
        static const QStringView names[] = {
            u"Arbetsförmedlingen", u"Försäkringskassan", u"Polismyndigheten", u"Migrationsverket",
        };
        add(u"Statlig myndighet", m_random.pick(std::span<const QStringView>(names)).toString(), u"Partner");
    }
    if (m_random.chance(8)) {
        static const QStringView names[] = {
            u"FUB {K}", u"Anhörigföreningen i {K}", u"PRO {K}", u"Attention {CS}",
        };
        add(u"Brukar", fill(m_random.pick(std::span<const QStringView>(names))), u"Målgruppsrepresentant");
    }
    if (m_random.chance(6)) {
        add(u"Näringsliv", fill(u"Företagarna {K}"), u"Partner");
    }
}

void CaseBuilder::addPartnershipForms(CaseRecord &c)
{
    const Vocabulary &forms = vocabulary(Vocabularies::PartnershipForm);
    const Vocabulary &types = vocabulary(Vocabularies::ActorType);
    const auto has = [&](QStringView typeLabel) {
        const QString key = keyByLabel(types, typeLabel);
        const auto isKey = [&key](const Actor &a) { return a.type == key; };
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
    if (m_places.size() > 1 && m_random.chance(70)) {
        static const QStringView labels[] = {u"Avtalssamverkan", u"Avsiktsförklaring", u"Nätverk", u"Gemensam nämnd"};
        add(m_random.pick(std::span<const QStringView>(labels)));
    }
    if (c.partnershipForms.isEmpty() && m_random.chance(35)) {
        add(m_random.chance(70) ? u"Projektorganisation" : u"Nätverk");
    }
}

void CaseBuilder::addStudyVisitAndContacts(CaseRecord &c)
{
    QList<int> roles;
    for (int i = 0; i < int(std::size(ContactRoles)); ++i) {
        roles.append(i);
    }
    m_random.shuffle(roles);
    const int contacts = m_random.chance(65) ? 1 : 2;
    for (int i = 0; i < contacts; ++i) {
        const ContactRole &role = ContactRoles[roles.at(i)];
        Contact k;
        k.role = role.title.toString();
        k.organisation = m_ownerName;
        k.email = role.mailbox.toString() + u'@' + m_mailDomain;
        c.contacts.append(std::move(k));
    }

    if (m_random.chance(40)) {
        c.studyVisit.open = true;
        QList<int> formats;
        const QList<VocabularyEntry> &entries = vocabulary(Vocabularies::VisitFormat).entries();
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
            c.studyVisit.notes = m_random.pick(std::span<const QStringView>(VisitNotes)).toString();
        }
    }
}

void CaseBuilder::addLinks(CaseRecord &c)
{
    const int count = m_random.weighted({35, 45, 20});
    const QString place = slugOf(m_ownerKind == OwnerKind::Municipality ? m_homeName : m_ownerName);
    const QString topic = slugOf(m_topic->phrase);
    QList<int> kinds{0, 1, 2, 3, 4};
    m_random.shuffle(kinds);
    for (int i = 0; i < count; ++i) {
        Link l;
        switch (kinds.at(i)) {
        case 0:
            l.title = u"Mer om arbetet på %1s webbplats"_s.arg(m_ownerName);
            l.url = u"https://www.example.se/%1/%2"_s.arg(place, topic);
            break;
        case 1: {
            const int year = c.end.isEmpty() ? std::min(m_startYear + 1, 2026) : c.end.left(4).toInt();
            l.title = (c.end.isEmpty() ? u"Delrapport %1"_s : u"Slutrapport %1"_s).arg(year);
            l.url = u"https://www.example.se/%1/rapporter/%2-%3.pdf"_s.arg(place, topic).arg(year);
            break;
        }
        case 2:
            l.title = u"Utvärdering från %1"_s.arg(m_regionalPartner);
            l.url = u"https://www.example.se/%1/utvardering/%2"_s.arg(slugOf(m_regionalPartner), topic);
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
    QList<QStringView> topicTags = m_topic->tags.split(u'|');
    m_random.shuffle(topicTags);
    const int fromTopic = std::min<int>(int(topicTags.size()), m_random.between(2, 3));
    for (int i = 0; i < fromTopic; ++i) {
        add(topicTags.at(i).toString());
    }
    // Policy areas whose label reads as a tag ("äldreomsorg", "hälso- och sjukvård").
    for (const QString &area : std::as_const(m_areaPhrases)) {
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
    QList<QStringView> generic(std::begin(GenericTags), std::end(GenericTags));
    m_random.shuffle(generic);
    for (const QStringView tag : std::as_const(generic)) {
        add(tag.toString());
    }
}

void CaseBuilder::writeTitleAndSummary(CaseRecord &c)
{
    const bool several = m_places.size() > 1;
    QList<QStringView> titles;
    QList<int> weights;
    const auto option = [&](QStringView title, int weight) {
        titles.append(title);
        weights.append(weight);
    };
    if (m_ownerKind == OwnerKind::Municipality) {
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

    if (m_ownerKind == OwnerKind::Municipality && m_random.chance(20) && !m_homeName.contains(u' ')
        && !m_homeName.contains(u'-')) {
        c.shortName = m_homeName + u"modellen"_s;
    }

    QStringList sentences{fill(m_random.pick(std::span<const QStringView>(SummaryOpenings)))};
    QList<int> more{0, 1, 2};
    m_random.shuffle(more);
    more.resize(m_random.between(1, 3));
    std::sort(more.begin(), more.end());
    for (int which : std::as_const(more)) {
        const std::span<const QStringView> bank = which == 0 ? std::span<const QStringView>(SummaryMiddles)
            : which == 1                                     ? std::span<const QStringView>(SummaryResults)
                                                             : std::span<const QStringView>(SummarySpreads);
        sentences.append(fill(m_random.pick(bank)));
    }
    c.summary = sentences.join(u' ');
}

QList<QStringView> CaseBuilder::shuffledPool(std::span<const QStringView> bank, Random &random)
{
    QList<QStringView> pool(bank.begin(), bank.end());
    random.shuffle(pool);
    return pool;
}

// Sentences are drawn without replacement from the pool, so a section never repeats itself.
QString CaseBuilder::paragraph(QList<QStringView> &pool, int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences && !pool.isEmpty(); ++i) {
        out.append(fill(pool.takeLast()));
    }
    return out.join(u' ');
}

QString CaseBuilder::bulletList(const SectionBank &bank, QList<QStringView> &pool, int items)
{
    QString out = fill(m_random.pick(bank.leads)) + u"\n"_s;
    for (int i = 0; i < items && !pool.isEmpty(); ++i) {
        out += u"\n- "_s + fill(pool.takeLast());
    }
    return out;
}

// Each section: a short opening paragraph, then optional parts (a longer paragraph, a bullet list,
// a closing paragraph) that fitSections switches on until the case reaches its target size.
QList<SectionDraft> CaseBuilder::draftSections()
{
    QList<SectionDraft> drafts;
    for (const SectionBank &bank : SectionBanks) {
        QList<QStringView> sentences = shuffledPool(bank.sentences, m_random);
        QList<QStringView> bullets = shuffledPool(bank.bullets, m_random);
        SectionDraft draft;
        draft.key = bank.key.toString();
        draft.parts.append(Part{paragraph(sentences, m_random.between(1, 2)), true});
        Part more{paragraph(sentences, m_random.between(2, 3)), false};
        Part list{bulletList(bank, bullets, m_random.between(3, 5)), false};
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

void CaseBuilder::fitSections(CaseRecord &c, QList<SectionDraft> &drafts)
{
    const int target = TargetLow + m_random.bounded(TargetStep) + m_random.bounded(TargetStep)
        + m_random.bounded(TargetStep);
    QList<std::pair<int, int>> candidates;
    for (int s = 0; s < int(drafts.size()); ++s) {
        c.sections.insert(drafts.at(s).key, render(drafts.at(s)));
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
        c.sections.insert(draft.key, render(draft));
        const qsizetype grown = c.toCanonicalJson().size();
        if (grown > MaxBytes) {
            draft.parts[p].included = false;
            c.sections.insert(draft.key, render(draft));
            continue;
        }
        size = grown;
    }
}

QString CaseBuilder::fill(QStringView text)
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

QString CaseBuilder::placeholder(QStringView name)
{
    if (name == u"K") {
        return m_homeName;
    }
    if (name == u"KO") {
        return m_ownerName;
    }
    if (name == u"K2") {
        return m_neighbour;
    }
    if (name == u"P2") { // the second municipality of the case
        return m_places.size() > 1 ? m_places.at(1)->name : m_neighbour;
    }
    if (name == u"R") {
        return m_regionalPartner;
    }
    if (name == u"L") {
        return m_county.isEmpty() ? m_homeName : m_county;
    }
    if (name == u"CS") {
        return m_countyShort.isEmpty() ? m_homeName : m_countyShort;
    }
    if (name == u"G") {
        return m_groupPhrases.first();
    }
    if (name == u"G2") {
        return m_groupPhrases.size() > 1 ? m_groupPhrases.at(1) : u"andra invånare med liknande behov"_s;
    }
    if (name == u"O") {
        return m_areaPhrases.first();
    }
    if (name == u"T") {
        return m_topic->phrase.toString();
    }
    if (name == u"TITLE") {
        return m_topic->title.toString();
    }
    if (name == u"Y") {
        return QString::number(m_startYear);
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
        return m_random.pick(std::span<const QStringView>(NumberWords)).toString();
    }
    if (name == u"W") {
        return NumberWords[m_random.bounded(4)].toString(); // tre–sex
    }
    if (name == u"C") {
        return kronor(m_random.between(40, 600) * 10000);
    }
    if (name == u"C2") {
        return kronor(m_random.between(5, 60) * 10000);
    }
    return name.toString();
}

} // namespace

CorpusGenerator::CorpusGenerator(const Vocabularies &vocabularies, const ReferenceData &referenceData, quint64 seed)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_state(seed)
{
}

CaseRecord CorpusGenerator::next()
{
    Random random(m_state);
    return CaseBuilder(m_vocabularies, m_referenceData, random).build();
}

} // namespace Fb
