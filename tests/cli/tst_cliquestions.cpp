#include "caserecord.h"
#include "clitools.h"
#include "fixtures.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// Questions and adoptions end to end (docs/questions.md): laptops of two municipalities with the
// real framgangsbank-cli against the real framgangsbank-server over TLS, logins in a real keychain.
class TestCliQuestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void askAnswerAdoptAndClose();
    void refusedWithoutALogin();
    void ownerConfirmsACaseDueForReview();

private:
    using Run = Test::CliRun;

    Run cli(const QStringList &profile, const QStringList &arguments)
    {
        return m_tools->cli(profile + arguments, {}, u"sv"_s);
    }

    QJsonDocument json(const QStringList &profile, const QStringList &arguments)
    {
        const Run r = cli(profile, QStringList{u"--json"_s} + arguments);
        return QJsonDocument::fromJson(r.out);
    }

    QStringList laptop(const QString &name) const { return {u"--profile"_s, m_dir->filePath(name)}; }

    bool login(const QStringList &profile, const QString &user, int port, const TestCertificates &certs)
    {
        const Run r = m_tools->cli(profile
                                       + QStringList{u"login"_s,
                                                     u"--server"_s,
                                                     u"https://localhost:%1"_s.arg(port),
                                                     u"--user"_s,
                                                     user,
                                                     u"--ca"_s,
                                                     certs.caCertificate()},
                                   QByteArray(Test::CliTools::Password) + '\n');
        return r.exitCode == 0;
    }

    // A published case owned by the municipality code, created by the administrator's laptop;
    // verified: last_verified_at and next_review_due as given (empty: the server's stamp).
    QString publish(const QStringList &admin,
                    const QString &title,
                    const QString &code,
                    const QString &verified = {},
                    const QString &due = {});

    // The real server over TLS, with Gnesta's and Ronneby's editors and the national
    // administrator logged in on laptops of their own (laptop("gnesta"), "ronneby", "nationell").
    bool startBank();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::CliTools> m_tools;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<QProcess> m_server;
};

bool TestCliQuestions::startBank()
{
    m_certs = std::make_unique<TestCertificates>(m_dir->path());
    m_server = std::make_unique<QProcess>();
    if (!m_certs->create() || !m_tools->addUser(u"anna"_s, u"kommun:0461"_s, u"redaktor"_s)
        || !m_tools->addUser(u"bo"_s, u"kommun:1081"_s, u"redaktor"_s)
        || !m_tools->addUser(u"nationell"_s, u"region:01"_s, u"administrator"_s)) {
        return false;
    }
    const int port = m_tools->serve(*m_server, *m_certs);
    return port > 0 && login(laptop(u"gnesta"_s), u"anna"_s, port, *m_certs)
        && login(laptop(u"ronneby"_s), u"bo"_s, port, *m_certs)
        && login(laptop(u"nationell"_s), u"nationell"_s, port, *m_certs);
}

void TestCliQuestions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tools = std::make_unique<Test::CliTools>(m_dir->path());
}

void TestCliQuestions::cleanup()
{
    if (m_server) {
        m_server->kill();
        m_server->waitForFinished();
        m_server.reset();
    }
    m_certs.reset();
    m_tools.reset();
    m_dir.reset();
}

QString TestCliQuestions::publish(const QStringList &admin,
                                  const QString &title,
                                  const QString &code,
                                  const QString &verified,
                                  const QString &due)
{
    CaseRecord c = Test::completeCase(CaseRecord::newId());
    c.title = title;
    c.owner = Actor{u"kommun"_s, {}, code, u"huvudman"_s, {}};
    c.reviewState = u"publicerad"_s;
    c.lastVerifiedAt = verified;
    c.nextReviewDue = due;
    QFile file(m_dir->filePath(c.id + u".json"_s));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(c.toCanonicalJson());
    file.close();
    return json(admin, {u"create"_s, u"--from"_s, file.fileName()}).object().value("id"_L1).toString();
}

