#include "snippet.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plain_data();
    void plain();
    void excerpt_data();
    void excerpt();
    void excerptIsBounded();
};

void TestSnippet::plain_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::addRow("heading and emphasis")
        << u"## Resultat\n\nFler **äldre** fick _stöd_."_s << u"Resultat Fler äldre fick stöd."_s;
    QTest::addRow("list") << u"- ett\n- två\n> citat"_s << u"ett två citat"_s;
    QTest::addRow("hyphen inside a line stays") << u"LSS-boende och e-tjänst"_s << u"LSS-boende och e-tjänst"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestSnippet::plain()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(Snippet::plain(markdown), expected);
}

void TestSnippet::excerpt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QString>("expected");

    const QString text = u"Kommunen började 2019. Arbetet gällde först skolan och fritiden. Senare kom "
                         "äldreomsorgen med: ensamhet bland äldre minskade, och äldre fick fler besök. "
                         "Till sist utvärderades allt."_s;
    QTest::addRow("short text whole") << u"Ensamhet bland äldre."_s << QStringList{u"aldre"_s} << qsizetype(160)
                                      << u"Ensamhet bland äldre."_s;
    QTest::addRow("no hit: the beginning")
        << text << QStringList{u"klimat"_s} << qsizetype(40) << u"Kommunen började 2019. Arbetet gällde …"_s;
    // Three hits from "äldreomsorgen" on (a prefix of it matches "aldre"), with a few words before.
    QTest::addRow("densest stretch, from a word")
        << text << QStringList{u"ensamhet"_s, u"aldre"_s} << qsizetype(60)
        << u"… Senare kom äldreomsorgen med: ensamhet bland äldre minskade, …"_s;
    QTest::addRow("near the end") << text << QStringList{u"utvarderades"_s} << qsizetype(40)
                                  << u"… fler besök. Till sist utvärderades allt."_s;
}

void TestSnippet::excerpt()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(qsizetype, length);
    QFETCH(QString, expected);
    QCOMPARE(Snippet::excerpt(text, terms, length), expected);
}

void TestSnippet::excerptIsBounded()
{
    QString text;
    for (int i = 0; i < 200; ++i) {
        text += u"ord%1 "_s.arg(i);
    }
    text += u"träff"_s;
    const QString e = Snippet::excerpt(text, {u"traff"_s});
    // The window plus the two ellipses and their spaces at most.
    QVERIFY2(e.size() <= Snippet::DefaultLength + 4, qPrintable(e));
    QVERIFY(e.contains(u"träff"_s));
    QVERIFY(e.startsWith(u"… "_s));
}

QTEST_GUILESS_MAIN(TestSnippet)
#include "tst_snippet.moc"
