#include "caseeditorwindow.h"

#include "attachmentlist.h"
#include "casecompleteness.h"
#include "caseform.h"
#include "caselabels.h"
#include "casemerge.h"
#include "errormessages.h"
#include "helpwindow.h"
#include "replicaservice.h"
#include "reviewpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The state the completeness indicator measures against: the first one past draft.
constexpr auto ReviewTarget = "inskickad";

} // namespace

CaseEditorWindow::CaseEditorWindow(ReplicaService &replica,
                                   const Vocabularies &vocabularies,
                                   const ReferenceData &referenceData,
                                   Language language,
                                   KSyntaxHighlighting::Repository &repository,
                                   const QString &id,
                                   const QJsonObject &newBody,
                                   QWidget *parent)
    : QMainWindow(parent)
    , m_replica(replica)
    , m_vocabularies(vocabularies)
    , m_language(language)
    , m_validator(vocabularies, referenceData)
    , m_id(id)
    , m_form(new CaseForm(m_draft, vocabularies, referenceData, language, repository, this))
    , m_attachments(new AttachmentList(m_draft, replica, this))
    , m_review(new ReviewPanel(m_draft, vocabularies, language, this))
    , m_banner(new QLabel(this))
    , m_state(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_completeness(new QProgressBar(this))
    , m_autosave(new QTimer(this))
{
    HelpWindow::setTopic(this, HelpTopic::Writing);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"CaseEditorWindow"_s);
    m_form->addPage(m_attachments, tr("Atta&chments"));
    m_form->addPage(m_review, tr("Re&view"));
    // A move in the review is a decision: stored at once, not after the typing pause.
    connect(m_review, &ReviewPanel::moved, this, &CaseEditorWindow::saveNow);
    connect(m_review, &ReviewPanel::problem, m_state, &QLabel::setText);

    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_banner->setAccessibleName(tr("Notice"));
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this] {
        Q_EMIT inboxRequested(m_id);
    });

    m_completeness->setRange(0, 100);
    m_completeness->setMaximumWidth(160);
    m_completeness->setAccessibleName(tr("Completeness for review"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_missing->setAccessibleName(tr("Missing before review"));
    connect(m_missing, &QLabel::linkActivated, this, [this](const QString &path) {
        m_form->focusField(path);
    });
    auto *completeness = new QHBoxLayout;
    completeness->addWidget(new QLabel(tr("Ready for review:"), this));
    completeness->addWidget(m_completeness);
    completeness->addWidget(m_missing, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addLayout(completeness);
    setCentralWidget(central);
    statusBar()->addWidget(m_state, 1);
    statusBar()->addPermanentWidget(m_sync);
    m_sync->setAccessibleName(tr("Sync state"));
    m_form->setEnabled(false);
    m_state->setText(tr("Opening…"));

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &CaseEditorWindow::saveNow);
    connect(&m_draft, &CaseDraft::changed, this, &CaseEditorWindow::changed);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        // Leaving a field is a natural moment to store it.
        if (old && isAncestorOf(old) && m_loaded) {
            saveNow();
        }
    });
    connect(&m_replica, &ReplicaService::caseSaved, this, &CaseEditorWindow::saveAnswered);
    connect(&m_replica, &ReplicaService::editOpened, this, [this](const EditableCase &editable) {
        if (editable.id == m_id && !m_loaded) {
            opened(editable);
        }
    });
    connect(&m_replica, &ReplicaService::editOpenFailed, this, [this](const QString &failedId, const Error &error) {
        if (failedId == m_id && !m_loaded) {
            m_state->setText(tr("The case could not be opened: %1").arg(ErrorMessages::text(error)));
        }
    });
    connect(&m_replica, &ReplicaService::marksRead, this, [this](const CaseMarks &marks) {
        if (m_loaded) {
            m_mark = marks ? marks->value(m_id, CaseMark::Synced) : CaseMark::Synced;
            showMark();
        }
    });
    createActions();

    if (newBody.isEmpty()) {
        m_replica.openForEdit(m_id);
    } else {
        QJsonObject body = newBody;
        body.insert(u"id"_s, m_id);
        EditableCase editable;
        editable.id = m_id;
        editable.draft = body;
        opened(editable);
        m_savedBody = {};
        changed();
    }
}

