#include "markdowneditor.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void highlightsWithKSyntaxHighlighting();
    void themeFollowsThePalette();
    void formatting_data();
    void formatting();
    void previewRendersAndLoadsNothing();
    void programmaticTextIsNotAnEdit();

private:
    static QString source(const QString &name);

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
};

QString TestMarkdownEditor::source(const QString &name)
{
    QFile f(qEnvironmentVariable("FB_SOURCE_DIR") + u"/tests/ui/data/"_s + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestMarkdownEditor::initTestCase()
{
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
}

// Golden: every format run the KF6 Markdown definition applies to the sample, in the fixed
// Breeze Light theme. A change in the definition or in how we use it shows up here.
void TestMarkdownEditor::highlightsWithKSyntaxHighlighting()
{
    MarkdownEditor editor(*m_repository);
    QCOMPARE(editor.highlighter()->definition().name(), u"Markdown"_s);
    editor.highlighter()->setTheme(m_repository->theme(u"Breeze Light"_s));
    editor.setText(source(u"highlight-sample.md"_s));
    editor.highlighter()->rehighlight();
    QStringList runs;
    int line = 1;
    for (QTextBlock b = editor.editor()->document()->begin(); b.isValid(); b = b.next(), ++line) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            runs.append(u"%1:%2 \"%3\" fg=%4%5%6"_s.arg(line)
                            .arg(r.start)
                            .arg(b.text().mid(r.start, r.length))
                            .arg(r.format.foreground().color().name())
                            .arg(r.format.fontWeight() >= QFont::Bold ? u" bold"_s : QString())
                            .arg(r.format.fontItalic() ? u" italic"_s : QString()));
        }
    }
    const QString actual = runs.join(u'\n') + u'\n';
    const QString golden = source(u"highlight-sample.golden"_s);
    if (actual != golden) {
        qWarning().noquote() << "actual formats:\n" << actual;
    }
    QCOMPARE(actual, golden);
}

void TestMarkdownEditor::themeFollowsThePalette()
{
    MarkdownEditor editor(*m_repository);
    QPalette dark;
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    editor.setPalette(dark);
    QCOMPARE(editor.highlighter()->theme().name(), m_repository->themeForPalette(dark).name());
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor.setPalette(light);
    QCOMPARE(editor.highlighter()->theme().name(), m_repository->themeForPalette(light).name());
    QVERIFY(editor.highlighter()->theme().name() != m_repository->themeForPalette(dark).name());
}

void TestMarkdownEditor::formatting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("expected");
    const int ctrl = int(Qt::ControlModifier);
    const int ctrlShift = int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("bold word") << u"ord"_s << int(Qt::Key_B) << ctrl << u"**ord**"_s;
    QTest::newRow("italic word") << u"ord"_s << int(Qt::Key_I) << ctrl << u"*ord*"_s;
    QTest::newRow("list line") << u"punkt"_s << int(Qt::Key_8) << ctrlShift << u"- punkt"_s;
    QTest::newRow("heading line") << u"rubrik"_s << int(Qt::Key_H) << ctrlShift << u"### rubrik"_s;
    QTest::newRow("link") << u"ord"_s << int(Qt::Key_K) << ctrl << u"[ord](https://)"_s;
}

void TestMarkdownEditor::formatting()
{
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, expected);
    MarkdownEditor editor(*m_repository);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.setText(text);
    editor.editor()->selectAll();
    editor.editor()->setFocus();
    QSignalSpy edited(&editor, &MarkdownEditor::textEdited);
    QTest::keyClick(editor.editor(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(editor.text(), expected);
    QVERIFY(!edited.isEmpty());
}

void TestMarkdownEditor::previewRendersAndLoadsNothing()
{
    MarkdownEditor editor(*m_repository);
    editor.show();
    editor.setText(u"## Rubrik\n\n![spårare](https://tracker.example/pixel.png)\n\n**fet**"_s);
    QVERIFY(editor.preview()->toPlainText().contains(u"Rubrik"_s));
    QVERIFY(editor.preview()
                ->loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example/pixel.png"_s))
                .isNull());
    editor.setPreviewVisible(false);
    QVERIFY(!editor.preview()->isVisible());
}

void TestMarkdownEditor::programmaticTextIsNotAnEdit()
{
    MarkdownEditor editor(*m_repository);
    QSignalSpy edited(&editor, &MarkdownEditor::textEdited);
    editor.setText(u"från replikan"_s);
    QCOMPARE(edited.size(), 0);
    QTest::keyClicks(editor.editor(), u"x"_s);
    QCOMPARE(edited.size(), 1);
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
