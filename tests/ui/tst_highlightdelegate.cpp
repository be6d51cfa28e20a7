#include "highlightdelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestHighlightDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksOnlyMatchingText();
    void secondLineUnderTheText();

private:
    static QImage render(HighlightDelegate &delegate, QTreeView &view, const QModelIndex &index, bool selected);
};

QImage
TestHighlightDelegate::render(HighlightDelegate &delegate, QTreeView &view, const QModelIndex &index, bool selected)
{
    QImage image(300, 48, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = image.rect();
    option.widget = &view;
    option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    delegate.paint(&painter, option, index);
    return image;
}

void TestHighlightDelegate::marksOnlyMatchingText()
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(u"Äldreomsorgslyftet i Blekinge"_s));
    QTreeView view;
    view.setModel(&model);
    const QModelIndex index = model.index(0, 0);
    HighlightDelegate delegate;

    const QImage plain = render(delegate, view, index, false);
    delegate.setTerms({u"nomatch"_s});
    QCOMPARE(render(delegate, view, index, false), plain); // no hit: drawn exactly as the default
    delegate.setTerms({u"aldreomsorg"_s});
    const QImage marked = render(delegate, view, index, false);
    QVERIFY(marked != plain);
    // The mark uses the palette's highlight colour behind the hit.
    const QColor highlight = view.palette().color(QPalette::Highlight);
    bool found = false;
    for (int x = 0; x < marked.width() && !found; ++x) {
        found = marked.pixelColor(x, marked.height() / 2) == highlight;
    }
    QVERIFY(found);
    // Selected rows keep the selection colours and mark hits in bold only.
    HighlightDelegate none;
    QVERIFY(render(delegate, view, index, true) != render(none, view, index, true));
}

void TestHighlightDelegate::secondLineUnderTheText()
{
    constexpr int SnippetRole = Qt::UserRole + 7;
    QStandardItemModel model;
    auto *item = new QStandardItem(u"Trygg i Blekinge"_s);
    item->setData(u"… fler äldre fick besök …"_s, SnippetRole);
    model.appendRow(item);
    model.appendRow(new QStandardItem(u"Trygg i Blekinge"_s));
    QTreeView view;
    view.setModel(&model);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    HighlightDelegate oneLine;
    HighlightDelegate twoLines;
    twoLines.setSecondLineRole(SnippetRole);
    const QModelIndex with = model.index(0, 0);
    const QModelIndex without = model.index(1, 0);
    // One more line of height only where there is a second line.
    QCOMPARE(twoLines.sizeHint(option, with).height(),
             oneLine.sizeHint(option, with).height() + option.fontMetrics.lineSpacing());
    QCOMPARE(twoLines.sizeHint(option, without), oneLine.sizeHint(option, without));
    QCOMPARE(render(twoLines, view, without, false), render(oneLine, view, without, false));
    // The second line is drawn (the lower half changes) and its hits are marked.
    const QImage plain = render(oneLine, view, with, false);
    const QImage drawn = render(twoLines, view, with, false);
    QVERIFY(drawn != plain);
    QVERIFY(drawn.copy(0, 24, 300, 24) != plain.copy(0, 24, 300, 24));
    twoLines.setTerms({u"aldre"_s});
    const QImage marked = render(twoLines, view, with, false);
    const QColor highlight = view.palette().color(QPalette::Highlight);
    bool found = false;
    for (int x = 0; x < marked.width() && !found; ++x) {
        found = marked.pixelColor(x, 36) == highlight;
    }
    QVERIFY(found);
}

QTEST_MAIN(TestHighlightDelegate)
#include "tst_highlightdelegate.moc"