CaseEditorWindow::~CaseEditorWindow()
{
    // The form's widgets hold the draft, a member, which goes before QWidget deletes children;
    // and focus moving while they go must not start a save.
    disconnect(qApp, nullptr, this, nullptr);
    delete m_form;
}

void CaseEditorWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Case"));
    QToolBar *bar = addToolBar(tr("Case"));
    bar->setObjectName(u"caseToolBar"_s);
    QAction *save = file->addAction(tr("&Save now"), QKeySequence::Save, this, &CaseEditorWindow::saveNow);
    bar->addAction(save);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_draft.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_draft.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    bar->addAction(undo);
    bar->addAction(redo);
}

void CaseEditorWindow::opened(const EditableCase &editable)
{
    m_loaded = true;
    m_storedOnce = !editable.body.isEmpty();
    m_mark = editable.mark;
    m_rejectedError = editable.rejectedError;
    m_form->setKnownTags(editable.knownTags);
    m_form->setKnownOrganisations(editable.organisations);
    m_origin = editable.body;
    m_savedBody = editable.draft ? *editable.draft : editable.body;
    m_draft.reset(m_savedBody);
    m_form->setEnabled(true);
    m_state->clear();
    showMark();
    if (editable.draft && !editable.body.isEmpty() && *editable.draft != editable.body) {
        const QDateTime at = QDateTime::fromString(editable.draftSavedAt, Qt::ISODate).toLocalTime();
        m_banner->setText(tr("Changes that were not a valid case yet were kept as a draft on %1 and have been "
                             "brought back.")
                              .arg(QLocale().toString(at, QLocale::ShortFormat)));
        m_banner->show();
    }
    m_form->focusField(u"title"_s);
    Q_EMIT loaded();
}

void CaseEditorWindow::changed()
{
    updateTitle();
    validate();
    if (m_loaded && m_draft.body() != m_savedBody) {
        m_autosave->start();
        m_state->setText(tr("Changed…"));
    }
}

void CaseEditorWindow::validate()
{
    auto record = CaseRecord::fromJsonObject(m_draft.body());
    QList<Error> problems = record ? m_validator.validate(*record) : QList<Error>{record.error()};
    if (!record) {
        m_form->setMessages(problems);
        return;
    }
    const QList<Error> missing = CaseCompleteness::missing(*record, QString::fromLatin1(ReviewTarget));
    QList<std::pair<QString, QString>> notes;
    for (const ReviewComment &c : std::as_const(record->reviewComments)) {
        if (c.isOpen()) {
            notes.append({c.path, tr("Reviewer %1: %2").arg(c.author, c.text)});
        }
    }
    m_form->setMessages(problems + missing, notes);
    m_completeness->setValue(CaseCompleteness::percent(*record));
    QStringList links;
    for (const Error &e : missing) {
        links.append(
            u"<a href=\"%1\">%2</a>"_s.arg(e.path,
                                           CaseLabels::fieldLabel(m_vocabularies, m_language, e.path).toHtmlEscaped()));
    }
    m_missing->setText(missing.isEmpty() ? tr("Everything others need to learn from the case is there.")
                                         : tr("Missing: %1").arg(links.join(u", "_s)));
}

void CaseEditorWindow::saveNow()
{
    m_autosave->stop();
    if (!m_loaded || m_draft.body() == m_savedBody || m_draft.body() == m_inFlightBody) {
        return;
    }
    m_inFlightBody = m_draft.body();
    m_replica.saveCase(m_inFlightBody, m_origin, ++m_lastRequest);
}

