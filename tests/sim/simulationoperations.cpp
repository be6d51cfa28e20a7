#include "casecompleteness.h"
#include "casefields.h"
#include "fixtures.h"
#include "localedits.h"
#include "questiondesk.h"
#include "replicaeditor.h"
#include "reviewworkflow.h"
#include "simulationrun.h"
#include "syncledger.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Fb::Sim {

namespace {

// The text fields the operations write, and how: a set replaces the value, an append adds a
// paragraph (Markdown merges by block, so appends of two clients both survive).
struct Field
{
    const char *path;
    bool append;
};

constexpr Field Fields[] = {
    {"title", false},
    {"summary", true},
    {"sections.results", true},
    {"sections.pitfalls", true},
    {"sections.solution", false},
};

} // namespace

QStringList Simulation::Run::caseIds(Client &c)
{
    QStringList ids;
    if (auto summaries = c.store->summaries()) {
        for (const CaseSummary &s : std::as_const(*summaries)) {
            ids.append(s.id);
        }
    }
    return ids;
}

void Simulation::Run::record(Client &c, const QString &caseId, const QString &path, const QString &token, bool set)
{
    if (set) {
        for (Written &w : m_ledger) {
            if (w.client == c.index && w.set && w.caseId == caseId && w.path == path) {
                w.exempt = true;
            }
        }
    }
    m_ledger.append({token, caseId, path, c.index, set, false});
}

void Simulation::Run::edit(Client &c)
{
    const bool inEditor = !c.editorCase.isEmpty() && chance(60);
    const QStringList ids = caseIds(c);
    if (!inEditor && ids.isEmpty()) {
        return create(c);
    }
    const QString id = inEditor ? c.editorCase : ids.at(below(int(ids.size())));
    const Field &field = Fields[below(int(std::size(Fields)))];
    const QString path = QString::fromLatin1(field.path);
    QJsonObject body;
    if (inEditor) {
        body = c.editorOrigin; // the form as the window shows it, maybe long out of date
    } else {
        auto record = c.store->get(id);
        if (!record) {
            return;
        }
        body = record->toJsonObject();
    }
    const QString token = nextToken();
    const QString before = CaseFields::valueAt(body, path).toString();
    CaseFields::setValue(body,
                         path,
                         field.append && !before.isEmpty() ? QString(before + u"\n\nStycke "_s + token)
                                                           : QString(u"Text "_s + token));
    if (inEditor) {
        const SaveOutcome outcome = ReplicaEditor(*c.store).save(body, c.editorOrigin, ++c.editorRequest);
        trace(u"client %1 saves %2 of %3 from an editor window: %4"_s.arg(c.index).arg(path, id, token));
        if (outcome.stored) {
            c.editorOrigin = outcome.body;
            record(c, id, path, token, !field.append);
        } else if (outcome.error.code == ErrorCode::None) {
            violation(u"client %1: an editor save of %2 was kept as a draft: %3"_s.arg(c.index).arg(
                id,
                outcome.problems.isEmpty()
                    ? QString()
                    : errorCodeName(outcome.problems.first().code) + u' ' + outcome.problems.first().path));
        }
        return;
    }
    auto record = CaseRecord::fromJsonObject(body);
    if (!record) {
        return;
    }
    SyncLedger ledger(*c.store);
    trace(u"client %1 sets %2 of %3: %4"_s.arg(c.index).arg(path, id, token));
    if (LocalEdits(ledger).save(*record)) {
        this->record(c, id, path, token, !field.append);
    }
}

