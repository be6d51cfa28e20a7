#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Fb {

class MainWindow;

// Drives the main window through its main views and saves a screenshot of each: what
// `tools/dev run` does without a display, and how docs/ gets its pictures. Quits the application
// when done (exit code 0) or when a step does not finish in time (exit code 1).
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    // How the pictures look: as the system has it, with the font at twice its size, or in high
    // contrast (docs/accessibility.md). The file names of the last two end in -200 and -kontrast.
    enum class Style {
        Normal,
        Large,
        Contrast,
    };

    // "large" or "contrast"; nullopt for anything else.
    static std::optional<Style> parseStyle(const QString &name);
    // Before the first window is made, so every widget is built with it.
    static void applyStyle(Style style);

    ScreenshotTour(MainWindow &window, QString directory, Style style = Style::Normal, QObject *parent = nullptr);

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
    QString fileOf(qsizetype step) const;

    MainWindow &m_window;
    QString m_directory;
    QString m_suffix;
    QList<Step> m_steps;
    qsizetype m_current = -1;
    bool m_capturingWidget = false;
    QStringList m_written;
};

} // namespace Fb
