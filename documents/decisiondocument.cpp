#include "decisiondocument.h"

#include "decisionoutline.h"
#include "decisiontextbuilder.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <array>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The sections a decision rests on, in the order a reader weighs them.
constexpr std::array DecisionSections{"costs", "results", "pitfalls", "success_factors"};

Result<void> put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size()) {
        return Error{ErrorCode::FileWriteFailed, {}, out.errorString()};
    }
    return {};
}

// Plain text for a Markdown line: markup characters are escaped, so a title with an asterisk or
// a bracket reads as written. Line breaks would end the line (or the list item), so they go.
QString plainMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (ch == u'\n' || ch == u'\r') {
            out += u' ';
            continue;
        }
        if (u"\\`*_[]<>"_s.contains(ch)) {
            out += u'\\';
        }
        out += ch;
    }
    return out;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Case Markdown may contain raw HTML, which most Markdown viewers render, images (tracking
// pixels) and all. Escaping the '<' of every tag keeps the tag visible as text; autolinks
// (<https://…>, <name@example.se>) and code stay as they are.
QString withoutHtml(const QString &markdown)
{
    static const QRegularExpression autolink(
        u"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@\\\\]+@[^\\s<>@\\\\]+)>"_s);
    QString out;
    out.reserve(markdown.size() + 16);
    bool fenced = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (!out.isEmpty() || fenced) {
            out += u'\n';
        }
        const QString start = line.trimmed();
        if (start.startsWith("```"_L1) || start.startsWith("~~~"_L1)) {
            fenced = !fenced;
            out += line;
            continue;
        }
        if (fenced) {
            out += line;
            continue;
        }
        for (qsizetype i = 0; i < line.size();) {
            const QChar ch = line.at(i);
            if (ch == u'`') {
                // A code span runs to the next run of exactly as many backticks.
                qsizetype run = 1;
                while (i + run < line.size() && line.at(i + run) == u'`') {
                    ++run;
                }
                const QString fence(run, u'`');
                qsizetype close = line.indexOf(fence, i + run);
                while (close >= 0 && close + run < line.size() && line.at(close + run) == u'`') {
                    close = line.indexOf(fence, close + run + 1);
                }
                const qsizetype end = close >= 0 ? close + run : i + run;
                out += QStringView(line).mid(i, end - i);
                i = end;
                continue;
            }
            if (ch == u'<') {
                const auto link = autolink.match(line,
                                                 i,
                                                 QRegularExpression::NormalMatch,
                                                 QRegularExpression::AnchorAtOffsetMatchOption);
                if (link.hasMatch()) {
                    out += link.captured();
                    i += link.capturedLength();
                    continue;
                }
                // Only what starts a tag, a comment or a declaration; "a < b" stays. An odd number
                // of backslashes before it means it is escaped already.
                const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
                qsizetype slashes = 0;
                while (i - slashes > 0 && line.at(i - slashes - 1) == u'\\') {
                    ++slashes;
                }
                if (slashes % 2 == 0 && (isAsciiLetter(next) || next == u'/' || next == u'!' || next == u'?')) {
                    out += u'\\';
                }
            }
            out += ch;
            ++i;
        }
    }
    return out;
}

} // namespace

DecisionDocument::DecisionDocument(const Vocabularies &vocabularies,
                                   const ReferenceData &referenceData,
                                   Language language)
    : m_vocabularies(vocabularies)
    , m_labels(vocabularies, referenceData, language)
{
}

QStringList DecisionDocument::defaultSections()
{
    QStringList keys;
    for (const char *key : DecisionSections) {
        keys.append(QString::fromLatin1(key));
    }
    return keys;
}

std::optional<DecisionDocument::Format> DecisionDocument::formatFromName(const QString &name)
{
    if (name == "pdf"_L1) {
        return Format::Pdf;
    }
    if (name == "odt"_L1) {
        return Format::Odt;
    }
    if (name == "markdown"_L1 || name == "md"_L1) {
        return Format::Markdown;
    }
    return std::nullopt;
}

QString DecisionDocument::fileSuffix(Format format)
{
    switch (format) {
    case Format::Pdf: return u"pdf"_s;
    case Format::Odt: return u"odt"_s;
    case Format::Markdown: return u"md"_s;
    }
    return {};
}

QPageLayout DecisionDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       QPageLayout::Portrait,
                       QMarginsF(20, 16, 20, 12),
                       QPageLayout::Millimeter);
}

