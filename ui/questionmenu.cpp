#include "questionmenu.h"

#include "adoptiondialog.h"
#include "answerdialog.h"
#include "errormessages.h"
#include "freshness.h"
#include "organisationid.h"
#include "questiondialog.h"
#include "replicaservice.h"
#include "reviewworkflow.h"
#include "spreadwindow.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Fb {

QuestionMenu::QuestionMenu(ReplicaService &replica,
                           const Vocabularies &vocabularies,
                           const ReferenceData &referenceData,
                           Language language,
                           QSettings &settings,
                           Candidates candidates,
                           QWidget *parent)
    : QMenu(tr("&Questions"), parent)
    , m_replica(replica)
    , m_vocabularies(vocabularies)
    , m_labels(vocabularies, referenceData, language)
    , m_language(language)
    , m_settings(settings)
    , m_candidates(std::move(candidates))
    , m_ask(addAction(tr("&Ask the bank a question…"), this, &QuestionMenu::ask))
    , m_answer(addAction(tr("A&nswer with a case…"), this, &QuestionMenu::answer))
    , m_state(addAction(tr("&Mark as answered"), this, &QuestionMenu::toggleState))
    , m_adopt(nullptr)
    , m_startFrom(nullptr)
    , m_verify(nullptr)
    , m_follow(nullptr)
    , m_spread(nullptr)
    , m_referenceData(referenceData)
{
    m_ask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    addAction(tr("Show &open questions"), this, &QuestionMenu::openQuestionsRequested);
    addSeparator();
    m_adopt = addAction(tr("We have &taken this case up…"), this, &QuestionMenu::adopt);
    m_startFrom = addAction(tr("&Start our own case from this one"), this, &QuestionMenu::startFrom);
    m_spread = addAction(tr("Show its s&pread on a map"), this, [this] {
        if (!m_shown) {
            return;
        }
        if (!m_spreadWindow) {
            m_spreadWindow = new SpreadWindow(m_vocabularies, m_referenceData, m_language, parentWidget());
        }
        m_spreadWindow->showCase(*m_shown);
        m_spreadWindow->show();
        m_spreadWindow->raise();
        m_spreadWindow->activateWindow();
    });
    m_follow = addAction(tr("&Follow"));
    m_follow->setCheckable(true);
    // triggered, not toggled: showing another record sets the check without following anything.
    connect(m_follow, &QAction::triggered, this, [this](bool on) {
        if (m_shown) {
            m_replica.follow(m_shown->id, on);
        }
    });
    connect(&m_replica, &ReplicaService::followedRead, this, [this](const QStringList &ids) {
        m_followed = QSet<QString>(ids.cbegin(), ids.cend());
        update();
    });
    connect(&m_replica, &ReplicaService::opened, this, [this] {
        m_replica.readFollowed();
    });
    addSeparator();
    m_verify = addAction(tr("&Confirm that this case still holds"), this, &QuestionMenu::verify);
    addAction(tr("Our cases &due for review"), this, &QuestionMenu::toUpdateRequested);
    connect(&m_replica, &ReplicaService::editFinished, this, &QuestionMenu::finished);
    connect(&m_replica,
            &ReplicaService::similarFound,
            this,
            [this](const QString &id, const QList<SimilarCase> &cases) {
                if (m_shown && m_shown->id == id) {
                    m_similar.clear();
                    for (const SimilarCase &c : cases) {
                        m_similar.append({c.id, c.title});
                    }
                }
            });
    update();
}

void QuestionMenu::setShown(const CaseRecord *record)
{
    if (!record || !m_shown || record->id != m_shown->id) {
        m_similar.clear();
    }
    m_shown = record ? std::optional<CaseRecord>(*record) : std::nullopt;
    update();
}

void QuestionMenu::setLogin(const LoginState &login)
{
    m_login = login;
    update();
}

