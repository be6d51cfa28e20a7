#include "attachmentlist.h"
#include "caseeditorwindow.h"
#include "caseform.h"
#include "casestore.h"
#include "casetemplates.h"
#include "fixtures.h"
#include "markdowneditor.h"
#include "replicaservice.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Fb;
using namespace Qt::StringLiterals;

namespace {

constexpr auto ChildTitle = "Skrivet fore stromavbrottet";

// QTest types ASCII only: the texts typed here keep to it.

// The child half of killedAfterAutosaveKeepsText: types a title into a new case and waits to
// be killed. Prints the case id when the text is typed.
int runChild(const QString &replicaPath)
{
    ReplicaService replica(Test::vocabularies(), Test::referenceData());
    replica.open(replicaPath, false);
    KSyntaxHighlighting::Repository repository;
    const QString id = CaseRecord::newId();
    auto *editor = new CaseEditorWindow(replica,
                                        Test::vocabularies(),
                                        Test::referenceData(),
                                        Language::Swedish,
                                        repository,
                                        id,
                                        CaseTemplates::blank(id));
    editor->show();
    QTest::keyClicks(editor->form()->field(u"title"_s), QString::fromUtf8(ChildTitle));
    std::printf("%s\n", qPrintable(id));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

class TestCaseEditorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsACaseByKeyboardOnly();
    void validationMessagesAppearAndClear();
    void completenessShowsWhatIsMissing();
    void autosaveWritesTheReplica();
    void invalidCaseIsKeptAsDraftAndBroughtBack();
    void undoAndRedoAcrossTheForm();
    void attachmentsAddAndRemove();
    void attachmentTooLargeIsRefusedClearly();
    void killedAfterAutosaveKeepsText();
    void saveKeepsWhatChangedUnderneath();

private:
    CaseEditorWindow *newEditor(const QJsonObject &body = {});
    CaseEditorWindow *openEditor(const QString &id);
    std::optional<CaseRecord> stored(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_replica;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QList<QPointer<CaseEditorWindow>> m_windows;
};

void TestCaseEditorWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s), false);
    QVERIFY(opened.wait());
}

void TestCaseEditorWindow::cleanup()
{
    for (const auto &w : std::as_const(m_windows)) {
        delete w.data();
    }
    m_windows.clear();
    m_replica.reset();
    m_repository.reset();
    m_dir.reset();
}

CaseEditorWindow *TestCaseEditorWindow::newEditor(const QJsonObject &body)
{
    const QString id = CaseRecord::newId();
    auto *w = new CaseEditorWindow(*m_replica,
                                   Test::vocabularies(),
                                   Test::referenceData(),
                                   Language::Swedish,
                                   *m_repository,
                                   id,
                                   body.isEmpty() ? CaseTemplates::blank(id) : body);
    m_windows.append(w);
    w->show();
    return w;
}

CaseEditorWindow *TestCaseEditorWindow::openEditor(const QString &id)
{
    auto *w = new CaseEditorWindow(*m_replica,
                                   Test::vocabularies(),
                                   Test::referenceData(),
                                   Language::Swedish,
                                   *m_repository,
                                   id);
    m_windows.append(w);
    QSignalSpy loaded(w, &CaseEditorWindow::loaded);
    w->show();
    if (!loaded.wait()) {
        return nullptr;
    }
    return w;
}

std::optional<CaseRecord> TestCaseEditorWindow::stored(const QString &id)
{
    QSignalSpy opened(m_replica.get(), &ReplicaService::editOpened);
    QSignalSpy failed(m_replica.get(), &ReplicaService::editOpenFailed);
    m_replica->openForEdit(id);
    if (!QTest::qWaitFor([&] {
            return !opened.isEmpty() || !failed.isEmpty();
        })
        || opened.isEmpty()) {
        return std::nullopt;
    }
    const auto editable = opened.first().first().value<EditableCase>();
    if (editable.body.isEmpty()) {
        return std::nullopt;
    }
    auto record = CaseRecord::fromJsonObject(editable.body);
    return record ? std::optional<CaseRecord>(*record) : std::nullopt;
}

