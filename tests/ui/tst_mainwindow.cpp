#include "caseeditorwindow.h"
#include "caseform.h"
#include "caselistmodel.h"
#include "casestore.h"
#include "casetable.h"
#include "caseview.h"
#include "conflictinbox.h"
#include "facetmodel.h"
#include "facetpanel.h"
#include "filterchips.h"
#include "fixtures.h"
#include "listpresets.h"
#include "mainwindow.h"
#include "recallbanner.h"
#include "resulttabs.h"
#include "samplebank.h"
#include "savedsearches.h"
#include "settingsdialog.h"
#include "similarcasespanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Fb;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnTheSampleBank();
    void typingNarrowsTheList();
    void startViewShowsCasesNearMe();
    void facetNarrowsTheList();
    void keyboardReachesEveryPane();
    void restoresStateOnStart();
    void startsWithThePublishedCases();
    void controlsHaveAccessibleNames();
    void documentActionsNeedACase();
    void editingOpensOneWindowPerCase();
    void typedFiltersNarrowAndBecomeChips();
    void searchesAreSavedAndRecent();
    void inboxOpensFromTheAccountMenu();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool waitForResults(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ReplicaService> m_replica;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncController> m_sync;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
}

void TestMainWindow::cleanup()
{
    m_sync.reset();
    m_replica.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    m_sync = std::make_unique<SyncController>(*m_replica, m_nam);
    auto window = std::make_unique<MainWindow>(*m_replica,
                                               *m_sync,
                                               Test::vocabularies(),
                                               Test::referenceData(),
                                               Language::Swedish,
                                               *m_settings);
    window->show();
    return window;
}

bool TestMainWindow::waitForResults(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    return shown.wait(10000);
}

void TestMainWindow::opensOnTheSampleBank()
{
    auto window = makeWindow();
    QSignalSpy caseShown(window.get(), &MainWindow::caseShown);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    // A new user starts on the published cases and the questions (ListPresets::published).
    const QList<CaseRecord> sample = SampleBank::load().value();
    const auto published = std::count_if(sample.cbegin(), sample.cend(), [](const CaseRecord &c) {
        return c.isQuestion() || c.reviewState == "publicerad"_L1 || c.reviewState == "behover_uppdateras"_L1;
    });
    QVERIFY(published < sample.size());
    QCOMPARE(window->caseModel()->rowCount(), published);
    // The best match is opened at once.
    QVERIFY(caseShown.wait(5000) || !caseShown.isEmpty());
    QCOMPARE(window->caseView()->caseId(), window->caseModel()->idAt(0));
    QVERIFY(!window->caseView()->toPlainText().isEmpty());
    // Without a municipality of one's own, the start view is the list.
    QCOMPARE(window->resultTabs()->currentIndex(), 0);
    // The facet tree shows its groups, with the counties open.
    QTreeView *facets = window->facetPanel()->view();
    const QModelIndex counties = window->facetModel()->index(0, 0);
    QVERIFY(facets->visualRect(counties).height() > 0);
    QVERIFY(facets->isExpanded(counties));
}

void TestMainWindow::typingNarrowsTheList()
{
    auto window = makeWindow();
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    const int all = window->caseModel()->rowCount();

    QSignalSpy caseShown(window.get(), &MainWindow::caseShown);
    QTest::keyClicks(window->searchField(), u"gnesta"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowCount() < all && window->caseModel()->rowCount() > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window->caseView()->highlightCount() > 0, 5000);
    bool gnestamodellen = false;
    for (int r = 0; r < window->caseModel()->rowCount(); ++r) {
        gnestamodellen |= window->caseModel()->index(r, 0).data().toString().contains(u"Gnesta"_s);
    }
    QVERIFY(gnestamodellen);

    // A word no case has empties the list and says so.
    window->searchField()->setText(u"xyzzyplugh"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), 0, 5000);
    QVERIFY(window->caseView()->caseId().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window->recallBanner()->message().contains(u"xyzzyplugh"_s), 5000);

    // A typo: the list shows the corrected word's case, the banner says so and offers the
    // corrected search, which goes into the search field.
    window->searchField()->setText(u"nattilsyn hemtjänsten"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowCount() > 0, 5000);
    QVERIFY(window->caseModel()->index(0, 0).data().toString().contains(u"nattillsyn"_s));
    QTRY_VERIFY(window->recallBanner()->isVisible());
    QCOMPARE(window->recallBanner()->suggestion(), u"nattillsyn hemtjänsten"_s);
    auto *didYouMean = window->recallBanner()->findChild<QPushButton *>();
    didYouMean->click();
    QCOMPARE(window->searchField()->text(), u"nattillsyn hemtjänsten"_s);
    // Spelled right, nothing is corrected any more (other cases may still follow the one found).
    QTRY_VERIFY_WITH_TIMEOUT(window->recallBanner()->suggestion().isEmpty(), 5000);
    QVERIFY(!didYouMean->isVisible());
}

