#include "mainwindow.h"

#include "accountmenu.h"
#include "caseeditorwindow.h"
#include "caselistmodel.h"
#include "casetable.h"
#include "casetemplates.h"
#include "caseview.h"
#include "comparewindow.h"
#include "conflictinbox.h"
#include "editorwindows.h"
#include "errormessages.h"
#include "facetmodel.h"
#include "facetpanel.h"
#include "filterchips.h"
#include "helpmenu.h"
#include "helpwindow.h"
#include "listexport.h"
#include "listpresets.h"
#include "logindialog.h"
#include "newsbutton.h"
#include "questionmenu.h"
#include "rankingdialog.h"
#include "recallbanner.h"
#include "resulttabs.h"
#include "searchesmenu.h"
#include "settingsdialog.h"
#include "similarcasespanel.h"
#include "studyvisitview.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// While typing, wait this long for the next key before searching. Short enough to feel instant.
constexpr int SearchDelayMs = 120;

} // namespace

MainWindow::MainWindow(ReplicaService &replica,
                       SyncController &sync,
                       const Vocabularies &vocabularies,
                       const ReferenceData &referenceData,
                       Language language,
                       QSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_replica(replica)
    , m_sync(sync)
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
    , m_settings(settings)
    , m_exporter(vocabularies, referenceData, language)
    , m_query(vocabularies, referenceData)
    , m_savedSearches(settings)
    , m_decisionDocument(vocabularies, referenceData, language)
    , m_cases(new CaseListModel(vocabularies, referenceData, language, this))
    , m_facets(new FacetModel(vocabularies, referenceData, language, this))
    , m_search(new QLineEdit(this))
    , m_chips(new FilterChips(m_query, this))
    , m_sampleBanner(new QLabel(this))
    , m_recall(new RecallBanner(this))
    , m_facetPanel(new FacetPanel(*m_facets, this))
    , m_table(new CaseTable(m_cases, this))
    , m_caseView(new CaseView(m_exporter, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchDelay(new QTimer(this))
    , m_countLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_syncStatus(new SyncStatusWidget(sync, this))
    , m_editors(new EditorWindows(replica, sync, vocabularies, referenceData, language, this))
{
    setWindowTitle(tr("Framgångsbanken"));
    setObjectName(u"MainWindow"_s);
    HelpWindow::setTopic(this, HelpTopic::Searching);

    m_search->setPlaceholderText(tr("Search cases: words, \"phrases\", -exclude, län:Blekinge, område:äldreomsorg"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(tr("Results update as you type"));
    auto *searchLabel = new QLabel(tr("Se&arch:"), this);
    searchLabel->setBuddy(m_search);

    m_sampleBanner->setText(tr("<b>Sample data.</b> This is the built-in sample bank, written from public sources "
                               "to show how Framgångsbanken works. It is not the national bank."));
    m_sampleBanner->setWordWrap(true);
    m_sampleBanner->setFrameShape(QFrame::StyledPanel);
    m_sampleBanner->setMargin(6);
    m_sampleBanner->setAutoFillBackground(true);
    m_sampleBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_sampleBanner->setForegroundRole(QPalette::ToolTipText);
    m_sampleBanner->setAccessibleName(tr("Sample data notice"));
    m_sampleBanner->hide();

    m_resultTabs = new ResultTabs(m_table, *m_facets, vocabularies, referenceData, language, this);
    m_similar = new SimilarCasesPanel(vocabularies, language, this);
    m_similar->setTitle(tr("Similar cases"));
    auto *casePane = new QSplitter(Qt::Vertical, this);
    casePane->addWidget(m_caseView);
    casePane->addWidget(m_similar);
    casePane->setStretchFactor(0, 3);
    casePane->setStretchFactor(1, 1);
    m_splitter->addWidget(m_facetPanel);
    m_splitter->addWidget(m_resultTabs);
    m_splitter->addWidget(casePane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_chips);
    layout->addWidget(m_sampleBanner);
    layout->addWidget(m_recall);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Opening the case bank"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_countLabel->setText(tr("Opening the case bank…"));
    m_caseView->showMessage(tr("Opening the case bank…"));

    setTabOrder(m_search, m_facetPanel->view());
    setTabOrder(m_facetPanel->view(), m_resultTabs);
    setTabOrder(m_resultTabs, m_table);
    setTabOrder(m_table, m_caseView);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::search);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        takeTypedFilters();
        search();
        m_savedSearches.addRecent({{}, m_search->text(), m_facets->filter()});
        m_table->setFocus();
    });
    connect(m_facets, &FacetModel::filterChanged, this, &MainWindow::search);
    connect(m_recall, &RecallBanner::suggestionChosen, m_search, &QLineEdit::setText);
    connect(m_facets, &FacetModel::filterChanged, m_chips, &FilterChips::setFilter);
    connect(m_chips, &FilterChips::filterChanged, m_facets, &FacetModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectionChanged);
    auto *compare = new CompareWindow(m_replica, m_vocabularies, m_referenceData, m_language, this);
    connect(m_table, &CaseTable::compareRequested, compare, &CompareWindow::compare);

    connect(&m_replica, &ReplicaService::opened, this, &MainWindow::opened);
    connect(&m_replica, &ReplicaService::openFailed, this, &MainWindow::openFailed);
    // A sync changed the cases: show the same search over the new bank.
    connect(&m_replica, &ReplicaService::refreshed, this, &MainWindow::opened);
    connect(&m_replica, &ReplicaService::searchFinished, this, &MainWindow::showResult);
    connect(&m_replica, &ReplicaService::snippetsReady, m_cases, &CaseListModel::setSnippets);
    connect(&m_replica, &ReplicaService::marksRead, m_cases, &CaseListModel::setMarks);
    connect(&m_replica,
            &ReplicaService::similarFound,
            this,
            [this](const QString &id, const QList<SimilarCase> &cases) {
                if (id == m_caseView->caseId()) {
                    m_similar->setCases(cases);
                }
            });
    connect(&m_replica, &ReplicaService::nearFound, this, [this](const QString &code, const QList<SimilarCase> &cases) {
        const Municipality *m = m_referenceData.municipality(code);
        m_resultTabs->setNearCases(m ? m->name : code, cases);
    });
    connect(m_similar, &SimilarCasesPanel::caseActivated, this, &MainWindow::showCase);
    connect(m_resultTabs, &ResultTabs::caseActivated, this, &MainWindow::showCase);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        editCase(m_cases->idAt(index.row()));
    });
    connect(&m_replica,
            &ReplicaService::caseLoaded,
            this,
            [this](const CaseRecord &record, const LinkedRecords &links) {
                m_replica.findSimilar(record.id, 8);
                m_caseView->showCase(record, m_cases->result().terms, links);
                Q_EMIT caseShown(record.id);
            });
    connect(&m_replica, &ReplicaService::caseLoadFailed, this, [this](const QString &id, const Error &error) {
        m_caseView->showMessage(tr("The case could not be shown.\n%1").arg(ErrorMessages::text(error)));
        Q_EMIT caseShown(id);
    });

    createActions();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *file = new FileMenu(*m_caseView, m_decisionDocument, m_replica, m_sync, m_vocabularies, m_language, this);
    menuBar()->addMenu(file);
    connect(file, &FileMenu::newCaseRequested, this, &MainWindow::newCase);
    connect(file, &FileMenu::editRequested, this, &MainWindow::editCase);
    connect(file, &FileMenu::exportListRequested, this, [this] {
        ListExport::exportList(this, ListExporter(m_vocabularies, m_referenceData, m_language), m_cases->result());
    });
    connect(m_caseView, &CaseView::caseLinkActivated, this, &MainWindow::showCase);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    edit->addAction(tr("C&lear search and filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, [this] {
        m_search->clear();
        m_facets->clearFilter();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Filters"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        m_facetPanel->view()->setFocus();
    });
    view->addAction(tr("&Case list"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        m_table->setFocus();
    });
    view->addAction(tr("Case &text"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
        m_caseView->setFocus();
    });
    view->addAction(tr("Study-&visit bank"), QKeySequence(Qt::CTRL | Qt::Key_4), this, &MainWindow::showStudyVisits);
    view->addAction(m_table->compareAction());
    view->addSeparator();
    view->addAction(tr("&Published cases"), this, [this] {
        showList(ListPresets::published());
    });
    // Everything this user's replica holds: what the server lets them see (docs/server.md).
    view->addAction(tr("&All cases"), this, [this] {
        showList({});
    });
    view->addAction(tr("Cases to &review"), this, [this] {
        showList(ListPresets::toReview());
    });
    view->addAction(tr("My &drafts"), this, [this] {
        showList(ListPresets::drafts(m_sync.status().organisationId));
    });

    auto *searches = new SearchesMenu(
        m_savedSearches,
        [this] {
            return SavedSearches::Entry{{}, m_search->text(), m_facets->filter()};
        },
        this);
    menuBar()->addMenu(searches);
    connect(searches, &SearchesMenu::chosen, this, &MainWindow::runSearch);
    connect(searches, &SearchesMenu::explainRequested, this, [this] {
        auto *dialog = new RankingDialog(m_replica, m_search->text(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    auto *questions = new QuestionMenu(
        m_replica,
        m_vocabularies,
        m_referenceData,
        m_language,
        m_settings,
        [this] {
            return m_cases->caseTitles();
        },
        this);
    menuBar()->addMenu(questions);
    connect(m_caseView, &CaseView::shownCaseChanged, questions, [this, questions] {
        questions->setShown(m_caseView->shownCase());
    });
    connect(&m_sync, &SyncController::statusChanged, questions, [questions](const SyncStatus &status) {
        questions->setLogin(status);
    });
    questions->setLogin(m_sync.status());
    connect(questions, &QuestionMenu::searchRequested, m_search, &QLineEdit::setText);
    connect(questions, &QuestionMenu::openQuestionsRequested, this, [this] {
        showList(ListPresets::openQuestions());
    });
    connect(questions, &QuestionMenu::toUpdateRequested, this, [this] {
        showList(ListPresets::toUpdate(m_sync.status().organisationId));
    });
    connect(questions, &QuestionMenu::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    connect(questions, &QuestionMenu::recordChanged, this, [this](const QString &id) {
        if (m_caseView->caseId() == id) {
            m_replica.loadCase(id);
        }
    });
    connect(questions, &QuestionMenu::caseStarted, this, &MainWindow::editCase);
    auto *news = new NewsButton(m_replica, m_vocabularies, m_referenceData, m_language, this);
    statusBar()->addPermanentWidget(news);
    connect(news, &NewsButton::openRequested, this, &MainWindow::showCase);
    QAction *newsAction = questions->addAction(tr("What is &new"), news, &NewsButton::showList);
    newsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));

    auto *account = new AccountMenu(m_sync, this);
    menuBar()->addMenu(account);
    connect(account, &AccountMenu::loginRequested, this, &MainWindow::showLogin);
    connect(account, &AccountMenu::inboxRequested, this, [this] {
        showInbox();
    });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *prefs = settings->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    prefs->setMenuRole(QAction::PreferencesRole);

    menuBar()->addMenu(new HelpMenu(m_language, this));
}

CaseEditorWindow *MainWindow::editCase(const QString &id)
{
    return m_editors->open(id);
}

CaseEditorWindow *MainWindow::newCase(NewCase kind)
{
    const QString id = CaseRecord::newId();
    switch (kind) {
    case NewCase::Blank: return m_editors->open(id, CaseTemplates::blank(id));
    case NewCase::Guided: return m_editors->open(id, CaseTemplates::guided(id));
    case NewCase::SameStructure:
        return m_editors->open(id,
                               CaseTemplates::structureOf(
                                   m_caseView->shownCase() ? m_caseView->shownCase()->toJsonObject() : QJsonObject(),
                                   id));
    }
    return nullptr;
}

ConflictInbox *MainWindow::showInbox(const QString &caseId)
{
    return m_editors->showInbox(caseId);
}

void MainWindow::setMachineConfig(const MachineConfig &machine)
{
    m_machine = machine;
    if (!machine.problems().isEmpty()) {
        const Error &first = machine.problems().constFirst();
        statusBar()->showMessage(
            tr("This computer's settings (%1): %2: %3").arg(machine.source(), first.path, ErrorMessages::text(first)));
    }
}

void MainWindow::showLogin()
{
    LoginDialog dialog(m_sync, this);
    dialog.applyMachineConfig(m_machine);
    dialog.exec();
}

void MainWindow::restoreState()
{
    // First sizes from the font, so a large font (200 %) gets room; within the screen.
    const int em = fontMetrics().horizontalAdvance(u'M');
    if (!restoreGeometry(m_settings.value("window/geometry"_L1).toByteArray())) {
        const QSize screen = this->screen()->availableGeometry().size();
        resize(qMin(qMax(1280, 110 * em), screen.width()), qMin(qMax(800, 70 * em), screen.height()));
    }
    QMainWindow::restoreState(m_settings.value("window/state"_L1).toByteArray());
    if (!m_splitter->restoreState(m_settings.value("window/splitter"_L1).toByteArray())) {
        m_splitter->setSizes({20 * em, 50 * em, 42 * em});
    }
    m_table->horizontalHeader()->restoreState(m_settings.value("window/caseHeader"_L1).toByteArray());
    m_restoreCaseId = m_settings.value("search/case"_L1).toString();
    // Set without triggering searches: the replica is not open yet.
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockFacets(m_facets);
    m_search->setText(m_settings.value("search/text"_L1).toString());
    // A new user starts with what is published; a view widened or narrowed since is kept.
    m_facets->setFilter(m_settings.contains("search/filter"_L1)
                            ? SavedSearches::decode(m_settings.value("search/filter"_L1).toStringList())
                            : ListPresets::published());
}

void MainWindow::saveState()
{
    m_settings.setValue("window/geometry"_L1, saveGeometry());
    m_settings.setValue("window/state"_L1, QMainWindow::saveState());
    m_settings.setValue("window/splitter"_L1, m_splitter->saveState());
    m_settings.setValue("window/caseHeader"_L1, m_table->horizontalHeader()->saveState());
    m_settings.setValue("search/text"_L1, m_search->text());
    m_settings.setValue("search/filter"_L1, SavedSearches::encode(m_facets->filter()));
    m_settings.setValue("search/case"_L1, m_caseView->caseId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::showList(const FacetFilter &filter)
{
    m_search->clear();
    m_facets->setFilter(filter);
}

void MainWindow::showCase(const QString &id)
{
    const int row = m_cases->rowOf(id);
    if (row >= 0) {
        m_resultTabs->setCurrentIndex(0);
        m_table->selectionModel()->setCurrentIndex(m_cases->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_cases->index(row, 0));
    } else {
        // Not in the list as filtered: shown anyway.
        m_replica.loadCase(id);
    }
}

QString MainWindow::homeMunicipality() const
{
    return SettingsDialog::homeMunicipality(m_settings, m_sync.status().organisationId);
}

void MainWindow::showStudyVisits()
{
    if (!m_studyVisits) {
        m_studyVisits = new StudyVisitView(m_vocabularies, m_referenceData, m_language, this);
        m_studyVisits->setWindowFlag(Qt::Window);
        m_studyVisits->setAttribute(Qt::WA_DeleteOnClose);
        m_studyVisits->setWindowTitle(tr("Study-visit bank"));
        m_studyVisits->resize(1000, 640);
        connect(&m_replica, &ReplicaService::studyVisitsLoaded, m_studyVisits, &StudyVisitView::setEntries);
        connect(m_studyVisits, &StudyVisitView::caseActivated, this, &MainWindow::showCase);
    }
    m_studyVisits->setHomeMunicipality(homeMunicipality());
    m_studyVisits->setRequester(m_sync.status().user, m_sync.status().organisationId);
    m_replica.loadStudyVisits();
    m_studyVisits->show();
    m_studyVisits->raise();
}

void MainWindow::opened(const ReplicaInfo &info)
{
    if (const QString home = homeMunicipality(); !home.isEmpty()) {
        m_replica.findNear(home, 10);
        // The start view: examples from municipalities near the user's, unless a search is resumed.
        // Only on the first open: a refresh after sync leaves the tab the user is on.
        if (!m_open && m_search->text().trimmed().isEmpty() && ListPresets::isStartView(m_facets->filter())) {
            m_resultTabs->setCurrentWidget(m_resultTabs->near());
        }
    }
    if (m_studyVisits) {
        m_replica.loadStudyVisits(); // the open window follows a sync
    }
    m_open = true;
    m_busy->hide();
    m_sampleBanner->setVisible(info.isSample);
    search();
}

void MainWindow::openFailed(const Error &error)
{
    m_busy->hide();
    const QString message = tr("The case bank could not be opened.\n%1").arg(ErrorMessages::text(error));
    m_countLabel->setText(tr("The case bank could not be opened."));
    m_caseView->showMessage(message);
    QMessageBox::critical(this, tr("Framgångsbanken"), message);
}

void MainWindow::search()
{
    if (!m_open) {
        return;
    }
    // Filters typed in the field narrow the list as they are typed, alongside the panel's.
    const QueryLanguage::Parsed parsed = m_query.parse(m_search->text());
    m_queryErrors = parsed.errors;
    FacetFilter filter = m_facets->filter();
    for (int f = 0; f < FacetCount; ++f) {
        filter.selected[size_t(f)].unite(parsed.filter.selected[size_t(f)]);
    }
    // "Near me" answers no search: a search shows its list.
    if (m_resultTabs->currentWidget() == m_resultTabs->near()
        && (!parsed.text.isEmpty() || !ListPresets::isStartView(filter))) {
        m_resultTabs->setCurrentIndex(0);
    }
    m_replica.search(SearchRequest{parsed.text, filter});
}

void MainWindow::takeTypedFilters()
{
    const QueryLanguage::Parsed parsed = m_query.parse(m_search->text());
    if (parsed.filter.isEmpty()) {
        return;
    }
    // On Enter, typed filters become the panel's (and chips): one filter, shown in one place.
    FacetFilter filter = m_facets->filter();
    for (int f = 0; f < FacetCount; ++f) {
        filter.selected[size_t(f)].unite(parsed.filter.selected[size_t(f)]);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->setText(parsed.text);
    }
    m_facets->setFilter(filter);
}

void MainWindow::runSearch(const SavedSearches::Entry &entry)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(entry.text);
    }
    m_facets->setFilter(entry.filter);
    search();
}

void MainWindow::showResult(const SearchResult &result)
{
    const QString current = m_restoreCaseId.isEmpty() ? m_caseView->caseId() : std::exchange(m_restoreCaseId, {});
    m_table->setTerms(result.terms);
    m_resultTabs->setResult(result);
    m_cases->setResult(result);
    m_facets->setCounts(result.counts);
    // The corrections apply to the field as typed, filters included.
    m_recall->setRecall(result.recall, m_search->text());

    const qsizetype total = result.cases ? result.cases->size() : 0;
    if (!m_queryErrors.isEmpty()) {
        m_countLabel->setText(ErrorMessages::text(m_queryErrors.first()));
    } else if (result.error.code != ErrorCode::None) {
        m_countLabel->setText(ErrorMessages::text(result.error));
    } else {
        //: %n cases shown, %2 cases in the bank
        m_countLabel->setText(tr("%n case(s) of %2", nullptr, int(result.rows.size())).arg(QLocale().toString(total)));
    }

    // Keep the case that is open if it is still in the list; otherwise open the best match.
    int row = m_cases->rowOf(current);
    if (row < 0 && m_cases->rowCount() > 0) {
        row = 0;
    }
    if (row >= 0) {
        const QModelIndex index = m_cases->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        if (m_cases->idAt(row) == m_caseView->caseId()) {
            // Same case, new words: highlight afresh.
            m_replica.loadCase(m_caseView->caseId());
        }
    } else {
        m_caseView->showMessage(total == 0 ? tr("The case bank is empty.")
                                           : tr("No case matches the search and filters."));
    }
    Q_EMIT resultsShown();
}

void MainWindow::selectionChanged()
{
    const QString id = m_cases->idAt(m_table->currentIndex().row());
    if (!id.isEmpty()) {
        m_replica.loadCase(id);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_referenceData, m_sync.status().organisationId, this);
    const QString before = homeMunicipality();
    if (dialog.exec() == QDialog::Accepted) {
        if (const QString home = homeMunicipality(); !home.isEmpty()) {
            m_replica.findNear(home, 10);
            // A municipality just chosen: show what is near it.
            if (home != before) {
                m_resultTabs->setCurrentWidget(m_resultTabs->near());
            }
        }
    }
}

} // namespace Fb
