#include "screenshottour.h"

#include "caseeditorwindow.h"
#include "caseform.h"
#include "caseview.h"
#include "chartsview.h"
#include "conflictdialog.h"
#include "facetmodel.h"
#include "facetpanel.h"
#include "mainwindow.h"
#include "regionmap.h"
#include "resulttabs.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {
constexpr int StepTimeoutMs = 30000;
constexpr int SettleMs = 400;
} // namespace

std::optional<ScreenshotTour::Style> ScreenshotTour::parseStyle(const QString &name)
{
    if (name == "large"_L1) {
        return Style::Large;
    }
    if (name == "contrast"_L1) {
        return Style::Contrast;
    }
    return std::nullopt;
}

void ScreenshotTour::applyStyle(Style style)
{
    if (style == Style::Large) {
        QFont font = QApplication::font();
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(font.pointSizeF() * 2);
        } else {
            font.setPixelSize(font.pixelSize() * 2);
        }
        QApplication::setFont(font);
    } else if (style == Style::Contrast) {
        // Fusion draws every part from the palette, so the whole window follows it.
        QApplication::setStyle(u"Fusion"_s);
        const QColor black(Qt::black);
        const QColor white(Qt::white);
        const QColor yellow(255, 255, 0);
        const QColor grey(160, 160, 160);
        QPalette p;
        for (const QPalette::ColorRole role : {QPalette::Window,
                                               QPalette::Base,
                                               QPalette::Button,
                                               QPalette::ToolTipBase,
                                               QPalette::AlternateBase,
                                               QPalette::Shadow}) {
            p.setColor(role, black);
        }
        p.setColor(QPalette::AlternateBase, QColor(32, 32, 32));
        for (const QPalette::ColorRole role : {QPalette::WindowText,
                                               QPalette::Text,
                                               QPalette::ButtonText,
                                               QPalette::BrightText,
                                               QPalette::Light,
                                               QPalette::Midlight}) {
            p.setColor(role, white);
        }
        p.setColor(QPalette::Mid, grey);
        p.setColor(QPalette::Dark, white);
        p.setColor(QPalette::ToolTipText, yellow);
        p.setColor(QPalette::Highlight, yellow);
        p.setColor(QPalette::HighlightedText, black);
        p.setColor(QPalette::Link, yellow);
        p.setColor(QPalette::LinkVisited, QColor(255, 160, 255));
        p.setColor(QPalette::PlaceholderText, grey);
        p.setColor(QPalette::Accent, yellow);
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            p.setColor(QPalette::Disabled, role, grey);
        }
        QApplication::setPalette(p);
    }
}

ScreenshotTour::ScreenshotTour(MainWindow &window, QString directory, Style style, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_suffix(style == Style::Large          ? u"-200"_s
                   : style == Style::Contrast ? u"-kontrast"_s
                                              : QString())
{
    m_steps = {
        {u"01-oversikt.png"_s,
         [] {
             return nullptr;
         }},
        {u"02-sokning.png"_s,
         [this] {
             m_window.searchField()->setText(u"äldreomsorg"_s);
             return nullptr;
         }},
        {u"03-filter.png"_s,
         [this] {
             m_window.searchField()->clear();
             FacetModel *facets = m_window.facetModel();
             const QModelIndex visits = facets->indexOf(Facet::StudyVisit, u"ja"_s);
             m_window.facetPanel()->view()->expand(visits.parent());
             facets->setData(visits, Qt::Checked, Qt::CheckStateRole);
             return nullptr;
         }},
        {u"04-redigering.png"_s,
         [this]() -> QWidget * {
             CaseEditorWindow *editor = m_window.editCase(m_window.caseView()->caseId());
             if (editor) {
                 editor->resize(1100, 760);
                 // The description tab, with a section in the editor and its preview.
                 connect(editor, &CaseEditorWindow::loaded, editor, [editor] {
                     editor->form()->focusField(u"sections.solution"_s);
                 });
             }
             return editor;
         }},
        {u"05-karta.png"_s,
         [this]() -> QWidget * {
             m_window.resultTabs()->setCurrentWidget(m_window.resultTabs()->map());
             return &m_window;
         }},
        {u"06-diagram.png"_s,
         [this]() -> QWidget * {
             m_window.resultTabs()->setCurrentWidget(m_window.resultTabs()->charts());
             return &m_window;
         }},
        {u"07-konflikt.png"_s,
         [this]() -> QWidget * {
             // An illustrative conflict on the shown case's summary: the tour never syncs.
             const CaseRecord *shown = m_window.caseView()->shownCase();
             if (!shown) {
                 return nullptr;
             }
             const QString summary = shown->summary;
             InboxItem item;
             item.kind = InboxItem::Kind::Conflict;
             item.caseId = m_window.caseView()->caseId();
             item.title = shown->title;
             item.path = u"summary"_s;
             item.conflict.base = summary;
             item.conflict.local = QString(summary + u" Arbetet har nu spridits till två grannkommuner."_s);
             item.conflict.remote = QString(summary + u" En uppföljning görs under hösten."_s);
             auto *dialog = new ConflictDialog(item, tr("Summary"), &m_window);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return dialog;
         }},
    };
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    connect(&m_window, &MainWindow::caseShown, this, [this] {
        QTimer::singleShot(SettleMs, this, &ScreenshotTour::capture);
    });
    // The first step needs no action: the window opens on the sample bank with a case shown.
    m_current = 0;
    QTimer::singleShot(StepTimeoutMs, this, [this] {
        if (m_current < m_steps.size()) {
            std::fprintf(stderr,
                         "screenshots: step %lld did not finish in time\n",
                         static_cast<long long>(m_current + 1));
            QCoreApplication::exit(1);
        }
    });
}

void ScreenshotTour::captureWidget(QWidget *widget)
{
    const QString path = fileOf(m_current);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    if (widget != &m_window) {
        widget->close();
    }
    m_capturingWidget = false;
    next();
}

void ScreenshotTour::capture()
{
    // A window of its own is being captured; the main window showing a case again is not a step.
    if (m_capturingWidget || m_current < 0 || m_current >= m_steps.size()) {
        return;
    }
    const QString path = fileOf(m_current);
    if (!m_window.grab().save(path)) {
        std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    next();
}

QString ScreenshotTour::fileOf(qsizetype step) const
{
    QString file = m_steps.at(step).file;
    return QDir(m_directory).absoluteFilePath(file.insert(file.lastIndexOf(u'.'), m_suffix));
}

void ScreenshotTour::next()
{
    ++m_current;
    if (m_current >= m_steps.size()) {
        QTimer::singleShot(0, qApp, [] {
            QCoreApplication::exit(0);
        });
        return;
    }
    if (QWidget *widget = m_steps.at(m_current).action()) {
        m_capturingWidget = true;
        // Other windows load from the replica's thread too; give them time to fill in.
        QTimer::singleShot(4 * SettleMs, widget, [this, widget] {
            captureWidget(widget);
        });
    }
}

} // namespace Fb