DecisionOutline
DecisionDocument::outline(const QList<CaseRecord> &cases, const QStringList &sections, const QDate &date) const
{
    if (cases.size() == 1) {
        return caseOutline(cases.first(), sections, date);
    }
    DecisionOutline o;
    o.bank = u"Framgångsbanken"_s;
    o.kind = tr("Decision document");
    o.date = date.toString(Qt::ISODate);
    o.title = tr("%n case(s) compared", nullptr, int(cases.size()));
    for (const CaseRecord &c : cases) {
        o.compared.append(c.title.trimmed());
    }
    o.comparison = CaseComparison(m_vocabularies, m_labels).rows(cases, date, false);
    for (const CaseRecord &c : cases) {
        const DecisionOutline one = caseOutline(c, sections, date);
        DecisionOutline::Section head;
        head.heading = one.title;
        head.lead = one.summary;
        o.sections.append(head);
        for (DecisionOutline::Section s : one.sections) {
            s.level = 3;
            o.sections.append(s);
        }
    }
    return o;
}

DecisionOutline DecisionDocument::caseOutline(const CaseRecord &c, const QStringList &sections, const QDate &date) const
{
    DecisionOutline o;
    o.bank = u"Framgångsbanken"_s; // the bank's name, the same in every language
    o.kind = tr("Decision document");
    o.date = date.toString(Qt::ISODate);
    o.title = c.title.trimmed();
    o.summary = c.summary.trimmed();

    const auto fact = [&](const QString &label, const QString &value, const QString &note = {}) {
        if (!value.trimmed().isEmpty()) {
            o.facts.append({label, value.trimmed(), note});
        }
    };
    fact(tr("Organisation"), m_labels.actorName(c.owner));
    QStringList places{m_labels.municipalityNames(c.municipalities), m_labels.countyNames(c.regions)};
    places.removeAll(QString());
    fact(tr("Place"), places.join(u", "_s));
    if (!c.status.isEmpty()) {
        fact(m_labels.title(Vocabularies::Status), m_labels.label(Vocabularies::Status, c.status));
    }
    if (!c.lifecycleStage.isEmpty()) {
        fact(m_labels.title(Vocabularies::LifecycleStage),
             m_labels.label(Vocabularies::LifecycleStage, c.lifecycleStage));
    }
    if (!c.start.isEmpty() || !c.end.isEmpty()) {
        fact(tr("Period"), CaseLabels::period(c));
    }
    if (c.evidenceLevel) {
        fact(m_labels.title(Vocabularies::EvidenceLevel),
             m_labels.evidenceLevel(*c.evidenceLevel),
             CaseLabels::evidenceExplanation(*c.evidenceLevel));
    }
    fact(tr("Proven experience"), m_labels.provenExperience(c, date));
    if (!c.reviewState.isEmpty()) {
        fact(m_labels.title(Vocabularies::ReviewState), m_labels.label(Vocabularies::ReviewState, c.reviewState));
    }
    fact(m_labels.title(Vocabularies::Freshness), m_labels.freshness(c, date));

    // In the order asked (the default: the order a reader weighs them); a key the vocabulary
    // does not know is no section.
    const Vocabulary &known = m_vocabularies.vocabulary(Vocabularies::Section);
    for (const QString &key : sections) {
        const QString text = known.contains(key) ? c.section(key).trimmed() : QString();
        if (!text.isEmpty()) {
            DecisionOutline::Section section;
            section.heading = m_labels.label(Vocabularies::Section, key);
            section.markdown = text;
            o.sections.append(section);
        }
    }

    DecisionOutline::Section contacts;
    contacts.heading = tr("Contacts");
    for (const Contact &k : c.contacts) {
        if (const QString line = CaseLabels::contactLine(k).trimmed(); !line.isEmpty()) {
            contacts.items.append(line);
        }
    }
    if (!contacts.items.isEmpty()) {
        o.sections.append(contacts);
    }

    if (c.studyVisit.open) {
        DecisionOutline::Section visit;
        visit.heading = tr("Study visits");
        visit.lead = tr("Open for study visits.");
        if (!c.studyVisit.formats.isEmpty()) {
            visit.facts.append({tr("Format"), m_labels.labels(Vocabularies::VisitFormat, c.studyVisit.formats), {}});
        }
        if (c.studyVisit.maxGroup > 0) {
            visit.facts.append({tr("Largest group"), QString::number(c.studyVisit.maxGroup), {}});
        }
        if (!c.studyVisit.contact.trimmed().isEmpty()) {
            visit.facts.append({tr("Contact"), c.studyVisit.contact.trimmed(), {}});
        }
        visit.markdown = c.studyVisit.notes.trimmed();
        o.sections.append(visit);
    }

    DecisionOutline::Section links;
    links.heading = tr("Links");
    for (const Link &l : c.links) {
        if (!l.url.trimmed().isEmpty()) {
            links.links.append(Link{l.title.trimmed(), l.url.trimmed(), {}});
        }
    }
    if (!links.links.isEmpty()) {
        o.sections.append(links);
    }
    return o;
}

std::unique_ptr<QTextDocument>
DecisionDocument::toTextDocument(const QList<CaseRecord> &cases, const QStringList &sections, const QDate &date) const
{
    return DecisionTextBuilder::build(outline(cases, sections, date));
}