void Simulation::Run::contribute(Client &c)
{
    // Questions, answers and adoptions (docs/questions.md): entries written one at a time by
    // several clients at once, merged per entry.
    QStringList cases;
    QStringList questions;
    if (auto summaries = c.store->summaries()) {
        for (const CaseSummary &s : std::as_const(*summaries)) {
            (s.first(Facet::RecordType) == QLatin1StringView(CaseRecord::RecordQuestion) ? questions : cases)
                .append(s.id);
        }
    }
    if (cases.isEmpty()) {
        return create(c);
    }
    QuestionDesk desk(*c.store);
    const QString token = nextToken();
    const int kind = below(3);
    if (kind == 0 && (questions.isEmpty() || chance(30))) {
        CaseRecord q;
        q.id = newId(); // from the run's generator, or a replay would order the cases otherwise
        q.title = u"Fråga "_s + token;
        auto id = desk.ask(q);
        trace(u"client %1 asks %2: %3"_s.arg(c.index).arg(id ? *id : errorCodeName(id.code()), token));
        if (id) {
            record(c, *id, u"title"_s, token, true);
        }
    } else if (kind == 0) {
        const QString question = questions.at(below(int(questions.size())));
        auto id = desk.answer(question, cases.at(below(int(cases.size()))), u"Svar "_s + token);
        trace(u"client %1 answers %2: %3"_s.arg(c.index).arg(question, token));
        if (id) {
            record(c, question, u"answers."_s + *id, token, true);
        }
    } else {
        const QString id = cases.at(below(int(cases.size())));
        auto adopted =
            desk.adopt(id, Adoption{{}, {}, u"2026"_s, u"inford"_s, u"Anpassning "_s + token, {}, {}, {}, {}, {}});
        trace(u"client %1 adopts %2: %3"_s.arg(c.index).arg(id, token));
        if (adopted) {
            record(c, id, u"adoptions."_s + *adopted, token, true);
        }
    }
}

void Simulation::Run::create(Client &c)
{
    CaseRecord r = Test::validCase(newId());
    const QString token = nextToken();
    r.title = u"Exempel "_s + token;
    r.owner = Actor{u"kommun"_s, {}, QString::fromLatin1(Municipality), u"huvudman"_s, {}};
    r.municipalities = {QString::fromLatin1(Municipality)};
    r.regions = {u"04"_s};
    SyncLedger ledger(*c.store);
    trace(u"client %1 creates %2: %3"_s.arg(c.index).arg(r.id, token));
    if (auto saved = LocalEdits(ledger).save(r); saved) {
        record(c, r.id, u"title"_s, token, true);
        m_created.append(token);
    } else if (saved.code() != ErrorCode::DiskFull) {
        violation(u"client %1: a new case was refused: %2 %3"_s.arg(c.index).arg(errorCodeName(saved.code()),
                                                                                 saved.error().path));
    }
}

void Simulation::Run::remove(Client &c)
{
    const QStringList ids = caseIds(c);
    if (ids.isEmpty()) {
        return;
    }
    const QString id = ids.at(below(int(ids.size())));
    SyncLedger ledger(*c.store);
    trace(u"client %1 deletes %2"_s.arg(c.index).arg(id));
    (void)LocalEdits(ledger).remove(id);
}

void Simulation::Run::revert(Client &c)
{
    SyncLedger ledger(*c.store);
    auto dirty = ledger.dirtyIds();
    if (!dirty || dirty->isEmpty()) {
        return;
    }
    const QString id = dirty->at(below(int(dirty->size())));
    trace(u"client %1 reverts %2"_s.arg(c.index).arg(id));
    (void)LocalEdits(ledger).revert(id);
}

