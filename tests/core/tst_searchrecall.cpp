#include "searchrecall.h"

#include <QTest>

Q_DECLARE_METATYPE(Fb::SearchRecall)

using namespace Fb;
using namespace Qt::StringLiterals;

class TestSearchRecall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corrected_data();
    void corrected();
    void highlighted();
    void notes_data();
    void notes();
};

void TestSearchRecall::corrected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one word") << u"nattilsyn i hemtjänsten"_s << u"nattilsyn"_s << u"nattillsyn"_s
                              << u"nattillsyn i hemtjänsten"_s;
    QTest::addRow("in any case") << u"IOP Istället för LOU"_s << u"istället"_s << u"i stället"_s
                                 << u"IOP i stället för LOU"_s;
    QTest::addRow("not inside a longer word") << u"skol skolor"_s << u"skol"_s << u"skola"_s << u"skola skolor"_s;
    QTest::addRow("with filters around it")
        << u"län:Blekinge nattilsyn"_s << u"nattilsyn"_s << u"nattillsyn"_s << u"län:Blekinge nattillsyn"_s;
    QTest::addRow("letters that mean something in a pattern") << u"a.b+ c"_s << u"a.b+"_s << u"ab"_s << u"ab c"_s;
}

void TestSearchRecall::corrected()
{
    QFETCH(QString, text);
    QFETCH(QString, typed);
    QFETCH(QString, found);
    QFETCH(QString, expected);
    SearchRecall recall;
    recall.corrections.append({typed, found});
    QCOMPARE(recall.corrected(text), expected);
}

void TestSearchRecall::highlighted()
{
    SearchRecall recall;
    recall.ignored = {u"hur"_s, u"får"_s};
    recall.missing = {u"qwzx"_s};
    recall.corrections = {{u"nattilsyn"_s, u"nattillsyn"_s}, {u"istället"_s, u"i stället"_s}};
    recall.related = {{u"övervakning"_s, {u"tillsyn"_s, u"Bevakning"_s}}};
    const QStringList
        terms{u"hur"_s, u"far"_s, u"nattilsyn"_s, u"hemtjansten"_s, u"qwzx"_s, u"istallet"_s, u"overvakning"_s};
    QCOMPARE(recall.highlighted(terms),
             (QStringList{u"hemtjansten"_s, u"nattillsyn"_s, u"i stallet"_s, u"tillsyn"_s, u"bevakning"_s}));
    QCOMPARE(SearchRecall().highlighted(terms), terms);
}

void TestSearchRecall::notes_data()
{
    QTest::addColumn<SearchRecall>("recall");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("nothing to say") << SearchRecall() << QStringList();
    SearchRecall most;
    most.kind = SearchRecall::Kind::MostWords;
    most.missing = {u"qwzx"_s, u"zzyq"_s};
    QTest::addRow("most words, two missing") << most
                                             << QStringList{u"No case has all the words – these have most of them."_s,
                                                            u"Not found in any case: qwzx and zzyq"_s};
    SearchRecall corrected;
    corrected.corrections = {{u"nattilsyn"_s, u"nattillsyn"_s}};
    corrected.ignored = {u"hur"_s, u"vi"_s, u"att"_s};
    SearchRecall after;
    after.kind = SearchRecall::Kind::MostWords;
    after.complete = 2;
    QTest::addRow("two with all the words, then most")
        << after << QStringList{u"2 case(s) have all the words; after them, cases with most of them."_s};
    SearchRecall related;
    related.related = {{u"övervakning"_s, {u"tillsyn"_s, u"bevakning"_s}}, {u"värvning"_s, {u"rekrytering"_s}}};
    QTest::addRow("related words of two words")
        << related
        << QStringList{u"No case has “övervakning”; searched for related words: tillsyn and bevakning."_s,
                       u"No case has “värvning”; searched for related words: rekrytering."_s};
    QTest::addRow("corrected, filler words left out")
        << corrected
        << QStringList{u"Searched for “nattillsyn” instead of “nattilsyn”."_s,
                       u"Searched without the small words hur, vi, and att."_s};
}

void TestSearchRecall::notes()
{
    QFETCH(SearchRecall, recall);
    QFETCH(QStringList, expected);
    // No translator is loaded: the English source texts, with an English list.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(recall.notes(), expected);
    QCOMPARE(recall.isEmpty(), expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchRecall)
#include "tst_searchrecall.moc"
