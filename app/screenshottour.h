#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Fb {

class MainWindow;

// Drives the main window through its main views and saves a screenshot of each: what
// `tools/dev run` does without a display, and how docs/ gets its pictures. Quits the application
// when done (exit code 0) or when a step does not finish in time (exit code 1).
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow &window, QString directory, QObject *parent = nullptr);

    void start();

private:
    struct Step
    {
        QString file;
        // Returns the window to capture once it has settled, or null for the main window when it
        // next shows a case.
        std::function<QWidget *()> action;
    };

    void next();
    void capture();
    void captureWidget(QWidget *widget);

    MainWindow &m_window;
    QString m_directory;
    QList<Step> m_steps;
    qsizetype m_current = -1;
    bool m_capturingWidget = false;
    QStringList m_written;
};

} // namespace Fb
