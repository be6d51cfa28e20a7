#include "listexporter.h"

#include "zipwriter.h"

#include <QBuffer>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Fb {

ListExporter::ListExporter(const Vocabularies &vocabularies, const ReferenceData &referenceData, Language language)
    : m_labels(vocabularies, referenceData, language)
    , m_query(vocabularies, referenceData)
{
}

std::optional<ListExporter::Format> ListExporter::formatFromName(const QString &name)
{
    if (name == "csv"_L1) {
        return Format::Csv;
    }
    if (name == "ods"_L1) {
        return Format::Ods;
    }
    return std::nullopt;
}

QList<ListExporter::Row>
ListExporter::rows(const QList<const CaseSummary *> &cases, const SearchRequest &request, QDate day) const
{
    QStringList filters;
    for (int f = 0; f < FacetCount; ++f) {
        QStringList values(request.filter.selected[size_t(f)].cbegin(), request.filter.selected[size_t(f)].cend());
        values.sort();
        for (const QString &value : std::as_const(values)) {
            filters.append(m_query.filterText(Facet(f), value));
        }
    }
    QList<Row> rows{
        {{tr("Framgångsbanken")}, {day.toString(Qt::ISODate)}},
        {{tr("Search")}, {request.text}},
        {{tr("Filter")}, {filters.join(u' ')}},
        {{tr("Cases")}, {QString::number(cases.size()), true}},
        {},
        {{tr("Id")},
         {tr("Title")},
         {tr("Owner")},
         {m_labels.title(Vocabularies::RecordType)},
         {tr("Counties")},
         {tr("Municipalities")},
         {m_labels.title(Vocabularies::PolicyArea)},
         {m_labels.title(Vocabularies::TargetGroup)},
         {m_labels.title(Vocabularies::CaseKind)},
         {m_labels.title(Vocabularies::Status)},
         {m_labels.title(Vocabularies::EvidenceLevel)},
         {tr("Start year")},
         {m_labels.title(Vocabularies::ReviewState)},
         {tr("Study visits")},
         {tr("Updated")}},
    };
    for (const CaseSummary *s : cases) {
        const QString evidence = s->first(Facet::EvidenceLevel);
        const QString year = s->first(Facet::StartYear);
        rows.append({{s->id},
                     {s->title},
                     {s->ownerName},
                     {m_labels.label(Vocabularies::RecordType, s->first(Facet::RecordType))},
                     {m_labels.countyNames(s->values(Facet::Region))},
                     {m_labels.municipalityNames(s->values(Facet::Municipality))},
                     {m_labels.labels(Vocabularies::PolicyArea, s->values(Facet::PolicyArea))},
                     {m_labels.labels(Vocabularies::TargetGroup, s->values(Facet::TargetGroup))},
                     {m_labels.labels(Vocabularies::CaseKind, s->values(Facet::CaseKind))},
                     {m_labels.labels(Vocabularies::Status, s->values(Facet::Status))},
                     {evidence, !evidence.isEmpty()},
                     {year, !year.isEmpty()},
                     {m_labels.labels(Vocabularies::ReviewState, s->values(Facet::ReviewState))},
                     {s->first(Facet::StudyVisit) == "ja"_L1 ? tr("yes") : tr("no")},
                     {s->updatedAt.left(10)}});
    }
    return rows;
}

QByteArray ListExporter::csv(const QList<Row> &rows)
{
    QByteArray out("\xEF\xBB\xBF"); // the byte order mark: spreadsheets then read UTF-8
    for (const Row &row : rows) {
        QStringList cells;
        for (const Cell &cell : row) {
            QString text = cell.text;
            // RFC 4180: quoted when it holds the separator, a quote or a line break.
            if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
                text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
            }
            cells.append(text);
        }
        out += cells.join(u';').toUtf8() + "\r\n";
    }
    return out;
}

Result<void> ListExporter::ods(const QList<Row> &rows, QIODevice &out)
{
    QByteArray content;
    QXmlStreamWriter xml(&content);
    xml.writeStartDocument();
    xml.writeStartElement(u"office:document-content"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s, u"office"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s, u"table"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s, u"text"_s);
    xml.writeAttribute(u"office:version"_s, u"1.3"_s);
    xml.writeStartElement(u"office:body"_s);
    xml.writeStartElement(u"office:spreadsheet"_s);
    xml.writeStartElement(u"table:table"_s);
    xml.writeAttribute(u"table:name"_s, tr("Cases"));
    for (const Row &row : rows) {
        xml.writeStartElement(u"table:table-row"_s);
        for (const Cell &cell : row) {
            xml.writeStartElement(u"table:table-cell"_s);
            if (cell.number) {
                xml.writeAttribute(u"office:value-type"_s, u"float"_s);
                xml.writeAttribute(u"office:value"_s, cell.text);
            } else {
                xml.writeAttribute(u"office:value-type"_s, u"string"_s);
            }
            xml.writeTextElement(u"text:p"_s, cell.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();

    const QByteArray manifest =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)";
    ZipWriter zip(out);
    // The media type first and stored, so that a program can tell the file by its first bytes.
    if (!zip.add(u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet")
        || !zip.add(u"META-INF/manifest.xml"_s, manifest) || !zip.add(u"content.xml"_s, content) || !zip.finish()) {
        return Error{ErrorCode::FileWriteFailed, {}, out.errorString()};
    }
    return {};
}

Result<void> ListExporter::write(const QList<const CaseSummary *> &cases,
                                 const SearchRequest &request,
                                 QDate day,
                                 Format format,
                                 QIODevice &out) const
{
    const QList<Row> table = rows(cases, request, day);
    if (format == Format::Ods) {
        return ods(table, out);
    }
    const QByteArray bytes = csv(table);
    if (out.write(bytes) != bytes.size()) {
        return Error{ErrorCode::FileWriteFailed, {}, out.errorString()};
    }
    return {};
}

} // namespace Fb
