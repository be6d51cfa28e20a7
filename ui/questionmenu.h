#pragma once

#include "caselabels.h"
#include "caserecord.h"
#include "language.h"
#include "loginstate.h"
#include "questiondialog.h"
#include "spreadwindow.h"
#include "vocabularies.h"

#include <QHash>
#include <QList>
#include <QMenu>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>

class QSettings;

namespace Fb {

class ReplicaService;

// The Questions menu (docs/questions.md): ask the bank a question, answer the question shown with
// a case, mark it answered or open again, record that one's organisation took the case shown up,
// start one's own case from it, see on a map where it has spread, follow the record shown (its changes come to What is
// new), confirm that one's own published case still holds (Freshness), and list the open questions and one's cases due
// for review. Which of these apply follows the record shown and the login; the writes go through ReplicaService
// (QuestionDesk) and the server checks them again.
class QuestionMenu : public QMenu
{
    Q_OBJECT

public:
    using Candidates = std::function<QList<std::pair<QString, QString>>()>;

    QuestionMenu(ReplicaService &replica,
                 const Vocabularies &vocabularies,
                 const ReferenceData &referenceData,
                 Language language,
                 QSettings &settings,
                 Candidates candidates,
                 QWidget *parent = nullptr);

    // The record shown; for a question, the cases like it (ReplicaService::similarFound) become
    // the first ones the answer dialog offers.
    void setShown(const CaseRecord *record);
    void setLogin(const LoginState &login);

    QAction *askAction() const { return m_ask; }

    QAction *answerAction() const { return m_answer; }

    QAction *stateAction() const { return m_state; }

    QAction *adoptAction() const { return m_adopt; }

    QAction *startFromAction() const { return m_startFrom; }

    QAction *verifyAction() const { return m_verify; }

    QAction *followAction() const { return m_follow; }

    QAction *spreadAction() const { return m_spread; }

    // The spread window, once opened (for tests).
    SpreadWindow *spreadWindow() const { return m_spreadWindow; }

Q_SIGNALS:
    // Look for cases with these words (the question being typed, or the one shown).
    void searchRequested(const QString &text);
    // Show the open questions (the Questions facet).
    void openQuestionsRequested();
    // Show the login organisation's published cases due for review (ListPresets::toUpdate).
    void toUpdateRequested();
    void message(const QString &text);
    // A record was written: shown again if it is the one on show.
    void recordChanged(const QString &id);
    // Start from this case made a new case: open it in the editor.
    void caseStarted(const QString &id);

private:
    void ask();
    void answer();
    void toggleState();
    void adopt();
    void startFrom();
    void verify();
    void update();
    void finished(const QString &id, const Error &error, const QString &newId);

    ReplicaService &m_replica;
    const Vocabularies &m_vocabularies;
    CaseLabels m_labels;
    Language m_language;
    QSettings &m_settings;
    Candidates m_candidates;
    std::optional<CaseRecord> m_shown;
    // The cases most like the question shown (SimilarCases), offered first as its answer.
    QList<std::pair<QString, QString>> m_similar;
    LoginState m_login;

    // Writes asked for here and not answered yet, by the id editFinished names.
    struct Pending
    {
        QString done; // what the status bar says when it is
        bool opensNewCase = false;
    };

    QHash<QString, Pending> m_pending;
    QPointer<QuestionDialog> m_dialog;
    QAction *m_ask;
    QAction *m_answer;
    QAction *m_state;
    QAction *m_adopt;
    QAction *m_startFrom;
    QAction *m_verify;
    QAction *m_follow;
    QAction *m_spread;
    const ReferenceData &m_referenceData;
    QPointer<SpreadWindow> m_spreadWindow;
    QSet<QString> m_followed; // ReplicaService::followedRead
};

} // namespace Fb
