#include "bankimporter.h"
#include "caserecord.h"
#include "fixtures.h"
#include "freshness.h"
#include "mutationprocessor.h"
#include "postgresfixture.h"
#include "serverstorefixture.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Fb;
using namespace Qt::StringLiterals;

// The server's review rules (docs/server.md, "Review") through MutationProcessor, as clients
// meet them: transitions allowed and refused by role, creates, archived cases, and who may write
// what in a review comment. On both backends.
class TestReviewPolicy : public QObject, protected Test::ServerStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void creates_data();
    void creates();
    void archivedCasesAreTheAdministrators();
    void commentRules();
    void remarkAnsweredBeforeOneSync();
    void commentTimesFromTheClientAreKept();
    void publishingVerifies();
    void ownerVerifies();

private:
    // A case of Gnesta (kommun:0461) in state, loaded as the server's import does (no rules).
    QString seed(const QString &state, bool complete = true, const QMap<QString, ReviewComment> &comments = {});
    QJsonObject update(const QString &user, const QString &id, const QJsonObject &set);
    int version(const QString &id);
};

void TestReviewPolicy::initTestCase_data()
{
    PostgresFixture::addBackendRows();
}

void TestReviewPolicy::initTestCase()
{
    const QString problem = startServerStore();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestReviewPolicy::init()
{
    const QString problem = openServerStore(u"fbreview"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestReviewPolicy::cleanup()
{
    closeServerStore();
}

QString TestReviewPolicy::seed(const QString &state, bool complete, const QMap<QString, ReviewComment> &comments)
{
    CaseRecord c = complete ? Test::completeCase(newId()) : Test::validCase(newId());
    c.owner = Actor{u"kommun"_s, u"Gnesta kommun"_s, u"0461"_s, u"huvudman"_s, {}};
    c.municipalities = {u"0461"_s};
    c.regions = {u"04"_s};
    c.reviewState = state;
    c.reviewComments = comments;
    QByteArray line = c.toCanonicalJson() + '\n';
    QBuffer buffer(&line);
    buffer.open(QIODevice::ReadOnly);
    const CaseValidator validator(m_vocabularies, m_referenceData);
    const User admin = m_store->userByName(u"admin"_s).value().value();
    auto report = BankImporter(*m_store, validator).import(buffer, u"kommun:0461"_s, admin.id, m_now);
    if (!report || report->imported != 1) {
        qWarning() << "seed failed" << (report ? report->error : report.error());
        return {};
    }
    return c.id;
}

QJsonObject TestReviewPolicy::update(const QString &user, const QString &id, const QJsonObject &set)
{
    return apply(user, {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, version(id)}, {u"set"_s, set}});
}

int TestReviewPolicy::version(const QString &id)
{
    return CaseRepository(*m_store).find(id).value().value().version;
}

namespace {

const QString CommentId = u"0c000000-0000-4000-8000-000000000001"_s;

ReviewComment comment(const QString &author, const QString &answer = {})
{
    return ReviewComment{u"sections.results"_s,
                         author,
                         u"2027-01-10T10:00:00Z"_s,
                         u"Finns det siffror?"_s,
                         answer,
                         answer.isEmpty() ? QString() : u"gnesta"_s,
                         answer.isEmpty() ? QString() : u"2027-01-11T10:00:00Z"_s,
                         false,
                         {}};
}

QJsonObject commentJson(const ReviewComment &k)
{
    CaseRecord c;
    c.reviewComments.insert(CommentId, k);
    return c.toJsonObject().value("review_comments"_L1).toObject().value(CommentId).toObject();
}

} // namespace

void TestReviewPolicy::transitions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("openComment");
    QTest::addColumn<QString>("code"); // empty: applied
    QTest::addColumn<QString>("field");

    const auto row = [](const char *name,
                        const QString &user,
                        const QString &from,
                        const QString &to,
                        const QString &code = {},
                        const QString &field = {},
                        bool complete = true,
                        bool openComment = false) {
        QTest::addRow("%s", name) << user << from << to << complete << openComment << code << field;
    };
    const QString forbidden = u"forbidden"_s;
    const QString notAllowed = u"transition_not_allowed"_s;
    const QString required = u"required_for_review"_s;
    const QString state = u"review_state"_s;
    row("redaktor submits", u"gnesta"_s, u"utkast"_s, u"inskickad"_s);
    row("redaktor submits an incomplete case",
        u"gnesta"_s,
        u"utkast"_s,
        u"inskickad"_s,
        required,
        u"sections.results"_s,
        false);
    row("redaktor withdraws", u"gnesta"_s, u"inskickad"_s, u"utkast"_s);
    row("redaktor claims", u"gnesta"_s, u"inskickad"_s, u"under_granskning"_s, notAllowed, state);
    row("redaktor publishes", u"gnesta"_s, u"under_granskning"_s, u"publicerad"_s, notAllowed, state);
    row("redaktor publishes a draft", u"gnesta"_s, u"utkast"_s, u"publicerad"_s, notAllowed, state);
    row("redaktor archives", u"gnesta"_s, u"publicerad"_s, u"arkiverad"_s, notAllowed, state);
    row("redaktor resubmits with the comment answered",
        u"gnesta"_s,
        u"komplettering"_s,
        u"inskickad"_s,
        {},
        {},
        true,
        false);
    row("redaktor resubmits with the comment open",
        u"gnesta"_s,
        u"komplettering"_s,
        u"inskickad"_s,
        required,
        u"review_comments.%1.answer"_s.arg(CommentId),
        true,
        true);
    row("redaktor of another kommun", u"ronneby"_s, u"utkast"_s, u"inskickad"_s, forbidden);
    row("lasare", u"lasare"_s, u"utkast"_s, u"inskickad"_s, forbidden);
    row("samordnare claims", u"sormland"_s, u"inskickad"_s, u"under_granskning"_s);
    row("samordnare of another county", u"blekinge"_s, u"inskickad"_s, u"under_granskning"_s, forbidden);
    row("samordnare publishes", u"sormland"_s, u"under_granskning"_s, u"publicerad"_s);
    row("samordnare publishes an incomplete case",
        u"sormland"_s,
        u"under_granskning"_s,
        u"publicerad"_s,
        required,
        u"sections.results"_s,
        false);
    // Claimed and published on the train: the server sees one change, reachable by the role's moves.
    row("samordnare claims and publishes offline", u"sormland"_s, u"inskickad"_s, u"publicerad"_s);
    row("samordnare publishes a draft", u"sormland"_s, u"utkast"_s, u"publicerad"_s);
    row("samordnare asks for more with an open comment",
        u"sormland"_s,
        u"under_granskning"_s,
        u"komplettering"_s,
        {},
        {},
        true,
        true);
    row("samordnare asks for more without saying what",
        u"sormland"_s,
        u"under_granskning"_s,
        u"komplettering"_s,
        required,
        u"review_comments"_s);
    row("samordnare flags a published case", u"sormland"_s, u"publicerad"_s, u"behover_uppdateras"_s);
    row("samordnare archives", u"sormland"_s, u"publicerad"_s, u"arkiverad"_s, notAllowed, state);
    row("administrator archives", u"admin"_s, u"publicerad"_s, u"arkiverad"_s);
    row("administrator archives a draft", u"admin"_s, u"utkast"_s, u"arkiverad"_s, {}, {}, false);
    row("administrator takes back an archived case", u"admin"_s, u"arkiverad"_s, u"utkast"_s);
    row("samordnare takes back an archived case", u"sormland"_s, u"arkiverad"_s, u"utkast"_s, forbidden, state);
}

void TestReviewPolicy::transitions()
{
    QFETCH(QString, user);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, complete);
    QFETCH(bool, openComment);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QMap<QString, ReviewComment> comments;
    if (from == "komplettering"_L1 || to == "komplettering"_L1) {
        comments.insert(CommentId, comment(u"sormland"_s, openComment ? QString() : u"Se resultat."_s));
    }
    const QString id = seed(from, complete, comments);
    QVERIFY(!id.isEmpty());
    const int before = version(id);
    const QJsonObject r = update(user, id, {{u"review_state"_s, to}});
    if (code.isEmpty()) {
        QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
        QCOMPARE(r.value("doc"_L1).toObject().value("review_state"_L1).toString(), to);
        QCOMPARE(version(id), before + 1);
    } else {
        QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(r.value("code"_L1).toString(), code);
        QCOMPARE(r.value("field"_L1).toString(), field);
        QCOMPARE(version(id), before);
    }
}

