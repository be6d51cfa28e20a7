#pragma once

#include "language.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Fb {

// The help topics: each is a page resources/help/<sv|en>/<topic>.md.
namespace HelpTopic {
inline constexpr auto Start = "start";
inline constexpr auto Searching = "searching";
inline constexpr auto Writing = "writing";
inline constexpr auto Offline = "offline";
inline constexpr auto Conflicts = "conflicts";
inline constexpr auto Review = "review";
inline constexpr auto StudyVisits = "study-visits";
inline constexpr auto Questions = "questions";
inline constexpr auto Shortcuts = "shortcuts";
} // namespace HelpTopic

// The built-in help: a topic list and the pages, written in Markdown per language, with links
// between them and a find field that looks through every page. Not modal: one per application
// window (open()), so it can stay beside the work it explains.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(Language language, QWidget *parent = nullptr);

    // Every topic, in the order of the list.
    static QStringList topics();
    static QUrl pageUrl(Language language, const QString &topic);
    // The page's Markdown, empty when there is no such page.
    static QString pageMarkdown(Language language, const QString &topic);

    // The help window of owner's window, made on first use, shown and raised on topic (the page
    // shown last when topic is empty).
    static HelpWindow *open(QWidget *owner, Language language, const QString &topic = {});

    // F1 on widget or anything inside it opens topic.
    static void setTopic(QWidget *widget, const char *topic);
    // The topic of widget's nearest marked ancestor (across windows), or Start.
    static QString topicFor(const QWidget *widget);

    void showTopic(const QString &topic);
    QString currentTopic() const;

    // Finds text after (or before) the cursor, wrapping around the page, then in the other pages
    // in list order. False when no page has it.
    bool find(const QString &text, bool backward = false);

    QTextBrowser *browser() const { return m_browser; }

    QListWidget *topicList() const { return m_topics; }

    QLineEdit *findField() const { return m_find; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sourceChanged(const QUrl &url);
    QString plainText(const QString &topic);

    Language m_language;
    QListWidget *m_topics;
    QTextBrowser *m_browser;
    QLineEdit *m_find;
    QLabel *m_findResult;
    QPushButton *m_back;
    QPushButton *m_forward;
    QHash<QString, QString> m_plainText; // topic → page text, for finding across pages
};

} // namespace Fb
