#include "casestore.h"
#include "fixtures.h"
#include "freshness.h"
#include "questiondesk.h"
#include "replicalogin.h"
#include "syncledger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// QuestionDesk: the question-and-adoption writes of the app and the CLI, on a real replica.
class TestQuestionDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void askedQuestionIsOpenOwnedAndPending();
    void answersAndAdoptionsNameTheLogin();
    void wrongKindOfRecordIsRefused_data();
    void wrongKindOfRecordIsRefused();
    void nothingInAnOrganisationsNameWithoutALogin();
    void startFromTakesWhatCanBeReused();
    void verifyConfirmsAPublishedCase();

private:
    void logIn(const QString &organisation);
    QString storeCase(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
};

void TestQuestionDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    m_store = std::move(store).value();
}

void TestQuestionDesk::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestQuestionDesk::logIn(const QString &organisation)
{
    QVERIFY(ReplicaLogin(*m_store).save({u"https://bank.example"_s, u"anna"_s, {}, u"redaktor"_s, organisation}));
}

QString TestQuestionDesk::storeCase(const QString &title)
{
    CaseRecord c = Test::validCase();
    c.id = CaseRecord::newId();
    c.title = title;
    return m_store->put(c) ? c.id : QString();
}

void TestQuestionDesk::askedQuestionIsOpenOwnedAndPending()
{
    logIn(u"kommun:0461"_s);
    CaseRecord q;
    q.title = u"Hur når vi unga som varken arbetar eller studerar?"_s;
    q.policyAreas = {u"arbetsmarknad"_s};
    auto id = QuestionDesk(*m_store).ask(q);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().path));
    const CaseRecord stored = m_store->get(*id).value();
    QVERIFY(stored.isQuestion());
    QCOMPARE(stored.questionState, u"oppen"_s);
    QCOMPARE(stored.owner.type, u"kommun"_s);
    QCOMPARE(stored.owner.code, u"0461"_s);
    // A local edit like any other: the next sync sends it.
    QCOMPARE(SyncLedger(*m_store).state(*id)->dirty, true);
    // The same id twice is refused, not overwritten.
    CaseRecord again = q;
    again.id = *id;
    QCOMPARE(QuestionDesk(*m_store).ask(again).code(), ErrorCode::AlreadyExists);
}

void TestQuestionDesk::answersAndAdoptionsNameTheLogin()
{
    logIn(u"kommun:1081"_s);
    QuestionDesk desk(*m_store);
    CaseRecord q;
    q.title = u"Hur minskar vi ensamheten?"_s;
    q.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    const QString question = desk.ask(q).value();
    const QString answering = storeCase(u"Mötesplats i Ronneby"_s);

    const QString answer = desk.answer(question, answering, u"  Så gjorde vi.  "_s).value();
    const CaseRecord answered = m_store->get(question).value();
    QCOMPARE(answered.owner.code, u"0461"_s); // the asker stays the owner
    QCOMPARE(answered.answers.value(answer).caseId, answering);
    QCOMPARE(answered.answers.value(answer).organisation, u"kommun:1081"_s);
    QCOMPARE(answered.answers.value(answer).note, u"Så gjorde vi."_s);

    Adoption a;
    a.period = u"2026-03"_s;
    a.status = u"inford"_s;
    a.organisation = u"kommun:0180"_s; // never taken from the caller
    const QString adoption = desk.adopt(answering, a).value();
    QCOMPARE(m_store->get(answering)->adoptions.value(adoption).organisation, u"kommun:1081"_s);
    QCOMPARE(m_store->get(answering)->adoptions.value(adoption).period, u"2026-03"_s);

    QVERIFY(desk.setState(question, u"besvarad"_s));
    QCOMPARE(m_store->get(question)->questionState, u"besvarad"_s);
    // A state the vocabulary does not have is refused by the store's validation.
    QCOMPARE(desk.setState(question, u"glömd"_s).code(), ErrorCode::UnknownVocabularyKey);
    QCOMPARE(m_store->get(question)->questionState, u"besvarad"_s);
}

void TestQuestionDesk::wrongKindOfRecordIsRefused_data()
{
    QTest::addColumn<int>("operation");
    QTest::addRow("answer a case") << 0;
    QTest::addRow("answer with a question") << 1;
    QTest::addRow("adopt a question") << 2;
    QTest::addRow("start from a question") << 3;
    QTest::addRow("state of a case") << 4;
}

