#include "adoptiondialog.h"
#include "answerdialog.h"
#include "casestore.h"
#include "fixtures.h"
#include "freshness.h"
#include "questiondialog.h"
#include "questionmenu.h"
#include "regionmap.h"
#include "replicalogin.h"
#include "replicaservice.h"
#include "spreadwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The Questions menu and its dialogs over a real replica (docs/questions.md): what applies to the
// record shown and the login, the question kept while it is typed, and a write through the worker.
class TestQuestionMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionsFollowTheRecordAndTheLogin_data();
    void actionsFollowTheRecordAndTheLogin();
    void questionIsKeptWhileItIsTyped();
    void adoptionDialogReadsWhatWasTyped();
    void answerDialogOffersTheListedCases();
    void startFromOpensTheNewCase();
    void verifyConfirmsTheCaseShown();
    void followIsKeptForTheRecordShown();
    void spreadOpensForACaseTakenUp();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ReplicaService> m_replica;
};

void TestQuestionMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
}

void TestQuestionMenu::cleanup()
{
    m_replica.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestQuestionMenu::actionsFollowTheRecordAndTheLogin_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("question");
    QTest::addColumn<QString>("owner"); // municipality code of the record's owner
    QTest::addColumn<QString>("state"); // review state
    // a: ask, n: answer, m: mark answered, t: taken up, s: start from, v: confirm it still holds
    QTest::addColumn<QString>("enabled");
    QTest::addRow("not logged in, a case") << QString() << false << u"0461"_s << QString() << QString();
    QTest::addRow("reader, a question") << u"lasare"_s << true << u"0461"_s << QString() << QString();
    QTest::addRow("editor, a case") << u"redaktor"_s << false << u"0461"_s << QString() << u"ats"_s;
    QTest::addRow("editor, another's question") << u"redaktor"_s << true << u"0461"_s << QString() << u"an"_s;
    QTest::addRow("editor, own question") << u"redaktor"_s << true << u"1081"_s << QString() << u"anm"_s;
    QTest::addRow("editor, own published case") << u"redaktor"_s << false << u"1081"_s << u"publicerad"_s << u"atsv"_s;
    QTest::addRow("editor, own case needing an update")
        << u"redaktor"_s << false << u"1081"_s << u"behover_uppdateras"_s << u"atsv"_s;
    QTest::addRow("editor, own draft") << u"redaktor"_s << false << u"1081"_s << u"utkast"_s << u"ats"_s;
    QTest::addRow("editor, another's published case")
        << u"redaktor"_s << false << u"0461"_s << u"publicerad"_s << u"ats"_s;
    QTest::addRow("reader, own published case") << u"lasare"_s << false << u"1081"_s << u"publicerad"_s << QString();
}

void TestQuestionMenu::actionsFollowTheRecordAndTheLogin()
{
    QFETCH(QString, role);
    QFETCH(bool, question);
    QFETCH(QString, owner);
    QFETCH(QString, state);
    QFETCH(QString, enabled);
    QuestionMenu menu(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, *m_settings, {});
    if (!role.isEmpty()) {
        menu.setLogin({u"https://bank.example"_s, u"bo"_s, {}, role, u"kommun:1081"_s});
    }
    CaseRecord shown = Test::validCase();
    shown.owner = Actor{u"kommun"_s, {}, owner, u"huvudman"_s, {}};
    shown.reviewState = state;
    if (question) {
        shown.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    }
    menu.setShown(&shown);
    QCOMPARE(menu.askAction()->isEnabled(), enabled.contains(u'a'));
    QCOMPARE(menu.answerAction()->isEnabled(), enabled.contains(u'n'));
    QCOMPARE(menu.stateAction()->isEnabled(), enabled.contains(u'm'));
    QCOMPARE(menu.adoptAction()->isEnabled(), enabled.contains(u't'));
    QCOMPARE(menu.startFromAction()->isEnabled(), enabled.contains(u's'));
    QCOMPARE(menu.verifyAction()->isEnabled(), enabled.contains(u'v'));
    // Anyone logged in may follow what they see, a reader too.
    QCOMPARE(menu.followAction()->isEnabled(), !role.isEmpty());
    // Without a login as an editor, the actions say why they are off.
    QCOMPARE(menu.askAction()->toolTip().contains(u"Log in"_s), !enabled.contains(u'a'));
    menu.setShown(nullptr);
    QVERIFY(!menu.answerAction()->isEnabled());
    QVERIFY(!menu.adoptAction()->isEnabled());
    QVERIFY(!menu.verifyAction()->isEnabled());
}

