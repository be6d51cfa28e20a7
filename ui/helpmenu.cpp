#include "helpmenu.h"

#include "aboutdialog.h"
#include "helpwindow.h"

#include <QApplication>

namespace Fb {

HelpMenu::HelpMenu(Language language, QWidget *parent)
    : QMenu(tr("&Help"), parent)
    , m_language(language)
{
    QAction *contents = addAction(tr("&Help contents"), QKeySequence::HelpContents, this, &HelpMenu::showContextHelp);
    // F1 in the editor, the inbox or the study-visit bank too: they are windows of their own.
    contents->setShortcutContext(Qt::ApplicationShortcut);
    addAction(tr("&Search syntax"), this, [this] {
        showTopic(HelpTopic::Searching);
    });
    addAction(tr("&Keyboard shortcuts"), this, [this] {
        showTopic(HelpTopic::Shortcuts);
    });
    addSeparator();
    QAction *about = addAction(tr("&About Framgångsbanken"), this, &HelpMenu::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::showContextHelp()
{
    const QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    // In the help itself, F1 stays on the page shown.
    const bool inHelp = focus && qobject_cast<const HelpWindow *>(focus->window());
    HelpWindow::open(parentWidget(), m_language, inHelp ? QString() : HelpWindow::topicFor(focus));
}

void HelpMenu::showTopic(const char *topic)
{
    HelpWindow::open(parentWidget(), m_language, QString::fromLatin1(topic));
}

void HelpMenu::showAbout()
{
    auto *dialog = new AboutDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Fb