std::unique_ptr<QTextDocument> DecisionDocument::toTextDocument(const CaseRecord &record, const QDate &date) const
{
    return toTextDocument({record}, defaultSections(), date);
}

QString
DecisionDocument::toMarkdown(const QList<CaseRecord> &cases, const QStringList &sections, const QDate &date) const
{
    const DecisionOutline o = outline(cases, sections, date);
    QString md;
    md += u"**"_s + plainMarkdown(o.bank) + u"** · "_s + plainMarkdown(o.kind) + u" · "_s + o.date + u"\n\n"_s;
    md += u"# "_s + plainMarkdown(o.title) + u"\n\n"_s;
    if (!o.summary.isEmpty()) {
        QStringList paragraphs;
        for (const QString &p : o.summary.split(u'\n')) {
            paragraphs.append(plainMarkdown(p));
        }
        md += paragraphs.join(u'\n') + u"\n\n"_s;
    }
    const auto facts = [&](const QList<DecisionOutline::Fact> &list) {
        for (const DecisionOutline::Fact &f : list) {
            md += u"- **"_s + plainMarkdown(f.label) + u":** "_s + plainMarkdown(f.value);
            if (!f.note.isEmpty()) {
                md += u" – "_s + plainMarkdown(f.note);
            }
            md += u'\n';
        }
        if (!list.isEmpty()) {
            md += u'\n';
        }
    };
    facts(o.facts);
    if (!o.compared.isEmpty()) {
        // A pipe table: the cells are plain text on one line, a pipe in them escaped.
        const auto cell = [](const QString &text) {
            return plainMarkdown(QString(text).replace(u'\n', u' ')).replace(u"|"_s, u"\\|"_s);
        };
        md += u"| |"_s;
        for (const QString &title : o.compared) {
            md += u' ' + cell(title) + u" |"_s;
        }
        md += u"\n|---|"_s + u"---|"_s.repeated(o.compared.size()) + u'\n';
        for (const ComparisonRow &row : o.comparison) {
            md += u"| **"_s + cell(row.label) + (row.differs ? u" ≠"_s : QString()) + u"** |"_s;
            for (const QString &value : row.values) {
                md += u' ' + cell(value) + u" |"_s;
            }
            md += u'\n';
        }
        md += u'\n';
    }
    static const QRegularExpression autolinkSafe(u"^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*$"_s);
    for (const DecisionOutline::Section &s : o.sections) {
        md += QString(s.level, u'#') + u' ' + plainMarkdown(s.heading) + u"\n\n"_s;
        if (!s.lead.isEmpty()) {
            md += plainMarkdown(s.lead) + u"\n\n"_s;
        }
        facts(s.facts);
        for (const QString &item : s.items) {
            md += u"- "_s + plainMarkdown(item) + u'\n';
        }
        for (const Link &l : s.links) {
            const QString url = autolinkSafe.match(l.url).hasMatch() ? u'<' + l.url + u'>' : plainMarkdown(l.url);
            md += u"- "_s + (l.title.isEmpty() ? url : plainMarkdown(l.title) + u": "_s + url) + u'\n';
        }
        if (!s.items.isEmpty() || !s.links.isEmpty()) {
            md += u'\n';
        }
        if (!s.markdown.isEmpty()) {
            md += withoutHtml(s.markdown) + u"\n\n"_s;
        }
    }
    return md;
}

Result<void> DecisionDocument::print(const QList<CaseRecord> &cases,
                                     const QStringList &sections,
                                     const QDate &date,
                                     QPagedPaintDevice &device) const
{
    return DecisionTextBuilder::paint(outline(cases, sections, date), device);
}

Result<void> DecisionDocument::write(const QList<CaseRecord> &cases,
                                     const QStringList &sections,
                                     Format format,
                                     const QDate &date,
                                     QIODevice &out) const
{
    if (cases.isEmpty()) {
        return Error{ErrorCode::NotFound, {}, tr("No case to write.")};
    }
    if (format == Format::Markdown) {
        return put(out, toMarkdown(cases, sections, date).toUtf8());
    }
    // Rendered into memory first: the writers want a seekable device, and a failed rendering then
    // leaves nothing half-written in out.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Pdf) {
        QPdfWriter pdf(&buffer);
        pdf.setPageLayout(pageLayout());
        pdf.setTitle(cases.size() == 1 ? cases.first().title : tr("%n case(s) compared", nullptr, int(cases.size())));
        pdf.setCreator(u"Framgångsbanken"_s);
        if (auto printed = print(cases, sections, date, pdf); !printed) {
            return printed;
        }
    } else {
        const auto document = toTextDocument(cases, sections, date);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(document.get())) {
            return Error{ErrorCode::FileWriteFailed, {}, tr("The OpenDocument text could not be made.")};
        }
    }
    buffer.close();
    return put(out, buffer.data());
}

} // namespace Fb
