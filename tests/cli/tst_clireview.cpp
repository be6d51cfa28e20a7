#include "caserecord.h"
#include "clitools.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;

// The review workflow end to end: two laptops (a redaktor of Gnesta, a samordnare of Region
// Sörmland) run the real framgangsbank-cli against the real server over TLS; every step is a local
// edit that travels by sync, and the server refuses what the redaktor's role does not allow even
// when the local check is bypassed.
class TestCliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void submitReviewCompletePublish();

private:
    using Run = Test::CliRun;

    Run cli(const QStringList &arguments, const QByteArray &input = {}) { return m_tools->cli(arguments, input); }

    QJsonDocument json(const QStringList &profile, const QStringList &arguments);
    // The real server over TLS with anna (redaktor, kommun:0461) and sara (samordnare, region:04);
    // its port, 0 on failure.
    int startServer(QProcess &server, TestCertificates &certs);
    QStringList login(const QString &user, int port, const TestCertificates &certs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::CliTools> m_tools;
};

void TestCliReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tools = std::make_unique<Test::CliTools>(m_dir->path());
}

void TestCliReview::cleanup()
{
    m_tools.reset();
    m_dir.reset();
}

QJsonDocument TestCliReview::json(const QStringList &profile, const QStringList &arguments)
{
    const Run r = cli(profile + QStringList{u"--json"_s} + arguments);
    return QJsonDocument::fromJson(r.exitCode == 0 ? r.out : r.err);
}

int TestCliReview::startServer(QProcess &server, TestCertificates &certs)
{
    if (!certs.create() || !m_tools->addUser(u"anna"_s, u"kommun:0461"_s, u"redaktor"_s)
        || !m_tools->addUser(u"sara"_s, u"region:04"_s, u"samordnare"_s)) {
        return 0;
    }
    return m_tools->serve(server, certs);
}

QStringList TestCliReview::login(const QString &user, int port, const TestCertificates &certs)
{
    const QStringList profile{u"--profile"_s, m_dir->filePath(user)};
    const Run r = cli(profile
                          + QStringList{u"login"_s,
                                        u"--server"_s,
                                        u"https://localhost:%1"_s.arg(port),
                                        u"--user"_s,
                                        user,
                                        u"--ca"_s,
                                        certs.caCertificate()},
                      "ett bra lösenord\n");
    return r.exitCode == 0 ? profile : QStringList{};
}

