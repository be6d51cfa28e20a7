#include "bankcommands.h"

#include "casecomparison.h"
#include "caseexporter.h"
#include "caseimporter.h"
#include "corpusgenerator.h"
#include "corpustext.h"
#include "decisiondocument.h"
#include "errormessages.h"
#include "exactspelling.h"
#include "facetindex.h"
#include "listexporter.h"
#include "localedits.h"
#include "querylanguage.h"
#include "reviewworkflow.h"
#include "searchquery.h"
#include "syncledger.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Opens FILE for writing, or standard output for "" and "-". Writes go to a temporary file that
// replaces FILE only when everything was written, so a failed export never leaves half a file.
class Output
{
public:
    explicit Output(const QString &path)
    {
        if (path.isEmpty() || path == "-"_L1) {
            m_stdout.open(stdout, QIODevice::WriteOnly);
        } else {
            m_file = std::make_unique<QSaveFile>(path);
        }
    }

    bool open() { return m_file ? m_file->open(QIODevice::WriteOnly) : true; }

    QIODevice &device() { return m_file ? static_cast<QIODevice &>(*m_file) : m_stdout; }

    QString errorString() const { return m_file ? m_file->errorString() : m_stdout.errorString(); }

    bool commit() { return m_file ? m_file->commit() : m_stdout.flush(); }

private:
    QFile m_stdout;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace

BankCommands::BankCommands(CliApplication &cli)
    : m_cli(cli)
{
}

int BankCommands::list(const QString &reviewState, bool due)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    auto summaries = m_cli.m_store->summaries();
    if (!summaries) {
        return m_cli.fail(summaries.error(), CliApplication::StorageError);
    }
    // The review state is not in the summaries (they hold facets only), so a filtered list reads
    // the bodies once.
    QSet<QString> inState;
    if (!reviewState.isEmpty()) {
        auto visited = m_cli.m_store->forEach([&](const CaseRecord &c) {
            if (ReviewWorkflow::stateOf(c) == reviewState) {
                inState.insert(c.id);
            }
            return true;
        });
        if (!visited) {
            return m_cli.fail(visited.error(), CliApplication::StorageError);
        }
    }
    QJsonArray array;
    for (const CaseSummary &s : *summaries) {
        // Questions have a list of their own (question list).
        if ((!reviewState.isEmpty() && !inState.contains(s.id))
            || s.first(Facet::RecordType) == QLatin1StringView(CaseRecord::RecordQuestion)
            || (due && s.first(Facet::Freshness) != "forfallen"_L1)) {
            continue;
        }
        if (m_cli.m_json) {
            QJsonObject o{{u"id"_s, s.id}, {u"title"_s, s.title}, {u"owner"_s, s.ownerName}};
            if (!s.reviewDue.isEmpty()) {
                o.insert(u"review_due"_s, s.reviewDue);
            }
            array.append(o);
        } else {
            m_cli.m_out << s.id << "  " << (due ? s.reviewDue + u"  "_s : QString()) << s.title
                        << (s.ownerName.isEmpty() ? QString() : u" ("_s + s.ownerName + u')') << '\n';
        }
    }
    if (m_cli.m_json) {
        m_cli.printJson(array);
    }
    return CliApplication::Success;
}

Result<CaseRecord> BankCommands::stored(const QString &id)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return r.error();
    }
    return m_cli.m_store->get(id);
}

int BankCommands::show(const QString &id)
{
    auto record = stored(id);
    if (!record) {
        return m_cli.fail(record.error(),
                          record.code() == ErrorCode::NotFound ? CliApplication::NotFound
                                                               : CliApplication::StorageError);
    }
    if (m_cli.m_json) {
        m_cli.printJson(record->toJsonObject());
    } else {
        m_cli.m_out << CaseExporter(m_cli.m_vocabularies, m_cli.m_referenceData, m_cli.m_language).toMarkdown(*record);
    }
    return CliApplication::Success;
}

