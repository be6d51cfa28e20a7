#include "decisiontextbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// Pages are laid out at this resolution whatever the device, and the painter scales to the
// device (as QTextDocument::print does), so a page breaks the same in a PDF and on any printer.
constexpr int LayoutDpi = 96;
constexpr qreal BasePoints = 10;
constexpr qreal FooterGap = 10; // between the body and the footer's rule, in layout pixels

constexpr QRgb Accent = 0x1f4e79;
constexpr QRgb Ink = 0x1a1a1a;
constexpr QRgb Muted = 0x5a5a5a;
constexpr QRgb Rule = 0xb4c0cf;
constexpr QRgb LabelBackground = 0xeef2f7;

// Never loads a resource: an image or style sheet named by case text could be read from disk
// into the document (and so into a PDF sent to others). Optionally laid out at LayoutDpi.
class SealedDocument : public QTextDocument
{
public:
    void useLayoutResolution()
    {
        const int dotsPerMeter = qRound(LayoutDpi / 0.0254);
        m_resolution.setDotsPerMeterX(dotsPerMeter);
        m_resolution.setDotsPerMeterY(dotsPerMeter);
        documentLayout()->setPaintDevice(&m_resolution);
    }

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }

private:
    QImage m_resolution{1, 1, QImage::Format_RGB32};
};

QTextCharFormat text(qreal points, QRgb colour = Ink, bool bold = false)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setForeground(QColor::fromRgb(colour));
    if (bold) {
        f.setFontWeight(QFont::Bold);
    }
    return f;
}

QTextBlockFormat paragraph(qreal top = 0, qreal bottom = 4)
{
    QTextBlockFormat f;
    f.setTopMargin(top);
    f.setBottomMargin(bottom);
    return f;
}

// Starts a block with these formats: the empty block a table leaves behind, or a new one.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (cursor.block().length() <= 1 && !cursor.currentTable() && !cursor.currentList()
        && cursor.block().previous().isValid()) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
}

void fontFor(QTextDocument &document)
{
    QFont font;
    // Fonts every Linux desktop has, with Swedish letters; others fall back by style.
    font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(BasePoints);
    // Ligatures would reach a PDF's text as one character (U+FB01 for "fi"): copying and
    // searching "finansiering" would fail.
    font.setFeature(QFont::Tag("liga"), 0);
    document.setDefaultFont(font);
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
}

// Images in case Markdown become their address in text: shown, never fetched.
void replaceImages(QTextDocument &document)
{
    struct Image
    {
        int position;
        int length;
        QString text;
    };

    QList<Image> images;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isImageFormat()) {
                const QTextImageFormat image = f.charFormat().toImageFormat();
                const QString alt = image.property(QTextFormat::ImageAltText).toString();
                images.append(
                    {f.position(), f.length(), alt.isEmpty() ? image.name() : alt + u" <"_s + image.name() + u'>'});
            }
        }
    }
    QTextCharFormat plain;
    plain.setFontItalic(true);
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(u'[' + DecisionTextBuilder::tr("image: %1").arg(it->text) + u']', plain);
    }
}

void insertMarkdown(QTextCursor &cursor, const QString &markdown)
{
    SealedDocument part;
    fontFor(part);
    // Without HTML: a tag in case text is shown as the text it is.
    part.setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    replaceImages(part);
    // The importer leaves paragraphs without spacing; a little keeps the section readable.
    for (QTextBlock b = part.begin(); b.isValid(); b = b.next()) {
        if (!b.textList() && b.blockFormat().bottomMargin() < 4) {
            QTextCursor c(b);
            QTextBlockFormat f = b.blockFormat();
            f.setBottomMargin(4);
            c.setBlockFormat(f);
        }
    }
    startBlock(cursor, paragraph(), text(BasePoints));
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&part));
    // A fragment that begins with a list starts a block of its own and leaves the empty one
    // before it: merged into the block above (the heading), it leaves no gap and no format.
    const QTextBlock left = cursor.document()->findBlock(start);
    if (left.length() == 1 && left.next().isValid() && left.previous().isValid()) {
        QTextCursor(left).deletePreviousChar();
    }
}

void insertFact(QTextCursor &cursor, const DecisionOutline::Fact &fact)
{
    startBlock(cursor, paragraph(0, 2), text(BasePoints));
    cursor.insertText(fact.label + u": "_s, text(BasePoints, Ink, true));
    cursor.insertText(fact.value, text(BasePoints));
}

// The documents' tables: thin rules, the page's width.
QTextTableFormat tableFormat(double padding)
{
    QTextTableFormat table;
    table.setBorder(0.75);
    table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    table.setBorderBrush(QColor::fromRgb(Rule));
    table.setBorderCollapse(true);
    table.setCellPadding(padding);
    table.setCellSpacing(0);
    table.setTopMargin(6);
    table.setBottomMargin(6);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return table;
}

