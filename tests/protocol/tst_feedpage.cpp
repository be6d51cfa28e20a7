#include "feedpage.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fb;

class TestFeedPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void itemsThatCannotBeRead_data();
    void itemsThatCannotBeRead();
    void malformedPage_data();
    void malformedPage();
};

void TestFeedPage::roundTrip()
{
    FeedPage page;
    page.epoch = u"e1"_s;
    page.nextCursor = u"e1:7:abc"_s;
    page.hasMore = true;
    page.organisations = u"v7"_s;
    page.items.append({5, u"upsert"_s, u"a"_s, 3, QJsonObject{{u"id"_s, u"a"_s}, {u"title"_s, u"Ett"_s}}, {}, {}});
    page.items.append({7, u"delete"_s, u"b"_s, 4, {}, {}, {}});
    const auto read = FeedPage::fromJson(page.toJson());
    QVERIFY(read.ok());
    QCOMPARE(read->epoch, page.epoch);
    QCOMPARE(read->nextCursor, page.nextCursor);
    QCOMPARE(read->hasMore, true);
    QCOMPARE(read->organisations, u"v7"_s);
    QCOMPARE(read->items.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const FeedItem &a = read->items.at(i);
        const FeedItem &b = page.items.at(i);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.op, b.op);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.version, b.version);
        QCOMPARE(a.doc, b.doc);
        QCOMPARE(a.unreadable, QString());
    }
    QVERIFY(!page.toJson().value("items"_L1).toArray().at(1).toObject().contains("doc"_L1));
    // From a server before the organisation list: no version, nothing to fetch.
    page.organisations.clear();
    QVERIFY(!page.toJson().contains("organisations"_L1));
    QCOMPARE(FeedPage::fromJson(page.toJson())->organisations, QString());
}

void TestFeedPage::itemsThatCannotBeRead_data()
{
    QTest::addColumn<QJsonValue>("item");
    QTest::addColumn<QString>("reason");
    const QJsonObject doc{{u"id"_s, u"a"_s}};
    QTest::addRow("not an object") << QJsonValue(u"upsert a"_s) << u"not an object"_s;
    QTest::addRow("no id") << QJsonValue(QJsonObject{{u"op"_s, u"upsert"_s}, {u"version"_s, 1}, {u"doc"_s, doc}})
                           << u"no id"_s;
    QTest::addRow("no version") << QJsonValue(QJsonObject{{u"op"_s, u"upsert"_s}, {u"id"_s, u"a"_s}, {u"doc"_s, doc}})
                                << u"no version"_s;
    QTest::addRow("an op of a later version")
        << QJsonValue(QJsonObject{{u"op"_s, u"revoke"_s}, {u"id"_s, u"a"_s}, {u"version"_s, 2}})
        << u"unknown op \"revoke\""_s;
    QTest::addRow("upsert without doc") << QJsonValue(
        QJsonObject{{u"op"_s, u"upsert"_s}, {u"id"_s, u"a"_s}, {u"version"_s, 2}})
                                        << u"no doc"_s;
}

void TestFeedPage::itemsThatCannotBeRead()
{
    QFETCH(QJsonValue, item);
    QFETCH(QString, reason);
    // One odd item does not fail its page: it is marked, and the rest reads as usual.
    const QJsonObject good{{u"op"_s, u"delete"_s}, {u"id"_s, u"b"_s}, {u"version"_s, 3}};
    const auto page = FeedPage::fromJson(
        {{u"items"_s, QJsonArray{item, good}}, {u"next_cursor"_s, u"e:1:x"_s}, {u"epoch"_s, u"e"_s}});
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).unreadable, reason);
    QCOMPARE(page->items.at(1).unreadable, QString());
    QCOMPARE(page->items.at(1).id, u"b"_s);
    // Kept as it came, so that a later program can read it.
    if (item.isObject()) {
        QCOMPARE(page->items.at(0).toJson(), item.toObject());
    }
}

void TestFeedPage::malformedPage_data()
{
    QTest::addColumn<QJsonObject>("page");
    QTest::addRow("no items") << QJsonObject{{u"next_cursor"_s, u"e:1:x"_s}};
    QTest::addRow("items not an array") << QJsonObject{{u"items"_s, u"[]"_s}, {u"next_cursor"_s, u"e:1:x"_s}};
    QTest::addRow("no cursor") << QJsonObject{{u"items"_s, QJsonArray{}}};
}

void TestFeedPage::malformedPage()
{
    QFETCH(QJsonObject, page);
    QCOMPARE(FeedPage::fromJson(page).code(), ErrorCode::ProtocolError);
}

QTEST_GUILESS_MAIN(TestFeedPage)
#include "tst_feedpage.moc"