int BankCommands::search(const QString &text, int limit, bool explain, const Export &list)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    std::optional<ListExporter::Format> listFormat;
    if (!list.format.isEmpty()) {
        listFormat = ListExporter::formatFromName(list.format);
        if (!listFormat) {
            return m_cli.usage(tr("Unknown format for a list: %1 (csv or ods).").arg(list.format));
        }
    }
    // Filters as in the app's search field (län:Blekinge), the rest as words.
    const QueryLanguage::Parsed parsed = QueryLanguage(m_cli.m_vocabularies, m_cli.m_referenceData).parse(text);
    if (!parsed.errors.isEmpty()) {
        return m_cli.usage(ErrorMessages::text(parsed.errors.first()));
    }
    const SearchQuery query = SearchQuery::parse(parsed.text, SearchQuery::Expansion::Full);
    if (query.isEmpty() && parsed.filter.isEmpty()) {
        return m_cli.usage(tr("The query has no words to search for."));
    }
    auto summaries = m_cli.m_store->summaries();
    if (!summaries) {
        return m_cli.fail(summaries.error(), CliApplication::StorageError);
    }
    // A list written to a file has every match; the screen the first --limit.
    const int wanted = listFormat ? int(summaries->size()) : limit;
    QHash<qint64, const CaseStore::Match *> byRow;
    std::optional<QList<qint64>> rows;
    std::optional<CaseStore::ScoredFound> matches;
    if (!query.isEmpty()) {
        auto found = m_cli.m_store->searchScored(query, std::max(wanted, 1), explain);
        if (!found) {
            return m_cli.fail(found.error(), CliApplication::StorageError);
        }
        matches = std::move(found).value();
        rows.emplace();
        for (const CaseStore::Match &m : std::as_const(matches->hits)) {
            byRow.insert(m.rowId, &m);
            rows->append(m.rowId);
        }
        // The order the app shows: the exact spelling first among the first rows.
        if (auto r = ExactSpelling::rankFirst(*rows, query.spellings(), *m_cli.m_store); !r) {
            return m_cli.fail(r.error(), CliApplication::StorageError);
        }
        if (explain && !m_cli.m_json) {
            m_cli.m_out << tr("Query: %1").arg(query.ftsQuery()) << '\n';
        }
        // What the words found when together they found little, on standard error: output stays
        // the list (and the JSON an array of hits).
        for (const QString &note : matches->recall.notes()) {
            m_cli.m_err << note << '\n';
        }
    }
    SearchResult result;
    FacetIndex(std::move(summaries).value()).query(parsed.filter, rows, result);
    if (result.rows.size() > wanted) {
        result.rows.resize(wanted);
    }
    if (listFormat) {
        QList<const CaseSummary *> cases;
        for (const int row : std::as_const(result.rows)) {
            cases.append(&result.cases->at(row));
        }
        Output out(list.output);
        if (!out.open()) {
            return m_cli.fail(Error{ErrorCode::FileWriteFailed, list.output, out.errorString()},
                              CliApplication::InvalidInput);
        }
        const ListExporter exporter(m_cli.m_vocabularies, m_cli.m_referenceData, m_cli.m_language);
        if (auto r =
                exporter.write(cases, {parsed.text, parsed.filter}, QDate::currentDate(), *listFormat, out.device());
            !r || !out.commit()) {
            return m_cli.fail(r ? Error{ErrorCode::FileWriteFailed, list.output, out.errorString()} : r.error(),
                              CliApplication::StorageError);
        }
        if (!list.output.isEmpty() && list.output != "-"_L1) {
            m_cli.m_err << tr("Exported %n case(s).", nullptr, int(cases.size())) << '\n';
        }
        return CliApplication::Success;
    }

    QJsonArray array;
    for (qsizetype rank = 0; rank < result.rows.size(); ++rank) {
        const CaseSummary &s = result.cases->at(result.rows.at(rank));
        const CaseStore::Match *m = byRow.value(s.rowId);
        // BM25 is lower for better hits; the score shown grows with relevance.
        const double score = m ? -m->score : 0.0;
        if (m_cli.m_json) {
            QJsonObject hit{{u"rank"_s, rank + 1}, {u"id"_s, s.id}, {u"title"_s, s.title}, {u"score"_s, score}};
            if (explain && m) {
                hit.insert(u"matched"_s, QJsonArray::fromStringList(m->columns));
            }
            array.append(hit);
        } else {
            m_cli.m_out << rank + 1 << ". " << s.title << "  [" << s.id << "]\n";
            if (explain && m) {
                m_cli.m_out << "   "
                            << tr("score %1, matched in: %2").arg(score, 0, 'f', 3).arg(m->columns.join(u", "_s))
                            << '\n';
            }
        }
    }
    if (m_cli.m_json) {
        m_cli.printJson(array);
    } else if (result.rows.isEmpty()) {
        m_cli.m_err << tr("No case matches.") << '\n';
    }
    return CliApplication::Success;
}

