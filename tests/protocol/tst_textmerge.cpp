#include "textmerge.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestTextMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsIntoBlocks_data();
    void splitsIntoBlocks();
    void blocksJoinBackExactly_data();
    void blocksJoinBackExactly();
    void merges_data();
    void merges();
    void staysWithinBounds_data();
    void staysWithinBounds();
};

void TestTextMerge::splitsIntoBlocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("paragraphs") << u"Rad ett\nrad två\n\nAndra stycket\n"_s
                                << QStringList{u"Rad ett\nrad två\n\n"_s, u"Andra stycket\n"_s};
    QTest::newRow("list items each a block")
        << u"Inledning:\n- ett\n- två\n  fortsätter\n* tre\n+ fyra\n1. fem\n12) sex\n"_s
        << QStringList{u"Inledning:\n"_s,
                       u"- ett\n"_s,
                       u"- två\n  fortsätter\n"_s,
                       u"* tre\n"_s,
                       u"+ fyra\n"_s,
                       u"1. fem\n"_s,
                       u"12) sex\n"_s};
    QTest::newRow("fenced code is one block")
        << u"Före\n\n```cpp\nint a;\n\n# inte en rubrik\n- inte en punkt\n```\nEfter"_s
        << QStringList{u"Före\n\n"_s, u"```cpp\nint a;\n\n# inte en rubrik\n- inte en punkt\n```\n"_s, u"Efter"_s};
    QTest::newRow("tilde fence, longer closing fence")
        << u"~~~\na\n\nb\n~~~~\n"_s << QStringList{u"~~~\na\n\nb\n~~~~\n"_s};
    QTest::newRow("unclosed fence runs to the end")
        << u"A\n\n```\nkod\n\nmer\n"_s << QStringList{u"A\n\n"_s, u"```\nkod\n\nmer\n"_s};
    QTest::newRow("headings are their own block")
        << u"# Rubrik\nText direkt under\n## Under\n#hashtag är text\n"_s
        << QStringList{u"# Rubrik\n"_s, u"Text direkt under\n"_s, u"## Under\n"_s, u"#hashtag är text\n"_s};
    QTest::newRow("leading blank lines") << u"\n  \nA\n\n\n"_s << QStringList{u"\n  \n"_s, u"A\n\n\n"_s};
    QTest::newRow("only blank lines") << u"\n\n"_s << QStringList{u"\n\n"_s};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("CRLF") << u"A\r\nB\r\n\r\nC\r\n"_s << QStringList{u"A\r\nB\r\n\r\n"_s, u"C\r\n"_s};
    QTest::newRow("whitespace-only line separates") << u"A\n \t\nB"_s << QStringList{u"A\n \t\n"_s, u"B"_s};
}

void TestTextMerge::splitsIntoBlocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, blocks);
    QCOMPARE(TextMerge::splitBlocks(text), blocks);
}

void TestTextMerge::blocksJoinBackExactly_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("no trailing newline") << u"A\n\nB"_s;
    QTest::newRow("many trailing newlines") << u"A\n\nB\n\n\n\n"_s;
    QTest::newRow("odd spacing") << u"\n \nA  \nb\n\n\n\n- x\n-y\n   \n\t\n```\n\n```\n\n\n# H\n"_s;
    QTest::newRow("CRLF and lone CR") << u"A\r\n\r\nB\rC\r\n\r\n\r\n- d\r\n"_s;
    QTest::newRow("just spaces") << u"   "_s;
}

void TestTextMerge::blocksJoinBackExactly()
{
    QFETCH(QString, text);
    QCOMPARE(TextMerge::splitBlocks(text).join(QString()), text);
    // An edit elsewhere keeps every untouched byte, whitespace included.
    const QString local = u"Ny första rad\n\n"_s + text;
    const QString remote = text + u"\n\nSist"_s;
    const auto merged = TextMerge::merge3(text, local, remote);
    if (merged) {
        QCOMPARE(*merged, u"Ny första rad\n\n"_s + text + u"\n\nSist"_s);
    }
}

