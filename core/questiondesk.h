#pragma once

#include "caserecord.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace Fb {

class CaseStore;

// The writes of the question-and-adoption half of the bank, on the replica, for the app and the
// CLI alike (docs/questions.md): ask a question, answer one with a case, mark it answered, record
// that one's organisation took a case up, start one's own case from another, and confirm that a
// published case still holds. Each is a local
// edit, saved at once and pushed by the next sync; answers and adoptions are written in the name
// of the organisation the replica is logged in as (the server checks it again).
class QuestionDesk
{
public:
    explicit QuestionDesk(CaseStore &store);

    // Saves question (title, background in summary, areas, groups, places) as a new open
    // question owned by the logged-in organisation unless it names an owner. Returns its id.
    Result<QString> ask(CaseRecord question);
    // Adds an answer: caseId, a case of the replica, with a note. Returns the answer's id.
    Result<QString> answer(const QString &questionId, const QString &caseId, const QString &note);
    // Sets the question's state (question_state: oppen, besvarad, arkiverad).
    Result<void> setState(const QString &questionId, const QString &state);
    // Records that the logged-in organisation took the case up; the organisation and author are
    // filled in. Returns the adoption's id.
    Result<QString> adopt(const QString &caseId, Adoption adoption);
    // A new draft case of the logged-in organisation that takes what can be reused from the
    // origin (kind, areas, groups, forms of partnership, sections) and names it as its origin.
    // Returns the new case's id.
    Result<QString> startFrom(const QString &originId);
    // Confirms that a published case still holds (Freshness::verify, dated today): due again in a
    // year. InvalidValue on review_state for a case that is not published.
    Result<void> verify(const QString &caseId, QDate today);

    // The organisation answers and adoptions are written for: the login's; NotLoggedIn without.
    Result<QString> organisation() const;

private:
    Result<CaseRecord> record(const QString &id, bool question) const;
    Result<void> save(const CaseRecord &record);
    // The owner an organisation id names (a municipality or region), empty for another.
    static Actor ownerOf(const QString &organisationId);

    CaseStore &m_store;
};

} // namespace Fb
