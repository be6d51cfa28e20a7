#include "fixtures.h"
#include "reviewworkflow.h"

#include <QSet>
#include <QTest>

using namespace Fb;

// The review workflow's table, written out here on its own (not derived from the code), and
// check() over every role × from × to (docs/server.md, "Review").
class TestReviewWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void targetsAreInDisplayOrder_data();
    void targetsAreInDisplayOrder();
    void create_data();
    void create();
    void submittingNeedsACompleteCase();
    void requestingCompletionNeedsAnOpenComment();
    void resubmittingNeedsEveryCommentAnswered();
    void archivedCasesOnlyForTheAdministrator();
    void caseWithoutStateIsADraft();
    void severalMovesOfflineAreOneChange();
    void viewsOfTheWorkflow();
    void publicationGroupsEveryState();
};

namespace {

const QStringList States{u"utkast"_s,
                         u"inskickad"_s,
                         u"under_granskning"_s,
                         u"komplettering"_s,
                         u"publicerad"_s,
                         u"behover_uppdateras"_s,
                         u"arkiverad"_s};
const QStringList Roles{u"lasare"_s, u"redaktor"_s, u"samordnare"_s, u"administrator"_s};

QSet<QString> allowedMoves(const QString &role)
{
    const QSet<QString> author{u"utkast>inskickad"_s,
                               u"inskickad>utkast"_s,
                               u"komplettering>inskickad"_s,
                               u"behover_uppdateras>inskickad"_s};
    const QSet<QString> reviewer{u"inskickad>under_granskning"_s,
                                 u"under_granskning>inskickad"_s,
                                 u"under_granskning>komplettering"_s,
                                 u"under_granskning>publicerad"_s,
                                 u"publicerad>behover_uppdateras"_s,
                                 u"behover_uppdateras>publicerad"_s};
    QSet<QString> editor{u"arkiverad>utkast"_s};
    for (const QString &s : States) {
        if (s != "arkiverad"_L1) {
            editor.insert(s + u">arkiverad"_s);
        }
    }
    if (role == "redaktor"_L1) {
        return author;
    }
    if (role == "samordnare"_L1) {
        return author | reviewer;
    }
    if (role == "administrator"_L1) {
        return author | reviewer | editor;
    }
    return {};
}

// Where a role gets by several of its own moves (offline, before a sync): the closure of the table.
QSet<QString> reachableMoves(const QString &role)
{
    QSet<QString> closure = allowedMoves(role);
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString &a : QSet<QString>(closure)) {
            for (const QString &b : QSet<QString>(closure)) {
                const QString joined = a.section(u'>', 0, 0) + u'>' + b.section(u'>', 1, 1);
                if (a.section(u'>', 1, 1) == b.section(u'>', 0, 0) && !closure.contains(joined)) {
                    closure.insert(joined);
                    grew = true;
                }
            }
        }
    }
    return closure;
}

// A complete case in state, with one comment: open when the move asks for completion, answered
// otherwise, so only the table decides.
CaseRecord caseIn(const QString &state, bool openComment = false)
{
    CaseRecord c = Test::completeCase();
    c.reviewState = state;
    c.reviewComments.insert(u"0b0c0d0e-0000-4000-8000-000000000001"_s,
                            ReviewComment{u"sections.results"_s,
                                          u"sara"_s,
                                          u"2027-01-10T10:00:00Z"_s,
                                          u"Siffror?"_s,
                                          openComment ? QString() : u"Se bilaga."_s,
                                          openComment ? QString() : u"anna"_s,
                                          openComment ? QString() : u"2027-01-11T10:00:00Z"_s,
                                          false,
                                          {}});
    return c;
}

} // namespace

void TestReviewWorkflow::transitions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<ErrorCode>("check");
    for (const QString &role : Roles) {
        const QSet<QString> moves = allowedMoves(role);
        const QSet<QString> reachableByRole = reachableMoves(role);
        for (const QString &from : States) {
            for (const QString &to : States) {
                const bool allowed = moves.contains(from + u'>' + to);
                const bool reachable = from != to && reachableByRole.contains(from + u'>' + to);
                ErrorCode check = reachable ? ErrorCode::None : ErrorCode::TransitionNotAllowed;
                if (role == "lasare"_L1 || (from == "arkiverad"_L1 && role != "administrator"_L1)) {
                    check = ErrorCode::Forbidden;
                } else if (from == to) {
                    check = ErrorCode::None;
                }
                QTest::addRow("%s %s→%s", qPrintable(role), qPrintable(from), qPrintable(to))
                    << role << from << to << allowed << reachable << check;
            }
        }
    }
}