void TestQuestionMenu::questionIsKeptWhileItIsTyped()
{
    {
        QuestionDialog dialog(Test::vocabularies(), Language::Swedish, *m_settings);
        QSignalSpy typed(&dialog, &QuestionDialog::questionTextChanged);
        QPushButton *ask = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ask->isEnabled());
        QTest::keyClicks(dialog.titleEdit(), u"Hur når vi unga?"_s);
        QVERIFY(ask->isEnabled());
        QCOMPARE(typed.last().first().toString(), u"Hur når vi unga?"_s);
        dialog.backgroundEdit()->setPlainText(u"Vi har prövat uppsökande arbete."_s);
        dialog.reject(); // closed, not thrown away
    }
    {
        QuestionDialog dialog(Test::vocabularies(), Language::Swedish, *m_settings);
        QCOMPARE(dialog.titleEdit()->text(), u"Hur når vi unga?"_s);
        QCOMPARE(dialog.question().summary, u"Vi har prövat uppsökande arbete."_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
    }
    // Asked: the next question starts empty.
    QuestionDialog dialog(Test::vocabularies(), Language::Swedish, *m_settings);
    QVERIFY(dialog.titleEdit()->text().isEmpty());
}

void TestQuestionMenu::adoptionDialogReadsWhatWasTyped()
{
    AdoptionDialog dialog(Test::vocabularies(), Language::Swedish, u"Gnestamodellen"_s, u"Ronneby kommun"_s);
    QPushButton *record = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.periodEdit()->setText(u"våren"_s);
    QVERIFY(!record->isEnabled());
    dialog.periodEdit()->clear();
    QTest::keyClicks(dialog.periodEdit(), u"2026-03"_s);
    QVERIFY(record->isEnabled());
    dialog.statusBox()->setCurrentIndex(dialog.statusBox()->findData(u"planerad"_s));
    dialog.adaptationEdit()->setPlainText(u"  I biblioteket.  "_s);
    const Adoption a = dialog.adoption();
    QCOMPARE(a.period, u"2026-03"_s);
    QCOMPARE(a.status, u"planerad"_s);
    QCOMPARE(a.adaptation, u"I biblioteket."_s);
    QVERIFY(a.organisation.isEmpty()); // filled in from the login when written
}

void TestQuestionMenu::answerDialogOffersTheListedCases()
{
    const QList<std::pair<QString, QString>> cases{{u"a"_s, u"Mötesplats"_s}, {u"b"_s, u"Seniorlots"_s}};
    AnswerDialog dialog(u"Hur minskar vi ensamheten?"_s, cases);
    QCOMPARE(dialog.caseBox()->count(), 2);
    dialog.caseBox()->setCurrentIndex(1);
    dialog.noteEdit()->setPlainText(u"Så gjorde vi."_s);
    QCOMPARE(dialog.caseId(), u"b"_s);
    QCOMPARE(dialog.note(), u"Så gjorde vi."_s);
    AnswerDialog none(u"Fråga?"_s, {});
    QVERIFY(!none.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestQuestionMenu::startFromOpensTheNewCase()
{
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    CaseRecord origin = Test::validCase();
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        QVERIFY(store->put(origin));
        QVERIFY(ReplicaLogin(*store).save({u"https://bank.example"_s, u"bo"_s, {}, u"redaktor"_s, u"kommun:1081"_s}));
    }
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));

    QMainWindow window;
    auto *menu = new QuestionMenu(*m_replica,
                                  Test::vocabularies(),
                                  Test::referenceData(),
                                  Language::Swedish,
                                  *m_settings,
                                  {},
                                  &window);
    menu->setLogin({u"https://bank.example"_s, u"bo"_s, {}, u"redaktor"_s, u"kommun:1081"_s});
    menu->setShown(&origin);
    QSignalSpy started(menu, &QuestionMenu::caseStarted);
    QSignalSpy message(menu, &QuestionMenu::message);
    menu->startFromAction()->trigger();
    QVERIFY(started.wait(10000));
    const QString id = started.first().first().toString();
    QVERIFY(!id.isEmpty() && id != origin.id);
    QCOMPARE(message.size(), 1);

    QSignalSpy loaded(m_replica.get(), &ReplicaService::caseLoaded);
    m_replica->loadCase(id);
    QVERIFY(loaded.wait(10000));
    const CaseRecord own = loaded.first().first().value<CaseRecord>();
    QCOMPARE(own.originCase, origin.id);
    QCOMPARE(own.owner.code, u"1081"_s);
}