void TestCliQuestions::askAnswerAdoptAndClose()
{
    QVERIFY(startBank());
    const QStringList gnesta = laptop(u"gnesta"_s);
    const QStringList ronneby = laptop(u"ronneby"_s);
    const QStringList national = laptop(u"nationell"_s);

    // Two published cases: Ronneby's meeting place, and Gnesta's own model.
    const QString ronnebys = publish(national, u"Mötesplats för äldre i Ronneby"_s, u"1081"_s);
    const QString gnestas = publish(national, u"Gnestamodellen"_s, u"0461"_s);
    QVERIFY(!ronnebys.isEmpty() && !gnestas.isEmpty());
    QCOMPARE(json(national, {u"sync"_s}).object().value("pushed"_L1).toInt(), 2);
    QCOMPARE(cli(gnesta, {u"sync"_s}).exitCode, 0);
    QCOMPARE(cli(ronneby, {u"sync"_s}).exitCode, 0);

    // Gnesta asks offline, then syncs.
    const QString question = json(gnesta,
                                  {u"question"_s,
                                   u"create"_s,
                                   u"Hur minskar vi ofrivillig ensamhet bland äldre?"_s,
                                   u"--set"_s,
                                   u"summary=Vi når inte de mest ensamma."_s,
                                   u"--set"_s,
                                   u"policy_areas=[\"aldreomsorg\"]"_s})
                                 .object()
                                 .value("id"_L1)
                                 .toString();
    QVERIFY(!question.isEmpty());
    // A question is not a case: it is listed apart.
    QVERIFY(!cli(gnesta, {u"list"_s}).out.contains(question.toUtf8()));
    QCOMPARE(json(gnesta, {u"sync"_s}).object().value("pushed"_L1).toInt(), 1);

    // Ronneby finds it among the open questions, answers with its case and records that it took
    // up Gnesta's model.
    QCOMPARE(cli(ronneby, {u"sync"_s}).exitCode, 0);
    const QJsonArray open = json(ronneby, {u"question"_s, u"list"_s, u"--state"_s, u"oppen"_s}).array();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().toObject().value("id"_L1).toString(), question);
    QCOMPARE(open.first().toObject().value("asked_by"_L1).toString(), u"Gnesta kommun"_s);
    const Run answered =
        cli(ronneby, {u"question"_s, u"answer"_s, question, ronnebys, u"--note"_s, u"Så gjorde vi i Ronneby."_s});
    QVERIFY2(answered.exitCode == 0, answered.err.constData());
    const Run adopted =
        cli(ronneby,
            {u"adopt"_s, gnestas, u"--set"_s, u"period=2026-09"_s, u"--set"_s, u"adaptation=I biblioteket."_s});
    QVERIFY2(adopted.exitCode == 0, adopted.err.constData());
    QCOMPARE(json(ronneby, {u"sync"_s}).object().value("pushed"_L1).toInt(), 2);
    // Only the asker marks the question answered: the server refuses Ronneby's attempt and the
    // refusal waits in Ronneby's list of conflicts (nothing of it is lost).
    QCOMPARE(cli(ronneby, {u"question"_s, u"close"_s, question}).exitCode, 0);
    const QJsonObject pushed = json(ronneby, {u"sync"_s}).object();
    QCOMPARE(pushed.value("rejected"_L1).toInt(), 1);
    const QJsonArray refused = json(ronneby, {u"conflicts"_s}).array();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().toObject().value("path"_L1).toString(), u"$rejected"_s);
    QCOMPARE(cli(ronneby, {u"revert"_s, question}).exitCode, 0);

    // Gnesta sees the answer, marks the question answered; its case shows where it was taken up.
    QCOMPARE(cli(gnesta, {u"sync"_s}).exitCode, 0);
    // Both come as new: the answer to its question, the adoption of its case.
    const QJsonArray news = json(gnesta, {u"news"_s}).array();
    QCOMPARE(news.size(), 2);
    QStringList kinds;
    for (const QJsonValue &item : news) {
        kinds.append(item.toObject().value("kind"_L1).toString());
        QCOMPARE(item.toObject().value("from"_L1).toString(), u"kommun:1081"_s);
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"adoption"_s, u"answer"_s}));
    const QString newsText = QString::fromUtf8(cli(gnesta, {u"news"_s}).out);
    QVERIFY2(newsText.contains(u"Nytt svar från Ronneby kommun: Hur minskar vi ofrivillig ensamhet bland äldre?"_s),
             qPrintable(newsText));
    QCOMPARE(cli(gnesta, {u"news"_s, u"read"_s}).exitCode, 0);
    QVERIFY(json(gnesta, {u"news"_s}).array().isEmpty());
    QCOMPARE(json(gnesta, {u"news"_s, u"--all"_s}).array().size(), 2);
    const QJsonObject asked = json(gnesta, {u"question"_s, u"show"_s, question}).object();
    const QJsonObject answers = asked.value("answers"_L1).toObject();
    QCOMPARE(answers.size(), 1);
    const QJsonObject answer = answers.begin()->toObject();
    QCOMPARE(answer.value("case_id"_L1).toString(), ronnebys);
    QCOMPARE(answer.value("organisation"_L1).toString(), u"kommun:1081"_s);
    QCOMPARE(answer.value("author"_L1).toString(), u"bo"_s);
    QCOMPARE(asked.value("question_state"_L1).toString(), u"oppen"_s);
    const QString shown = QString::fromUtf8(cli(gnesta, {u"question"_s, u"show"_s, question}).out);
    QVERIFY2(shown.contains(u"Svar (1)"_s) && shown.contains(u"Så gjorde vi i Ronneby."_s), qPrintable(shown));
    QCOMPARE(cli(gnesta, {u"question"_s, u"close"_s, question}).exitCode, 0);
    QCOMPARE(json(gnesta, {u"sync"_s}).object().value("pushed"_L1).toInt(), 1);
    const QString model = QString::fromUtf8(cli(gnesta, {u"show"_s, gnestas}).out);
    QVERIFY2(model.contains(u"Infört i 1 kommun"_s) && model.contains(u"Ronneby kommun"_s), qPrintable(model));

    QCOMPARE(cli(ronneby, {u"sync"_s}).exitCode, 0);
    QCOMPARE(json(ronneby, {u"question"_s, u"list"_s, u"--state"_s, u"besvarad"_s}).array().size(), 1);
    // Start from a case: Ronneby's own draft, pointing back at Gnesta's.
    const QString own = json(ronneby, {u"start-from"_s, gnestas}).object().value("id"_L1).toString();
    QVERIFY(!own.isEmpty());
    const QJsonObject draft = json(ronneby, {u"show"_s, own}).object();
    QCOMPARE(draft.value("origin_case"_L1).toString(), gnestas);
    QCOMPARE(draft.value("owner"_L1).toObject().value("code"_L1).toString(), u"1081"_s);
    QCOMPARE(json(ronneby, {u"sync"_s}).object().value("pushed"_L1).toInt(), 1);
}

