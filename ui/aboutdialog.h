#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace Fb {

// "Om Framgångsbanken": the version, the Qt it runs on, the licences of what it is built from and
// where its reference data comes from.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Component
    {
        QString name;
        QString use; // what Framgångsbanken uses it for
        QString licence; // SPDX identifier, as the Debian copyright file gives it
        QString url;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    // Every library the desktop app, the CLI or the server links.
    static QList<Component> components();

    QTabWidget *tabs() const { return m_tabs; }

    QTreeWidget *licences() const { return m_licences; }

    QTextBrowser *dataSources() const { return m_sources; }

    QString aboutText() const;

private:
    QTabWidget *m_tabs;
    QTreeWidget *m_licences;
    QTextBrowser *m_sources;
    QTextBrowser *m_about;
};

} // namespace Fb
