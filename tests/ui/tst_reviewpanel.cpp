#include "casedraft.h"
#include "fixtures.h"
#include "reviewpanel.h"
#include "reviewworkflow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestReviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheMovesOfTheRole_data();
    void offersTheMovesOfTheRole();
    void incompleteCaseCannotBeSubmitted();
    void completeCaseIsSubmitted();
    void reviewerCommentsAndAuthorAnswers();
};

static QStringList buttonStates(const ReviewPanel &panel)
{
    QStringList states;
    for (const QPushButton *b : panel.moveButtons()) {
        states.append(b->property("state").toString());
    }
    return states;
}

void TestReviewPanel::offersTheMovesOfTheRole_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("role");
    QTest::newRow("author's draft") << u"utkast"_s << u"redaktor"_s;
    QTest::newRow("submitted, reviewer") << u"inskickad"_s << u"samordnare"_s;
    QTest::newRow("under review, reviewer") << u"under_granskning"_s << u"samordnare"_s;
    QTest::newRow("published, administrator") << u"publicerad"_s << u"administrator"_s;
    QTest::newRow("reader") << u"publicerad"_s << u"lasare"_s;
    QTest::newRow("not logged in") << u"utkast"_s << QString();
}

void TestReviewPanel::offersTheMovesOfTheRole()
{
    QFETCH(QString, state);
    QFETCH(QString, role);
    CaseDraft draft;
    CaseRecord c = Test::completeCase();
    c.reviewState = state;
    draft.reset(c.toJsonObject());
    ReviewPanel panel(draft, Test::vocabularies(), Language::Swedish);
    panel.setAccount(role, u"anna"_s);
    // The same table the server enforces.
    QCOMPARE(buttonStates(panel), ReviewWorkflow::targets(state, role));
}

void TestReviewPanel::incompleteCaseCannotBeSubmitted()
{
    CaseDraft draft;
    CaseRecord c = Test::completeCase();
    c.reviewState = u"utkast"_s;
    c.sections.remove(u"pitfalls"_s);
    draft.reset(c.toJsonObject());
    ReviewPanel panel(draft, Test::vocabularies(), Language::Swedish);
    panel.setAccount(u"redaktor"_s, u"anna"_s);
    QSignalSpy problem(&panel, &ReviewPanel::problem);
    QVERIFY(!panel.move(u"inskickad"_s));
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().first().toString().contains(
        Test::vocabularies().vocabulary(Vocabularies::Section).label(u"pitfalls"_s, Language::Swedish)));
    QCOMPARE(draft.value(u"review_state"_s).toString(), u"utkast"_s);
}

void TestReviewPanel::completeCaseIsSubmitted()
{
    CaseDraft draft;
    CaseRecord c = Test::completeCase();
    c.reviewState = u"utkast"_s;
    draft.reset(c.toJsonObject());
    ReviewPanel panel(draft, Test::vocabularies(), Language::Swedish);
    panel.setAccount(u"redaktor"_s, u"anna"_s);
    QSignalSpy moved(&panel, &ReviewPanel::moved);
    // A redaktor may not publish, even a complete case.
    QVERIFY(!panel.move(u"publicerad"_s));
    QVERIFY(panel.move(u"inskickad"_s));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(draft.value(u"review_state"_s).toString(), u"inskickad"_s);
    QCOMPARE(buttonStates(panel), ReviewWorkflow::targets(u"inskickad"_s, u"redaktor"_s));
    // A move is one undo step.
    draft.undoStack()->undo();
    QCOMPARE(draft.value(u"review_state"_s).toString(), u"utkast"_s);
}

void TestReviewPanel::reviewerCommentsAndAuthorAnswers()
{
    CaseDraft draft;
    CaseRecord c = Test::completeCase();
    c.reviewState = u"under_granskning"_s;
    draft.reset(c.toJsonObject());
    ReviewPanel reviewer(draft, Test::vocabularies(), Language::Swedish);
    reviewer.setAccount(u"samordnare"_s, u"bertil"_s);
    reviewer.addComment(u"sections.results"_s, u"Hur mättes minskningen?"_s);
    QCOMPARE(reviewer.comments()->topLevelItemCount(), 1);
    auto record = CaseRecord::fromJsonObject(draft.body());
    QVERIFY(record);
    QCOMPARE(record->reviewComments.size(), 1);
    const ReviewComment comment = record->reviewComments.first();
    QCOMPARE(comment.author, u"bertil"_s);
    QCOMPARE(comment.path, u"sections.results"_s);
    QVERIFY(comment.isOpen());
    // With an open comment the case can go back for completion.
    QVERIFY(reviewer.move(u"komplettering"_s));

    ReviewPanel author(draft, Test::vocabularies(), Language::Swedish);
    author.setAccount(u"redaktor"_s, u"anna"_s);
    author.comments()->setCurrentItem(author.comments()->topLevelItem(0));
    author.answerSelected(u"Med kommunens trygghetsmätning 2022 och 2024."_s);
    record = CaseRecord::fromJsonObject(draft.body());
    QCOMPARE(record->reviewComments.first().answer, u"Med kommunens trygghetsmätning 2022 och 2024."_s);
    QCOMPARE(record->reviewComments.first().answeredBy, u"anna"_s);
    QVERIFY(!record->reviewComments.first().isOpen());
    QVERIFY(author.move(u"inskickad"_s));
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
