#include "listpresets.h"
#include "reviewworkflow.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestListPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drafts_data();
    void drafts();
    void toReviewAndOpenQuestions();
    void publishedNarrowsOnlyByPublication();
};

void TestListPresets::drafts_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<int>("facet");
    QTest::addColumn<QString>("code");
    QTest::addRow("municipality") << u"kommun:0461"_s << int(Facet::Municipality) << u"0461"_s;
    QTest::addRow("region") << u"region:10"_s << int(Facet::Region) << u"10"_s;
    QTest::addRow("agency: every organisation's") << u"myndighet:abc"_s << -1 << QString();
    QTest::addRow("no login") << QString() << -1 << QString();
}

void TestListPresets::drafts()
{
    QFETCH(QString, organisation);
    QFETCH(int, facet);
    QFETCH(QString, code);
    const FacetFilter filter = ListPresets::drafts(organisation);
    const QStringList states = ReviewWorkflow::withAuthors();
    QCOMPARE(filter.values(Facet::ReviewState), QSet<QString>(states.cbegin(), states.cend()));
    // The owner's cases due for review are narrowed to the organisation the same way.
    const FacetFilter toUpdate = ListPresets::toUpdate(organisation);
    QCOMPARE(toUpdate.values(Facet::Freshness), QSet<QString>{u"forfallen"_s});
    QVERIFY(toUpdate.values(Facet::ReviewState).isEmpty());
    for (Facet f : {Facet::Municipality, Facet::Region}) {
        QCOMPARE(filter.values(f), int(f) == facet ? QSet<QString>{code} : QSet<QString>{});
        QCOMPARE(toUpdate.values(f), filter.values(f));
    }
}

void TestListPresets::toReviewAndOpenQuestions()
{
    const QStringList states = ReviewWorkflow::awaitingReview();
    QCOMPARE(ListPresets::toReview().values(Facet::ReviewState), QSet<QString>(states.cbegin(), states.cend()));
    const FacetFilter open = ListPresets::openQuestions();
    QCOMPARE(open.values(Facet::RecordType), QSet<QString>{u"fraga"_s});
    QCOMPARE(open.values(Facet::QuestionState), QSet<QString>{u"oppen"_s});
    QVERIFY(open.values(Facet::ReviewState).isEmpty());
}

void TestListPresets::publishedNarrowsOnlyByPublication()
{
    const FacetFilter filter = ListPresets::published();
    for (int f = 0; f < FacetCount; ++f) {
        QCOMPARE(filter.values(Facet(f)),
                 Facet(f) == Facet::Publication ? QSet<QString>{u"publicerad"_s} : QSet<QString>{});
    }
    // The views a user starts with; anything narrower is their own choice.
    QVERIFY(ListPresets::isStartView(filter));
    QVERIFY(ListPresets::isStartView({}));
    QVERIFY(!ListPresets::isStartView(ListPresets::toReview()));
    FacetFilter narrowed = filter;
    narrowed.values(Facet::Region) = {u"10"_s};
    QVERIFY(!ListPresets::isStartView(narrowed));
}

QTEST_GUILESS_MAIN(TestListPresets)
#include "tst_listpresets.moc"
