#include "caselabels.h"

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

} // namespace Fb