void TestMainWindow::startViewShowsCasesNearMe()
{
    m_settings->setValue(QLatin1StringView(SettingsDialog::MunicipalityKey), u"0461"_s); // Gnesta
    auto window = makeWindow();
    SimilarCasesPanel *near = window->resultTabs()->near();
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    QCOMPARE(window->resultTabs()->currentWidget(), near);
    QTRY_VERIFY_WITH_TIMEOUT(!near->cases().isEmpty(), 5000);
    // Nearest first: a case of Gnesta's own, then others in Södermanland or around.
    QCOMPARE(near->cases().first().municipalityCode, u"0461"_s);
    QVERIFY(
        std::is_sorted(near->cases().cbegin(), near->cases().cend(), [](const SimilarCase &a, const SimilarCase &b) {
            return a.distanceKm < b.distanceKm;
        }));

    // A search shows its list.
    QTest::keyClicks(window->searchField(), u"skola"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->resultTabs()->currentIndex(), 0, 5000);

    // After a sync the replica is refreshed; the tab the user chose stays.
    window->searchField()->clear();
    QVERIFY(waitForResults(*window));
    window->resultTabs()->setCurrentIndex(2);
    Q_EMIT m_replica->refreshed(ReplicaInfo{});
    QVERIFY(waitForResults(*window));
    QCOMPARE(window->resultTabs()->currentIndex(), 2);
}

void TestMainWindow::facetNarrowsTheList()
{
    auto window = makeWindow();
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    // From the whole bank, not the published view a new user starts on.
    window->facetModel()->clearFilter();
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), SampleBank::load()->size(), 5000);
    const int all = window->caseModel()->rowCount();
    FacetModel *facets = window->facetModel();
    const QModelIndex visits = facets->indexOf(Facet::StudyVisit, u"ja"_s);
    const int expected = visits.data(FacetModel::CountRole).toInt();
    QVERIFY(expected > 0 && expected < all);
    QVERIFY(facets->setData(visits, Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), expected, 5000);
    facets->clearFilter();
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), all, 5000);
}

void TestMainWindow::keyboardReachesEveryPane()
{
    auto window = makeWindow();
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window->caseTable());
    // Down arrow in the list opens the next case.
    QSignalSpy caseShown(window.get(), &MainWindow::caseShown);
    const QString second = window->caseModel()->idAt(1);
    QTest::keyClick(window->caseTable(), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(window->caseView()->caseId(), second, 5000);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window->searchField());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window->facetPanel()->view());
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window->caseView()));
}