void TestReviewPolicy::creates_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("code");
    QTest::addRow("redaktor, draft") << u"gnesta"_s << u"utkast"_s << false << QString();
    QTest::addRow("redaktor, no state") << u"gnesta"_s << QString() << false << QString();
    // Written and submitted on the train, before the first sync.
    QTest::addRow("redaktor, submitted") << u"gnesta"_s << u"inskickad"_s << true << QString();
    QTest::addRow("redaktor, submitted incomplete")
        << u"gnesta"_s << u"inskickad"_s << false << u"required_for_review"_s;
    QTest::addRow("redaktor, published") << u"gnesta"_s << u"publicerad"_s << true << u"transition_not_allowed"_s;
    QTest::addRow("samordnare, published") << u"sormland"_s << u"publicerad"_s << true << QString();
    QTest::addRow("samordnare, published incomplete")
        << u"sormland"_s << u"publicerad"_s << false << u"required_for_review"_s;
    QTest::addRow("administrator, published") << u"admin"_s << u"publicerad"_s << true << QString();
    QTest::addRow("samordnare, archived") << u"sormland"_s << u"arkiverad"_s << true << u"transition_not_allowed"_s;
    QTest::addRow("administrator, archived") << u"admin"_s << u"arkiverad"_s << true << QString();
}