void TestReviewWorkflow::transitions()
{
    QFETCH(QString, role);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QFETCH(bool, reachable);
    QFETCH(ErrorCode, check);
    QCOMPARE(ReviewWorkflow::allowed(from, to, role), allowed);
    QCOMPARE(ReviewWorkflow::reachable(from, to, role), reachable);
    QVERIFY(!allowed || reachable);
    QCOMPARE(ReviewWorkflow::targets(from, role).contains(to), allowed);
    const CaseRecord before = caseIn(from);
    const CaseRecord after = caseIn(to, to == "komplettering"_L1);
    const Result<void> r = ReviewWorkflow::check(&before, after, role);
    QCOMPARE(r.code(), check);
    if (check == ErrorCode::TransitionNotAllowed) {
        QCOMPARE(r.error().path, u"review_state"_s);
    }
}

void TestReviewWorkflow::targetsAreInDisplayOrder_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("targets");
    QTest::addRow("redaktor, draft") << u"redaktor"_s << u"utkast"_s << QStringList{u"inskickad"_s};
    QTest::addRow("redaktor, published") << u"redaktor"_s << u"publicerad"_s << QStringList{};
    QTest::addRow("samordnare, in review")
        << u"samordnare"_s << u"under_granskning"_s << QStringList{u"inskickad"_s, u"komplettering"_s, u"publicerad"_s};
    QTest::addRow("administrator, in review")
        << u"administrator"_s << u"under_granskning"_s
        << QStringList{u"inskickad"_s, u"komplettering"_s, u"publicerad"_s, u"arkiverad"_s};
    QTest::addRow("administrator, archived") << u"administrator"_s << u"arkiverad"_s << QStringList{u"utkast"_s};
    QTest::addRow("lasare") << u"lasare"_s << u"utkast"_s << QStringList{};
    QTest::addRow("unknown role") << u"gast"_s << u"utkast"_s << QStringList{};
    QTest::addRow("unknown state") << u"administrator"_s << u"okand"_s << QStringList{};
}

void TestReviewWorkflow::targetsAreInDisplayOrder()
{
    QFETCH(QString, role);
    QFETCH(QString, from);
    QFETCH(QStringList, targets);
    QCOMPARE(ReviewWorkflow::targets(from, role), targets);
}

void TestReviewWorkflow::create_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("state");
    QTest::addColumn<ErrorCode>("expected");
    for (const QString &role : Roles) {
        const QSet<QString> moves = reachableMoves(role);
        for (const QString &state : States + QStringList{QString()}) {
            ErrorCode expected = ErrorCode::TransitionNotAllowed;
            if (role == "lasare"_L1) {
                expected = ErrorCode::Forbidden;
            } else if (state == "komplettering"_L1 && moves.contains(u"utkast>komplettering"_s)) {
                expected = ErrorCode::RequiredForReview; // a case without comments
            } else if (state.isEmpty() || state == "utkast"_L1 || moves.contains(u"utkast>"_s + state)) {
                expected = ErrorCode::None;
            }
            QTest::addRow("%s as %s", qPrintable(role), state.isEmpty() ? "(none)" : qPrintable(state))
                << role << state << expected;
        }
    }
}

void TestReviewWorkflow::create()
{
    QFETCH(QString, role);
    QFETCH(QString, state);
    QFETCH(ErrorCode, expected);
    CaseRecord c = Test::completeCase();
    c.reviewState = state;
    QCOMPARE(ReviewWorkflow::check(nullptr, c, role).code(), expected);
    QCOMPARE(ReviewWorkflow::createStates(role).contains(state.isEmpty() ? u"utkast"_s : state),
             expected != ErrorCode::TransitionNotAllowed && expected != ErrorCode::Forbidden);
    // Imports as published, and cases submitted before their first sync, must be complete too.
    if ((state == "publicerad"_L1 || state == "inskickad"_L1) && expected == ErrorCode::None) {
        c.sections.remove(u"pitfalls"_s);
        const Result<void> r = ReviewWorkflow::check(nullptr, c, role);
        QCOMPARE(r.code(), ErrorCode::RequiredForReview);
        QCOMPARE(r.error().path, u"sections.pitfalls"_s);
    }
}

