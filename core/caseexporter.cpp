#include "caseexporter.h"

#include "casestore.h"

#include <QDate>
#include <QSet>

#include <algorithm>

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

// "- **Name:** value", or nothing for an empty value.
void appendField(QString &md, const QString &name, const QString &value)
{
    if (!value.isEmpty()) {
        md += u"- **"_s + name + u":** "_s + value + u'\n';
    }
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

QString CaseExporter::contactsMarkdown(const QList<Contact> &contacts) const
{
    if (contacts.isEmpty()) {
        return {};
    }
    QString md = u"## "_s + tr("Contacts") + u"\n\n"_s;
    for (const Contact &k : contacts) {
        md += u"- "_s + CaseLabels::contactLine(k) + u'\n';
    }
    return md + u'\n';
}

QString CaseExporter::caseReference(const QString &id, const LinkedRecords *links) const
{
    const QString title = links ? links->title(id) : QString();
    if (title.isEmpty()) {
        return tr("case %1").arg(id);
    }
    return u"[%1](%2:%3)"_s.arg(title, QLatin1StringView(CaseLinkScheme), id);
}

QString CaseExporter::questionMarkdown(const CaseRecord &q, const LinkedRecords *links) const
{
    QString md;
    md += u"# "_s + q.title + u"\n\n"_s;
    md += u"*"_s + tr("Question") + u" · "_s
        + m_labels.label(Vocabularies::QuestionState, q.questionState.isEmpty() ? u"oppen"_s : q.questionState)
        + u"*\n\n"_s;
    const auto field = [&md](const QString &name, const QString &value) {
        appendField(md, name, value);
    };
    field(tr("Asked by"), m_labels.actorName(q.owner));
    field(tr("Municipalities"), m_labels.municipalityNames(q.municipalities));
    field(tr("Counties"), m_labels.countyNames(q.regions));
    field(m_labels.title(Vocabularies::PolicyArea), m_labels.labels(Vocabularies::PolicyArea, q.policyAreas));
    field(m_labels.title(Vocabularies::TargetGroup), m_labels.labels(Vocabularies::TargetGroup, q.targetGroups));
    field(tr("Asked"), q.createdAt.left(10));
    md += u'\n';
    if (!q.summary.isEmpty()) {
        md += u"## "_s + tr("Background") + u"\n\n"_s + q.summary + u"\n\n"_s;
    }
    md += u"## "_s + tr("Answers (%n)", nullptr, int(q.answers.size())) + u"\n\n"_s;
    if (q.answers.isEmpty()) {
        md += tr("No answers yet. Answer with a case of the bank that shows how you solved it.") + u"\n\n"_s;
    }
    QList<Answer> answers = q.answers.values();
    std::stable_sort(answers.begin(), answers.end(), [](const Answer &a, const Answer &b) {
        return a.at < b.at;
    });
    for (const Answer &a : std::as_const(answers)) {
        md += u"- **"_s + m_labels.organisationName(a.organisation) + u"**"_s
            + (a.at.isEmpty() ? QString() : u", "_s + a.at.left(10)) + u": "_s + caseReference(a.caseId, links);
        if (!a.note.trimmed().isEmpty()) {
            md += u" — "_s + a.note.trimmed();
        }
        md += u'\n';
    }
    md += u'\n';
    md += contactsMarkdown(q.contacts);
    return md;
}

QString CaseExporter::adoptionsMarkdown(const CaseRecord &c, const LinkedRecords *links) const
{
    QString md;
    if (!c.adoptions.isEmpty()) {
        QSet<QString> organisations;
        bool municipalitiesOnly = true;
        for (const Adoption &a : c.adoptions) {
            organisations.insert(a.organisation);
            municipalitiesOnly = municipalitiesOnly && a.organisation.startsWith("kommun:"_L1);
        }
        const int n = int(organisations.size());
        md += u"## "_s
            + (municipalitiesOnly ? tr("Taken up in %n municipalities", nullptr, n)
                                  : tr("Taken up by %n organisations", nullptr, n))
            + u"\n\n"_s;
        QList<Adoption> adoptions = c.adoptions.values();
        std::stable_sort(adoptions.begin(), adoptions.end(), [](const Adoption &a, const Adoption &b) {
            return a.period < b.period;
        });
        for (const Adoption &a : std::as_const(adoptions)) {
            QStringList head{u"**"_s + (a.name.isEmpty() ? m_labels.organisationName(a.organisation) : a.name)
                             + u"**"_s};
            if (!a.period.isEmpty()) {
                head.append(a.period);
            }
            if (!a.status.isEmpty()) {
                head.append(m_labels.label(Vocabularies::AdoptionStatus, a.status));
            }
            md += u"- "_s + head.join(u", "_s);
            if (!a.adaptation.trimmed().isEmpty()) {
                md += u". "_s + tr("Adapted: %1").arg(a.adaptation.trimmed());
            }
            if (!a.outcome.trimmed().isEmpty()) {
                md += u" "_s + tr("Outcome so far: %1").arg(a.outcome.trimmed());
            }
            if (!a.caseId.isEmpty()) {
                md += u" "_s + tr("Their case: %1").arg(caseReference(a.caseId, links));
            }
            md += u'\n';
        }
        md += u'\n';
    }
    if (links && !links->questions.isEmpty()) {
        md += u"## "_s + tr("Answers the questions") + u"\n\n"_s;
        for (const auto &[id, title] : links->questions) {
            md += u"- [%1](%2:%3)\n"_s.arg(title, QLatin1StringView(CaseLinkScheme), id);
        }
        md += u'\n';
    }
    return md;
}

QString CaseExporter::toMarkdown(const CaseRecord &c, const LinkedRecords *links) const
{
    if (c.isQuestion()) {
        return questionMarkdown(c, links);
    }
    QString md;
    md += u"# "_s + c.title + u"\n\n"_s;
    if (!c.summary.isEmpty()) {
        md += c.summary + u"\n\n"_s;
    }
    const auto field = [&md](const QString &name, const QString &value) {
        appendField(md, name, value);
    };
    for (const CaseFact &f : m_labels.facts(c, QDate::currentDate())) {
        field(f.label, f.value);
    }
    if (!c.originCase.isEmpty()) {
        field(tr("Builds on"), caseReference(c.originCase, links));
    }
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
    md += adoptionsMarkdown(c, links);
    md += contactsMarkdown(c.contacts);
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