void TestCliReview::submitReviewCompletePublish()
{
    QProcess server;
    TestCertificates certs(m_dir->path());
    const int port = startServer(server, certs);
    QVERIFY(port > 0);
    const QStringList anna = login(u"anna"_s, port, certs);
    const QStringList sara = login(u"sara"_s, port, certs);
    QVERIFY(!anna.isEmpty() && !sara.isEmpty());
    // The role came with the login and stays with the profile, for offline use.
    QJsonObject status = json(anna, {u"status"_s}).object();
    QCOMPARE(status.value("role"_L1).toString(), u"redaktor"_s);
    QCOMPARE(status.value("organisation"_L1).toString(), u"kommun:0461"_s);
    QCOMPARE(json(sara, {u"status"_s}).object().value("role"_L1).toString(), u"samordnare"_s);
    const auto state = [&](const QStringList &profile, const QString &id) {
        return json(profile, {u"show"_s, id}).object().value("review_state"_L1).toString();
    };
    const auto review = [&](const QStringList &profile, const QString &id, const QString &to) {
        return cli(profile + QStringList{u"review"_s, id, to});
    };
    const auto sync = [&](const QStringList &profile) {
        return json(profile, {u"sync"_s}).object();
    };

    // Anna writes a draft without results and success factors and sends it.
    CaseRecord c = Test::validCase(CaseRecord::newId());
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    c.title = u"Trygghetsvärdar i Gnesta"_s;
    QFile file(m_dir->filePath(u"draft.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(c.toCanonicalJson());
    file.close();
    QCOMPARE(cli(anna + QStringList{u"create"_s, u"--from"_s, file.fileName()}).exitCode, 0);
    QCOMPARE(sync(anna).value("pushed"_L1).toInt(), 1);

    // Submitting is refused here, at once and offline, naming what is missing.
    Run r = review(anna, c.id, u"inskickad"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("sections.results") && r.err.contains("sections.success_factors"), r.err.constData());
    QJsonObject error = json(anna, {u"review"_s, c.id, u"inskickad"_s}).object().value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"required_for_review"_s);
    QCOMPARE(error.value("missing"_L1).toArray(), (QJsonArray{u"sections.results"_s, u"sections.success_factors"_s}));
    QCOMPARE(state(anna, c.id), u"utkast"_s);

    // Completed, it is submitted.
    QCOMPARE(cli(anna
                 + QStringList{u"update"_s,
                               c.id,
                               u"--section"_s,
                               u"results=Färre anmälda brott kvällstid."_s,
                               u"--section"_s,
                               u"success_factors=Unga från orten som värdar."_s})
                 .exitCode,
             0);
    r = review(anna, c.id, u"inskickad"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject pushed = sync(anna);
    QCOMPARE(pushed.value("pushed"_L1).toInt(), 1);
    QCOMPARE(pushed.value("rejected"_L1).toInt(), 0);

    // Anna cannot publish her own case: refused here, and refused by the server when the local
    // check is bypassed by setting the field directly. The edit waits, blocked, until reverted.
    r = review(anna, c.id, u"publicerad"_s);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(json(anna, {u"review"_s, c.id, u"publicerad"_s}).object().value("error"_L1).toObject().value("code"_L1),
             u"transition_not_allowed"_s);
    QCOMPARE(cli(anna + QStringList{u"update"_s, c.id, u"--set"_s, u"review_state=publicerad"_s}).exitCode, 0);
    QCOMPARE(sync(anna).value("rejected"_L1).toInt(), 1);
    QCOMPARE(json(anna, {u"status"_s}).object().value("blocked"_L1).toInt(), 1);
    const QJsonArray refused = json(anna, {u"conflicts"_s}).array();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().toObject().value("error"_L1).toString(), u"transition_not_allowed review_state"_s);
    QCOMPARE(cli(anna + QStringList{u"revert"_s, c.id}).exitCode, 0);
    QCOMPARE(state(anna, c.id), u"inskickad"_s);

    // Sara finds it among the submitted cases, claims it, and asks for more with a comment.
    QCOMPARE(cli(sara + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(state(sara, c.id), u"inskickad"_s); // the server never published it
    const auto listed = [&](const QStringList &profile, const QString &reviewState) {
        const QJsonArray cases = json(profile, {u"list"_s, u"--review-state"_s, reviewState}).array();
        return std::any_of(cases.begin(), cases.end(), [&](const QJsonValue &v) {
            return v.toObject().value("id"_L1).toString() == c.id;
        });
    };
    QVERIFY(listed(sara, u"inskickad"_s));
    QVERIFY(!listed(sara, u"publicerad"_s));
    QCOMPARE(cli(sara + QStringList{u"list"_s, u"--review-state"_s, u"klar"_s}).exitCode, 2);
    QCOMPARE(review(sara, c.id, u"publicerad"_s).exitCode, 1); // not claimed yet
    QCOMPARE(review(sara, c.id, u"under_granskning"_s).exitCode, 0);
    error = json(sara, {u"review"_s, c.id, u"komplettering"_s}).object().value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"required_for_review"_s);
    QCOMPARE(error.value("path"_L1).toString(), u"review_comments"_s);
    QCOMPARE(cli(sara + QStringList{u"comment"_s, c.id, u"inte.ett.falt"_s, u"Hm"_s}).exitCode, 2);
    const QString commentId = json(sara, {u"comment"_s, c.id, u"sections.results"_s, u"Finns det siffror?"_s})
                                  .object()
                                  .value("comment_id"_L1)
                                  .toString();
    QCOMPARE(commentId.size(), 36);
    QCOMPARE(review(sara, c.id, u"komplettering"_s).exitCode, 0);
    pushed = sync(sara);
    QCOMPARE(pushed.value("pushed"_L1).toInt(), 1);
    QCOMPARE(pushed.value("rejected"_L1).toInt(), 0);

    // Anna sees the comment; she may answer it, not write her own, and resubmits once answered.
    QCOMPARE(cli(anna + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(state(anna, c.id), u"komplettering"_s);
    QJsonObject comment =
        json(anna, {u"show"_s, c.id}).object().value("review_comments"_L1).toObject().value(commentId).toObject();
    QCOMPARE(comment.value("author"_L1).toString(), u"sara"_s);
    QCOMPARE(comment.value("path"_L1).toString(), u"sections.results"_s);
    QCOMPARE(cli(anna + QStringList{u"comment"_s, c.id, u"title"_s, u"Egen kommentar"_s}).exitCode, 1);
    error = json(anna, {u"review"_s, c.id, u"inskickad"_s}).object().value("error"_L1).toObject();
    QCOMPARE(error.value("path"_L1).toString(), u"review_comments.%1.answer"_s.arg(commentId));
    QCOMPARE(cli(anna + QStringList{u"answer"_s, c.id, QString(36, u'0'), u"Svar"_s}).exitCode, 4);
    QCOMPARE(cli(anna + QStringList{u"answer"_s, c.id, commentId, u"Ja: 40 % färre anmälningar."_s}).exitCode, 0);
    QCOMPARE(review(anna, c.id, u"inskickad"_s).exitCode, 0);
    pushed = sync(anna);
    QCOMPARE(pushed.value("pushed"_L1).toInt(), 1);
    QCOMPARE(pushed.value("rejected"_L1).toInt(), 0);

    // Sara claims it again and publishes.
    QCOMPARE(cli(sara + QStringList{u"sync"_s}).exitCode, 0);
    comment = json(sara, {u"show"_s, c.id}).object().value("review_comments"_L1).toObject().value(commentId).toObject();
    QCOMPARE(comment.value("answer"_L1).toString(), u"Ja: 40 % färre anmälningar."_s);
    QCOMPARE(comment.value("answered_by"_L1).toString(), u"anna"_s);
    QCOMPARE(review(sara, c.id, u"under_granskning"_s).exitCode, 0);
    QCOMPARE(review(sara, c.id, u"publicerad"_s).exitCode, 0);
    pushed = sync(sara);
    QCOMPARE(pushed.value("pushed"_L1).toInt(), 1);
    QCOMPARE(pushed.value("rejected"_L1).toInt(), 0);
    QCOMPARE(cli(anna + QStringList{u"sync"_s}).exitCode, 0);
    QCOMPARE(state(anna, c.id), u"publicerad"_s);
    QVERIFY(listed(anna, u"publicerad"_s));
    for (const QStringList &p : {anna, sara}) {
        status = json(p, {u"status"_s}).object();
        QCOMPARE(status.value("pending_changes"_L1).toInt(), 0);
        QCOMPARE(status.value("blocked"_L1).toInt(), 0);
    }

    // Without a login this replica knows no role, and offers no review.
    QCOMPARE(cli(anna + QStringList{u"logout"_s}).exitCode, 0);
    QCOMPARE(review(anna, c.id, u"behover_uppdateras"_s).exitCode, 5);
    server.kill();
    server.waitForFinished();
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_clireview.moc"