void TestReviewPolicy::creates()
{
    QFETCH(QString, user);
    QFETCH(QString, state);
    QFETCH(bool, complete);
    QFETCH(QString, code);
    CaseRecord c = complete ? Test::completeCase(newId()) : Test::validCase(newId());
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    c.reviewState = state;
    const QJsonObject r = apply(user, {{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}});
    QCOMPARE(r.value("status"_L1).toString(), code.isEmpty() ? u"applied"_s : u"rejected"_s);
    QCOMPARE(r.value("code"_L1).toString(), code);
}

void TestReviewPolicy::archivedCasesAreTheAdministrators()
{
    const QString id = seed(u"arkiverad"_s);
    for (const QString &user : {u"gnesta"_s, u"sormland"_s}) {
        const QJsonObject edit = update(user, id, {{u"title"_s, u"Ny titel"_s}});
        QCOMPARE(edit.value("code"_L1).toString(), u"forbidden"_s);
        QCOMPARE(edit.value("field"_L1).toString(), u"review_state"_s);
        const QJsonObject gone = apply(user, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, version(id)}});
        QCOMPARE(gone.value("code"_L1).toString(), u"forbidden"_s);
    }
    QCOMPARE(update(u"admin"_s, id, {{u"title"_s, u"Ny titel"_s}}).value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(apply(u"admin"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, version(id)}})
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
}

