// Deleting a case from the app: asked first, done on the replica's worker with the CLI's rules,
// a refusal said in plain words. A real replica file and a real ReplicaService.

#include "casedeletion.h"
#include "casestore.h"
#include "fixtures.h"
#include "localedits.h"
#include "replicalogin.h"
#include "replicaservice.h"
#include "syncledger.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestCaseDeletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void confirmedDeletes();
    void cancelKeepsTheCase();
    void refusalIsSaid();

private:
    // Stores case c in a new replica (logged in with role, if given) and opens the service on it.
    void openWith(const CaseRecord &c, const QString &role = {});
    bool exists(const QString &id);
    QAbstractButton *button(QMessageBox *box, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_replica;
    std::unique_ptr<QWidget> m_window;
};

void TestCaseDeletion::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    m_window = std::make_unique<QWidget>();
}

void TestCaseDeletion::cleanup()
{
    m_window.reset();
    m_replica.reset();
    m_dir.reset();
}

void TestCaseDeletion::openWith(const CaseRecord &c, const QString &role)
{
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        SyncLedger ledger(*store);
        QVERIFY(LocalEdits(ledger).save(c).ok());
        if (!role.isEmpty()) {
            QVERIFY(ReplicaLogin(*store).save({u"https://bank.example"_s, u"anna"_s, {}, role, u"kommun:0461"_s}).ok());
        }
    }
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));
}

bool TestCaseDeletion::exists(const QString &id)
{
    QSignalSpy loaded(m_replica.get(), &ReplicaService::caseLoaded);
    QSignalSpy failed(m_replica.get(), &ReplicaService::caseLoadFailed);
    m_replica->loadCase(id);
    (void)QTest::qWaitFor(
        [&] {
            return !loaded.isEmpty() || !failed.isEmpty();
        },
        10000);
    return !loaded.isEmpty();
}

QAbstractButton *TestCaseDeletion::button(QMessageBox *box, const QString &text) const
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

void TestCaseDeletion::confirmedDeletes()
{
    const CaseRecord c = Test::validCase();
    openWith(c);
    QVERIFY(exists(c.id));
    CaseDeletion deletion(*m_replica, m_window.get());
    QSignalSpy deleted(&deletion, &CaseDeletion::deleted);
    deletion.ask(c.id, c.title);
    QMessageBox *question = deletion.messageBox();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(question->text().contains(c.title));
    // Enter must not delete.
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QAbstractButton *remove = button(question, u"Delete"_s);
    QVERIFY(remove);
    remove->click();
    QVERIFY(deleted.wait(10000));
    QCOMPARE(deleted.first().first().toString(), c.id);
    QVERIFY(!exists(c.id));
}

void TestCaseDeletion::cancelKeepsTheCase()
{
    const CaseRecord c = Test::validCase();
    openWith(c);
    CaseDeletion deletion(*m_replica, m_window.get());
    QSignalSpy deleted(&deletion, &CaseDeletion::deleted);
    QSignalSpy edits(m_replica.get(), &ReplicaService::editFinished);
    deletion.ask(c.id, c.title);
    QVERIFY(deletion.messageBox());
    deletion.messageBox()->button(QMessageBox::Cancel)->click();
    QVERIFY(exists(c.id));
    QCOMPARE(edits.count(), 0);
    QCOMPARE(deleted.count(), 0);
}

void TestCaseDeletion::refusalIsSaid()
{
    // A redaktör and a published case: ReviewWorkflow::mayDelete says no, as the server would.
    CaseRecord c = Test::completeCase();
    c.reviewState = u"publicerad"_s;
    openWith(c, u"redaktor"_s);
    CaseDeletion deletion(*m_replica, m_window.get());
    QSignalSpy refused(&deletion, &CaseDeletion::refused);
    deletion.ask(c.id, c.title);
    button(deletion.messageBox(), u"Delete"_s)->click();
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.first().at(1).value<Error>().code, ErrorCode::Forbidden);
    QMessageBox *warning = deletion.messageBox();
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"administrator"_s), qPrintable(warning->text()));
    QVERIFY(exists(c.id));
}

QTEST_MAIN(TestCaseDeletion)
#include "tst_casedeletion.moc"