void Simulation::Run::resolve(Client &c, bool settleAll)
{
    SyncLedger ledger(*c.store);
    auto open = ledger.conflicts();
    if (!open || open->isEmpty()) {
        return;
    }
    const QList<StoredConflict> chosen = settleAll ? *open : QList<StoredConflict>{open->at(below(int(open->size())))};
    for (const StoredConflict &conflict : chosen) {
        // A written value only where the inbox offers one: in text, not a review state or a mark.
        const bool special = conflict.path.startsWith(u'$') || conflict.path == "review_state"_L1
            || conflict.path.endsWith(".resolved"_L1);
        LocalEdits::Take take = LocalEdits::Take::Mine;
        if (!settleAll) {
            const int pick = below(special ? 2 : 3);
            take = pick == 0 ? LocalEdits::Take::Mine : pick == 1 ? LocalEdits::Take::Theirs : LocalEdits::Take::Value;
        }
        QJsonValue value;
        QString token;
        if (take == LocalEdits::Take::Value) {
            token = nextToken();
            value = QString(u"Löst "_s + token);
        }
        trace(u"client %1 settles %2 of %3: %4 %5"_s.arg(c.index)
                  .arg(conflict.path, conflict.caseId)
                  .arg(int(take))
                  .arg(token));
        ++m_report.conflicts;
        // Through the editor, as the inbox does: it refuses a review state this role may not
        // move the case to from the server's, and the user takes theirs.
        ReplicaEditor editor(*c.store);
        auto settled = editor.resolve(conflict.caseId, conflict.path, take, value);
        if (!settled && settled.code() == ErrorCode::TransitionNotAllowed) {
            trace(u"    not this role's move; theirs"_s);
            token.clear();
            settled = editor.resolve(conflict.caseId, conflict.path, LocalEdits::Take::Theirs, {});
        }
        if (settled && !token.isEmpty()) {
            record(c, conflict.caseId, conflict.path, token, true);
        }
    }
}

void Simulation::Run::openEditor(Client &c)
{
    const QStringList ids = caseIds(c);
    if (ids.isEmpty()) {
        return;
    }
    const QString id = ids.at(below(int(ids.size())));
    auto editable = ReplicaEditor(*c.store).open(id);
    if (!editable || editable->body.isEmpty()) {
        return;
    }
    trace(u"client %1 opens an editor on %2"_s.arg(c.index).arg(id));
    c.editorCase = id;
    c.editorOrigin = editable->body;
}

