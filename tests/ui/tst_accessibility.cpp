#include "aboutdialog.h"
#include "adoptiondialog.h"
#include "answerdialog.h"
#include "caseeditorwindow.h"
#include "caselistmodel.h"
#include "caseview.h"
#include "conflictdialog.h"
#include "conflictinbox.h"
#include "fixtures.h"
#include "helpwindow.h"
#include "historywindow.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "questiondialog.h"
#include "rankingdialog.h"
#include "settingsdialog.h"
#include "studyvisitview.h"
#include "visitrequestdialog.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Fb;
using namespace Qt::StringLiterals;

// Every window and dialog of the app, built for real (the main window on the sample bank), and
// every control in it that a keyboard or a screen reader meets: it must have a name (as Qt's
// accessibility reports it, so a label buddy counts), be reachable by keyboard, and labels and
// menus must have mnemonics (docs/accessibility.md).
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlIsNamedAndReachable_data();
    void everyControlIsNamedAndReachable();

private:
    QWidget *make(const QString &window);
    QStringList problems(QWidget *top) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ReplicaService> m_replica;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<MainWindow> m_main;
    QPointer<QWidget> m_made;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    m_sync = std::make_unique<SyncController>(*m_replica, m_nam);
}

void TestAccessibility::cleanup()
{
    if (m_made && m_made != m_main.get()) {
        delete m_made;
    }
    m_main.reset();
    m_sync.reset();
    m_replica.reset();
    m_settings.reset();
    m_dir.reset();
}

QWidget *TestAccessibility::make(const QString &window)
{
    if (window == "MainWindow"_L1 || window == "CaseEditorWindow"_L1) {
        m_main = std::make_unique<MainWindow>(*m_replica,
                                              *m_sync,
                                              Test::vocabularies(),
                                              Test::referenceData(),
                                              Language::Swedish,
                                              *m_settings);
        m_main->show();
        QSignalSpy caseShown(m_main.get(), &MainWindow::caseShown);
        m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
        if (!caseShown.wait(10000)) {
            return nullptr;
        }
        if (window == "MainWindow"_L1) {
            return m_main.get();
        }
        CaseEditorWindow *editor = m_main->editCase(m_main->caseView()->caseId());
        QSignalSpy loaded(editor, &CaseEditorWindow::loaded);
        return loaded.wait(10000) ? editor : nullptr;
    }
    if (window == "SettingsDialog"_L1) {
        return new SettingsDialog(*m_settings, Test::referenceData(), u"kommun:0461"_s);
    }
    if (window == "LoginDialog"_L1) {
        return new LoginDialog(*m_sync);
    }
    if (window == "ConflictInbox"_L1) {
        return new ConflictInbox(*m_replica, Test::vocabularies(), Language::Swedish);
    }
    if (window == "ConflictDialog"_L1) {
        InboxItem item;
        item.kind = InboxItem::Kind::Conflict;
        item.caseId = Test::validCase().id;
        item.title = Test::validCase().title;
        item.path = u"summary"_s;
        item.conflict.base = u"Kommunen ordnar läxhjälp."_s;
        item.conflict.local = u"Kommunen ordnar läxhjälp på biblioteket."_s;
        item.conflict.remote = u"Kommunen ordnar läxhjälp med volontärer."_s;
        return new ConflictDialog(item, u"Sammanfattning"_s);
    }
    if (window == "VisitRequestDialog"_L1) {
        StudyVisitEntry entry;
        entry.id = Test::validCase().id;
        entry.title = Test::validCase().title;
        entry.maxGroup = 12;
        return new VisitRequestDialog(entry);
    }
    if (window == "StudyVisitView"_L1) {
        return new StudyVisitView(Test::vocabularies(), Test::referenceData(), Language::Swedish);
    }
    if (window == "HelpWindow"_L1) {
        return new HelpWindow(Language::Swedish);
    }
    if (window == "AboutDialog"_L1) {
        return new AboutDialog;
    }
    if (window == "RankingDialog"_L1) {
        return new RankingDialog(*m_replica, u"gnesta"_s);
    }
    if (window == "QuestionDialog"_L1) {
        return new QuestionDialog(Test::vocabularies(), Language::Swedish, *m_settings);
    }
    if (window == "AnswerDialog"_L1) {
        return new AnswerDialog(u"Hur minskar vi ensamheten?"_s, {{u"a"_s, u"Mötesplats"_s}});
    }
    if (window == "HistoryWindow"_L1) {
        return new HistoryWindow(*m_sync, Test::vocabularies(), Language::Swedish, nullptr);
    }
    if (window == "AdoptionDialog"_L1) {
        return new AdoptionDialog(Test::vocabularies(), Language::Swedish, u"Gnestamodellen"_s, u"Ronneby kommun"_s);
    }
    return nullptr;
}

namespace {

QString objectPath(const QWidget *w, const QWidget *top)
{
    QStringList parts;
    for (; w && w != top; w = w->parentWidget()) {
        parts.prepend(w->objectName().isEmpty()
                          ? QString::fromLatin1(w->metaObject()->className())
                          : u"%1#%2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return parts.join(u'/');
}

// Shown when the window is: hidden only as a page of a stack (a tab not chosen) counts as shown,
// since the user gets there by changing tab.
bool shownIn(const QWidget *w, const QWidget *top)
{
    for (; w && w != top; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QStackedWidget *>(w->parentWidget())) {
            return false;
        }
    }
    return true;
}

// A part of another control (a combo box's line edit, a scroll bar, a tab bar's arrows, a line
// edit's clear button, a view's header or viewport), named and reached through that control.
bool isPartOfAnother(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w) || qobject_cast<const QMenu *>(w)) {
        return true;
    }
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent)
        || qobject_cast<const QScrollBar *>(parent)) {
        return true;
    }
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == w) {
        return true;
    }
    return w->objectName().startsWith("qt_"_L1);
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTabBar *>(w);
}