void TestCaseEditorWindow::createsACaseByKeyboardOnly()
{
    CaseEditorWindow *w = newEditor();
    QVERIFY(QTest::qWaitForWindowActive(w));
    // The title has the focus on open.
    QCOMPARE(QApplication::focusWidget(), w->form()->field(u"title"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Laxhjalp pa biblioteket"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Laxhjalpen"_s);
    QCOMPARE(w->draft().value(u"short_name"_s).toString(), u"Laxhjalpen"_s);
    // The kind of case by keyboard: Tab to the box past the summary, pick with the arrow keys.
    w->form()->field(u"case_kind"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(!w->draft().value(u"case_kind"_s).toString().isEmpty());
    QSignalSpy saved(w, &CaseEditorWindow::saved);
    QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait());
    QVERIFY(saved.last().first().value<SaveOutcome>().stored);
    const auto record = stored(w->caseId());
    QVERIFY(record);
    QCOMPARE(record->title, u"Laxhjalp pa biblioteket"_s);
    QCOMPARE(record->shortName, u"Laxhjalpen"_s);
    QCOMPARE(record->reviewState, u"utkast"_s);
    QVERIFY(w->isSaved());
}

void TestCaseEditorWindow::validationMessagesAppearAndClear()
{
    CaseEditorWindow *w = newEditor();
    QVERIFY(!w->form()->message(u"title"_s).isEmpty()); // a case needs its title
    auto *title = qobject_cast<QLineEdit *>(w->form()->field(u"title"_s));
    QTest::keyClicks(title, u"Titel"_s);
    QCOMPARE(w->form()->message(u"title"_s), QString());
    auto *start = qobject_cast<QLineEdit *>(w->form()->field(u"start"_s));
    start->setFocus();
    QTest::keyClicks(start, u"20"_s);
    QVERIFY(!w->form()->message(u"start"_s).isEmpty());
    QTest::keyClicks(start, u"21"_s);
    QCOMPARE(w->form()->message(u"start"_s), QString());
    // The problem is told to screen readers with the field.
    QCOMPARE(start->accessibleDescription(), QString());
}

void TestCaseEditorWindow::completenessShowsWhatIsMissing()
{
    const QJsonObject complete = Test::validCase(CaseRecord::newId()).toJsonObject();
    CaseEditorWindow *w = newEditor(complete);
    const int full = w->completeness()->value();
    auto *problem = w->form()->sectionEditor(u"problem"_s);
    QVERIFY(problem);
    problem->editor()->selectAll();
    QTest::keyClick(problem->editor(), Qt::Key_Delete);
    QVERIFY(w->completeness()->value() < full);
    QVERIFY(w->missingLabel()->text().contains(u"href=\"sections.problem\""_s));
    QVERIFY(!w->form()->message(u"sections.problem"_s).isEmpty());
}

void TestCaseEditorWindow::autosaveWritesTheReplica()
{
    CaseEditorWindow *w = newEditor();
    QSignalSpy saved(w, &CaseEditorWindow::saved);
    QTest::keyClicks(w->form()->field(u"title"_s), u"Sparas av sig sjalv"_s);
    QVERIFY(!w->isSaved());
    // No key for save: the pause after typing is enough.
    QVERIFY(saved.wait(CaseEditorWindow::AutosaveDelayMs + 3000));
    QCOMPARE(saved.size(), 1); // one save for the whole burst of typing
    QVERIFY(w->isSaved());
    const auto record = stored(w->caseId());
    QVERIFY(record);
    QCOMPARE(record->title, u"Sparas av sig sjalv"_s);
}

void TestCaseEditorWindow::invalidCaseIsKeptAsDraftAndBroughtBack()
{
    CaseEditorWindow *w = newEditor();
    const QString id = w->caseId();
    QTest::keyClicks(w->form()->field(u"title"_s), u"Halvfardig"_s);
    auto *start = w->form()->field(u"start"_s);
    QTest::keyClicks(start, u"20"_s); // not a valid date yet
    QSignalSpy saved(w, &CaseEditorWindow::saved);
    w->saveNow();
    QVERIFY(saved.wait());
    const auto outcome = saved.last().first().value<SaveOutcome>();
    QVERIFY(!outcome.stored);
    QVERIFY(!outcome.problems.isEmpty());
    QCOMPARE(outcome.error.code, ErrorCode::None);
    delete w;

    CaseEditorWindow *again = openEditor(id);
    QVERIFY(again);
    QCOMPARE(again->draft().value(u"title"_s).toString(), u"Halvfardig"_s);
    QCOMPARE(again->draft().value(u"start"_s).toString(), u"20"_s);
}

void TestCaseEditorWindow::undoAndRedoAcrossTheForm()
{
    CaseEditorWindow *w = newEditor();
    auto *title = qobject_cast<QLineEdit *>(w->form()->field(u"title"_s));
    QTest::keyClicks(title, u"Forsta"_s);
    auto *kind = qobject_cast<QComboBox *>(w->form()->field(u"case_kind"_s));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    const QString chosen = w->draft().value(u"case_kind"_s).toString();
    QVERIFY(!chosen.isEmpty());
    // Undo from the title box takes back the last step of the form: the choice in the box.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->draft().value(u"case_kind"_s).toString(), QString());
    QCOMPARE(kind->currentIndex(), 0);
    QCOMPARE(title->text(), u"Forsta"_s);
    // The typing was one step.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QString());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), u"Forsta"_s);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(kind->currentData().toString(), chosen);
    QCOMPARE(w->draft().value(u"case_kind"_s).toString(), chosen);
}

void TestCaseEditorWindow::attachmentsAddAndRemove()
{
    CaseEditorWindow *w = newEditor();
    QTest::keyClicks(w->form()->field(u"title"_s), u"Med bilaga"_s);
    const QString file = m_dir->filePath(u"rapport.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Utvärdering 2024\n");
    }
    w->attachments()->addFiles({file});
    QVERIFY(QTest::qWaitFor([&] {
        return w->attachments()->list()->count() == 1;
    }));
    const QJsonObject a = w->draft().value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(a.value("name"_L1).toString(), u"rapport.txt"_s);
    QCOMPARE(a.value("sha256"_L1).toString().size(), 64);
    QSignalSpy saved(w, &CaseEditorWindow::saved);
    w->saveNow();
    QVERIFY(saved.wait());
    QCOMPARE(stored(w->caseId())->attachments.size(), 1);
    // The same file twice is one attachment.
    w->attachments()->addFiles({file});
    QTest::qWait(300);
    QCOMPARE(w->attachments()->list()->count(), 1);
    w->attachments()->list()->setCurrentRow(0);
    w->attachments()->removeSelected();
    QCOMPARE(w->attachments()->list()->count(), 0);
    QVERIFY(w->draft().value(u"attachments"_s).isUndefined());
}