void insertFactTable(QTextCursor &cursor, const QList<DecisionOutline::Fact> &facts)
{
    QTextTableFormat table = tableFormat(4);
    table.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 26), QTextLength(QTextLength::PercentageLength, 74)});
    QTextTable *t = cursor.insertTable(int(facts.size()), 2, table);
    QTextTableCellFormat labelCell;
    labelCell.setBackground(QColor::fromRgb(LabelBackground));
    for (int row = 0; row < facts.size(); ++row) {
        const DecisionOutline::Fact &f = facts.at(row);
        QTextTableCell label = t->cellAt(row, 0);
        label.setFormat(labelCell);
        label.firstCursorPosition().insertText(f.label, text(BasePoints - 0.5, Ink, true));
        QTextCursor value = t->cellAt(row, 1).firstCursorPosition();
        value.insertText(f.value, text(BasePoints));
        if (!f.note.isEmpty()) {
            QTextCharFormat note = text(BasePoints - 1.5, Muted);
            note.setFontItalic(true);
            value.insertBlock(QTextBlockFormat(), note);
            value.insertText(f.note, note);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

// Several cases side by side: a header row of their titles, a row per fact, the facts that
// differ marked in their label.
void insertComparison(QTextCursor &cursor, const QStringList &cases, const QList<ComparisonRow> &rows)
{
    QTextTableFormat table = tableFormat(3);
    table.setHeaderRowCount(1); // repeated on every page the table runs onto
    QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 18)};
    for (qsizetype i = 0; i < cases.size(); ++i) {
        widths.append(QTextLength(QTextLength::PercentageLength, 82.0 / double(cases.size())));
    }
    table.setColumnWidthConstraints(widths);
    QTextTable *t = cursor.insertTable(int(rows.size()) + 1, int(cases.size()) + 1, table);
    QTextTableCellFormat labelCell;
    labelCell.setBackground(QColor::fromRgb(LabelBackground));
    const double points = cases.size() > 3 ? BasePoints - 2 : BasePoints - 1;
    for (qsizetype c = 0; c < cases.size(); ++c) {
        QTextTableCell head = t->cellAt(0, int(c) + 1);
        head.setFormat(labelCell);
        head.firstCursorPosition().insertText(cases.at(c), text(points, Ink, true));
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const ComparisonRow &row = rows.at(r);
        QTextTableCell label = t->cellAt(int(r) + 1, 0);
        label.setFormat(labelCell);
        label.firstCursorPosition().insertText(row.differs ? row.label + u" ≠"_s : row.label,
                                               text(points - 0.5, Ink, true));
        for (qsizetype c = 0; c < row.values.size() && c < cases.size(); ++c) {
            t->cellAt(int(r) + 1, int(c) + 1).firstCursorPosition().insertText(row.values.at(c), text(points));
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void insertItems(QTextCursor &cursor, const QStringList &items, const QList<Link> &links)
{
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    QTextList *current = nullptr;
    const auto item = [&] {
        startBlock(cursor, paragraph(0, 2), text(BasePoints));
        if (current) {
            current->add(cursor.block());
        } else {
            current = cursor.createList(list);
        }
    };
    for (const QString &line : items) {
        item();
        cursor.insertText(line, text(BasePoints));
    }
    for (const Link &l : links) {
        item();
        if (!l.title.isEmpty()) {
            cursor.insertText(l.title + u": "_s, text(BasePoints));
        }
        QTextCharFormat address = text(BasePoints, Accent);
        const QUrl url(l.url);
        if (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) {
            address.setAnchor(true);
            address.setAnchorHref(url.toString());
        }
        cursor.insertText(l.url, address);
    }
}

std::unique_ptr<SealedDocument> buildSealed(const DecisionOutline &o)
{
    auto document = std::make_unique<SealedDocument>();
    fontFor(*document);
    document->setMetaInformation(QTextDocument::DocumentTitle, o.title);
    QTextCursor cursor(document.get());

    cursor.setBlockFormat(paragraph(0, 0));
    cursor.insertText(o.bank, text(BasePoints + 3, Accent, true));
    QTextBlockFormat ruled = paragraph(0, 6);
    ruled.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(ruled, text(BasePoints, Muted));
    cursor.insertText(o.kind + u" · "_s + o.date, text(BasePoints, Muted));

    QTextBlockFormat title = paragraph(12, 6);
    title.setHeadingLevel(1);
    cursor.insertBlock(title, text(BasePoints + 10, Ink, true));
    cursor.insertText(o.title, text(BasePoints + 10, Ink, true));

    if (!o.summary.isEmpty()) {
        cursor.insertBlock(paragraph(0, 6), text(BasePoints + 1));
        cursor.insertText(o.summary, text(BasePoints + 1));
    }
    if (!o.facts.isEmpty()) {
        insertFactTable(cursor, o.facts);
    }
    if (!o.compared.isEmpty()) {
        insertComparison(cursor, o.compared, o.comparison);
    }

    for (const DecisionOutline::Section &s : o.sections) {
        QTextBlockFormat heading = paragraph(s.level == 2 ? 10 : 6, 4);
        heading.setHeadingLevel(s.level);
        const double size = s.level == 2 ? BasePoints + 2 : BasePoints + 0.5;
        startBlock(cursor, heading, text(size, Accent, true));
        cursor.insertText(s.heading, text(size, Accent, true));
        if (!s.lead.isEmpty()) {
            startBlock(cursor, paragraph(), text(BasePoints));
            cursor.insertText(s.lead, text(BasePoints));
        }
        for (const DecisionOutline::Fact &f : s.facts) {
            insertFact(cursor, f);
        }
        insertItems(cursor, s.items, s.links);
        if (!s.markdown.isEmpty()) {
            insertMarkdown(cursor, s.markdown);
        }
    }
    return document;
}

// The footer of one page: the bank, the kind of document and its date, and the page number.
std::unique_ptr<SealedDocument> footer(const DecisionOutline &o, int page, int pages)
{
    auto document = std::make_unique<SealedDocument>();
    fontFor(*document);
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(0);
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 75), QTextLength(QTextLength::PercentageLength, 25)});
    QTextCursor cursor(document.get());
    QTextTable *t = cursor.insertTable(1, 2, table);
    const QTextCharFormat small = text(BasePoints - 2, Muted);
    t->cellAt(0, 0).firstCursorPosition().insertText(o.bank + u" · "_s + o.kind + u" · "_s + o.date, small);
    QTextCursor right = t->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat alignRight;
    alignRight.setAlignment(Qt::AlignRight);
    right.setBlockFormat(alignRight);
    right.insertText(DecisionTextBuilder::tr("Page %1 of %2").arg(page).arg(pages), small);
    return document;
}

} // namespace

