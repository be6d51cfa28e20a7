#include "reviewcommands.h"

#include "casecompleteness.h"
#include "casefields.h"
#include "caselabels.h"
#include "errormessages.h"
#include "replicaeditor.h"
#include "replicalogin.h"
#include "reviewworkflow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ReviewCommands::ReviewCommands(CliApplication &cli)
    : m_cli(cli)
{
}

std::variant<CaseRecord, int> ReviewCommands::open(const QString &id, LoginState &login)
{
    if (auto r = m_cli.openStore(CliApplication::Sample::Install); !r) {
        return m_cli.failEdit(r.error());
    }
    auto record = m_cli.m_store->get(id);
    if (!record) {
        return m_cli.failEdit(record.error());
    }
    auto stored = ReplicaLogin(*m_cli.m_store).read();
    if (!stored) {
        return m_cli.failEdit(stored.error());
    }
    if (stored->user.isEmpty() || stored->role.isEmpty()) {
        // Roles come from the server: without a login this replica knows of none.
        return m_cli.failEdit(Error{ErrorCode::NotLoggedIn, {}, {}});
    }
    login = *stored;
    return std::move(record).value();
}

int ReviewCommands::refuse(const Error &error, const QList<Error> &missing)
{
    if (m_cli.m_json) {
        QJsonObject o{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, ErrorMessages::text(error)}};
        if (!error.path.isEmpty()) {
            o.insert(u"path"_s, error.path);
        }
        QJsonArray paths;
        for (const Error &e : missing) {
            paths.append(e.path);
        }
        if (!paths.isEmpty()) {
            o.insert(u"missing"_s, paths);
        }
        m_cli.m_err << QJsonDocument(QJsonObject{{u"error"_s, o}}).toJson(QJsonDocument::Compact) << '\n';
        return CliApplication::InvalidInput;
    }
    if (missing.isEmpty()) {
        return m_cli.fail(error, CliApplication::InvalidInput);
    }
    m_cli.m_err << tr("framgangsbank-cli: fill in these fields first:") << '\n';
    for (const Error &e : missing) {
        const QString name = CaseLabels::fieldLabel(m_cli.m_vocabularies, m_cli.m_language, e.path);
        m_cli.m_err << "  " << (name == e.path ? name : u"%1 (%2)"_s.arg(name, e.path)) << '\n';
    }
    return CliApplication::InvalidInput;
}

int ReviewCommands::save(const CaseRecord &before, const CaseRecord &after)
{
    const SaveOutcome outcome = ReplicaEditor(*m_cli.m_store).save(after.toJsonObject(), before.toJsonObject(), 0);
    if (outcome.stored) {
        return CliApplication::Success;
    }
    return m_cli.failEdit(
        outcome.error.code != ErrorCode::None || outcome.problems.isEmpty() ? outcome.error : outcome.problems.first());
}