void TestMainWindow::restoresStateOnStart()
{
    QString openCase;
    QSize size;
    {
        auto window = makeWindow();
        m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
        QVERIFY(waitForResults(*window));
        QSignalSpy shown(window.get(), &MainWindow::resultsShown);
        window->searchField()->setText(u"äldre"_s);
        QVERIFY(shown.wait(5000));
        QVERIFY(window->caseModel()->rowCount() > 1);
        window->caseTable()->setCurrentIndex(window->caseModel()->index(1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(window->caseView()->caseId() == window->caseModel()->idAt(1), 5000);
        openCase = window->caseView()->caseId();
        // Smaller than the offscreen screen (800×600), which restoreGeometry clamps to.
        window->resize(700, 500);
        size = window->size();
        window->close();
    }
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    auto window = makeWindow();
    QCOMPARE(window->searchField()->text(), u"äldre"_s);
    QCOMPARE(window->size(), size);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    QTRY_COMPARE_WITH_TIMEOUT(window->caseView()->caseId(), openCase, 5000);
}

void TestMainWindow::startsWithThePublishedCases()
{
    int published = 0;
    {
        auto window = makeWindow();
        m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
        QVERIFY(waitForResults(*window));
        QCOMPARE(window->facetModel()->filter(), ListPresets::published());
        published = window->caseModel()->rowCount();
        QVERIFY(published > 0);
        window->close();
    }
    // A draft comes to the replica beside the sample bank's published cases.
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    {
        auto store = CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
        QVERIFY(store.ok());
        CaseRecord draft = Test::validCase(CaseRecord::newId());
        QVERIFY((*store)->put(draft).ok());
    }
    {
        auto window = makeWindow();
        m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
        QVERIFY(waitForResults(*window));
        QCOMPARE(window->caseModel()->rowCount(), published);
        // Widened by a reviewer: the draft is there too, and the wider view is kept.
        QSignalSpy shown(window.get(), &MainWindow::resultsShown);
        window->facetModel()->setFilter({});
        QVERIFY(shown.wait(5000));
        QCOMPARE(window->caseModel()->rowCount(), SampleBank::load()->size() + 1);
        window->close();
    }
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    auto window = makeWindow();
    QCOMPARE(window->facetModel()->filter(), FacetFilter{});
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    auto window = makeWindow();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        const bool interactive = w->focusPolicy() != Qt::NoFocus && w->isVisible() && !w->inherits("QScrollBar")
            && !qobject_cast<QMenu *>(w) && w->parentWidget() && !w->parentWidget()->inherits("QAbstractScrollArea");
        if (!interactive) {
            continue;
        }
        const bool named = !w->accessibleName().isEmpty()
            || (w->inherits("QAbstractButton") && !w->property("text").toString().isEmpty());
        QVERIFY2(named, w->metaObject()->className());
    }
}

void TestMainWindow::documentActionsNeedACase()
{
    auto window = makeWindow();
    const auto action = [&](const QString &text) -> QAction * {
        for (QAction *a : window->findChildren<QAction *>()) {
            if (QString(a->text()).remove(u'&') == text) {
                return a;
            }
        }
        return nullptr;
    };
    QAction *exportDocument = action(u"Export decision document…"_s);
    QAction *print = action(u"Print…"_s);
    QVERIFY(exportDocument && print);
    QCOMPARE(exportDocument->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *edit = action(u"Edit case"_s);
    QVERIFY(edit);
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(!edit->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    // Nothing to export while the bank opens.
    QVERIFY(!exportDocument->isEnabled());
    QVERIFY(!print->isEnabled());
    QSignalSpy caseShown(window.get(), &MainWindow::caseShown);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(caseShown.wait(10000) || !caseShown.isEmpty());
    QVERIFY(exportDocument->isEnabled());
    QVERIFY(print->isEnabled());
    QVERIFY(edit->isEnabled());
    // A search without matches shows a message instead of a case.
    window->searchField()->setText(u"xyzzyplugh"_s);
    QVERIFY(waitForResults(*window));
    QVERIFY(!exportDocument->isEnabled());
    QVERIFY(!print->isEnabled());
}

void TestMainWindow::editingOpensOneWindowPerCase()
{
    auto window = makeWindow();
    QSignalSpy caseShown(window.get(), &MainWindow::caseShown);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(caseShown.wait(10000) || !caseShown.isEmpty());
    const QString id = window->caseView()->caseId();
    // Enter on the list opens the selected case's editor.
    window->caseTable()->setFocus();
    QTest::keyClick(window->caseTable(), Qt::Key_Return);
    CaseEditorWindow *editor = window->editCase(id);
    QVERIFY(editor);
    QSignalSpy loaded(editor, &CaseEditorWindow::loaded);
    QVERIFY(loaded.wait() || editor->form()->isEnabled());
    QCOMPARE(editor->caseId(), id);
    QCOMPARE(editor->draft().value(u"id"_s).toString(), id);
    // Asking again brings the same window.
    QCOMPARE(window->editCase(id), editor);
    CaseEditorWindow *fresh = window->newCase(MainWindow::NewCase::SameStructure);
    QVERIFY(fresh != editor);
    QCOMPARE(fresh->draft().value(u"case_kind"_s), editor->draft().value(u"case_kind"_s));
    QVERIFY(fresh->draft().value(u"title"_s).isUndefined());
    delete fresh;
    delete editor;
}

void TestMainWindow::inboxOpensFromTheAccountMenu()
{
    auto window = makeWindow();
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(opened.wait(10000));
    ConflictInbox *inbox = window->showInbox();
    QVERIFY(inbox);
    QSignalSpy refreshed(inbox, &ConflictInbox::refreshed);
    QVERIFY(refreshed.wait());
    QCOMPARE(inbox->items().size(), 0); // the sample bank has nothing to settle
    QCOMPARE(window->showInbox(), inbox);
}

void TestMainWindow::typedFiltersNarrowAndBecomeChips()
{
    auto window = makeWindow();
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(waitForResults(*window));
    // From the whole bank, not the published view a new user starts on.
    window->facetModel()->clearFilter();
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), SampleBank::load()->size(), 5000);
    const int all = window->caseModel()->rowCount();
    // Typed: the list narrows as the filter is typed.
    QTest::keyClicks(window->searchField(), u"lan:sodermanland"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->caseModel()->rowCount() < all && window->caseModel()->rowCount() > 0, 5000);
    const int narrowed = window->caseModel()->rowCount();
    // Enter: the filter moves to the panel and shows as a chip; the field keeps the free text.
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    QCOMPARE(window->searchField()->text(), QString());
    QCOMPARE(window->facetModel()->filter().values(Facet::Region), QSet<QString>{u"04"_s});
    QCOMPARE(window->filterChips()->texts(), QStringList{u"län:Södermanlands"_s});
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), narrowed, 5000);
    // A wrong field says so and filters nothing.
    window->searchField()->setText(u"färg:blå"_s);
    const auto saysWhy = [&] {
        const QList<QLabel *> labels = window->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().contains(u"färg"_s);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(saysWhy(), 5000);
    window->searchField()->clear();
    // Removing the chip widens the list again.
    window->filterChips()->removeAt(0);
    QVERIFY(window->facetModel()->filter().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window->caseModel()->rowCount(), all, 5000);
    QVERIFY(window->filterChips()->texts().isEmpty());
}

void TestMainWindow::searchesAreSavedAndRecent()
{
    SavedSearches searches(*m_settings);
    FacetFilter filter;
    filter.values(Facet::StudyVisit).insert(u"ja"_s);
    searches.save({u"Studiebesök"_s, u"ensamhet"_s, filter});
    searches.addRecent({{}, u"trygghet"_s, {}});
    searches.addRecent({{}, u"ensamhet"_s, filter});
    searches.addRecent({{}, u"trygghet"_s, {}}); // again: moves to the front, no repeat
    QCOMPARE(searches.saved().size(), 1);
    QCOMPARE(searches.saved().first().filter, filter);
    QCOMPARE(searches.recent().size(), 2);
    QCOMPARE(searches.recent().first().text, u"trygghet"_s);
    for (int i = 0; i < SavedSearches::MaxRecent + 3; ++i) {
        searches.addRecent({{}, u"ord %1"_s.arg(i), {}});
    }
    QCOMPARE(searches.recent().size(), SavedSearches::MaxRecent);
    searches.remove(u"Studiebesök"_s);
    QVERIFY(searches.saved().isEmpty());
    // Survives a restart of the settings.
    m_settings->sync();
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(SavedSearches(again).recent().size(), SavedSearches::MaxRecent);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
