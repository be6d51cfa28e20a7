#include "questioncommands.h"

#include "casefields.h"
#include "caselabels.h"
#include "editcommands.h"
#include "questiondesk.h"
#include "whatsnew.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The object with the FIELD=VALUE arguments applied; the first field not allowed is the error.
Result<QJsonObject>
withSets(QJsonObject object, const QStringList &sets, const std::function<bool(const QString &)> &allowed)
{
    auto changes = EditCommands::parseSets(sets, allowed);
    if (!changes) {
        return changes.error();
    }
    for (const auto &[path, value] : std::as_const(*changes)) {
        CaseFields::setValue(object, path, value);
    }
    return object;
}

} // namespace

QuestionCommands::QuestionCommands(CliApplication &cli)
    : m_cli(cli)
{
}

int QuestionCommands::written(const QString &id)
{
    if (m_cli.m_json) {
        m_cli.printJson(QJsonObject{{u"id"_s, id}});
    } else {
        m_cli.m_out << id << '\n';
        m_cli.m_err << tr("Saved. The next sync sends it.") << '\n';
    }
    return CliApplication::Success;
}

int QuestionCommands::create(const QString &title, const QStringList &sets)
{
    const QJsonObject start{{u"id"_s, CaseRecord::newId()}, {u"title"_s, title}};
    auto body = withSets(start, sets, [](const QString &path) {
        return CaseFields::isWritablePath(path) && !CaseFields::isEntryPath(path) && path != "title"_L1;
    });
    if (!body) {
        return m_cli.usage(tr("Not a field of a question you can set: %1").arg(body.error().detail));
    }
    auto question = CaseRecord::fromJsonObject(*body);
    if (!question) {
        return m_cli.failEdit(question.error());
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto id = QuestionDesk(*m_cli.m_store).ask(*question);
    return id ? written(*id) : m_cli.failEdit(id.error());
}

int QuestionCommands::list(const QString &state)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto summaries = m_cli.m_store->summaries();
    if (!summaries) {
        return m_cli.failEdit(summaries.error());
    }
    const Vocabulary &states = m_cli.m_vocabularies.vocabulary(Vocabularies::QuestionState);
    QJsonArray array;
    for (const CaseSummary &s : std::as_const(*summaries)) {
        const QString questionState = s.first(Facet::QuestionState);
        if (s.first(Facet::RecordType) != QLatin1StringView(CaseRecord::RecordQuestion)
            || (!state.isEmpty() && questionState != state)) {
            continue;
        }
        if (m_cli.m_json) {
            array.append(QJsonObject{{u"id"_s, s.id},
                                     {u"title"_s, s.title},
                                     {u"asked_by"_s, s.ownerName},
                                     {u"state"_s, questionState}});
        } else {
            m_cli.m_out << s.id << "  " << states.label(questionState, m_cli.m_language) << "  " << s.title
                        << (s.ownerName.isEmpty() ? QString() : u" ("_s + s.ownerName + u')') << '\n';
        }
    }
    if (m_cli.m_json) {
        m_cli.printJson(array);
    }
    return CliApplication::Success;
}

int QuestionCommands::answer(const QString &questionId, const QString &caseId, const QString &note)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto id = QuestionDesk(*m_cli.m_store).answer(questionId, caseId, note);
    return id ? written(*id) : m_cli.failEdit(id.error());
}

int QuestionCommands::close(const QString &questionId, const QString &state)
{
    if (!m_cli.m_vocabularies.vocabulary(Vocabularies::QuestionState).contains(state)) {
        return m_cli.usage(tr("Unknown question state: %1").arg(state));
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    if (auto r = QuestionDesk(*m_cli.m_store).setState(questionId, state); !r) {
        return m_cli.failEdit(r.error());
    }
    return written(questionId);
}

int QuestionCommands::adopt(const QString &caseId, const QStringList &sets)
{
    static const QStringList fields{u"period"_s, u"status"_s, u"adaptation"_s, u"outcome"_s, u"case_id"_s, u"name"_s};
    auto body = withSets(QJsonObject{{u"status"_s, u"inford"_s}}, sets, [](const QString &path) {
        return fields.contains(path);
    });
    if (!body) {
        return m_cli.usage(tr("Not a field of an adoption: %1").arg(body.error().detail));
    }
    // Read as a record would read it, so the types are checked the same way.
    const QString key = CaseRecord::newId();
    auto parsed =
        CaseRecord::fromJsonObject(QJsonObject{{u"id"_s, caseId}, {u"adoptions"_s, QJsonObject{{key, *body}}}});
    if (!parsed) {
        return m_cli.failEdit(parsed.error());
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto id = QuestionDesk(*m_cli.m_store).adopt(caseId, parsed->adoptions.value(key));
    return id ? written(*id) : m_cli.failEdit(id.error());
}

int QuestionCommands::startFrom(const QString &originId)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto id = QuestionDesk(*m_cli.m_store).startFrom(originId);
    return id ? written(*id) : m_cli.failEdit(id.error());
}

int QuestionCommands::verify(const QString &caseId)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    if (auto r = QuestionDesk(*m_cli.m_store).verify(caseId, QDate::currentDate()); !r) {
        return m_cli.failEdit(r.error());
    }
    return written(caseId);
}

int QuestionCommands::news(bool all)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto items = WhatsNew::items(*m_cli.m_store, all);
    if (!items) {
        return m_cli.failEdit(items.error());
    }
    const CaseLabels labels(m_cli.m_vocabularies, m_cli.m_referenceData, m_cli.m_language);
    QJsonArray array;
    for (const NewsItem &item : std::as_const(*items)) {
        if (m_cli.m_json) {
            array.append(QJsonObject{{u"seq"_s, item.seq},
                                     {u"id"_s, item.recordId},
                                     {u"kind"_s, NewsItem::kindName(item.kind)},
                                     {u"detail"_s, item.detail},
                                     {u"from"_s, item.from},
                                     {u"title"_s, item.title},
                                     {u"at"_s, item.at},
                                     {u"read"_s, item.read}});
        } else {
            m_cli.m_out << item.seq << "  " << (item.read ? u"  "_s : u"* "_s) << labels.newsText(item) << "  ("
                        << item.recordId << ")\n";
        }
    }
    if (m_cli.m_json) {
        m_cli.printJson(array);
    } else if (items->isEmpty()) {
        m_cli.m_out << tr("Nothing new.") << '\n';
    }
    return CliApplication::Success;
}

int QuestionCommands::markNewsRead(const QStringList &seqs)
{
    QList<qint64> numbers;
    for (const QString &s : seqs) {
        bool ok = false;
        numbers.append(s.toLongLong(&ok));
        if (!ok) {
            return m_cli.usage(tr("Not the number of an item: %1").arg(s));
        }
    }
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    if (auto r = WhatsNew::markRead(*m_cli.m_store, numbers); !r) {
        return m_cli.failEdit(r.error());
    }
    return CliApplication::Success;
}

} // namespace Fb
