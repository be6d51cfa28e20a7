#include "termrepair.h"

#include <QSet>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestTermRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsOf_data();
    void editsOf();
    void editsAreOneAway();
    void editsOfTheHead();
    void distance_data();
    void distance();
    void respell_data();
    void respell();
};

void TestTermRepair::editsOf_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("edit");
    QTest::addRow("a letter left out") << u"nattilsyn"_s << u"nattillsyn"_s;
    QTest::addRow("a letter too many") << u"klubbhuss"_s << u"klubbhus"_s;
    QTest::addRow("a wrong letter") << u"narvaroteem"_s << u"narvaroteam"_s;
    QTest::addRow("two letters swapped") << u"medborgardialgo"_s << u"medborgardialog"_s;
    QTest::addRow("at the start") << u"kolk"_s << u"skolk"_s;
    QTest::addRow("at the end") << u"skol"_s << u"skola"_s;
}

void TestTermRepair::editsOf()
{
    QFETCH(QString, word);
    QFETCH(QString, edit);
    const QStringList edits = TermRepair::editsOf(word);
    QVERIFY(edits.contains(edit));
    QVERIFY(!edits.contains(word));
    QCOMPARE(QSet<QString>(edits.cbegin(), edits.cend()).size(), edits.size());
}

void TestTermRepair::editsAreOneAway()
{
    const QString word = u"skyfall"_s;
    const QStringList edits = TermRepair::editsOf(word);
    // 7 deletions (fewer: "ll" gives one), 6 swaps, 7 × 25 substitutions, 8 × 26 insertions, less
    // the duplicates.
    QVERIFY(edits.size() > 350 && edits.size() < 7 + 6 + 7 * 25 + 8 * 26);
    for (const QString &e : edits) {
        QCOMPARE(TermRepair::distance(word, e, 3), 1);
    }
}

void TestTermRepair::editsOfTheHead()
{
    // Those of the first letters, and those that keep them (which FtsMatcher finds among the
    // index's tokens that begin alike), together are every edit.
    const QString word = u"klubbhus"_s;
    const QStringList all = TermRepair::editsOf(word);
    const QStringList head = TermRepair::editsOf(word, TermRepair::Head);
    QVERIFY(head.size() < all.size() / 2);
    for (const QString &e : all) {
        QVERIFY2(head.contains(e) || e.startsWith(word.left(TermRepair::Head)), qPrintable(e));
    }
}

void TestTermRepair::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::addRow("equal") << u"skola"_s << u"skola"_s << 2 << 0;
    QTest::addRow("a swap is one") << u"dialgo"_s << u"dialog"_s << 2 << 1;
    QTest::addRow("two left out") << u"skyfalsanpasning"_s << u"skyfallsanpassning"_s << 2 << 2;
    QTest::addRow("over max stops at max + 1") << u"skola"_s << u"kommun"_s << 2 << 3;
    QTest::addRow("lengths too far apart") << u"ab"_s << u"abcdef"_s << 2 << 3;
    QTest::addRow("empty") << QString() << u"ab"_s << 2 << 2;
}

void TestTermRepair::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, max);
    QFETCH(int, expected);
    QCOMPARE(TermRepair::distance(a, b, max), expected);
    QCOMPARE(TermRepair::distance(b, a, max), expected);
}

void TestTermRepair::respell_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no diacritics") << u"nattilsyn"_s << u"nattillsyn"_s << u"nattillsyn"_s;
    QTest::addRow("diacritics before the mistake") << u"äldreomsorgn"_s << u"aldreomsorg"_s << u"äldreomsorg"_s;
    QTest::addRow("diacritics before a wrong letter") << u"närvaroteem"_s << u"narvaroteam"_s << u"närvaroteam"_s;
    QTest::addRow("both ends") << u"hemtjästen"_s << u"hemtjansten"_s << u"hemtjänsten"_s;
    QTest::addRow("only diacritics differ") << u"skolfrånvaro"_s << u"skolfranvaro"_s << u"skolfrånvaro"_s;
}

void TestTermRepair::respell()
{
    QFETCH(QString, typed);
    QFETCH(QString, found);
    QFETCH(QString, expected);
    QCOMPARE(TermRepair::respell(typed, found), expected);
}

QTEST_GUILESS_MAIN(TestTermRepair)
#include "tst_termrepair.moc"