void TestQuestionDesk::wrongKindOfRecordIsRefused()
{
    QFETCH(int, operation);
    logIn(u"kommun:1081"_s);
    QuestionDesk desk(*m_store);
    CaseRecord q;
    q.title = u"Fråga?"_s;
    const QString question = desk.ask(q).value();
    const QString aCase = storeCase(u"Exempel"_s);
    const QString before = QString::fromUtf8(m_store->get(aCase)->toCanonicalJson());
    ErrorCode code = ErrorCode::None;
    switch (operation) {
    case 0: code = desk.answer(aCase, aCase, {}).code(); break;
    case 1: code = desk.answer(question, question, {}).code(); break;
    case 2: code = desk.adopt(question, {}).code(); break;
    case 3: code = desk.startFrom(question).code(); break;
    case 4: code = desk.setState(aCase, u"besvarad"_s).code(); break;
    }
    QCOMPARE(code, ErrorCode::InvalidValue);
    QCOMPARE(QString::fromUtf8(m_store->get(aCase)->toCanonicalJson()), before);
    QVERIFY(m_store->get(question)->answers.isEmpty());
    QCOMPARE(desk.answer(question, CaseRecord::newId(), {}).code(), ErrorCode::NotFound);
}

void TestQuestionDesk::nothingInAnOrganisationsNameWithoutALogin()
{
    QuestionDesk desk(*m_store);
    const QString aCase = storeCase(u"Exempel"_s);
    QCOMPARE(desk.adopt(aCase, {}).code(), ErrorCode::NotLoggedIn);
    QCOMPARE(desk.startFrom(aCase).code(), ErrorCode::NotLoggedIn);
    QVERIFY(m_store->get(aCase)->adoptions.isEmpty());
    // A question may be asked offline before the first login: it gets its owner at the server.
    CaseRecord q;
    q.title = u"Fråga utan inloggning?"_s;
    auto id = desk.ask(q);
    QVERIFY(id);
    QCOMPARE(m_store->get(*id)->owner, Actor{});
    QCOMPARE(desk.answer(*id, aCase, {}).code(), ErrorCode::NotLoggedIn);
}

void TestQuestionDesk::startFromTakesWhatCanBeReused()
{
    logIn(u"region:10"_s);
    CaseRecord origin = Test::completeCase(CaseRecord::newId());
    origin.reviewState = u"publicerad"_s;
    origin.studyVisit.open = true;
    QVERIFY(m_store->put(origin));
    const QString id = QuestionDesk(*m_store).startFrom(origin.id).value();
    const CaseRecord own = m_store->get(id).value();
    QCOMPARE(own.originCase, origin.id);
    QCOMPARE(own.sections, origin.sections);
    QCOMPARE(own.policyAreas, origin.policyAreas);
    QCOMPARE(own.owner.type, u"region"_s);
    QCOMPARE(own.owner.code, u"10"_s);
    QCOMPARE(own.reviewState, u"utkast"_s);
    // Not the origin's contacts, evidence or study visits: those are the origin's own.
    QVERIFY(own.contacts.isEmpty());
    QVERIFY(!own.evidenceLevel);
    QVERIFY(!own.studyVisit.open);
}

void TestQuestionDesk::verifyConfirmsAPublishedCase()
{
    logIn(u"kommun:0461"_s);
    CaseRecord c = Test::validCase(CaseRecord::newId());
    c.reviewState = u"publicerad"_s;
    c.updatedAt = u"2024-05-01T10:00:00Z"_s;
    QVERIFY(m_store->put(c).ok());
    QVERIFY(Freshness::isOverdue(c, QDate(2026, 12, 7)));
    QVERIFY(QuestionDesk(*m_store).verify(c.id, QDate(2026, 12, 7)));
    const CaseRecord stored = m_store->get(c.id).value();
    QCOMPARE(stored.lastVerifiedAt, u"2026-12-07"_s);
    QCOMPARE(stored.nextReviewDue, u"2027-12-07"_s);
    QVERIFY(!Freshness::isOverdue(stored, QDate(2026, 12, 7)));
    // A local edit, sent by the next sync.
    QCOMPARE(SyncLedger(*m_store).state(c.id)->dirty, true);

    // A draft is not due, so there is nothing to confirm.
    const QString draft = storeCase(u"Utkast"_s);
    QCOMPARE(QuestionDesk(*m_store).verify(draft, QDate(2026, 12, 7)).code(), ErrorCode::InvalidValue);
    QVERIFY(m_store->get(draft)->lastVerifiedAt.isEmpty());
    QCOMPARE(QuestionDesk(*m_store).verify(CaseRecord::newId(), QDate(2026, 12, 7)).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestQuestionDesk)
#include "tst_questiondesk.moc"
