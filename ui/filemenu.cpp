#include "filemenu.h"

#include "casedeletion.h"
#include "caseview.h"
#include "decisiondocument.h"
#include "decisionexport.h"
#include "historywindow.h"

namespace Fb {

FileMenu::FileMenu(CaseView &view,
                   const DecisionDocument &document,
                   ReplicaService &replica,
                   SyncController &sync,
                   const Vocabularies &vocabularies,
                   Language language,
                   QWidget *parent)
    : QMenu(tr("&File"), parent)
    , m_view(view)
    , m_document(document)
    , m_deletion(new CaseDeletion(replica, parent))
    , m_sync(sync)
    , m_vocabularies(vocabularies)
    , m_language(language)
{
    addAction(tr("&New case"), QKeySequence::New, this, [this] {
        Q_EMIT newCaseRequested(NewCase::Blank);
    });
    addAction(tr("New case with &guiding questions"), this, [this] {
        Q_EMIT newCaseRequested(NewCase::Guided);
    });
    m_sameStructure = addAction(tr("New case with the &structure of this one"), this, [this] {
        Q_EMIT newCaseRequested(NewCase::SameStructure);
    });
    m_edit = addAction(tr("&Edit case"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        Q_EMIT editRequested(m_view.caseId());
    });
    m_delete = addAction(tr("&Delete case…"), this, [this] {
        if (const CaseRecord *record = m_view.shownCase()) {
            m_deletion->ask(record->id, record->title);
        }
    });
    m_history = addAction(tr("Case &history…"), QKeySequence(Qt::CTRL | Qt::Key_H), this, [this] {
        const CaseRecord *record = m_view.shownCase();
        if (!record) {
            return;
        }
        if (!m_historyWindow) {
            m_historyWindow = new HistoryWindow(m_sync, m_vocabularies, m_language, parentWidget());
        }
        m_historyWindow->showCase(record->id, record->title);
        m_historyWindow->show();
        m_historyWindow->raise();
        m_historyWindow->activateWindow();
    });
    addSeparator();
    m_export =
        addAction(tr("&Export decision document…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
            if (const CaseRecord *record = m_view.shownCase()) {
                DecisionExport::exportCase(parentWidget(), m_document, *record);
            }
        });
    m_print = addAction(tr("&Print…"), QKeySequence::Print, this, [this] {
        if (const CaseRecord *record = m_view.shownCase()) {
            DecisionExport::printCase(parentWidget(), m_document, *record);
        }
    });
    addAction(tr("Export the &list…"), this, [this] {
        Q_EMIT exportListRequested();
    });
    addSeparator();
    QAction *quit = addAction(tr("&Quit"), QKeySequence::Quit, parent, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    connect(&m_view, &CaseView::shownCaseChanged, this, &FileMenu::update);
    update();
}

void FileMenu::update()
{
    const bool shown = m_view.shownCase() != nullptr;
    for (QAction *action : {m_sameStructure, m_edit, m_delete, m_history, m_export, m_print}) {
        action->setEnabled(shown);
    }
}

} // namespace Fb