void TestTextMerge::merges_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<bool>("clean");
    QTest::addColumn<QString>("expected");

    const QString abcde = u"A\n\nB\n\nC\n\nD\n\nE\n"_s;

    QTest::newRow("disjoint paragraph edits") << abcde << u"A1\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB\n\nC1\n\nD\n\nE\n"_s
                                              << true << u"A1\n\nB\n\nC1\n\nD\n\nE\n"_s;
    QTest::newRow("adjacent edits conflict")
        << abcde << u"A1\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB1\n\nC\n\nD\n\nE\n"_s << false << QString();
    QTest::newRow("overlapping edits conflict")
        << abcde << u"A\n\nB1\n\nC1\n\nD\n\nE\n"_s << u"A\n\nB\n\nC2\n\nD\n\nE\n"_s << false << QString();
    QTest::newRow("same edit on both sides taken once")
        << abcde << u"X\n\nB\n\nC\n\nD1\n\nE\n"_s << u"X\n\nB\n\nC\n\nD\n\nE\n"_s << true
        << u"X\n\nB\n\nC\n\nD1\n\nE\n"_s;
    QTest::newRow("both sides equal") << abcde << u"A\n\nZ\n"_s << u"A\n\nZ\n"_s << true << u"A\n\nZ\n"_s;
    QTest::newRow("insert at the same place conflicts")
        << abcde << u"A\n\nP\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nQ\n\nB\n\nC\n\nD\n\nE\n"_s << false << QString();
    QTest::newRow("same insert at the same place taken once")
        << abcde << u"A\n\nP\n\nB\n\nC\n\nD\n\nE1\n"_s << u"A\n\nP\n\nB\n\nC\n\nD\n\nE\n"_s << true
        << u"A\n\nP\n\nB\n\nC\n\nD\n\nE1\n"_s;
    QTest::newRow("insert apart from an edit")
        << abcde << u"A\n\nP\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB\n\nC1\n\nD\n\nE\n"_s << true
        << u"A\n\nP\n\nB\n\nC1\n\nD\n\nE\n"_s;
    QTest::newRow("insert touching an edit conflicts")
        << abcde << u"A\n\nP\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB1\n\nC\n\nD\n\nE\n"_s << false << QString();
    QTest::newRow("deletions apart") << abcde << u"B\n\nC\n\nD\n\nE\n"_s << u"A\n\nB\n\nC\n\nD\n"_s << true
                                     << u"B\n\nC\n\nD\n"_s;
    QTest::newRow("same deletion taken once")
        << abcde << u"A1\n\nB\n\nC\n\nE\n"_s << u"A\n\nB\n\nC\n\nE\n"_s << true << u"A1\n\nB\n\nC\n\nE\n"_s;
    QTest::newRow("delete against edit conflicts")
        << abcde << u"A\n\nB\n\nD\n\nE\n"_s << u"A\n\nB\n\nC1\n\nD\n\nE\n"_s << false << QString();
    QTest::newRow("append after a last paragraph without newline")
        << u"A\n\nB\n\nC"_s << u"A\n\nB\n\nC\n\nD"_s << u"A1\n\nB\n\nC"_s << true << u"A1\n\nB\n\nC\n\nD"_s;
    QTest::newRow("both append at the end conflicts")
        << u"A\n\nB\n"_s << u"A\n\nB\n\nC\n"_s << u"A\n\nB\n\nD\n"_s << false << QString();
    QTest::newRow("separators changed both ways conflict")
        << abcde << u"A\n\n\nB\n\nC1\n\nD\n\nE\n"_s << u"A\n\n\n\nB\n\nC\n\nD\n\nE1\n"_s << false << QString();
    QTest::newRow("separator change on one side kept")
        << abcde << u"A\n\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB\n\nC\n\nD\n\nE1\n"_s << true
        << u"A\n\n\nB\n\nC\n\nD\n\nE1\n"_s;
    QTest::newRow("odd spacing kept") << u"\n\nA  \nrad\n\n\n\nB\n   \nC\n\t\nD\n\n\n"_s
                                      << u"\n\nA2  \nrad\n\n\n\nB\n   \nC\n\t\nD\n\n\n"_s
                                      << u"\n\nA  \nrad\n\n\n\nB\n   \nC\n\t\nD2\n\n\n"_s << true
                                      << u"\n\nA2  \nrad\n\n\n\nB\n   \nC\n\t\nD2\n\n\n"_s;
    QTest::newRow("CRLF kept") << u"A\r\n\r\nB\r\n\r\nC\r\n"_s << u"A1\r\n\r\nB\r\n\r\nC\r\n"_s
                               << u"A\r\n\r\nB\r\n\r\nC1\r\n"_s << true << u"A1\r\n\r\nB\r\n\r\nC1\r\n"_s;

    // The duplicate guard: where a change meets equal blocks, refuse even when the hunks are apart.
    QTest::newRow("insert next to a run of equal blocks refuses")
        << u"A\n\nX\n\nX\n\nB\n\nC\n\nD\n"_s << u"A\n\nX\n\nX\n\nX\n\nB\n\nC\n\nD\n"_s
        << u"A\n\nX\n\nX\n\nB\n\nC\n\nD1\n"_s << false << QString();
    QTest::newRow("inserted block equal to its neighbour refuses")
        << abcde << u"A\n\nA\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB\n\nC\n\nD\n\nE1\n"_s << false << QString();
    QTest::newRow("same block added in two places refuses")
        << abcde << u"A\n\nP\n\nB\n\nC\n\nD\n\nE\n"_s << u"A\n\nB\n\nC\n\nD\n\nP\n\nE\n"_s << false << QString();
    QTest::newRow("block added where the other side removed a copy refuses")
        << u"A\n\nP\n\nB\n\nC\n\nD\n"_s << u"A\n\nP\n\nB\n\nC\n\nP\n\nD\n"_s << u"A\n\nB\n\nC\n\nD\n"_s << false
        << QString();

    const QString code = u"Text\n\n```\nx = 1\n\ny = 2\n```\n\nMitt\n\nSlut\n"_s;
    QTest::newRow("edit inside a fence merges with one apart")
        << code << u"Text\n\n```\nx = 1\n\ny = 3\n```\n\nMitt\n\nSlut\n"_s
        << u"Text\n\n```\nx = 1\n\ny = 2\n```\n\nMitt\n\nSlut 2\n"_s << true
        << u"Text\n\n```\nx = 1\n\ny = 3\n```\n\nMitt\n\nSlut 2\n"_s;
    QTest::newRow("two edits inside one fence conflict")
        << code << u"Text\n\n```\nx = 0\n\ny = 2\n```\n\nMitt\n\nSlut\n"_s
        << u"Text\n\n```\nx = 1\n\ny = 3\n```\n\nMitt\n\nSlut\n"_s << false << QString();

    const QString list = u"- ett\n- två\n- tre\n- fyra\n"_s;
    QTest::newRow("list items merge separately")
        << list << u"- ETT\n- två\n- tre\n- fyra\n"_s << u"- ett\n- två\n- tre\n- FYRA\n"_s << true
        << u"- ETT\n- två\n- tre\n- FYRA\n"_s;
    QTest::newRow("neighbouring list items conflict")
        << list << u"- ETT\n- två\n- tre\n- fyra\n"_s << u"- ett\n- TVÅ\n- tre\n- fyra\n"_s << false << QString();
    QTest::newRow("list item added at the end and first edited")
        << list << u"- ett\n- två\n- tre\n- fyra\n- fem\n"_s << u"- ETT\n- två\n- tre\n- fyra\n"_s << true
        << u"- ETT\n- två\n- tre\n- fyra\n- fem\n"_s;

    QTest::newRow("empty base, different texts") << QString() << u"A\n"_s << u"B\n"_s << false << QString();
    QTest::newRow("empty base, one side") << QString() << u"A\n"_s << QString() << true << u"A\n"_s;
    QTest::newRow("one side cleared, other edited")
        << abcde << QString() << u"A\n\nB\n\nC\n\nD\n\nE1\n"_s << false << QString();
}