void QuestionMenu::update()
{
    // Answers and adoptions are written in the name of the login's organisation.
    const bool writer =
        m_login.configured() && !m_login.organisationId.isEmpty() && ReviewWorkflow::mayEdit(m_login.role);
    const bool question = m_shown && m_shown->isQuestion();
    const bool aCase = m_shown && !m_shown->isQuestion();
    const QString owner = m_shown ? OrganisationId::ofOwner(m_shown->owner.type, m_shown->owner.code) : QString();
    const bool asker = question && writer && (owner == m_login.organisationId || m_login.role == "administrator"_L1);
    const bool answered = question && m_shown->questionState == "besvarad"_L1;

    m_ask->setEnabled(writer);
    m_answer->setEnabled(question && writer && m_shown->questionState != "arkiverad"_L1);
    m_state->setEnabled(asker);
    m_state->setText(answered ? tr("&Open the question again") : tr("&Mark as answered"));
    m_adopt->setEnabled(aCase && writer);
    m_startFrom->setEnabled(aCase && writer);
    m_spread->setEnabled(aCase && !m_shown->adoptions.isEmpty());
    if (m_spreadWindow && m_spreadWindow->isVisible() && aCase) {
        m_spreadWindow->showCase(*m_shown); // follows the case shown
    }
    // What is new is noted for a login (WhatsNew): following needs one, not a role.
    m_follow->setEnabled(m_shown.has_value() && m_login.configured());
    m_follow->setChecked(m_shown && m_followed.contains(m_shown->id));
    m_follow->setToolTip(m_login.configured() ? tr("Its changes come to What is new after each sync")
                                              : tr("Log in to follow cases and questions."));
    const QString why = writer ? QString() : tr("Log in as an editor to ask, answer and record adoptions.");
    for (QAction *a : {m_ask, m_answer, m_state, m_adopt, m_startFrom}) {
        a->setToolTip(a->isEnabled() ? QString() : why);
    }
    // The owner's editors confirm their published case (the server checks the owner again).
    const bool ownCase = aCase && writer && (owner == m_login.organisationId || m_login.role == "administrator"_L1);
    m_verify->setEnabled(ownCase && Freshness::dueDate(*m_shown).isValid());
    m_verify->setToolTip(m_verify->isEnabled()
                             ? tr("Due again for review in %n months", nullptr, Freshness::MonthsBetweenReviews)
                             : tr("Editors of the case's owner confirm its published cases."));
}

void QuestionMenu::ask()
{
    if (!m_dialog) {
        m_dialog = new QuestionDialog(m_vocabularies, m_language, m_settings, parentWidget());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QuestionDialog::questionTextChanged, this, &QuestionMenu::searchRequested);
        connect(m_dialog, &QDialog::accepted, this, [this] {
            CaseRecord question = m_dialog->question();
            question.id = CaseRecord::newId();
            m_pending.insert(question.id, {tr("The question is saved. The next sync sends it to the bank.")});
            m_replica.askQuestion(question);
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (!m_dialog->titleEdit()->text().isEmpty()) {
        Q_EMIT searchRequested(m_dialog->titleEdit()->text());
    }
}

void QuestionMenu::answer()
{
    if (!m_shown || !m_shown->isQuestion()) {
        return;
    }
    const CaseRecord question = *m_shown;
    // The cases most like the question first, then the ones the main window lists.
    QList<std::pair<QString, QString>> cases = m_similar;
    for (const auto &listed : m_candidates ? m_candidates() : QList<std::pair<QString, QString>>{}) {
        if (!cases.contains(listed)) {
            cases.append(listed);
        }
    }
    AnswerDialog dialog(question.title, cases, parentWidget());
    if (dialog.exec() != QDialog::Accepted || dialog.caseId().isEmpty()) {
        return;
    }
    m_pending.insert(question.id, {tr("The answer is saved. The asker sees it after the next sync.")});
    m_replica.answerQuestion(question.id, dialog.caseId(), dialog.note());
}

void QuestionMenu::toggleState()
{
    if (!m_shown || !m_shown->isQuestion()) {
        return;
    }
    const bool answered = m_shown->questionState == "besvarad"_L1;
    m_pending.insert(m_shown->id,
                     {answered ? tr("The question is open again.") : tr("The question is marked as answered.")});
    m_replica.setQuestionState(m_shown->id, answered ? u"oppen"_s : u"besvarad"_s);
}

void QuestionMenu::adopt()
{
    if (!m_shown || m_shown->isQuestion()) {
        return;
    }
    AdoptionDialog dialog(m_vocabularies,
                          m_language,
                          m_shown->title,
                          m_labels.organisationName(m_login.organisationId),
                          parentWidget());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_pending.insert(m_shown->id, {tr("Recorded. The case's owner sees it after the next sync.")});
    m_replica.adopt(m_shown->id, dialog.adoption());
}

void QuestionMenu::startFrom()
{
    if (!m_shown || m_shown->isQuestion()) {
        return;
    }
    m_pending.insert(m_shown->id, {tr("Your own case was started from this one, as a draft."), true});
    m_replica.startFrom(m_shown->id);
}

void QuestionMenu::verify()
{
    if (!m_shown || m_shown->isQuestion()) {
        return;
    }
    m_pending.insert(m_shown->id, {tr("Confirmed: the case is due for review again in a year.")});
    m_replica.verify(m_shown->id);
}

void QuestionMenu::finished(const QString &id, const Error &error, const QString &newId)
{
    const auto pending = m_pending.constFind(id);
    if (pending == m_pending.cend()) {
        return; // another window's edit
    }
    const Pending done = *pending;
    m_pending.erase(pending);
    if (error.code != ErrorCode::None) {
        Q_EMIT message(tr("Not saved: %1").arg(ErrorMessages::text(error)));
        return;
    }
    Q_EMIT message(done.done);
    Q_EMIT recordChanged(id);
    if (done.opensNewCase) {
        Q_EMIT caseStarted(newId);
    }
}

} // namespace Fb
