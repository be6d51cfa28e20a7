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
    , m_labels(vocabularies, referenceData, language)
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
    field(tr("Owner"), m_labels.actorName(c.owner));
    field(tr("Municipalities"), m_labels.municipalityNames(c.municipalities));
    field(tr("Counties"), m_labels.countyNames(c.regions));
    field(m_labels.title(Vocabularies::CaseKind), m_labels.label(Vocabularies::CaseKind, c.caseKind));
    field(m_labels.title(Vocabularies::PolicyArea), m_labels.labels(Vocabularies::PolicyArea, c.policyAreas));
    field(m_labels.title(Vocabularies::TargetGroup), m_labels.labels(Vocabularies::TargetGroup, c.targetGroups));
    field(m_labels.title(Vocabularies::Status), m_labels.label(Vocabularies::Status, c.status));
    field(m_labels.title(Vocabularies::Scale), m_labels.label(Vocabularies::Scale, c.scale));
    field(m_labels.title(Vocabularies::PartnershipForm),
          m_labels.labels(Vocabularies::PartnershipForm, c.partnershipForms));
    field(tr("Period"), CaseLabels::period(c));
    if (c.evidenceLevel) {
        field(m_labels.title(Vocabularies::EvidenceLevel), m_labels.evidenceLevel(*c.evidenceLevel));
    }
    field(tr("Tags"), c.tags.join(u", "_s));
    md += u'\n';

    if (!c.actors.isEmpty()) {
        md += u"## "_s + tr("Participating organisations") + u"\n\n"_s;
        for (const Actor &a : c.actors) {
            md += u"- "_s + m_labels.actorLine(a) + u'\n';
        }
        md += u'\n';
    }
    const Vocabulary &sections = m_vocabularies.vocabulary(Vocabularies::Section);
    for (const VocabularyEntry &s : sections.entries()) {
        const QString text = c.section(s.key).trimmed();
        if (!text.isEmpty()) {
            md += u"## "_s + s.label(m_labels.language()) + u"\n\n"_s + text + u"\n\n"_s;
        }
    }
    if (c.studyVisit.open) {
        md += u"## "_s + tr("Study visits") + u"\n\n"_s;
        md += tr("Open for study visits.") + u'\n';
        if (!c.studyVisit.formats.isEmpty()) {
            md += u"- **"_s + tr("Format") + u":** "_s
                + m_labels.labels(Vocabularies::VisitFormat, c.studyVisit.formats) + u'\n';
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
            md += u"- "_s + CaseLabels::contactLine(k) + u'\n';
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
