#include "swedishtokenizer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSwedishTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentWordMatchesQuery_data();
    void documentWordMatchesQuery();
    void firstTokenOwnsThePosition();
    void wordsArePositions();
    void compoundTokens_data();
    void compoundTokens();
    void compoundParts_data();
    void compoundParts();
    void searchesThroughFts5();

private:
    // Parts known to these tests, independent of the built-in word list.
    const QSet<QString> m_dictionary =
        SwedishTokenizer::dictionaryFrom({u"äldre omsorg lyft äldreomsorg bostad område skola närvaro"_s});
};

void TestSwedishTokenizer::documentWordMatchesQuery_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<bool>("matches");

    QTest::addRow("compound by its head") << u"Äldreomsorgslyftet"_s << u"äldreomsorg"_s << true << true;
    QTest::addRow("compound by its tail") << u"Äldreomsorgslyftet"_s << u"omsorgslyft"_s << true << true;
    QTest::addRow("compound by its last part") << u"Äldreomsorgslyftet"_s << u"lyftet"_s << false << true;
    QTest::addRow("compound, unaccented") << u"äldreomsorgen"_s << u"aldreomsorg"_s << true << true;
    QTest::addRow("plural finds singular") << u"bostad"_s << u"bostäder"_s << false << true;
    QTest::addRow("definite finds plural") << u"bostäder"_s << u"bostaden"_s << false << true;
    QTest::addRow("singular finds definite") << u"bostaden"_s << u"bostad"_s << false << true;
    QTest::addRow("compound with linking s") << u"bostadsområden"_s << u"område"_s << false << true;
    QTest::addRow("without diacritics") << u"Åre"_s << u"are"_s << false << true;
    QTest::addRow("with diacritics") << u"Are"_s << u"åre"_s << false << true;
    QTest::addRow("acronym in any case") << u"FINSAM"_s << u"Finsam"_s << false << true;
    QTest::addRow("acronym before hyphen") << u"LSS-boende"_s << u"lss"_s << false << true;
    QTest::addRow("accent") << u"idéburet"_s << u"ideburet"_s << false << true;
    QTest::addRow("compound part, inflected") << u"bostadsområdena"_s << u"områden"_s << false << true;
    QTest::addRow("part is not the whole") << u"omsorg"_s << u"äldreomsorg"_s << false << false;
    QTest::addRow("other word") << u"skola"_s << u"skolfrånvaro"_s << false << false;
    QTest::addRow("middle of a word without known parts") << u"strategi"_s << u"rate"_s << true << false;
}

void TestSwedishTokenizer::documentWordMatchesQuery()
{
    QFETCH(QString, document);
    QFETCH(QString, query);
    QFETCH(bool, prefix);
    QFETCH(bool, matches);
    const SwedishTokenizer tokenizer(m_dictionary);
    const auto queryTokens = tokenizer.tokenize(query, SwedishTokenizer::Mode::Query);
    QCOMPARE(queryTokens.size(), 1);
    const QString q = queryTokens.first().text;
    bool found = false;
    for (const auto &t : tokenizer.tokenize(document, SwedishTokenizer::Mode::Document)) {
        found = found || (prefix ? t.text.startsWith(q) : t.text == q);
    }
    QCOMPARE(found, matches);
}

void TestSwedishTokenizer::firstTokenOwnsThePosition()
{
    const SwedishTokenizer tokenizer(m_dictionary);
    const auto tokens = tokenizer.tokenize(u"Äldreomsorgslyftet"_s, SwedishTokenizer::Mode::Document);
    QVERIFY(tokens.size() > 3);
    // The folded word first, so that it is the token FTS5 reports for the position; the spelling
    // with diacritics is not indexed.
    QCOMPARE(tokens.first(), (SwedishTokenizer::Token{u"aldreomsorgslyftet"_s, false}));
    QVERIFY(!tokens.contains(SwedishTokenizer::Token{u"äldreomsorgslyftet"_s, true}));
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        QVERIFY2(tokens.at(i).colocated, qPrintable(tokens.at(i).text));
    }
}

