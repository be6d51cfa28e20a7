#include "caseexporter.h"

#include "casestore.h"

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

Result<void> put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size()) {
        return Error{ErrorCode::FileWriteFailed, {}, out.errorString()};
    }
    return {};
}

} // namespace

CaseExporter::CaseExporter(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language)
    : m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
{
}

std::optional<CaseExporter::Format> CaseExporter::formatFromName(const QString &name)
{
    if (name == "json"_L1) {
        return Format::Json;
    }
    if (name == "jsonl"_L1 || name == "ndjson"_L1) {
        return Format::JsonLines;
    }
    if (name == "markdown"_L1 || name == "md"_L1) {
        return Format::Markdown;
    }
    return std::nullopt;
}

QString CaseExporter::label(const char *vocabulary, const QString &key) const
{
    return m_vocabularies.vocabulary(vocabulary).label(key, m_language);
}

QString CaseExporter::labels(const char *vocabulary, const QStringList &keys) const
{
    QStringList result;
    for (const QString &k : keys) {
        result.append(label(vocabulary, k));
    }
    return result.join(u", "_s);
}

QString CaseExporter::actorName(const Actor &a) const
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

QString CaseExporter::actorLine(const Actor &a) const
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

QString CaseExporter::toMarkdown(const CaseRecord &c) const
{
    QString md;
    md += u"# "_s + c.title + u"\n\n"_s;
    if (!c.summary.isEmpty()) {
        md += c.summary + u"\n\n"_s;
    }
    const auto field = [&](const QString &name, const QString &value) {
        if (!value.isEmpty()) {
            md += u"- **"_s + name + u":** "_s + value + u'\n';
        }
    };
    field(tr("Short name"), c.shortName);
    field(tr("Owner"), actorName(c.owner));
    QStringList places;
    for (const QString &code : c.municipalities) {
        const Municipality *m = m_referenceData.municipality(code);
        places.append(m ? m->name : code);
    }
    field(tr("Municipalities"), places.join(u", "_s));
    places.clear();
    for (const QString &code : c.regions) {
        const Region *r = m_referenceData.region(code);
        places.append(r ? r->name : code);
    }
    field(tr("Counties"), places.join(u", "_s));
    field(m_vocabularies.vocabulary(Vocabularies::CaseKind).title(m_language),
          label(Vocabularies::CaseKind, c.caseKind));
    field(m_vocabularies.vocabulary(Vocabularies::PolicyArea).title(m_language),
          labels(Vocabularies::PolicyArea, c.policyAreas));
    field(m_vocabularies.vocabulary(Vocabularies::TargetGroup).title(m_language),
          labels(Vocabularies::TargetGroup, c.targetGroups));
    field(m_vocabularies.vocabulary(Vocabularies::Status).title(m_language), label(Vocabularies::Status, c.status));
    field(m_vocabularies.vocabulary(Vocabularies::Scale).title(m_language), label(Vocabularies::Scale, c.scale));
    field(m_vocabularies.vocabulary(Vocabularies::PartnershipForm).title(m_language),
          labels(Vocabularies::PartnershipForm, c.partnershipForms));
    const QString period = c.end.isEmpty() ? c.start : c.start + u"–"_s + c.end;
    field(tr("Period"), period);
    if (c.evidenceLevel) {
        field(m_vocabularies.vocabulary(Vocabularies::EvidenceLevel).title(m_language),
              label(Vocabularies::EvidenceLevel, QString::number(*c.evidenceLevel)));
    }
    field(tr("Tags"), c.tags.join(u", "_s));
    md += u'\n';

    if (!c.actors.isEmpty()) {
        md += u"## "_s + tr("Participating organisations") + u"\n\n"_s;
        for (const Actor &a : c.actors) {
            md += u"- "_s + actorLine(a) + u'\n';
        }
        md += u'\n';
    }
    const Vocabulary &sections = m_vocabularies.vocabulary(Vocabularies::Section);
    for (const VocabularyEntry &s : sections.entries()) {
        const QString text = c.section(s.key).trimmed();
        if (!text.isEmpty()) {
            md += u"## "_s + s.label(m_language) + u"\n\n"_s + text + u"\n\n"_s;
        }
    }
    if (c.studyVisit.open) {
        md += u"## "_s + tr("Study visits") + u"\n\n"_s;
        md += tr("Open for study visits.") + u'\n';
        if (!c.studyVisit.formats.isEmpty()) {
            md +=
                u"- **"_s + tr("Format") + u":** "_s + labels(Vocabularies::VisitFormat, c.studyVisit.formats) + u'\n';
        }
        if (c.studyVisit.maxGroup > 0) {
            md += u"- **"_s + tr("Largest group") + u":** "_s + QString::number(c.studyVisit.maxGroup) + u'\n';
        }
        if (!c.studyVisit.contact.isEmpty()) {
            md += u"- **"_s + tr("Contact") + u":** "_s + c.studyVisit.contact + u'\n';
        }
        if (!c.studyVisit.notes.isEmpty()) {
            md += u'\n' + c.studyVisit.notes + u'\n';
        }
        md += u'\n';
    }
    if (!c.contacts.isEmpty()) {
        md += u"## "_s + tr("Contacts") + u"\n\n"_s;
        for (const Contact &k : c.contacts) {
            QStringList parts;
            for (const QString &p : {k.name, k.role, k.organisation, k.email, k.phone}) {
                if (!p.isEmpty()) {
                    parts.append(p);
                }
            }
            md += u"- "_s + parts.join(u", "_s) + u'\n';
        }
        md += u'\n';
    }
    if (!c.links.isEmpty()) {
        md += u"## "_s + tr("Links") + u"\n\n"_s;
        for (const Link &l : c.links) {
            md += u"- <"_s + l.url + u">"_s + (l.title.isEmpty() ? QString() : u" "_s + l.title) + u'\n';
        }
        md += u'\n';
    }
    return md;
}

Result<void> CaseExporter::write(const CaseRecord &record, Format format, QIODevice &out) const
{
    switch (format) {
    case Format::Json:
    case Format::JsonLines: return put(out, record.toCanonicalJson() + '\n');
    case Format::Markdown: return put(out, toMarkdown(record).toUtf8());
    }
    return {};
}

Result<qint64> CaseExporter::exportStore(const CaseStore &store, Format format, QIODevice &out) const
{
    qint64 count = 0;
    Result<void> writeResult;
    if (format == Format::Json) {
        writeResult = put(out, "[\n");
    }
    auto visited = store.forEach([&](const CaseRecord &record) {
        if (!writeResult) {
            return false;
        }
        if (format == Format::Json && count > 0) {
            writeResult = put(out, ",\n");
        } else if (format == Format::Markdown && count > 0) {
            writeResult = put(out, "---\n\n");
        }
        if (writeResult) {
            writeResult = format == Format::Json ? put(out, record.toCanonicalJson()) : write(record, format, out);
        }
        ++count;
        return writeResult.ok();
    });
    if (!visited) {
        return visited.error();
    }
    if (writeResult && format == Format::Json) {
        writeResult = put(out, count > 0 ? "\n]\n" : "]\n");
    }
    if (!writeResult) {
        return writeResult.error();
    }
    return count;
}

} // namespace Fb
