#include "markdowneditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QEvent>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Typing should not re-render the preview on every key.
constexpr int PreviewDelayMs = 250;

// A preview that shows text only: a case's images or links never fetch anything.
class PreviewBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

MarkdownEditor::MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_toolBar(new QToolBar(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new PreviewBrowser(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
    , m_previewDelay(new QTimer(this))
{
    m_editor->setTabChangesFocus(true);
    // One undo history for the whole form (CaseDraft), not one per text box.
    m_editor->setUndoRedoEnabled(false);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setAccessibleDescription(tr("Markdown text: **bold**, *italic*, - list, ## heading"));
    m_preview->setOpenLinks(false);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_preview->setAccessibleName(tr("Preview"));
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    applyTheme();

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Formatting"));
    // Shortcuts live on the text box, so several editors in one window do not clash.
    const auto add = [this](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_editor->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    //: Toolbar button: bold (Fet)
    add(tr("B"), tr("Bold"), QKeySequence::Bold, &MarkdownEditor::toggleBold);
    //: Toolbar button: italic (Kursiv)
    add(tr("I"), tr("Italic"), QKeySequence::Italic, &MarkdownEditor::toggleItalic);
    add(tr("List"), tr("Bulleted list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), &MarkdownEditor::makeList);
    add(tr("Heading"), tr("Heading"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &MarkdownEditor::makeHeading);
    add(tr("Link"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownEditor::insertLink);
    m_toolBar->addSeparator();
    m_previewAction =
        add(tr("Preview"), tr("Show or hide the preview"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
            setPreviewVisible(!m_preview->isVisibleTo(this));
        });
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_editor);

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(PreviewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &MarkdownEditor::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_previewDelay->start();
        if (!m_programmatic) {
            Q_EMIT textEdited();
        }
    });
}

MarkdownEditor::~MarkdownEditor() = default;

QString MarkdownEditor::text() const
{
    return m_editor->toPlainText();
}

void MarkdownEditor::setText(const QString &text)
{
    if (text == m_editor->toPlainText()) {
        return;
    }
    m_programmatic = true;
    const int position = m_editor->textCursor().position();
    m_editor->setPlainText(text);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    m_editor->setTextCursor(cursor);
    m_programmatic = false;
    updatePreview();
}

void MarkdownEditor::setPreviewVisible(bool visible)
{
    m_preview->setVisible(visible);
    m_previewAction->setChecked(visible);
    if (visible) {
        updatePreview();
    }
}

void MarkdownEditor::updatePreview()
{
    m_previewDelay->stop();
    if (m_preview->isVisibleTo(this)) {
        m_preview->setMarkdown(m_editor->toPlainText());
    }
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QWidget::changeEvent(event);
}

void MarkdownEditor::applyTheme()
{
    m_highlighter->setTheme(m_repository.themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void MarkdownEditor::wrapSelection(const QString &marker)
{
    QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection()) {
        cursor.select(QTextCursor::WordUnderCursor);
    }
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    if (selected.size() >= 2 * marker.size() && selected.startsWith(marker) && selected.endsWith(marker)) {
        cursor.insertText(selected.mid(marker.size(), selected.size() - 2 * marker.size()));
    } else {
        const int start = cursor.selectionStart();
        cursor.insertText(marker + selected + marker);
        if (selected.isEmpty()) {
            cursor.setPosition(start + int(marker.size()));
        }
    }
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

void MarkdownEditor::prefixLines(const QString &prefix)
{
    QTextCursor cursor = m_editor->textCursor();
    QTextBlock block = m_editor->document()->findBlock(cursor.selectionStart());
    const QTextBlock last = m_editor->document()->findBlock(cursor.selectionEnd());
    cursor.beginEditBlock();
    for (; block.isValid(); block = block.next()) {
        QTextCursor line(block);
        if (block.text().startsWith(prefix)) {
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, int(prefix.size()));
            line.removeSelectedText();
        } else {
            line.insertText(prefix);
        }
        if (block == last) {
            break;
        }
    }
    cursor.endEditBlock();
}

void MarkdownEditor::toggleBold()
{
    wrapSelection(u"**"_s);
}

void MarkdownEditor::toggleItalic()
{
    wrapSelection(u"*"_s);
}

void MarkdownEditor::makeList()
{
    prefixLines(u"- "_s);
}

void MarkdownEditor::makeHeading()
{
    prefixLines(u"### "_s);
}

void MarkdownEditor::insertLink()
{
    QTextCursor cursor = m_editor->textCursor();
    const QString label = cursor.hasSelection() ? cursor.selectedText() : tr("link text");
    const QString address = u"https://"_s;
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(u"[%1](%2)"_s.arg(label, address));
    cursor.endEditBlock();
    // The address is what the user types next.
    const int addressStart = start + int(label.size()) + 3;
    cursor.setPosition(addressStart);
    cursor.setPosition(addressStart + int(address.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

} // namespace Fb
