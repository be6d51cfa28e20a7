#include "helpwindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr auto TopicProperty = "fbHelpTopic";

QString topicOf(const QUrl &url)
{
    return QFileInfo(url.path()).completeBaseName();
}

} // namespace

QStringList HelpWindow::topics()
{
    return {QString::fromLatin1(HelpTopic::Start),
            QString::fromLatin1(HelpTopic::Searching),
            QString::fromLatin1(HelpTopic::Writing),
            QString::fromLatin1(HelpTopic::Offline),
            QString::fromLatin1(HelpTopic::Conflicts),
            QString::fromLatin1(HelpTopic::Review),
            QString::fromLatin1(HelpTopic::StudyVisits),
            QString::fromLatin1(HelpTopic::Questions),
            QString::fromLatin1(HelpTopic::Shortcuts)};
}

QUrl HelpWindow::pageUrl(Language language, const QString &topic)
{
    return QUrl(u"qrc:/fb/help/%1/%2.md"_s.arg(language == Language::Swedish ? u"sv"_s : u"en"_s, topic));
}

QString HelpWindow::pageMarkdown(Language language, const QString &topic)
{
    QFile file(u":"_s + pageUrl(language, topic).path());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

HelpWindow::HelpWindow(Language language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(language)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_findResult(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_forward(new QPushButton(tr("For&ward"), this))
{
    setObjectName(u"HelpWindow"_s);
    setWindowTitle(tr("Framgångsbanken Help"));

    for (const QString &topic : topics()) {
        // The page's first heading is its title: the text is written once, in the page.
        const QString title = pageMarkdown(language, topic).section(u'\n', 0, 0).remove(u'#').trimmed();
        auto *item = new QListWidgetItem(title, m_topics);
        item->setData(Qt::UserRole, topic);
    }
    m_topics->setAccessibleName(tr("Help topics"));
    auto *topicsLabel = new QLabel(tr("&Topics:"), this);
    topicsLabel->setBuddy(m_topics);

    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Help page"));
    m_find->setAccessibleName(tr("Find in help"));
    m_find->setAccessibleDescription(tr("Enter finds the next match, Shift+Enter the previous one, in every page"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    m_findResult->setAccessibleName(tr("Find result"));
    m_back->setAccessibleDescription(tr("The page shown before (Alt+Left)"));
    m_forward->setAccessibleDescription(tr("The next page of the history (Alt+Right)"));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_back->setAutoDefault(false);
    m_forward->setAutoDefault(false);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    auto *backAction = new QAction(this);
    backAction->setShortcut(QKeySequence::Back);
    connect(backAction, &QAction::triggered, m_browser, &QTextBrowser::backward);
    auto *forwardAction = new QAction(this);
    forwardAction->setShortcut(QKeySequence::Forward);
    connect(forwardAction, &QAction::triggered, m_browser, &QTextBrowser::forward);
    auto *closeAction = new QAction(this);
    closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({findAction, backAction, forwardAction, closeAction});

    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);
    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentTopic()) {
            showTopic(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_find, &QLineEdit::textChanged, m_findResult, &QLabel::clear);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(topicsLabel);
    sideLayout->addWidget(m_topics, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addStretch();
    bar->addWidget(findLabel);
    bar->addWidget(m_find, 2);
    bar->addWidget(m_findResult, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    setTabOrder(m_find, m_topics);
    setTabOrder(m_topics, m_browser);
    setTabOrder(m_browser, m_back);
    setTabOrder(m_back, m_forward);

    // Sized by the font, so a larger font gets a larger window.
    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(qMax(900, 64 * em), qMax(640, 44 * em));
    showTopic(QString::fromLatin1(HelpTopic::Start));
}

HelpWindow *HelpWindow::open(QWidget *owner, Language language, const QString &topic)
{
    QWidget *window = owner->window();
    auto *help = window->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!help) {
        help = new HelpWindow(language, window);
    }
    if (!topic.isEmpty()) {
        help->showTopic(topic);
    }
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

void HelpWindow::setTopic(QWidget *widget, const char *topic)
{
    widget->setProperty(TopicProperty, QString::fromLatin1(topic));
}

QString HelpWindow::topicFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString topic = w->property(TopicProperty).toString();
        if (!topic.isEmpty()) {
            return topic;
        }
    }
    return QString::fromLatin1(HelpTopic::Start);
}

void HelpWindow::showTopic(const QString &topic)
{
    const QString known = topics().contains(topic) ? topic : QString::fromLatin1(HelpTopic::Start);
    if (known != currentTopic()) {
        m_browser->setSource(pageUrl(m_language, known));
    }
}

QString HelpWindow::currentTopic() const
{
    return m_browser->source().isEmpty() ? QString() : topicOf(m_browser->source());
}

void HelpWindow::sourceChanged(const QUrl &url)
{
    const QString topic = topicOf(url);
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(Qt::UserRole).toString() == topic) {
            const QSignalBlocker block(m_topics);
            m_topics->setCurrentRow(row);
        }
    }
    if (const QListWidgetItem *item = m_topics->currentItem()) {
        setWindowTitle(tr("%1 – Framgångsbanken Help").arg(item->text()));
    }
}

QString HelpWindow::plainText(const QString &topic)
{
    auto it = m_plainText.constFind(topic);
    if (it == m_plainText.constEnd()) {
        QTextDocument document;
        document.setMarkdown(pageMarkdown(m_language, topic));
        it = m_plainText.insert(topic, document.toPlainText());
    }
    return *it;
}

bool HelpWindow::find(const QString &text, bool backward)
{
    if (text.isEmpty()) {
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    if (!found) {
        // Not on this page: the next page (in the direction asked) that has it.
        const QStringList all = topics();
        const qsizetype here = qMax<qsizetype>(0, all.indexOf(currentTopic()));
        for (qsizetype step = 1; step < all.size() && !found; ++step) {
            const QString &topic = all.at((here + (backward ? all.size() - step : step)) % all.size());
            if (plainText(topic).contains(text, Qt::CaseInsensitive)) {
                showTopic(topic);
                QTextCursor cursor = m_browser->textCursor();
                cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
                m_browser->setTextCursor(cursor);
                found = m_browser->find(text, flags);
            }
        }
    }
    m_findResult->setText(found ? QString() : tr("Not found"));
    return found;
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(m_find->text(), key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Fb
