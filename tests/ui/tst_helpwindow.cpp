#include "caseeditorwindow.h"
#include "fixtures.h"
#include "helpmenu.h"
#include "helpwindow.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestHelpWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageIsWrittenInBothLanguages_data();
    void everyPageIsWrittenInBothLanguages();
    void linksBetweenPagesLeadToPages_data();
    void linksBetweenPagesLeadToPages();
    void showsTopicsAndFollowsLinks();
    void findLooksThroughEveryPage();
    void f1OpensTheTopicOfTheFocusedWindow();
    void shortcutPageListsEveryShortcut_data();
    void shortcutPageListsEveryShortcut();
};

void TestHelpWindow::everyPageIsWrittenInBothLanguages_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("topic");
    for (const QString &topic : HelpWindow::topics()) {
        QTest::addRow("sv %s", qPrintable(topic)) << Language::Swedish << topic;
        QTest::addRow("en %s", qPrintable(topic)) << Language::English << topic;
    }
}

void TestHelpWindow::everyPageIsWrittenInBothLanguages()
{
    QFETCH(Language, language);
    QFETCH(QString, topic);
    const QString page = HelpWindow::pageMarkdown(language, topic);
    QVERIFY2(page.startsWith("# "_L1), qPrintable(topic));
    QVERIFY(page.size() > 400);
}

void TestHelpWindow::linksBetweenPagesLeadToPages_data()
{
    everyPageIsWrittenInBothLanguages_data();
}

void TestHelpWindow::linksBetweenPagesLeadToPages()
{
    QFETCH(Language, language);
    QFETCH(QString, topic);
    static const QRegularExpression link(u"\\]\\(([^)]+)\\)"_s);
    for (const QRegularExpressionMatch &m : link.globalMatch(HelpWindow::pageMarkdown(language, topic))) {
        const QString target = m.captured(1);
        if (target.startsWith("https://"_L1)) {
            continue;
        }
        QVERIFY2(target.endsWith(".md"_L1) && HelpWindow::topics().contains(target.chopped(3)), qPrintable(target));
    }
}

void TestHelpWindow::showsTopicsAndFollowsLinks()
{
    HelpWindow help(Language::Swedish);
    QCOMPARE(help.topicList()->count(), HelpWindow::topics().size());
    QCOMPARE(help.currentTopic(), u"start"_s);
    help.showTopic(u"searching"_s);
    QCOMPARE(help.topicList()->currentItem()->text(), u"Söka och frågespråket"_s);
    QVERIFY(help.browser()->toPlainText().contains(u"län:Blekinge"_s));
    // A link in a page is relative to it.
    help.browser()->setSource(QUrl(u"conflicts.md"_s));
    QCOMPARE(help.currentTopic(), u"conflicts"_s);
    QCOMPARE(help.topicList()->currentItem()->text(), u"Konflikter"_s);
    help.browser()->backward();
    QCOMPARE(help.currentTopic(), u"searching"_s);
    // Choosing in the list shows the page.
    help.topicList()->setCurrentRow(int(HelpWindow::topics().indexOf(u"review"_s)));
    QCOMPARE(help.currentTopic(), u"review"_s);
    QVERIFY(help.browser()->toPlainText().contains(u"Komplettering begärd"_s));

    HelpWindow english(Language::English);
    english.showTopic(u"searching"_s);
    QCOMPARE(english.topicList()->currentItem()->text(), u"Searching and the query language"_s);
}

void TestHelpWindow::findLooksThroughEveryPage()
{
    HelpWindow help(Language::Swedish);
    help.show();
    QVERIFY(QTest::qWaitForWindowActive(&help));
    QTest::keyClick(&help, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), help.findField());
    // Only the conflicts page has it: find goes there.
    QTest::keyClicks(help.findField(), u"gemensam utgångspunkt"_s);
    QTest::keyClick(help.findField(), Qt::Key_Return);
    QCOMPARE(help.currentTopic(), u"conflicts"_s);
    QCOMPARE(help.browser()->textCursor().selectedText().toLower(), u"gemensam utgångspunkt"_s);
    // On this page first, then onwards.
    help.showTopic(u"offline"_s);
    QVERIFY(help.find(u"konfliktinkorgen"_s));
    QCOMPARE(help.currentTopic(), u"offline"_s);
    QVERIFY(!help.find(u"xyzzyplugh"_s));
    QCOMPARE(help.currentTopic(), u"offline"_s);
}

void TestHelpWindow::f1OpensTheTopicOfTheFocusedWindow()
{
    QMainWindow owner;
    auto *menu = new HelpMenu(Language::English, &owner);
    owner.menuBar()->addMenu(menu);
    auto *search = new QLineEdit(&owner);
    owner.setCentralWidget(search);
    HelpWindow::setTopic(search, HelpTopic::Searching);
    // Another window of the app (as the editor is), with its own topic.
    QWidget editor(&owner, Qt::Window);
    HelpWindow::setTopic(&editor, HelpTopic::Writing);
    auto *field = new QLineEdit(&editor);

    owner.show();
    QVERIFY(QTest::qWaitForWindowActive(&owner));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_F1);
    auto *help = owner.findChild<HelpWindow *>();
    QVERIFY(help);
    QCOMPARE(help->currentTopic(), u"searching"_s);

    // The action works from every window of the application (offscreen cannot move activation
    // between windows reliably, so the action is triggered as F1 would).
    QAction *contents = menu->actions().first();
    QCOMPARE(contents->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QCOMPARE(contents->shortcutContext(), Qt::ApplicationShortcut);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    field->setFocus();
    editor.activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), field);
    contents->trigger();
    QCOMPARE(owner.findChildren<HelpWindow *>().size(), 1); // one help window, raised again
    QCOMPARE(help->currentTopic(), u"writing"_s);
    QVERIFY(help->isVisible());
}

void TestHelpWindow::shortcutPageListsEveryShortcut_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("sv") << Language::Swedish;
    QTest::newRow("en") << Language::English;
}

// Every shortcut of the main window's and the editor's actions is on the shortcut page, so the
// page cannot go stale when a shortcut is added.
void TestHelpWindow::shortcutPageListsEveryShortcut()
{
    QFETCH(Language, language);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ReplicaService replica(Test::vocabularies(), Test::referenceData());
    QNetworkAccessManager nam;
    SyncController sync(replica, nam);
    MainWindow window(replica, sync, Test::vocabularies(), Test::referenceData(), Language::Swedish, settings);
    std::unique_ptr<CaseEditorWindow> editor(window.newCase(MainWindow::NewCase::Blank));
    QVERIFY(editor);

    QList<QAction *> actions = window.findChildren<QAction *>() + editor->findChildren<QAction *>();
    const QString page = HelpWindow::pageMarkdown(language, u"shortcuts"_s);
    QStringList missing;
    int shortcuts = 0;
    for (const QAction *action : std::as_const(actions)) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const QRegularExpression listed(u"(?<![\\w+])%1(?![\\w+])"_s.arg(QRegularExpression::escape(text)));
            ++shortcuts;
            if (!page.contains(listed)) {
                missing.append(u"%1 (%2)"_s.arg(text, QString(action->text()).remove(u'&')));
            }
        }
    }
    QVERIFY(shortcuts > 20);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
