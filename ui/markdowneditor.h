#pragma once

#include <QWidget>

class QAction;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Fb {

// One Markdown text of a case: the text highlighted by KSyntaxHighlighting's Markdown definition
// in a theme that follows the palette (light or dark), a small formatting toolbar with the usual
// shortcuts, and a live preview beside it. The preview never loads anything.
class MarkdownEditor : public QWidget
{
    Q_OBJECT

public:
    MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    QString text() const;
    // Shows text without counting it as the user's edit.
    void setText(const QString &text);

    QPlainTextEdit *editor() const { return m_editor; }

    QTextBrowser *preview() const { return m_preview; }

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

    void setPreviewVisible(bool visible);

    // Formatting, as the toolbar does it; on the selection, or on the word or line at the cursor.
    void toggleBold();
    void toggleItalic();
    void makeList();
    void makeHeading();
    void insertLink();

Q_SIGNALS:
    void textEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void wrapSelection(const QString &marker);
    void prefixLines(const QString &prefix);
    void applyTheme();
    void updatePreview();

    KSyntaxHighlighting::Repository &m_repository;
    QToolBar *m_toolBar;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QTimer *m_previewDelay;
    QAction *m_previewAction;
    bool m_programmatic = false;
};

} // namespace Fb