void TestReviewWorkflow::submittingNeedsACompleteCase()
{
    const CaseRecord before = Test::validCase();
    CaseRecord after = before;
    after.reviewState = u"inskickad"_s;
    Result<void> r = ReviewWorkflow::check(&before, after, u"redaktor"_s);
    QCOMPARE(r.code(), ErrorCode::RequiredForReview);
    QCOMPARE(r.error().path, u"sections.results"_s);

    after = Test::completeCase();
    after.reviewState = u"inskickad"_s;
    QVERIFY(ReviewWorkflow::check(&before, after, u"redaktor"_s).ok());

    // Withdrawing to a draft needs nothing but the title a valid case has anyway.
    CaseRecord withdrawn = Test::validCase();
    withdrawn.reviewState = u"utkast"_s;
    CaseRecord submitted = Test::validCase();
    submitted.reviewState = u"inskickad"_s;
    QVERIFY(ReviewWorkflow::check(&submitted, withdrawn, u"redaktor"_s).ok());
}

void TestReviewWorkflow::requestingCompletionNeedsAnOpenComment()
{
    const CaseRecord before = caseIn(u"under_granskning"_s);
    CaseRecord after = caseIn(u"komplettering"_s); // its one comment is answered
    Result<void> r = ReviewWorkflow::check(&before, after, u"samordnare"_s);
    QCOMPARE(r.code(), ErrorCode::RequiredForReview);
    QCOMPARE(r.error().path, u"review_comments"_s);
    after.reviewComments.first().resolved = true;
    after.reviewComments.first().answer.clear();
    QCOMPARE(ReviewWorkflow::check(&before, after, u"samordnare"_s).code(), ErrorCode::RequiredForReview);
    after.reviewComments.first().resolved = false;
    QVERIFY(ReviewWorkflow::check(&before, after, u"samordnare"_s).ok());

    // An incomplete case can still be sent back to its author: that is what komplettering is for.
    after.sections.remove(u"results"_s);
    QVERIFY(ReviewWorkflow::check(&before, after, u"samordnare"_s).ok());

    // Found by the simulation: a remark written with the move and answered before the next
    // sync reached the server as one change, answered, and was refused for good.
    CaseRecord claimed = caseIn(u"inskickad"_s);
    claimed.reviewComments.clear();
    CaseRecord asked = caseIn(u"komplettering"_s); // its one comment is answered, and new
    QVERIFY(ReviewWorkflow::check(&claimed, asked, u"samordnare"_s).ok());
}

void TestReviewWorkflow::resubmittingNeedsEveryCommentAnswered()
{
    const CaseRecord before = caseIn(u"komplettering"_s, true);
    CaseRecord after = caseIn(u"inskickad"_s, true);
    Result<void> r = ReviewWorkflow::check(&before, after, u"redaktor"_s);
    QCOMPARE(r.code(), ErrorCode::RequiredForReview);
    QCOMPARE(r.error().path, u"review_comments.0b0c0d0e-0000-4000-8000-000000000001.answer"_s);
    after.reviewComments.first().answer = u"Nu finns siffrorna i resultatdelen."_s;
    QVERIFY(ReviewWorkflow::check(&before, after, u"redaktor"_s).ok());
    // A comment the reviewer resolved needs no answer.
    after.reviewComments.first().answer.clear();
    after.reviewComments.first().resolved = true;
    QVERIFY(ReviewWorkflow::check(&before, after, u"redaktor"_s).ok());
}

void TestReviewWorkflow::archivedCasesOnlyForTheAdministrator()
{
    const CaseRecord before = caseIn(u"arkiverad"_s);
    CaseRecord after = before;
    after.title = u"Ny titel"_s;
    for (const QString &role : {u"redaktor"_s, u"samordnare"_s}) {
        const Result<void> r = ReviewWorkflow::check(&before, after, role);
        QCOMPARE(r.code(), ErrorCode::Forbidden);
        QCOMPARE(r.error().path, u"review_state"_s);
    }
    QVERIFY(ReviewWorkflow::check(&before, after, u"administrator"_s).ok());
    // Any other edit without a change of state is not the workflow's business.
    const CaseRecord published = caseIn(u"publicerad"_s);
    CaseRecord edited = published;
    edited.sections.remove(u"results"_s);
    QVERIFY(ReviewWorkflow::check(&published, edited, u"redaktor"_s).ok());
}