void CaseEditorWindow::saveAnswered(const SaveOutcome &outcome)
{
    if (outcome.id != m_id || outcome.request != m_lastRequest) {
        return;
    }
    const QJsonObject body = std::exchange(m_inFlightBody, {});
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (outcome.error.code != ErrorCode::None) {
        m_saveProblem = ErrorMessages::text(outcome.error);
        m_state->setText(tr("Not saved: %1").arg(m_saveProblem));
        // Try again after the next pause: the edit is still in the form.
        m_autosave->start();
    } else {
        m_saveProblem.clear();
        m_savedBody = outcome.body;
        if (outcome.stored) {
            m_origin = outcome.body;
        }
        if (outcome.body != body) {
            // The case changed underneath the form and was merged: the form shows the merge, with
            // whatever was typed since the save went out on top of it.
            const QJsonObject form = m_draft.body();
            m_draft.reset(form == body ? outcome.body : CaseMerge::merge3(body, form, outcome.body).merged);
            m_banner->setText(tr("The case was changed elsewhere while you edited it (by a sync or in another "
                                 "window). Those changes are now in the form as well."));
            m_banner->show();
        }
        m_storedOnce = m_storedOnce || outcome.stored;
        if (outcome.stored) {
            m_mark = outcome.mark;
        }
        m_state->setText(outcome.stored ? tr("Saved on this computer at %1.").arg(time)
                                        : tr("Kept as a draft at %1: not a valid case yet (see the marked "
                                             "fields).")
                                              .arg(time));
    }
    updateTitle();
    showMark();
    Q_EMIT saved(outcome);
}

void CaseEditorWindow::setAccount(const QString &role, const QString &user)
{
    m_review->setAccount(role, user);
}

bool CaseEditorWindow::isSaved() const
{
    return m_draft.body() == m_savedBody && m_inFlightBody.isEmpty();
}

void CaseEditorWindow::showMark()
{
    QString text;
    switch (m_mark) {
    case CaseMark::Synced: break;
    case CaseMark::Pending: break;
    case CaseMark::Conflict:
        text = tr("This case has changes from the server that collide with yours. <a href=\"inbox\">Settle them in "
                  "the conflict inbox</a>; until then your version is kept here and not sent.");
        break;
    case CaseMark::Rejected:
        text = tr("The server refused your last change: %1. Your text is kept. <a href=\"inbox\">See the ways out "
                  "in the conflict inbox</a>.")
                   .arg(m_rejectedError.toHtmlEscaped());
        break;
    case CaseMark::RemoteDeleted:
        text = tr("This case was removed on the server while you edited it. <a href=\"inbox\">Decide in the "
                  "conflict inbox</a> whether to bring it back.");
        break;
    }
    if (!text.isEmpty()) {
        m_banner->setText(text);
        m_banner->show();
    }
    QString sync;
    switch (m_mark) {
    case CaseMark::Synced: sync = m_storedOnce ? tr("In step with the server") : tr("Not saved yet"); break;
    case CaseMark::Pending: sync = tr("Local changes wait for the next sync"); break;
    case CaseMark::Conflict: sync = tr("Conflict"); break;
    case CaseMark::Rejected: sync = tr("Refused by the server"); break;
    case CaseMark::RemoteDeleted: sync = tr("Removed on the server"); break;
    }
    m_sync->setText(sync);
}

void CaseEditorWindow::updateTitle()
{
    const QString title = m_draft.value(u"title"_s).toString();
    setWindowTitle(u"%1[*] – %2"_s.arg(title.isEmpty() ? tr("New case") : title, tr("Framgångsbanken")));
    setWindowModified(!isSaved());
}

void CaseEditorWindow::closeEvent(QCloseEvent *event)
{
    // The save is queued before the window goes; the replica's thread finishes it.
    saveNow();
    event->accept();
}

} // namespace Fb