std::unique_ptr<QTextDocument> DecisionTextBuilder::build(const DecisionOutline &outline)
{
    return buildSealed(outline);
}

Result<void> DecisionTextBuilder::paint(const DecisionOutline &outline, QPagedPaintDevice &device)
{
    const QRectF paper = device.pageLayout().paintRect(QPageLayout::Point);
    const qreal perPoint = LayoutDpi / 72.0;
    const qreal width = paper.width() * perPoint;

    auto body = buildSealed(outline);
    body->useLayoutResolution();
    auto measure = footer(outline, 1, 1);
    measure->useLayoutResolution();
    measure->setTextWidth(width);
    const qreal footerHeight = FooterGap + measure->size().height();
    const qreal bodyHeight = paper.height() * perPoint - footerHeight;
    if (width < 100 || bodyHeight < 100) {
        return Error{ErrorCode::FileWriteFailed, {}, tr("The page is too small.")};
    }
    body->setPageSize(QSizeF(width, bodyHeight));
    const int pages = body->pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error{ErrorCode::FileWriteFailed, {}, tr("The pages could not be drawn.")};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QAbstractTextDocumentLayout::PaintContext context;
    // Paper is white whatever the screen's colours: text black, rules in the document's grey.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Dark, QColor::fromRgb(Rule));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error{ErrorCode::FileWriteFailed, {}, tr("The pages could not be drawn.")};
        }
        painter.save();
        painter.scale(device.logicalDpiX() / qreal(LayoutDpi), device.logicalDpiY() / qreal(LayoutDpi));

        painter.save();
        // The layout only draws lines inside context.clip, and a line drawn outside the page
        // is hidden but still in the PDF's text: the clip stays clear of the next page's first
        // line, which starts exactly at the page's end.
        const QRectF pageRect(0, page * bodyHeight, width, bodyHeight);
        context.clip = pageRect.adjusted(0, 0.5, 0, -0.5);
        painter.translate(0, -page * bodyHeight);
        painter.setClipRect(pageRect);
        body->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.translate(0, bodyHeight + FooterGap / 2);
        painter.setPen(QPen(QColor::fromRgb(Rule), 0.75));
        painter.drawLine(QPointF(0, 0), QPointF(width, 0));
        painter.translate(0, FooterGap / 2);
        auto foot = footer(outline, page + 1, pages);
        foot->useLayoutResolution();
        foot->setTextWidth(width);
        QAbstractTextDocumentLayout::PaintContext footContext;
        footContext.palette = context.palette;
        foot->documentLayout()->draw(&painter, footContext);
        painter.restore();
    }
    if (!painter.end()) {
        return Error{ErrorCode::FileWriteFailed, {}, tr("The pages could not be drawn.")};
    }
    return {};
}

} // namespace Fb
