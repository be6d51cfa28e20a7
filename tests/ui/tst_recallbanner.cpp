#include "recallbanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestRecallBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWhenEveryWordWasFound();
    void offersTheCorrectedSearch();
    void mostWordsWithoutCorrection();
};

void TestRecallBanner::hiddenWhenEveryWordWasFound()
{
    RecallBanner banner;
    banner.show();
    banner.setRecall({}, u"hemtjänst"_s);
    QVERIFY(banner.isHidden());
}

void TestRecallBanner::offersTheCorrectedSearch()
{
    RecallBanner banner;
    banner.show();
    SearchRecall recall;
    recall.corrections = {{u"nattilsyn"_s, u"nattillsyn"_s}};
    banner.setRecall(recall, u"Nattilsyn & hemtjänst"_s);
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.message(), recall.notes().join(u' '));
    QCOMPARE(banner.suggestion(), u"nattillsyn & hemtjänst"_s);
    auto *button = banner.findChild<QPushButton *>();
    QVERIFY(button && button->isVisible());
    // An ampersand typed is shown, not taken as a keyboard shortcut.
    QCOMPARE(button->text(), u"Did you mean: nattillsyn && hemtjänst?"_s);
    QCOMPARE(button->accessibleName(), u"Did you mean: nattillsyn & hemtjänst?"_s);
    QSignalSpy chosen(&banner, &RecallBanner::suggestionChosen);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), u"nattillsyn & hemtjänst"_s);
}

void TestRecallBanner::mostWordsWithoutCorrection()
{
    RecallBanner banner;
    banner.show();
    SearchRecall recall;
    recall.kind = SearchRecall::Kind::MostWords;
    recall.missing = {u"qwzx"_s};
    banner.setRecall(recall, u"klubbhus qwzx"_s);
    QVERIFY(banner.isVisible());
    QVERIFY(banner.message().contains(u"qwzx"_s));
    QVERIFY(!banner.findChild<QPushButton *>()->isVisible());
    QVERIFY(banner.suggestion().isEmpty());
}

QTEST_MAIN(TestRecallBanner)
#include "tst_recallbanner.moc"