void TestQuestionMenu::verifyConfirmsTheCaseShown()
{
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    CaseRecord shown = Test::validCase();
    shown.owner = Actor{u"kommun"_s, {}, u"1081"_s, u"huvudman"_s, {}};
    shown.reviewState = u"publicerad"_s;
    shown.updatedAt = u"2020-01-01T10:00:00Z"_s;
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        QVERIFY(store->put(shown));
    }
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));

    QuestionMenu menu(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, *m_settings, {});
    menu.setLogin({u"https://bank.example"_s, u"bo"_s, {}, u"redaktor"_s, u"kommun:1081"_s});
    menu.setShown(&shown);
    QVERIFY(menu.verifyAction()->isEnabled());
    QSignalSpy changed(&menu, &QuestionMenu::recordChanged);
    menu.verifyAction()->trigger();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().toString(), shown.id);

    QSignalSpy loaded(m_replica.get(), &ReplicaService::caseLoaded);
    m_replica->loadCase(shown.id);
    QVERIFY(loaded.wait(10000));
    const CaseRecord confirmed = loaded.first().first().value<CaseRecord>();
    QCOMPARE(confirmed.lastVerifiedAt, QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(!Freshness::isOverdue(confirmed, QDate::currentDate()));
}

void TestQuestionMenu::followIsKeptForTheRecordShown()
{
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    const CaseRecord shown = Test::validCase();
    const CaseRecord other = Test::validCase(CaseRecord::newId());
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        QVERIFY(store->put(shown));
        QVERIFY(store->put(other));
    }
    QuestionMenu menu(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, *m_settings, {});
    QSignalSpy followed(m_replica.get(), &ReplicaService::followedRead);
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));
    QVERIFY(followed.wait(10000)); // read once the replica is open
    QVERIFY(followed.last().first().toStringList().isEmpty());

    menu.setLogin({u"https://bank.example"_s, u"lena"_s, {}, u"lasare"_s, u"kommun:1081"_s});
    menu.setShown(&shown);
    QVERIFY(menu.followAction()->isEnabled());
    QVERIFY(!menu.followAction()->isChecked());
    menu.followAction()->trigger();
    QVERIFY(followed.wait(10000));
    QCOMPARE(followed.last().first().toStringList(), QStringList{shown.id});
    QVERIFY(menu.followAction()->isChecked());
    // Another record shown: not followed; back: followed still.
    menu.setShown(&other);
    QVERIFY(!menu.followAction()->isChecked());
    menu.setShown(&shown);
    QVERIFY(menu.followAction()->isChecked());
    menu.followAction()->trigger(); // unfollow
    QVERIFY(followed.wait(10000));
    QVERIFY(followed.last().first().toStringList().isEmpty());
    QVERIFY(!menu.followAction()->isChecked());
}

void TestQuestionMenu::spreadOpensForACaseTakenUp()
{
    QuestionMenu menu(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, *m_settings, {});
    CaseRecord shown = Test::validCase();
    menu.setShown(&shown);
    QVERIFY(!menu.spreadAction()->isEnabled()); // nobody took it up yet
    Adoption a;
    a.organisation = u"kommun:1737"_s;
    shown.adoptions.insert(CaseRecord::newId(), a);
    menu.setShown(&shown);
    QVERIFY(menu.spreadAction()->isEnabled());
    menu.spreadAction()->trigger();
    QVERIFY(menu.spreadWindow());
    QVERIFY(menu.spreadWindow()->isVisible());
    QCOMPARE(menu.spreadWindow()->map()->counts().value(u"17"_s), 1);
    // A question has no spread.
    CaseRecord question = Test::validCase(CaseRecord::newId());
    question.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    menu.setShown(&question);
    QVERIFY(!menu.spreadAction()->isEnabled());
    menu.spreadWindow()->close();
}

QTEST_MAIN(TestQuestionMenu)
#include "tst_questionmenu.moc"