void TestSwedishTokenizer::wordsArePositions()
{
    const SwedishTokenizer tokenizer(m_dictionary);
    qsizetype positions = 0;
    for (const auto &t :
         tokenizer.tokenize(u"Ensamhet bland äldre, i LSS-boende."_s, SwedishTokenizer::Mode::Document)) {
        positions += t.colocated ? 0 : 1;
    }
    QCOMPARE(positions, 6);
}

void TestSwedishTokenizer::compoundTokens_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("two levels")
        << u"aldreomsorgslyftet"_s
        << QStringList{u"aldreomsorg"_s, u"aldre"_s, u"omsorg"_s, u"lyft"_s, u"omsorgslyftet"_s, u"lyftet"_s};
    QTest::addRow("short word is not split") << u"omsorg"_s << QStringList{};
    QTest::addRow("known word alone") << u"aldreomsorg"_s << QStringList{u"aldre"_s, u"omsorg"_s};
}

void TestSwedishTokenizer::compoundTokens()
{
    QFETCH(QString, word);
    QFETCH(QStringList, expected);
    const SwedishTokenizer tokenizer(m_dictionary);
    QStringList actual = tokenizer.compoundTokens(word);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

using Parts = QList<std::pair<qsizetype, qsizetype>>;

void TestSwedishTokenizer::compoundParts_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Parts>("expected");
    QTest::addRow("longest part first, linking s") << u"aldreomsorgslyft"_s << Parts{{0, 11}, {12, 4}};
    QTest::addRow("two words") << u"aldreomsorg"_s << Parts{{0, 5}, {5, 6}};
    QTest::addRow("three words") << u"skolnarvarolyft"_s << Parts{{0, 4}, {4, 7}, {11, 4}};
    QTest::addRow("known parts only") << u"omradesskola"_s << Parts{{0, 6}, {7, 5}};
    QTest::addRow("an unknown rest of a part's length") << u"aldreomsorgsbonus"_s << Parts{{0, 11}, {12, 5}};
    QTest::addRow("a shorter part, then a rest") << u"aldreomsorgxyz"_s << Parts{{0, 5}, {5, 9}};
    QTest::addRow("a rest too short") << u"omsorgxyz"_s << Parts{};
    QTest::addRow("no known head") << u"xyzwomsorg"_s << Parts{};
    QTest::addRow("one word") << u"omsorg"_s << Parts{};
}

void TestSwedishTokenizer::compoundParts()
{
    QFETCH(QString, word);
    QFETCH(Parts, expected);
    QCOMPARE(SwedishTokenizer(m_dictionary).compoundParts(word), expected);
}

void TestSwedishTokenizer::searchesThroughFts5()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QVERIFY(SwedishTokenizer::registerWith(db));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='swedish')"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO t(rowid, body) VALUES(1, 'Äldreomsorgslyftet i Blekinge'), "
                       "(2, 'Nya bostäder i Eslöv'), (3, 'Skolan i Åre')"_s));
        const QList<std::pair<QString, qint64>> cases{{u"aldreomsorg*"_s, 1},
                                                      {u"omsorgslyft*"_s, 1},
                                                      {u"bostaden"_s, 2},
                                                      {u"\"Bostäderna\""_s, 2},
                                                      {u"eslov"_s, 2},
                                                      {u"\"skolan i are\""_s, 3}};
        for (const auto &[match, row] : cases) {
            QVERIFY(q.prepare(u"SELECT rowid FROM t WHERE t MATCH ?"_s));
            q.addBindValue(match);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY2(q.next(), qPrintable(match));
            QCOMPARE(q.value(0).toLongLong(), row);
            QVERIFY2(!q.next(), qPrintable(match));
        }
    }
    QSqlDatabase::removeDatabase(u"fts"_s);
}

QTEST_GUILESS_MAIN(TestSwedishTokenizer)
#include "tst_swedishtokenizer.moc"
