#include "caselabels.h"

#include "freshness.h"
#include "organisationid.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fb {

CaseLabels::CaseLabels(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
{
}

QString CaseLabels::label(const char *vocabulary, const QString &key) const
{
    return m_vocabularies.vocabulary(vocabulary).label(key, m_language);
}

QString CaseLabels::labels(const char *vocabulary, const QStringList &keys) const
{
    QStringList result;
    for (const QString &k : keys) {
        result.append(label(vocabulary, k));
    }
    return result.join(u", "_s);
}

QString CaseLabels::title(const char *vocabulary) const
{
    return m_vocabularies.vocabulary(vocabulary).title(m_language);
}

QString CaseLabels::evidenceLevel(int level) const
{
    return label(Vocabularies::EvidenceLevel, QString::number(level));
}

QString CaseLabels::evidenceExplanation(int level)
{
    switch (level) {
    case 0: return tr("The effects have not been followed up.");
    case 1: return tr("Why the work should help is written down, but no change has been measured.");
    case 2: return tr("A change was measured before and after, without comparison.");
    case 3: return tr("The effect was compared with a group or place that did not take part.");
    case 4: return tr("An independent evaluation has confirmed the effect.");
    case 5: return tr("The effect has been repeated in several places and at scale.");
    default: return {};
    }
}

QString CaseLabels::fieldLabel(const Vocabularies &vocabularies, Language language, const QString &path)
{
    if (path.startsWith("sections."_L1)) {
        return vocabularies.vocabulary(Vocabularies::Section).label(path.mid(9), language);
    }
    static const QHash<QString, const char *> names{
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"short_name"_s, QT_TR_NOOP("Short name")},
        {u"summary"_s, QT_TR_NOOP("Summary")},
        {u"owner"_s, QT_TR_NOOP("Owner")},
        {u"evidence_level"_s, QT_TR_NOOP("Evidence level")},
        {u"contacts"_s, QT_TR_NOOP("Contacts")},
        {u"links"_s, QT_TR_NOOP("Links")},
        {u"study_visit"_s, QT_TR_NOOP("Study visits")},
    };
    const char *name = names.value(path.section(u'.', 0, 0));
    return name ? tr(name) : path;
}

QString CaseLabels::actorName(const Actor &a) const
{
    QString name = a.name;
    if (name.isEmpty() && a.type == "kommun"_L1) {
        if (const Municipality *m = m_referenceData.municipality(a.code)) {
            name = m->name;
        }
    } else if (name.isEmpty() && a.type == "region"_L1) {
        if (const Region *r = m_referenceData.region(a.code)) {
            name = r->authorityName;
        }
    }
    return name;
}

QString CaseLabels::organisationName(const QString &id) const
{
    const OrganisationId parsed = OrganisationId::parse(id);
    if (parsed.kind == OrganisationId::Kind::Municipality) {
        if (const Municipality *m = m_referenceData.municipality(parsed.code)) {
            return tr("%1 municipality").arg(m->name);
        }
    } else if (parsed.kind == OrganisationId::Kind::Region) {
        if (const Region *r = m_referenceData.region(parsed.code)) {
            return r->authorityName;
        }
    }
    return id;
}

QString CaseLabels::newsText(const NewsItem &item) const
{
    switch (item.kind) {
    case NewsItem::Kind::Answer:
        //: What is new: %1 the answering organisation, %2 the question
        return tr("New answer from %1: %2").arg(organisationName(item.from), item.title);
    case NewsItem::Kind::Adoption:
        //: What is new: %1 the organisation that took the case up, %2 the case
        return tr("%1 has taken up %2").arg(organisationName(item.from), item.title);
    case NewsItem::Kind::Question: return tr("New question from %1: %2").arg(organisationName(item.from), item.title);
    case NewsItem::Kind::Comment:
        //: What is new: %1 the reviewer's account, %2 the case
        return tr("Review remark from %1 on %2").arg(item.from, item.title);
    case NewsItem::Kind::Change:
        //: What is new: %1 the account that changed it, %2 the case or question followed
        return item.from.isEmpty() ? tr("Changed: %1").arg(item.title)
                                   : tr("Changed by %1: %2").arg(item.from, item.title);
    }
    return item.title;
}