void TestTextMerge::merges()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(bool, clean);
    QFETCH(QString, expected);

    const auto merged = TextMerge::merge3(base, local, remote);
    QCOMPARE(merged.has_value(), clean);
    if (clean) {
        QCOMPARE(*merged, expected);
    }
    // Which side is local never changes the outcome.
    QCOMPARE(TextMerge::merge3(base, remote, local), merged);
}

void TestTextMerge::staysWithinBounds_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("mustMerge"); // else a refusal is fine too, but never a wrong merge

    // About 1 MB of distinct paragraphs.
    QStringList paragraphs;
    for (int i = 0; paragraphs.size() < 14000; ++i) {
        paragraphs.append(u"Stycke %1 om samverkan mellan kommun och region, med några ord till."_s.arg(i));
    }
    const QString big = paragraphs.join(u"\n\n"_s) + u'\n';
    QVERIFY(big.size() > 1000000 && big.size() <= TextMerge::MaxTextSize);

    const auto editedFirst = [&](qsizetype count, QList<int> at) {
        QStringList p = paragraphs.first(count);
        for (int i : at) {
            p[i] += u" Ändrad."_s;
        }
        return p.join(u"\n\n"_s) + u'\n';
    };
    const auto edited = [&](QList<int> at) {
        return editedFirst(paragraphs.size(), at);
    };
    QTest::newRow("1 MB, edits at both ends") << big << edited({0}) << edited({13999}) << edited({0, 13999}) << true;
    // Every block of the middle must be diffed: 14,000 squared is far past the bound.
    QTest::newRow("1 MB, edits spread out")
        << big << edited({0, 13999}) << edited({7000}) << edited({0, 7000, 13999}) << false;
    // Just under the bound: 1,990 x 1,990 blocks to diff between the first and last one.
    QTest::newRow("largest diff within the bound")
        << editedFirst(1990, {}) << editedFirst(1990, {0, 1989}) << editedFirst(1990, {995})
        << editedFirst(1990, {0, 995, 1989}) << true;
    const QString tail = big.left(100000);
    QTest::newRow("over 1 MiB") << big + tail << edited({0}) + tail << edited({13999}) + tail
                                << edited({0, 13999}) + tail << false;
    const QString run = u"- a\n"_s.repeated(200000);
    QTest::newRow("many equal blocks") << run << u"- b\n"_s + run << run + u"- c\n"_s << u"- b\n"_s + run + u"- c\n"_s
                                       << false;
}

void TestTextMerge::staysWithinBounds()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(QString, expected);
    QFETCH(bool, mustMerge);

    // How long these take is measured in bench/bench_worst_cases, not here.
    const auto merged = TextMerge::merge3(base, local, remote);
    QVERIFY(merged.has_value() || !mustMerge);
    // QVERIFY, not QCOMPARE: a failure should not print a megabyte.
    QVERIFY(!merged || *merged == expected);
}

QTEST_GUILESS_MAIN(TestTextMerge)
#include "tst_textmerge.moc"