int BankCommands::import(const QString &path, bool skipInvalid)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Skip); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    CaseValidator validator(m_cli.m_vocabularies, m_cli.m_referenceData);
    SyncLedger ledger(*m_cli.m_store);
    LocalEdits edits(ledger);
    CaseImporter importer(edits, validator);
    importer.setPolicy(skipInvalid ? CaseImporter::Policy::SkipInvalid : CaseImporter::Policy::AllOrNothing);
    // Large imports take a while: say how far they got, on standard error so output stays clean.
    if (!m_cli.m_json) {
        QElapsedTimer sinceLast;
        sinceLast.start();
        importer.setProgress([this, sinceLast](qint64 written) mutable {
            if (sinceLast.elapsed() >= 1000) {
                m_cli.m_err << tr("%n case(s) written…", nullptr, int(written)) << Qt::endl;
                sinceLast.restart();
            }
        });
    }
    auto report = importer.importFile(path);
    if (!report) {
        const bool input = report.code() == ErrorCode::FileOpenFailed || report.code() == ErrorCode::InvalidJson
            || report.code() == ErrorCode::DocumentTooLarge;
        return m_cli.fail(report.error(), input ? CliApplication::InvalidInput : CliApplication::StorageError);
    }
    if (m_cli.m_json) {
        QJsonArray problems;
        for (const ImportProblem &p : report->problems) {
            QJsonObject o = CliApplication::errorJson(p.error);
            o.insert(u"line"_s, p.line);
            problems.append(o);
        }
        m_cli.printJson(QJsonObject{{u"imported"_s, report->imported}, {u"problems"_s, problems}});
    } else {
        for (const ImportProblem &p : report->problems) {
            m_cli.m_err << tr("%1:%2: %3").arg(path).arg(p.line).arg(ErrorMessages::text(p.error)) << '\n';
        }
        m_cli.m_out << tr("Imported %n case(s).", nullptr, int(report->imported)) << '\n';
    }
    if (!report->problems.isEmpty() && !skipInvalid) {
        if (!m_cli.m_json) {
            m_cli.m_err << tr("Nothing was imported: correct the file, or use --skip-invalid.") << '\n';
        }
        return CliApplication::InvalidInput;
    }
    return CliApplication::Success;
}

int BankCommands::exportCases(const QString &formatName, const QString &output)
{
    const auto format = CaseExporter::formatFromName(formatName);
    if (!format) {
        return m_cli.usage(tr("Unknown export format: %1").arg(formatName));
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.fail(r.error(), CliApplication::StorageError);
    }
    Output out(output);
    if (!out.open()) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, CliApplication::InvalidInput);
    }
    auto count = CaseExporter(m_cli.m_vocabularies, m_cli.m_referenceData, m_cli.m_language)
                     .exportStore(*m_cli.m_store, *format, out.device());
    if (!count) {
        return m_cli.fail(count.error(), CliApplication::StorageError);
    }
    if (!out.commit()) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, CliApplication::StorageError);
    }
    if (!output.isEmpty() && output != "-"_L1) {
        m_cli.m_err << tr("Exported %n case(s).", nullptr, int(*count)) << '\n';
    }
    return CliApplication::Success;
}

int BankCommands::exportDocument(const QStringList &ids,
                                 const QStringList &sections,
                                 const QString &formatName,
                                 const QString &output)
{
    const auto format = DecisionDocument::formatFromName(formatName);
    if (!format) {
        return m_cli.usage(tr("Unknown format for a decision document: %1 (pdf, odt or markdown).").arg(formatName));
    }
    if (ids.size() > CaseComparison::MaxCases) {
        return m_cli.usage(tr("A decision document compares at most %1 cases.").arg(CaseComparison::MaxCases));
    }
    const Vocabulary &known = m_cli.m_vocabularies.vocabulary(Vocabularies::Section);
    for (const QString &key : sections) {
        if (!known.contains(key)) {
            QStringList keys;
            for (const VocabularyEntry &e : known.entries()) {
                keys.append(e.key);
            }
            return m_cli.usage(tr("Unknown section: %1 (%2).").arg(key, keys.join(u", "_s)));
        }
    }
    // main() makes a QGuiApplication for these formats (needsGuiApplication); without one, the
    // font database would abort the program.
    if (*format != DecisionDocument::Format::Markdown
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, tr("PDF and ODT need a graphics environment.")},
                          CliApplication::StorageError);
    }
    QList<CaseRecord> records;
    for (const QString &id : ids) {
        auto record = stored(id);
        if (!record) {
            return m_cli.fail(record.error(),
                              record.code() == ErrorCode::NotFound ? CliApplication::NotFound
                                                                   : CliApplication::StorageError);
        }
        records.append(std::move(record).value());
    }
    Output out(output);
    if (!out.open()) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, CliApplication::InvalidInput);
    }
    const DecisionDocument document(m_cli.m_vocabularies, m_cli.m_referenceData, m_cli.m_language);
    if (auto written = document.write(records, sections, *format, QDate::currentDate(), out.device()); !written) {
        return m_cli.fail(Error{written.code(), output, written.error().detail}, CliApplication::StorageError);
    }
    if (!out.commit()) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, CliApplication::StorageError);
    }
    return CliApplication::Success;
}

int BankCommands::generate(qint64 count, quint64 seed, const QString &output)
{
    // The generator's text banks are data; without them it could only write empty cases.
    if (auto text = CorpusText::builtIn(); !text) {
        return m_cli.fail(text.error(), CliApplication::StorageError);
    }
    Output out(output);
    if (!out.open()) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, CliApplication::InvalidInput);
    }
    CorpusGenerator generator(m_cli.m_vocabularies, m_cli.m_referenceData, seed);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray line = generator.next().toCanonicalJson() + '\n';
        if (out.device().write(line) != line.size()) {
            return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()},
                              CliApplication::StorageError);
        }
    }
    if (!out.commit()) {
        return m_cli.fail(Error{ErrorCode::FileWriteFailed, output, out.errorString()}, CliApplication::StorageError);
    }
    return CliApplication::Success;
}

} // namespace Fb