// A control the Tab key skips is fine when a shortcut, or a menu holding the same action, does
// what it does.
bool hasKeyboardAlternative(const QWidget *w)
{
    const auto *button = qobject_cast<const QAbstractButton *>(w);
    if (!button) {
        return false;
    }
    if (!button->shortcut().isEmpty()) {
        return true;
    }
    const auto *tool = qobject_cast<const QToolButton *>(w);
    const QAction *action = tool ? tool->defaultAction() : nullptr;
    if (!action) {
        return false;
    }
    if (!action->shortcut().isEmpty()) {
        return true;
    }
    for (const QObject *o : action->associatedObjects()) {
        if (qobject_cast<const QMenu *>(o)) {
            return true;
        }
    }
    return false;
}

bool hasMnemonic(const QString &text)
{
    return QKeySequence::mnemonic(text) != QKeySequence();
}

} // namespace

QStringList TestAccessibility::problems(QWidget *top) const
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!shownIn(w, top) || isPartOfAnother(w) || w->isWindow()) {
            continue;
        }
        const bool control = isControl(w);
        if (!control && w->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        const QString path = objectPath(w, top);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // Qt names a combo box by its current value when nothing else names it: that says what
        // is chosen, not what is being chosen.
        if (const auto *combo = qobject_cast<const QComboBox *>(w);
            combo && w->accessibleName().isEmpty() && name == combo->currentText().trimmed()) {
            bool buddied = false;
            for (const QLabel *label : top->findChildren<QLabel *>()) {
                buddied |= label->buddy() == w;
            }
            if (!buddied) {
                name.clear();
            }
        }
        if (name.isEmpty()) {
            found.append(u"%1: no accessible name"_s.arg(path));
        }
        if (control && w->focusPolicy() == Qt::NoFocus && w->isEnabled() && !hasKeyboardAlternative(w)) {
            found.append(u"%1: not reachable by keyboard"_s.arg(path));
        }
    }
    for (const QLabel *label : top->findChildren<QLabel *>()) {
        if (label->buddy() && shownIn(label, top) && !hasMnemonic(label->text())) {
            found.append(
                u"%1 \"%2\": a label for a field without a mnemonic"_s.arg(objectPath(label, top), label->text()));
        }
    }
    for (const QFormLayout *form : top->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            const QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            const auto *label = labelItem ? qobject_cast<const QLabel *>(labelItem->widget()) : nullptr;
            const QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
            if (label && field && (isControl(field) || field->focusPolicy() != Qt::NoFocus) && !label->buddy()) {
                found.append(u"%1 \"%2\": a form label without a buddy"_s.arg(objectPath(label, top), label->text()));
            }
        }
    }
    if (const auto *window = qobject_cast<const QMainWindow *>(top); window && window->menuWidget()) {
        QSet<QKeySequence> mnemonics;
        for (const QAction *menu : window->menuBar()->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(menu->text());
            if (key.isEmpty()) {
                found.append(u"menu \"%1\": no mnemonic"_s.arg(menu->text()));
            } else if (mnemonics.contains(key)) {
                found.append(u"menu \"%1\": its mnemonic is taken"_s.arg(menu->text()));
            }
            mnemonics.insert(key);
            for (const QAction *item : menu->menu()->actions()) {
                if (!item->isSeparator() && !item->text().isEmpty() && !hasMnemonic(item->text())) {
                    found.append(u"menu item \"%1\": no mnemonic"_s.arg(item->text()));
                }
            }
        }
    }
    return found;
}

void TestAccessibility::everyControlIsNamedAndReachable_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("helpTopic");
    QTest::newRow("MainWindow") << u"MainWindow"_s << u"searching"_s;
    QTest::newRow("CaseEditorWindow") << u"CaseEditorWindow"_s << u"writing"_s;
    QTest::newRow("SettingsDialog") << u"SettingsDialog"_s << u"start"_s;
    QTest::newRow("LoginDialog") << u"LoginDialog"_s << u"offline"_s;
    QTest::newRow("ConflictInbox") << u"ConflictInbox"_s << u"conflicts"_s;
    QTest::newRow("ConflictDialog") << u"ConflictDialog"_s << u"conflicts"_s;
    QTest::newRow("VisitRequestDialog") << u"VisitRequestDialog"_s << u"study-visits"_s;
    QTest::newRow("StudyVisitView") << u"StudyVisitView"_s << u"study-visits"_s;
    QTest::newRow("HelpWindow") << u"HelpWindow"_s << u"start"_s;
    QTest::newRow("AboutDialog") << u"AboutDialog"_s << u"start"_s;
    QTest::newRow("RankingDialog") << u"RankingDialog"_s << u"searching"_s;
    QTest::newRow("QuestionDialog") << u"QuestionDialog"_s << u"questions"_s;
    QTest::newRow("AnswerDialog") << u"AnswerDialog"_s << u"questions"_s;
    QTest::newRow("AdoptionDialog") << u"AdoptionDialog"_s << u"questions"_s;
    QTest::newRow("HistoryWindow") << u"HistoryWindow"_s << u"writing"_s;
}

void TestAccessibility::everyControlIsNamedAndReachable()
{
    QFETCH(QString, window);
    QFETCH(QString, helpTopic);
    QWidget *top = make(window);
    QVERIFY2(top, qPrintable(window));
    m_made = top;
    top->show();
    QVERIFY(QTest::qWaitForWindowExposed(top));
    const QStringList found = problems(top);
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
    // F1 opens the page about this window.
    QCOMPARE(HelpWindow::topicFor(top), helpTopic);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
