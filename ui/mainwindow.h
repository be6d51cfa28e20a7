#pragma once

#include "caseexporter.h"
#include "decisiondocument.h"
#include "filemenu.h"
#include "language.h"
#include "machineconfig.h"
#include "querylanguage.h"
#include "referencedata.h"
#include "replicaservice.h"
#include "savedsearches.h"
#include "synccontroller.h"
#include "vocabularies.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace Fb {

class CaseEditorWindow;
class CaseListModel;
class CaseTable;
class EditorWindows;
class ConflictInbox;
class CaseView;
class FacetModel;
class FacetPanel;
class FilterChips;
class RecallBanner;
class ResultTabs;
class SimilarCasesPanel;
class StudyVisitView;
class SyncStatusWidget;

// Composes the read side: search field, facet panel, case list and case view. Holds no SQL and no
// business rules: it asks ReplicaService and shows what comes back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ReplicaService &replica,
               SyncController &sync,
               const Vocabularies &vocabularies,
               const ReferenceData &referenceData,
               Language language,
               QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QLineEdit *searchField() const { return m_search; }

    CaseTable *caseTable() const { return m_table; }

    CaseListModel *caseModel() const { return m_cases; }

    FacetModel *facetModel() const { return m_facets; }

    FacetPanel *facetPanel() const { return m_facetPanel; }

    FilterChips *filterChips() const { return m_chips; }

    RecallBanner *recallBanner() const { return m_recall; }

    ResultTabs *resultTabs() const { return m_resultTabs; }

    SimilarCasesPanel *similarCases() const { return m_similar; }

    CaseView *caseView() const { return m_caseView; }

    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

    using NewCase = Fb::NewCase;

    // Opens the case in its editor window (the one already open, if any).
    CaseEditorWindow *editCase(const QString &id);
    CaseEditorWindow *newCase(NewCase kind);
    ConflictInbox *showInbox(const QString &caseId = {});

    // IT's settings for this computer: used at login; entries that were left out are reported.
    void setMachineConfig(const MachineConfig &machine);

public Q_SLOTS:
    // Selects the case in the list, or shows it when the filters hide it.
    void showCase(const QString &id);

Q_SIGNALS:
    // A search result is on screen (after open, typing or filtering).
    void resultsShown();
    // The case view shows a case, or a message when loading failed.
    void caseShown(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreState();
    void saveState();
    void search();
    void showResult(const SearchResult &result);
    void selectionChanged();
    void opened(const ReplicaInfo &info);
    void openFailed(const Error &error);
    void showSettings();
    void showLogin();
    void takeTypedFilters();
    void showStudyVisits();
    QString homeMunicipality() const;
    void runSearch(const SavedSearches::Entry &entry);
    // One of the ready-made lists (ListPresets): the filter alone, no words.
    void showList(const FacetFilter &filter);

    ReplicaService &m_replica;
    SyncController &m_sync;
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    QSettings &m_settings;
    MachineConfig m_machine;
    CaseExporter m_exporter;
    QueryLanguage m_query;
    SavedSearches m_savedSearches;
    DecisionDocument m_decisionDocument;
    CaseListModel *m_cases;
    FacetModel *m_facets;
    QLineEdit *m_search;
    FilterChips *m_chips;
    QLabel *m_sampleBanner;
    RecallBanner *m_recall;
    FacetPanel *m_facetPanel;
    CaseTable *m_table;
    ResultTabs *m_resultTabs = nullptr;
    SimilarCasesPanel *m_similar = nullptr;
    QPointer<StudyVisitView> m_studyVisits;
    CaseView *m_caseView;
    QSplitter *m_splitter;
    QTimer *m_searchDelay;
    QLabel *m_countLabel;
    QProgressBar *m_busy;
    SyncStatusWidget *m_syncStatus;
    QString m_restoreCaseId;
    QList<Error> m_queryErrors;
    EditorWindows *m_editors;
    bool m_open = false;
};

} // namespace Fb
