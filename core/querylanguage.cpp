#include "querylanguage.h"

#include "searchquery.h"

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

struct Field
{
    const char *name; // as typed, folded
    Facet facet;
    const char *shown = nullptr; // the name in help and filter chips (UTF-8); only the Swedish ones
};

// Swedish names first (the ones shown in help), then English ones and spellings without å ä ö.
constexpr Field Fields[] = {
    {"omrade", Facet::PolicyArea, "område"},
    {"malgrupp", Facet::TargetGroup, "målgrupp"},
    {"lan", Facet::Region, "län"},
    {"kommun", Facet::Municipality, "kommun"},
    {"status", Facet::Status, "status"},
    {"typ", Facet::CaseKind, "typ"},
    {"evidens", Facet::EvidenceLevel, "evidens"},
    {"studiebesok", Facet::StudyVisit, "studiebesök"},
    {"ar", Facet::StartYear, "år"},
    {"granskning", Facet::ReviewState, "granskning"},
    {"area", Facet::PolicyArea},
    {"group", Facet::TargetGroup},
    {"region", Facet::Region},
    {"county", Facet::Region},
    {"municipality", Facet::Municipality},
    {"kind", Facet::CaseKind},
    {"evidence", Facet::EvidenceLevel},
    {"visits", Facet::StudyVisit},
    {"year", Facet::StartYear},
    {"review", Facet::ReviewState},
    {"post", Facet::RecordType, "post"},
    {"record", Facet::RecordType},
    {"fragestatus", Facet::QuestionState, "frågestatus"},
    {"question", Facet::QuestionState},
    {"samverkan", Facet::PartnershipForm, "samverkan"},
    {"partnership", Facet::PartnershipForm},
    {"aktor", Facet::ActorType, "aktör"},
    {"actor", Facet::ActorType},
    {"aktualitet", Facet::Freshness, "aktualitet"},
    {"freshness", Facet::Freshness},
    {"publicering", Facet::Publication, "publicering"},
    {"publication", Facet::Publication},
};

const char *vocabularyOf(Facet facet)
{
    switch (facet) {
    case Facet::PolicyArea: return Vocabularies::PolicyArea;
    case Facet::TargetGroup: return Vocabularies::TargetGroup;
    case Facet::CaseKind: return Vocabularies::CaseKind;
    case Facet::Status: return Vocabularies::Status;
    case Facet::EvidenceLevel: return Vocabularies::EvidenceLevel;
    case Facet::ReviewState: return Vocabularies::ReviewState;
    case Facet::RecordType: return Vocabularies::RecordType;
    case Facet::QuestionState: return Vocabularies::QuestionState;
    case Facet::PartnershipForm: return Vocabularies::PartnershipForm;
    case Facet::ActorType: return Vocabularies::ActorType;
    case Facet::Freshness: return Vocabularies::Freshness;
    case Facet::Publication: return Vocabularies::Publication;
    default: return nullptr;
    }
}

// A token of the input: a word, a "quoted phrase", or field:value (the value may be quoted).
struct Token
{
    QString field; // empty for free text
    QString value;
    QString raw; // as typed, for the free text
};

QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        while (i < n && input.at(i).isSpace()) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        const qsizetype start = i;
        bool inQuotes = false;
        qsizetype colon = -1;
        while (i < n && (inQuotes || !input.at(i).isSpace())) {
            const QChar c = input.at(i);
            if (c == u'"') {
                inQuotes = !inQuotes;
            } else if (c == u':' && !inQuotes && colon < 0) {
                colon = i;
            }
            ++i;
        }
        Token t;
        t.raw = input.mid(start, i - start);
        // A field is letters only, before the first colon outside quotes; "-" in front excludes
        // words, not filters, so "-län:x" stays text.
        if (colon > start && colon + 1 < i) {
            const QString field = input.mid(start, colon - start);
            const bool letters = std::all_of(field.cbegin(), field.cend(), [](QChar c) {
                return c.isLetter();
            });
            if (letters) {
                t.field = field;
                t.value = input.mid(colon + 1, i - colon - 1);
                if (t.value.size() >= 2 && t.value.startsWith(u'"') && t.value.endsWith(u'"')) {
                    t.value = t.value.mid(1, t.value.size() - 2);
                }
            }
        }
        tokens.append(t);
    }
    return tokens;
}

} // namespace

QueryLanguage::QueryLanguage(const Vocabularies &vocabularies, const ReferenceData &referenceData)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
{
}

QStringList QueryLanguage::fieldNames()
{
    QStringList names;
    for (const Field &f : Fields) {
        if (f.shown) {
            names.append(QString::fromUtf8(f.shown));
        }
    }
    return names;
}