void TestCliQuestions::refusedWithoutALogin()
{
    // Answers and adoptions are written in an organisation's name: without a login there is none.
    const QStringList offline = laptop(u"offline"_s);
    const QJsonArray cases = json(offline, {u"list"_s}).array();
    QVERIFY(!cases.isEmpty());
    const QString id = cases.first().toObject().value("id"_L1).toString();
    const Run r = cli(offline, {u"adopt"_s, id});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("Logga in"), r.err.constData());
    QCOMPARE(cli(offline, {u"question"_s, u"close"_s, id, u"--state"_s, u"glömd"_s}).exitCode, 2);
    const QJsonArray questions = json(offline, {u"question"_s, u"list"_s}).array();
    QVERIFY(questions.size() >= 4);
}

void TestCliQuestions::ownerConfirmsACaseDueForReview()
{
    QVERIFY(startBank());
    const QStringList gnesta = laptop(u"gnesta"_s);
    const QStringList ronneby = laptop(u"ronneby"_s);
    const QStringList national = laptop(u"nationell"_s);

    // Gnesta's case was last confirmed long ago and is overdue; a case published now is stamped
    // by the server and due in a year.
    const QString old = publish(national, u"Gnestamodellen"_s, u"0461"_s, u"2024-01-15"_s, u"2025-01-15"_s);
    const QString fresh = publish(national, u"Mötesplats i Gnesta"_s, u"0461"_s);
    QVERIFY(!old.isEmpty() && !fresh.isEmpty());
    QCOMPARE(json(national, {u"sync"_s}).object().value("pushed"_L1).toInt(), 2);
    QCOMPARE(cli(gnesta, {u"sync"_s}).exitCode, 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(json(gnesta, {u"show"_s, fresh}).object().value("next_review_due"_L1).toString(),
             QDate::currentDate().addYears(1).toString(Qt::ISODate));
    const QJsonArray due = json(gnesta, {u"list"_s, u"--due"_s}).array();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().toObject().value("id"_L1).toString(), old);
    QCOMPARE(due.first().toObject().value("review_due"_L1).toString(), u"2025-01-15"_s);
    QVERIFY(QString::fromUtf8(cli(gnesta, {u"show"_s, old}).out).contains(u"behöver ses över sedan 2025-01-15"_s));

    // Another municipality cannot confirm it: the server refuses, and the refusal waits in
    // Ronneby's conflicts.
    QCOMPARE(cli(ronneby, {u"sync"_s}).exitCode, 0);
    QCOMPARE(cli(ronneby, {u"verify"_s, old}).exitCode, 0);
    QCOMPARE(json(ronneby, {u"sync"_s}).object().value("rejected"_L1).toInt(), 1);
    QCOMPARE(cli(ronneby, {u"revert"_s, old}).exitCode, 0);

    // The owner confirms it; everyone sees it up to date after the next sync.
    const Run verified = cli(gnesta, {u"verify"_s, old});
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QCOMPARE(json(gnesta, {u"sync"_s}).object().value("pushed"_L1).toInt(), 1);
    QVERIFY(json(gnesta, {u"list"_s, u"--due"_s}).array().isEmpty());
    QCOMPARE(cli(ronneby, {u"sync"_s}).exitCode, 0);
    const QJsonObject confirmed = json(ronneby, {u"show"_s, old}).object();
    QCOMPARE(confirmed.value("last_verified_at"_L1).toString(), today);
    QCOMPARE(confirmed.value("next_review_due"_L1).toString(), QDate::currentDate().addYears(1).toString(Qt::ISODate));
    QVERIFY(json(ronneby, {u"list"_s, u"--due"_s}).array().isEmpty());
    // A draft has nothing to confirm.
    const QString draft = json(gnesta, {u"start-from"_s, fresh}).object().value("id"_L1).toString();
    QCOMPARE(cli(gnesta, {u"verify"_s, draft}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliQuestions)
#include "tst_cliquestions.moc"
