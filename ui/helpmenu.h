#pragma once

#include "language.h"

#include <QMenu>

namespace Fb {

// The Help menu of the main window: the help (F1, on the topic of what has the focus, from any
// window of the application), the search syntax, the keyboard shortcuts and About.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(Language language, QWidget *parent);

    // Opens the help on the topic of the widget that has the focus.
    void showContextHelp();
    void showTopic(const char *topic);
    void showAbout();

private:
    Language m_language;
};

} // namespace Fb