QList<QueryLanguage::Candidate> QueryLanguage::candidates(Facet facet) const
{
    QList<Candidate> result;
    if (const char *name = vocabularyOf(facet)) {
        for (const VocabularyEntry &e : m_vocabularies.vocabulary(name).entries()) {
            result.append({e.key,
                           {SearchQuery::fold(e.key),
                            SearchQuery::fold(e.swedish),
                            SearchQuery::fold(e.english),
                            SearchQuery::fold(e.key).replace(u'_', u' ')}});
        }
        if (facet == Facet::Status) {
            // Words officials use for a case in running operation.
            result.append({u"i_drift"_s, {u"etablerad"_s, u"established"_s}});
        }
        return result;
    }
    switch (facet) {
    case Facet::Region:
        for (const Region &r : m_referenceData.regions()) {
            QString shortName = r.name;
            shortName.remove(u" län"_s);
            result.append({r.code,
                           {r.code,
                            SearchQuery::fold(r.name),
                            SearchQuery::fold(shortName),
                            SearchQuery::fold(r.authorityName)}});
        }
        break;
    case Facet::Municipality:
        for (const Municipality &m : m_referenceData.municipalities()) {
            result.append({m.code, {m.code, SearchQuery::fold(m.name)}});
        }
        break;
    case Facet::StudyVisit:
        result.append({u"ja"_s, {u"ja"_s, u"yes"_s}});
        result.append({u"nej"_s, {u"nej"_s, u"no"_s}});
        break;
    default: break;
    }
    return result;
}

void QueryLanguage::addFilter(Parsed &parsed, Facet facet, const QString &field, const QString &value) const
{
    const QString folded = SearchQuery::fold(value.trimmed());
    if (facet == Facet::StartYear) {
        bool ok = false;
        const int year = folded.toInt(&ok);
        if (!ok || folded.size() != 4 || year < 1900) {
            parsed.errors.append(Error{ErrorCode::UnknownQueryValue, field, value});
            return;
        }
        parsed.filter.values(facet).insert(folded);
        return;
    }
    const QList<Candidate> all = candidates(facet);
    // Exact key or name first; else the one name that begins with what was typed.
    QStringList beginning;
    for (const Candidate &c : all) {
        if (c.names.contains(folded)) {
            parsed.filter.values(facet).insert(c.key);
            return;
        }
        if (std::any_of(c.names.cbegin(),
                        c.names.cend(),
                        [&](const QString &name) {
                            return name.startsWith(folded);
                        })
            && !beginning.contains(c.key)) {
            beginning.append(c.key);
        }
    }
    if (beginning.size() == 1 && !folded.isEmpty()) {
        parsed.filter.values(facet).insert(beginning.first());
        return;
    }
    QStringList names;
    for (const QString &key : std::as_const(beginning)) {
        names.append(filterText(facet, key).section(u':', 1));
    }
    parsed.errors.append(beginning.isEmpty()
                             ? Error{ErrorCode::UnknownQueryValue, field, value}
                             : Error{ErrorCode::AmbiguousQueryValue, field, names.mid(0, 6).join(u", "_s)});
}

QueryLanguage::Parsed QueryLanguage::parse(const QString &input) const
{
    Parsed parsed;
    QStringList text;
    for (const Token &t : tokenize(input)) {
        if (t.field.isEmpty()) {
            text.append(t.raw);
            continue;
        }
        const QString field = SearchQuery::fold(t.field);
        const auto it = std::find_if(std::begin(Fields), std::end(Fields), [&](const Field &f) {
            return field == QLatin1StringView(f.name);
        });
        if (it == std::end(Fields)) {
            // A colon in ordinary text ("kl:18") is not a filter unless the word is a field.
            parsed.errors.append(Error{ErrorCode::UnknownQueryField, t.field, fieldNames().join(u", "_s)});
            continue;
        }
        addFilter(parsed, it->facet, t.field, t.value);
    }
    parsed.text = text.join(u' ');
    return parsed;
}

QString QueryLanguage::filterText(Facet facet, const QString &value) const
{
    const auto field = std::find_if(std::begin(Fields), std::end(Fields), [&](const Field &f) {
        return f.facet == facet;
    });
    // The first entry of a facet is its Swedish name.
    const QString name = field == std::end(Fields) || !field->shown ? QString() : QString::fromUtf8(field->shown);
    QString label = value;
    if (const char *vocabulary = vocabularyOf(facet)) {
        label = m_vocabularies.vocabulary(vocabulary).label(value, Language::Swedish);
    } else if (facet == Facet::Region) {
        if (const Region *r = m_referenceData.region(value)) {
            label = QString(r->name).remove(u" län"_s);
        }
    } else if (facet == Facet::Municipality) {
        if (const Municipality *m = m_referenceData.municipality(value)) {
            label = m->name;
        }
    }
    if (label.contains(u' ')) {
        label = u'"' + label + u'"';
    }
    return name + u':' + label;
}

} // namespace Fb