int ReviewCommands::review(const QString &id, const QString &state)
{
    const Vocabulary &states = m_cli.m_vocabularies.vocabulary(Vocabularies::ReviewState);
    if (!states.contains(state)) {
        QStringList keys;
        for (const VocabularyEntry &e : states.entries()) {
            keys.append(e.key);
        }
        return m_cli.usage(tr("Unknown review state %1: use one of %2.").arg(state, keys.join(u", "_s)));
    }
    LoginState login;
    auto opened = open(id, login);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    const CaseRecord before = std::get<CaseRecord>(opened);
    const QString from = ReviewWorkflow::stateOf(before);
    if (from == state) {
        if (m_cli.m_json) {
            m_cli.printJson(QJsonObject{{u"id"_s, before.id}, {u"review_state"_s, state}});
        } else {
            m_cli.m_out << tr("The case is already %1.").arg(states.label(state, m_cli.m_language)) << '\n';
        }
        return CliApplication::Success;
    }
    CaseRecord after = before;
    after.reviewState = state;
    // An edit that changes nothing is refused only to a role that may not touch the case at all.
    Result<void> r = ReviewWorkflow::check(&before, before, login.role);
    // One move at a time here, as the app offers them; check() alone also passes several moves
    // made offline and sent as one change.
    if (r && !ReviewWorkflow::allowed(from, state, login.role)) {
        r = Error{ErrorCode::TransitionNotAllowed, u"review_state"_s, {}};
    }
    if (r) {
        r = ReviewWorkflow::check(&before, after, login.role);
    }
    if (!r) {
        if (r.code() == ErrorCode::TransitionNotAllowed || r.code() == ErrorCode::Forbidden) {
            QStringList targets;
            for (const QString &to : ReviewWorkflow::targets(from, login.role)) {
                targets.append(u"%1 (%2)"_s.arg(states.label(to, m_cli.m_language), to));
            }
            const QString detail =
                tr("As %1 you cannot move this case from %2 to %3.")
                    .arg(login.role, states.label(from, m_cli.m_language), states.label(state, m_cli.m_language))
                + u' '
                + (targets.isEmpty() || r.code() == ErrorCode::Forbidden
                       ? tr("You cannot change its review state.")
                       : tr("You can move it to: %1.").arg(targets.join(u", "_s)));
            return refuse(Error{r.code(), r.error().path, detail}, {});
        }
        QList<Error> missing = CaseCompleteness::missing(after, state);
        return refuse(missing.isEmpty() ? r.error() : missing.first(), missing.isEmpty() ? QList<Error>{} : missing);
    }
    if (const int code = save(before, after); code != CliApplication::Success) {
        return code;
    }
    if (m_cli.m_json) {
        m_cli.printJson(QJsonObject{{u"id"_s, after.id}, {u"review_state"_s, state}});
    } else {
        m_cli.m_out << tr("Now %1. The next sync sends the change.").arg(states.label(state, m_cli.m_language)) << '\n';
    }
    return CliApplication::Success;
}

int ReviewCommands::comment(const QString &id, const QString &path, const QString &text)
{
    if (!CaseFields::isCasePath(path)) {
        return m_cli.usage(tr("Not a field of a case: %1").arg(path));
    }
    LoginState login;
    auto opened = open(id, login);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    const CaseRecord before = std::get<CaseRecord>(opened);
    CaseRecord record = before;
    if (!ReviewWorkflow::mayReview(login.role)) {
        return m_cli.fail(Error{ErrorCode::Forbidden, {}, tr("Only reviewers (samordnare, administrator) comment.")},
                          CliApplication::InvalidInput);
    }
    const QString commentId = CaseRecord::newId();
    record.reviewComments.insert(commentId, ReviewComment{path, login.user, nowUtc(), text, {}, {}, {}, false, {}});
    if (const int code = save(before, record); code != CliApplication::Success) {
        return code;
    }
    if (m_cli.m_json) {
        m_cli.printJson(QJsonObject{{u"id"_s, record.id}, {u"comment_id"_s, commentId}});
    } else {
        m_cli.m_out << commentId << '\n';
    }
    return CliApplication::Success;
}

int ReviewCommands::answer(const QString &id, const QString &commentId, const QString &text)
{
    LoginState login;
    auto opened = open(id, login);
    if (const int *code = std::get_if<int>(&opened)) {
        return *code;
    }
    const CaseRecord before = std::get<CaseRecord>(opened);
    CaseRecord record = before;
    if (!ReviewWorkflow::mayEdit(login.role)) {
        return m_cli.fail(Error{ErrorCode::Forbidden, {}, {}}, CliApplication::InvalidInput);
    }
    auto it = record.reviewComments.find(commentId);
    if (it == record.reviewComments.end()) {
        return m_cli.fail(Error{ErrorCode::NotFound, u"review_comments."_s + commentId, {}}, CliApplication::NotFound);
    }
    it->answer = text;
    it->answeredBy = text.isEmpty() ? QString() : login.user;
    it->answeredAt = text.isEmpty() ? QString() : nowUtc();
    if (const int code = save(before, record); code != CliApplication::Success) {
        return code;
    }
    if (m_cli.m_json) {
        m_cli.printJson(QJsonObject{{u"id"_s, record.id}, {u"comment_id"_s, commentId}});
    } else {
        m_cli.m_out << tr("Answered. The next sync sends the answer.") << '\n';
    }
    return CliApplication::Success;
}

} // namespace Fb
