#include "worddiff.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

using Kind = WordDiff::Piece::Kind;

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pieces_data();
    void pieces();
    void piecesGiveBothTextsBack_data();
    void piecesGiveBothTextsBack();
    void largeTextsAreComparedWhole();
};

// A compact form of the pieces: "=same", "-removed", "+added", joined by "|".
static QString render(const QList<WordDiff::Piece> &pieces)
{
    QStringList out;
    for (const WordDiff::Piece &p : pieces) {
        const QChar mark = p.kind == Kind::Same ? u'=' : p.kind == Kind::Added ? u'+' : u'-';
        out.append(mark + p.text);
    }
    return out.join(u'|');
}

void TestWordDiff::pieces_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal") << u"samma text"_s << u"samma text"_s << u"=samma text"_s;
    QTest::newRow("added at end") << u"läxhjälp "_s << u"läxhjälp på biblioteket"_s << u"=läxhjälp |+på biblioteket"_s;
    QTest::newRow("replaced word") << u"en röd bil"_s << u"en blå bil"_s << u"=en |-röd |+blå |=bil"_s;
    QTest::newRow("removed") << u"a b c"_s << u"a c"_s << u"=a |-b |=c"_s;
    QTest::newRow("from empty") << QString() << u"ny"_s << u"+ny"_s;
    QTest::newRow("to empty") << u"gammal"_s << QString() << u"-gammal"_s;
    // Spacing alone is no change of words.
    QTest::newRow("new line after word") << u"ord"_s << u"ord\n"_s << u"=ord\n"_s;
}

void TestWordDiff::pieces()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QCOMPARE(render(WordDiff::diff(from, to)), expected);
}

void TestWordDiff::piecesGiveBothTextsBack_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("sentences") << u"Kommunen ordnar läxhjälp."_s << u"Kommunen ordnar läxhjälp med volontärer."_s;
    QTest::newRow("lists") << u"- ett\n- två\n- tre"_s << u"- ett\n- tre\n- fyra"_s;
    QTest::newRow("unrelated") << u"alfa beta"_s << u"gamma delta epsilon"_s;
}

void TestWordDiff::piecesGiveBothTextsBack()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString a;
    QString b;
    for (const WordDiff::Piece &p : WordDiff::diff(from, to)) {
        if (p.kind != Kind::Added) {
            a += p.text;
        }
        if (p.kind != Kind::Removed) {
            b += p.text;
        }
    }
    // The shared words are taken from the second text, so only the second comes back exactly.
    QCOMPARE(QString(a).simplified(), from.simplified());
    QCOMPARE(b, to);
}

void TestWordDiff::largeTextsAreComparedWhole()
{
    QString big;
    for (int i = 0; i < WordDiff::MaxWords + 1; ++i) {
        big += u"ord "_s;
    }
    const auto pieces = WordDiff::diff(big, big + u"till"_s);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).kind, Kind::Removed);
    QCOMPARE(pieces.at(1).kind, Kind::Added);
    QCOMPARE(WordDiff::diff(big, big).size(), 1);
}

QTEST_APPLESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