void TestCaseEditorWindow::attachmentTooLargeIsRefusedClearly()
{
    CaseEditorWindow *w = newEditor();
    const QString file = m_dir->filePath(u"film.mp4"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Attachment::MaxBytes + 1)); // sparse: no real disk used
    }
    QSignalSpy problem(w->attachments(), &AttachmentList::problem);
    w->attachments()->addFiles({file});
    QVERIFY(problem.wait());
    QVERIFY(problem.first().first().toString().contains(u"50 MB"_s));
    QCOMPARE(w->attachments()->list()->count(), 0);
}

void TestCaseEditorWindow::killedAfterAutosaveKeepsText()
{
    const QString path = m_dir->filePath(u"child.sqlite"_s);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FB_EDITOR_CHILD"_s, path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return child.canReadLine();
        },
        20000));
    const QString id = QString::fromUtf8(child.readLine().trimmed());
    // Past the debounce (and the replica's thread writing), then power cut.
    QTest::qWait(CaseEditorWindow::AutosaveDelayMs + 1500);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());

    auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    auto record = (*store)->get(id);
    QVERIFY2(record, qPrintable(id));
    QCOMPARE(record->title, QString::fromUtf8(ChildTitle));
}

void TestCaseEditorWindow::saveKeepsWhatChangedUnderneath()
{
    // The window opens a case; a sync (here: another window) changes the summary in the replica;
    // the window's next save must carry the title typed in it and leave the new summary alone.
    const CaseRecord c = Test::validCase(CaseRecord::newId());
    QSignalSpy caseSaved(m_replica.get(), &ReplicaService::caseSaved);
    m_replica->saveCase(c.toJsonObject(), {}, 1);
    QVERIFY(caseSaved.wait());
    CaseEditorWindow *w = openEditor(c.id);
    QVERIFY(w);

    CaseRecord other = c;
    other.summary = u"En sammanfattning som skrevs i ett annat fönster."_s;
    m_replica->saveCase(other.toJsonObject(), c.toJsonObject(), 2);
    QVERIFY(caseSaved.wait());
    QVERIFY(caseSaved.last().first().value<SaveOutcome>().stored);

    QSignalSpy saved(w, &CaseEditorWindow::saved);
    QTest::keyClicks(w->form()->field(u"title"_s), u" igen"_s);
    QVERIFY(saved.wait(CaseEditorWindow::AutosaveDelayMs + 3000));
    const auto record = stored(c.id);
    QVERIFY(record);
    QCOMPARE(record->title, c.title + u" igen"_s);
    QCOMPARE(record->summary, other.summary);
    // The form took the merge: nothing is left unsaved, and no later save reverts the summary.
    QVERIFY(QTest::qWaitFor([&] {
        return w->isSaved();
    }));
    w->close();
    QCOMPARE(stored(c.id)->summary, other.summary);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (const QByteArray child = qgetenv("FB_EDITOR_CHILD"); !child.isEmpty()) {
        return runChild(QString::fromLocal8Bit(child));
    }
    TestCaseEditorWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_caseeditorwindow.moc"