QString CaseLabels::actorLine(const Actor &a) const
{
    QStringList parts{actorName(a)};
    if (!a.type.isEmpty()) {
        parts.append(label(Vocabularies::ActorType, a.type));
    }
    if (!a.role.isEmpty()) {
        parts.append(label(Vocabularies::ActorRole, a.role));
    }
    return parts.join(u" – "_s);
}

QString CaseLabels::municipalityNames(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes) {
        const Municipality *m = m_referenceData.municipality(code);
        names.append(m ? m->name : code);
    }
    return names.join(u", "_s);
}

QString CaseLabels::countyNames(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes) {
        const Region *r = m_referenceData.region(code);
        names.append(r ? r->name : code);
    }
    return names.join(u", "_s);
}

QList<CaseFact> CaseLabels::facts(const CaseRecord &c, QDate today) const
{
    using V = Vocabularies;
    return {
        {tr("Short name"), c.shortName},
        {tr("Owner"), actorName(c.owner)},
        {tr("Municipalities"), municipalityNames(c.municipalities)},
        {tr("Counties"), countyNames(c.regions)},
        {title(V::CaseKind), label(V::CaseKind, c.caseKind)},
        {title(V::PolicyArea), labels(V::PolicyArea, c.policyAreas)},
        {title(V::TargetGroup), labels(V::TargetGroup, c.targetGroups)},
        {title(V::Status), label(V::Status, c.status)},
        {title(V::Scale), label(V::Scale, c.scale)},
        {title(V::PartnershipForm), labels(V::PartnershipForm, c.partnershipForms)},
        {tr("Period"), period(c)},
        {title(V::EvidenceLevel), c.evidenceLevel ? evidenceLevel(*c.evidenceLevel) : QString()},
        {tr("Proven experience"), provenExperience(c, today)},
        {title(V::Freshness), freshness(c, today)},
        {tr("Tags"), c.tags.join(u", "_s)},
    };
}

QString CaseLabels::period(const CaseRecord &c)
{
    return c.end.isEmpty() ? c.start : c.start + u"–"_s + c.end;
}

QString CaseLabels::contactLine(const Contact &k)
{
    QStringList parts;
    for (const QString &p : {k.name, k.role, k.organisation, k.email, k.phone}) {
        if (!p.isEmpty()) {
            parts.append(p);
        }
    }
    return parts.join(u", "_s);
}

QString CaseLabels::freshness(const CaseRecord &c, QDate today) const
{
    const QDate due = Freshness::dueDate(c);
    if (!due.isValid()) {
        return {};
    }
    QStringList parts;
    if (!c.lastVerifiedAt.isEmpty()) {
        parts.append(tr("confirmed by its owner on %1").arg(c.lastVerifiedAt));
    }
    parts.append(Freshness::isOverdue(c, today) ? tr("due for review since %1").arg(due.toString(Qt::ISODate))
                                                : tr("next review by %1").arg(due.toString(Qt::ISODate)));
    return parts.join(u", "_s);
}

QString CaseLabels::provenExperience(const CaseRecord &c, QDate today) const
{
    // The second track beside the evidence level (case-bank-domain.md F8): how long it has run
    // and how many others took it up, counted here from the record, never typed in.
    QSet<QString> others;
    const QString owner = OrganisationId::ofOwner(c.owner.type, c.owner.code);
    for (const Adoption &a : c.adoptions) {
        if (a.organisation != owner && a.status != "planerad"_L1) {
            others.insert(a.organisation);
        }
    }
    const int from = c.start.left(4).toInt();
    const int until = c.end.isEmpty() ? today.year() : c.end.left(4).toInt();
    const int years = from > 0 && until >= from ? until - from : -1;
    QStringList parts;
    if (years >= 0) {
        parts.append(tr("%n years in operation", nullptr, years));
    }
    if (!others.isEmpty()) {
        parts.append(tr("taken up by %n other organisations", nullptr, int(others.size())));
    }
    if (parts.isEmpty()) {
        return {};
    }
    QString text = parts.join(u", "_s);
    if (years >= ProvenYears && others.size() >= ProvenAdoptions) {
        text += u" "_s
            + tr("(meets the mark: at least %1 years and %2 independent adoptions)")
                  .arg(ProvenYears)
                  .arg(ProvenAdoptions);
    }
    return text;
}

} // namespace Fb