void Simulation::Run::review()
{
    // As the review panel does (ui/reviewpanel): a remark and a move, an answer, a remark
    // resolved, each checked by the workflow first and saved as an edit of the case.
    const auto pick = [this](qsizetype n) {
        return int(m_reviewRandom.bounded(quint32(n)));
    };
    // Half of them by the samordnare, or cases would seldom get past inskickad.
    Client &c = *m_clients.at(pick(2) == 0 ? 0 : pick(m_clients.size()));
    // A reviewer mostly works from the queue and the published cases.
    const bool fromQueue = ReviewWorkflow::mayReview(c.role) && pick(100) < 70;
    QStringList ids;
    if (auto summaries = c.store->summaries()) {
        for (const CaseSummary &s : std::as_const(*summaries)) {
            const QString state = s.first(Facet::ReviewState);
            if (s.first(Facet::RecordType) != QLatin1StringView(CaseRecord::RecordQuestion)
                && (!fromQueue || (!state.isEmpty() && state != ReviewWorkflow::initialState()))) {
                ids.append(s.id);
            }
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    const QString id = ids.at(pick(ids.size()));
    auto before = c.store->get(id);
    if (!before) {
        return;
    }
    CaseRecord after = *before;
    const QString from = ReviewWorkflow::stateOf(*before);
    const bool reviewer = ReviewWorkflow::mayReview(c.role);
    QStringList open;
    QStringList answered;
    for (auto it = before->reviewComments.cbegin(); it != before->reviewComments.cend(); ++it) {
        if (it->isOpen()) {
            open.append(it.key());
        } else if (!it->resolved) {
            answered.append(it.key());
        }
    }
    const QString now = u"2026-12-07T12:00:00Z"_s; // display only; a replay writes the same
    QString token;
    QString path;
    QString what;
    const int draw = pick(100);
    if (reviewer && from == "under_granskning"_L1 && draw < 40) {
        token = nextToken();
        const QString key = newId(m_reviewRandom);
        ReviewComment remark;
        remark.path = u"sections.results"_s;
        remark.author = c.user;
        remark.at = now;
        remark.text = u"Anmärkning "_s + token;
        after.reviewComments.insert(key, remark);
        after.reviewState = u"komplettering"_s;
        path = u"review_comments."_s + key;
        what = u"remarks on and asks for more of"_s;
    } else if (!open.isEmpty() && draw < 70) {
        const QString key = open.at(pick(open.size()));
        token = nextToken();
        ReviewComment &comment = after.reviewComments[key];
        comment.answer = u"Svar "_s + token;
        comment.answeredBy = c.user;
        comment.answeredAt = now;
        path = u"review_comments."_s + key;
        what = u"answers a remark on"_s;
    } else if (reviewer && !answered.isEmpty() && draw < 70) {
        after.reviewComments[answered.at(pick(answered.size()))].resolved = true;
        what = u"resolves a remark on"_s;
    } else {
        const QStringList targets = ReviewWorkflow::targets(from, c.role);
        if (targets.isEmpty()) {
            return;
        }
        after.reviewState = targets.at(pick(targets.size()));
        what = u"moves to "_s + after.reviewState;
    }
    // An author who is told what is missing fills it in with the same save (the panel names it).
    QList<std::pair<QString, QString>> filledIn;
    for (const Error &missing : CaseCompleteness::missing(after, ReviewWorkflow::stateOf(after))) {
        if (!missing.path.startsWith("sections."_L1) || !ReviewWorkflow::mayEdit(c.role)) {
            break;
        }
        filledIn.append({missing.path, nextToken()});
        after.sections.insert(missing.path.mid(int(qstrlen("sections."))), u"Ifyllt "_s + filledIn.last().second);
    }
    if (!ReviewWorkflow::check(&*before, after, c.role)) {
        return; // the panel says why and saves nothing
    }
    SyncLedger ledger(*c.store);
    trace(u"client %1 %2 %3: %4"_s.arg(c.index).arg(what, id, token));
    for (const auto &[field, filler] : std::as_const(filledIn)) {
        trace(u"    and fills in %1: %2"_s.arg(field, filler));
    }
    if (!LocalEdits(ledger).save(after)) {
        return;
    }
    if (!token.isEmpty()) {
        record(c, id, path, token, false);
    }
    for (const auto &[field, filler] : std::as_const(filledIn)) {
        record(c, id, field, filler, true);
    }
}

void Simulation::Run::attachFile()
{
    const auto pick = [this](qsizetype n) {
        return int(m_attachRandom.bounded(quint32(n)));
    };
    Client &c = *m_clients.at(pick(m_clients.size()));
    const QStringList ids = caseIds(c);
    if (ids.isEmpty()) {
        return;
    }
    const QString id = ids.at(pick(ids.size()));
    const QString token = nextToken();
    // A file of its own (its bytes differ from every other's), named by its token: the name is
    // what the case holds, and what the invariant looks for.
    QFile file(m_dir.filePath(u"bilaga-%1.txt"_s.arg(token)));
    if (!file.open(QIODevice::WriteOnly)) {
        violation(u"the attachment could not be written"_s);
        return;
    }
    QByteArray bytes = "Bilaga " + token.toUtf8() + '\n';
    const int size = pick(20000);
    bytes.reserve(bytes.size() + size);
    for (int i = 0; i < size; ++i) {
        bytes.append(char(m_attachRandom.bounded(256)));
    }
    file.write(bytes);
    file.close();
    trace(u"client %1 attaches %2 to %3"_s.arg(c.index).arg(file.fileName().section(u'/', -1), id));
    if (ReplicaEditor(*c.store).attach(id, file.fileName())) {
        record(c, id, u"attachments"_s, token, false);
    }
    QFile::remove(file.fileName()); // the replica keeps its own copy
}

void Simulation::Run::takeBackRefused(Client &c)
{
    SyncLedger ledger(*c.store);
    auto unsettled = ledger.unsettled();
    if (!unsettled) {
        return;
    }
    for (const CaseSyncState &s : std::as_const(*unsettled)) {
        if (s.local == CaseSyncState::Local::Blocked) {
            auto entry = ledger.outboxEntry(s.id);
            trace(u"client %1 takes back its refused change of %2 (%3)"_s.arg(c.index).arg(
                s.id,
                entry && entry->has_value() ? (*entry)->lastError : QString()));
            if (auto taken = LocalEdits(ledger).revert(s.id); !taken) {
                trace(u"    not taken back: %1 %2"_s.arg(errorCodeName(taken.code()), taken.error().detail));
            }
        }
    }
}

} // namespace Fb::Sim