void TestReviewWorkflow::caseWithoutStateIsADraft()
{
    CaseRecord before = Test::completeCase();
    before.reviewState.clear();
    QCOMPARE(ReviewWorkflow::stateOf(before), u"utkast"_s);
    CaseRecord after = before;
    after.reviewState = u"utkast"_s;
    QVERIFY(ReviewWorkflow::check(&before, after, u"redaktor"_s).ok());
    after.reviewState = u"inskickad"_s;
    QVERIFY(ReviewWorkflow::check(&before, after, u"redaktor"_s).ok());
    QCOMPARE(ReviewWorkflow::targets({}, u"redaktor"_s), QStringList{u"inskickad"_s});
}

void TestReviewWorkflow::severalMovesOfflineAreOneChange()
{
    // A samordnare claims and publishes on the train; the server sees inskickad → publicerad.
    const CaseRecord submitted = caseIn(u"inskickad"_s);
    const CaseRecord published = caseIn(u"publicerad"_s);
    QVERIFY(!ReviewWorkflow::allowed(u"inskickad"_s, u"publicerad"_s, u"samordnare"_s));
    QVERIFY(ReviewWorkflow::check(&submitted, published, u"samordnare"_s).ok());
    QCOMPARE(ReviewWorkflow::check(&submitted, published, u"redaktor"_s).code(), ErrorCode::TransitionNotAllowed);
    // A way round does not skip a condition of the end state: back to review only with answers.
    const CaseRecord asked = caseIn(u"komplettering"_s, true);
    const CaseRecord again = caseIn(u"inskickad"_s, true);
    QVERIFY(ReviewWorkflow::reachable(u"komplettering"_s, u"utkast"_s, u"redaktor"_s));
    QCOMPARE(ReviewWorkflow::check(&asked, again, u"redaktor"_s).code(), ErrorCode::RequiredForReview);
    CaseRecord draft = caseIn(u"utkast"_s, true);
    QCOMPARE(ReviewWorkflow::check(&draft, again, u"redaktor"_s).code(), ErrorCode::RequiredForReview);
    // A reviewer giving back a claim leaves the remarks for the next one.
    const CaseRecord claimed = caseIn(u"under_granskning"_s, true);
    QVERIFY(ReviewWorkflow::check(&claimed, again, u"samordnare"_s).ok());
}

void TestReviewWorkflow::viewsOfTheWorkflow()
{
    // The app's "Cases to review" and "My drafts" views ask the workflow, not a list of their own.
    const Vocabulary &states = Test::vocabularies().vocabulary(u"review_state"_s);
    QVERIFY(states.contains(ReviewWorkflow::initialState()));
    for (const QString &state : ReviewWorkflow::awaitingReview()) {
        QVERIFY2(states.contains(state), qPrintable(state));
        // Waiting for a reviewer: one can claim it or decide on it.
        QVERIFY2(!ReviewWorkflow::targets(state, u"samordnare"_s).isEmpty(), qPrintable(state));
        QVERIFY2(!ReviewWorkflow::targets(state, u"redaktor"_s).contains(u"publicerad"_s), qPrintable(state));
    }
    for (const QString &state : ReviewWorkflow::withAuthors()) {
        QVERIFY2(states.contains(state), qPrintable(state));
        // With its authors: a redaktor can submit it.
        QVERIFY2(ReviewWorkflow::targets(state, u"redaktor"_s).contains(u"inskickad"_s), qPrintable(state));
    }
    QCOMPARE(ReviewWorkflow::stateOf(CaseRecord{}), ReviewWorkflow::initialState());
}

void TestReviewWorkflow::publicationGroupsEveryState()
{
    // Every state of the vocabulary falls in one group of the Publication facet, whose values
    // the vocabulary names; only the states in use are "publicerad".
    const Vocabulary &states = Test::vocabularies().vocabulary(u"review_state"_s);
    const Vocabulary &publication = Test::vocabularies().vocabulary(u"publication"_s);
    for (const VocabularyEntry &entry : states.entries()) {
        const QString &state = entry.key;
        const QString group = ReviewWorkflow::publication(state);
        QVERIFY2(publication.contains(group), qPrintable(state));
        QCOMPARE(group == "publicerad"_L1, state == "publicerad"_L1 || state == "behover_uppdateras"_L1);
        QCOMPARE(group == "arkiverad"_L1, state == "arkiverad"_L1);
    }
    QCOMPARE(ReviewWorkflow::publication({}), u"opublicerad"_s);
}

QTEST_GUILESS_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