void TestReviewPolicy::commentRules()
{
    const QString id = seed(u"under_granskning"_s);
    const QString path = u"review_comments."_s + CommentId;
    const auto expectRefused = [&](const QString &user, const QJsonValue &value, const QString &field) {
        const int before = version(id);
        const QJsonObject r = update(user, id, {{path, value}});
        QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(r.value("code"_L1).toString(), u"forbidden"_s);
        QCOMPARE(r.value("field"_L1).toString(), field);
        QCOMPARE(version(id), before);
    };

    // Only reviewers add comments, and only in their own name.
    ReviewComment k = comment({});
    expectRefused(u"gnesta"_s, commentJson(k), path);
    expectRefused(u"sormland"_s, commentJson(comment(u"sormland2"_s)), path + u".author"_s);
    QJsonObject r = update(u"sormland"_s, id, {{path, commentJson(k)}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    QJsonObject stored =
        r.value("doc"_L1).toObject().value("review_comments"_L1).toObject().value(CommentId).toObject();
    QCOMPARE(stored.value("author"_L1).toString(), u"sormland"_s);
    k.author = u"sormland"_s;

    // The author side answers, and does nothing else.
    ReviewComment resolved = k;
    resolved.resolved = true;
    expectRefused(u"gnesta"_s, commentJson(resolved), path + u".resolved"_s);
    ReviewComment reworded = k;
    reworded.text = u"Något annat"_s;
    expectRefused(u"gnesta"_s, commentJson(reworded), path + u".text"_s);
    ReviewComment forged = k;
    forged.answer = u"Svar"_s;
    forged.answeredBy = u"sormland"_s;
    expectRefused(u"gnesta"_s, commentJson(forged), path + u".answered_by"_s);
    expectRefused(u"gnesta"_s, QJsonValue::Null, path); // removing it
    // Another reviewer does not reword someone else's comment.
    expectRefused(u"sormland2"_s, commentJson(reworded), path + u".text"_s);

    ReviewComment answered = k;
    answered.answer = u"Siffrorna finns nu i resultatdelen."_s;
    r = update(u"gnesta"_s, id, {{path, commentJson(answered)}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    stored = r.value("doc"_L1).toObject().value("review_comments"_L1).toObject().value(CommentId).toObject();
    QCOMPARE(stored.value("answered_by"_L1).toString(), u"gnesta"_s);
    QCOMPARE(stored.value("answered_at"_L1).toString(), u"2027-01-15T08:00:00Z"_s);
    // A redaktor of another kommun may not answer at all (no write permission).
    ReviewComment other = answered;
    other.answer = u"Annat svar"_s;
    QCOMPARE(update(u"ronneby"_s, id, {{path, commentJson(other)}}).value("code"_L1).toString(), u"forbidden"_s);

    // The reviewer resolves, rewords their own comment, and may remove it.
    auto current = CaseRecord::fromJsonObject(CaseRepository(*m_store).find(id).value()->body).value();
    ReviewComment done = current.reviewComments.value(CommentId);
    done.resolved = true;
    done.text = u"Finns det siffror från 2024?"_s;
    r = update(u"sormland"_s, id, {{path, commentJson(done)}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    r = update(u"sormland2"_s, id, {{path, QJsonValue::Null}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    QVERIFY(!r.value("doc"_L1).toObject().contains("review_comments"_L1));
}

void TestReviewPolicy::remarkAnsweredBeforeOneSync()
{
    // Found by the simulation: a samordnare wrote a remark offline and answered it (they write
    // cases too) before the next sync; the new comment came with its answer and was refused for
    // good, and taking the change back threw the remark away with it.
    const QString id = seed(u"under_granskning"_s);
    const QString path = u"review_comments."_s + CommentId;
    ReviewComment k = comment(u"sormland"_s, u"Siffrorna finns nu."_s);
    k.answeredBy = u"sormland"_s;
    QJsonObject r = update(u"sormland"_s, id, {{path, commentJson(k)}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    const QJsonObject stored =
        r.value("doc"_L1).toObject().value("review_comments"_L1).toObject().value(CommentId).toObject();
    QCOMPARE(stored.value("answer"_L1).toString(), u"Siffrorna finns nu."_s);
    QCOMPARE(stored.value("answered_by"_L1).toString(), u"sormland"_s);
    QCOMPARE(stored.value("answered_at"_L1).toString(), u"2027-01-11T10:00:00Z"_s);

    // An answer in someone else's name is not theirs to write.
    const QString other = u"review_comments."_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ReviewComment forged = comment(u"sormland"_s, u"Svar"_s);
    forged.answeredBy = u"gnesta"_s;
    r = update(u"sormland"_s, id, {{other, commentJson(forged)}});
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("field"_L1).toString(), other + u".answered_by"_s);
    // Answered times without an answer make no sense.
    ReviewComment half = comment(u"sormland"_s);
    half.answeredAt = u"2027-01-11T10:00:00Z"_s;
    r = update(u"sormland"_s, id, {{other, commentJson(half)}});
    QCOMPARE(r.value("code"_L1).toString(), u"invalid_value"_s);
}

void TestReviewPolicy::commentTimesFromTheClientAreKept()
{
    // Written offline on a train, the comment keeps the time it was written; the author is checked.
    const QString id = seed(u"under_granskning"_s);
    const QJsonObject r =
        update(u"sormland"_s, id, {{u"review_comments."_s + CommentId, commentJson(comment(u"sormland"_s))}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    const QJsonObject stored =
        r.value("doc"_L1).toObject().value("review_comments"_L1).toObject().value(CommentId).toObject();
    QCOMPARE(stored.value("at"_L1).toString(), u"2027-01-10T10:00:00Z"_s);
    QCOMPARE(stored.value("author"_L1).toString(), u"sormland"_s);
}

void TestReviewPolicy::publishingVerifies()
{
    // Publishing is the first verification: due again in a year, dated by the server.
    const QString id = seed(u"under_granskning"_s, true, {});
    QVERIFY(!id.isEmpty());
    const QJsonObject r = update(u"sormland"_s, id, {{u"review_state"_s, u"publicerad"_s}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, QTimeZone::UTC).date(); // the server's
    const QJsonObject doc = r.value("doc"_L1).toObject();
    QCOMPARE(doc.value("last_verified_at"_L1).toString(), today.toString(Qt::ISODate));
    QCOMPARE(doc.value("next_review_due"_L1).toString(),
             today.addMonths(Freshness::MonthsBetweenReviews).toString(Qt::ISODate));
}

void TestReviewPolicy::ownerVerifies()
{
    // The owner's redaktör confirms the published case still holds; a date ahead of the server's
    // day (beyond a laptop's slack) is refused.
    const QString id = seed(u"publicerad"_s, true, {});
    QVERIFY(!id.isEmpty());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, QTimeZone::UTC).date(); // the server's
    const int before = version(id);
    const QJsonObject ahead = update(u"gnesta"_s,
                                     id,
                                     {{u"last_verified_at"_s, today.addDays(5).toString(Qt::ISODate)},
                                      {u"next_review_due"_s, today.addYears(1).toString(Qt::ISODate)}});
    QCOMPARE(ahead.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(ahead.value("code"_L1).toString(), u"invalid_date"_s);
    QCOMPARE(ahead.value("field"_L1).toString(), u"last_verified_at"_s);
    QCOMPARE(version(id), before);
    const QJsonObject verified = update(u"gnesta"_s,
                                        id,
                                        {{u"last_verified_at"_s, today.toString(Qt::ISODate)},
                                         {u"next_review_due"_s, today.addYears(1).toString(Qt::ISODate)}});
    QCOMPARE(verified.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(verified.value("doc"_L1).toObject().value("last_verified_at"_L1).toString(), today.toString(Qt::ISODate));
    QCOMPARE(version(id), before + 1);
}

QTEST_GUILESS_MAIN(TestReviewPolicy)
#include "tst_reviewpolicy.moc"
