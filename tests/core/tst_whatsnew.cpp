#include "caselabels.h"
#include "casestore.h"
#include "feedapplier.h"
#include "fixtures.h"
#include "replicalogin.h"
#include "syncledger.h"
#include "whatsnew.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// WhatsNew over a real replica, fed by the real FeedApplier: what a sync brings for the user.
class TestWhatsNew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersAdoptionsAndQuestionsOfTheCounty();
    void nothingBeforeTheFirstPullIsComplete();
    void markedReadStaysRead();
    void changesOfWhatIsFollowed();

private:
    // Applies one page with these records (each at version) as the server sends them; the
    // error, empty when it was applied.
    QString receive(const QList<std::pair<CaseRecord, int>> &records, bool hasMore = false);
    static CaseRecord question(const QString &ownerCode, const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
    int m_page = 0;
};

void TestWhatsNew::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    m_store = std::move(store).value();
    QVERIFY(ReplicaLogin(*m_store).save({u"https://bank.example"_s, u"anna"_s, {}, u"redaktor"_s, u"kommun:0461"_s}));
    m_page = 0;
}

void TestWhatsNew::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

CaseRecord TestWhatsNew::question(const QString &ownerCode, const QString &title)
{
    CaseRecord q;
    q.id = CaseRecord::newId();
    q.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    q.title = title;
    q.questionState = u"oppen"_s;
    q.owner = Actor{u"kommun"_s, {}, ownerCode, u"huvudman"_s, {}};
    return q;
}

QString TestWhatsNew::receive(const QList<std::pair<CaseRecord, int>> &records, bool hasMore)
{
    FeedPage page;
    for (const auto &[record, version] : records) {
        FeedItem item;
        item.op = QString::fromLatin1(FeedItem::Upsert);
        item.id = record.id;
        item.version = version;
        item.doc = record.toJsonObject();
        page.items.append(item);
    }
    page.nextCursor = u"c%1"_s.arg(++m_page);
    page.epoch = u"e1"_s;
    page.hasMore = hasMore;
    SyncLedger ledger(*m_store);
    auto applied = FeedApplier(ledger).apply(page);
    return applied ? QString() : errorCodeName(applied.code()) + u' ' + applied.error().detail;
}

void TestWhatsNew::answersAdoptionsAndQuestionsOfTheCounty()
{
    CaseRecord mine = question(u"0461"_s, u"Hur minskar vi ensamheten?"_s);
    CaseRecord ourCase = Test::validCase(CaseRecord::newId());
    ourCase.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    QCOMPARE(receive({{mine, 1}, {ourCase, 1}}), QString()); // the first pull: nothing is new yet
    QVERIFY(WhatsNew::items(*m_store).value().isEmpty());

    // Ronneby answers and takes the case up; Gnesta's own answer is not news to Gnesta.
    mine.answers.insert(CaseRecord::newId(), Answer{ourCase.id, {}, u"kommun:1081"_s, u"bo"_s, {}, {}});
    mine.answers.insert(CaseRecord::newId(), Answer{ourCase.id, {}, u"kommun:0461"_s, u"anna"_s, {}, {}});
    ourCase.adoptions.insert(CaseRecord::newId(),
                             Adoption{u"kommun:1081"_s, {}, u"2026"_s, u"inford"_s, {}, {}, {}, u"bo"_s, {}, {}});
    // Questions of others: from Sörmland (Gnesta's county) news, from Blekinge not.
    const CaseRecord nearby = question(u"0480"_s, u"Hur når vi unga?"_s);
    const CaseRecord far = question(u"1080"_s, u"Hur når vi äldre?"_s);
    QCOMPARE(receive({{mine, 2}, {ourCase, 2}, {nearby, 1}, {far, 1}}), QString());

    const QList<NewsItem> items = WhatsNew::items(*m_store).value();
    QCOMPARE(items.size(), 3);
    QSet<std::pair<int, QString>> seen;
    for (const NewsItem &item : items) {
        seen.insert({int(item.kind), item.recordId});
        QVERIFY(!item.read);
        if (item.kind != NewsItem::Kind::Question) {
            QCOMPARE(item.from, u"kommun:1081"_s);
        }
    }
    QVERIFY(seen.contains({int(NewsItem::Kind::Answer), mine.id}));
    QVERIFY(seen.contains({int(NewsItem::Kind::Adoption), ourCase.id}));
    QVERIFY(seen.contains({int(NewsItem::Kind::Question), nearby.id}));

    // The same versions again (a retried page) note nothing twice; a newer version of an
    // unchanged answer neither.
    QCOMPARE(receive({{mine, 2}, {ourCase, 2}, {nearby, 1}}), QString());
    mine.title = u"Hur minskar vi ofrivillig ensamhet?"_s;
    QCOMPARE(receive({{mine, 3}}), QString());
    QCOMPARE(WhatsNew::items(*m_store)->size(), 3);
}

void TestWhatsNew::nothingBeforeTheFirstPullIsComplete()
{
    CaseRecord mine = question(u"0461"_s, u"Fråga?"_s);
    mine.answers.insert(CaseRecord::newId(), Answer{mine.id, {}, u"kommun:1081"_s, {}, {}, {}});
    QCOMPARE(receive({{mine, 1}}, true), QString()); // more pages follow: still the first pull
    QCOMPARE(receive({{question(u"0480"_s, u"Grannens fråga?"_s), 1}}, false), QString());
    QVERIFY(WhatsNew::items(*m_store, true).value().isEmpty());
    // Without a login there is no organisation to watch for.
    QVERIFY(ReplicaLogin(*m_store).forget());
    mine.answers.insert(CaseRecord::newId(), Answer{mine.id, {}, u"kommun:1082"_s, {}, {}, {}});
    QCOMPARE(receive({{mine, 2}}), QString());
    QVERIFY(WhatsNew::items(*m_store, true).value().isEmpty());
}

void TestWhatsNew::markedReadStaysRead()
{
    CaseRecord mine = question(u"0461"_s, u"Fråga?"_s);
    QCOMPARE(receive({{mine, 1}}), QString());
    for (int v = 2; v <= 4; ++v) {
        mine.answers.insert(CaseRecord::newId(), Answer{mine.id, {}, u"kommun:1081"_s, {}, {}, {}});
        QCOMPARE(receive({{mine, v}}), QString());
    }
    QList<NewsItem> items = WhatsNew::items(*m_store).value();
    QCOMPARE(items.size(), 3);
    QVERIFY(items.first().seq > items.last().seq); // newest first
    QVERIFY(WhatsNew::markRead(*m_store, {items.first().seq}));
    QCOMPARE(WhatsNew::items(*m_store)->size(), 2);
    QCOMPARE(WhatsNew::items(*m_store, true)->size(), 3);
    QVERIFY(WhatsNew::markRead(*m_store, {}));
    QVERIFY(WhatsNew::items(*m_store)->isEmpty());
    QCOMPARE(WhatsNew::items(*m_store, true)->size(), 3);
}

void TestWhatsNew::changesOfWhatIsFollowed()
{
    // Someone else's case, in another county: nothing of it is news until the user follows it.
    CaseRecord theirs = Test::validCase(CaseRecord::newId());
    theirs.title = u"Nattvandring i Ronneby"_s;
    QCOMPARE(receive({{theirs, 1}}), QString());
    theirs.summary = u"Ändrad en gång."_s;
    QCOMPARE(receive({{theirs, 2}}), QString());
    QVERIFY(WhatsNew::items(*m_store, true).value().isEmpty());

    QVERIFY(WhatsNew::setFollowed(*m_store, theirs.id, true));
    QVERIFY(WhatsNew::setFollowed(*m_store, theirs.id, true)); // once is enough
    QCOMPARE(WhatsNew::followed(*m_store).value(), QStringList{theirs.id});
    theirs.summary = u"Ändrad igen."_s;
    theirs.updatedBy = u"bo"_s;
    QCOMPARE(receive({{theirs, 3}}), QString());
    QList<NewsItem> items = WhatsNew::items(*m_store).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, NewsItem::Kind::Change);
    QCOMPARE(items.first().recordId, theirs.id);
    QCOMPARE(items.first().from, u"bo"_s);
    QCOMPARE(NewsItem::kindFromName(NewsItem::kindName(NewsItem::Kind::Change)), NewsItem::Kind::Change);
    const CaseLabels labels(Test::vocabularies(), Test::referenceData(), Language::English);
    QCOMPARE(labels.newsText(items.first()), u"Changed by bo: Nattvandring i Ronneby"_s);

    // The same version again is no change; unfollowed, changes are no news.
    QCOMPARE(receive({{theirs, 3}}), QString());
    QVERIFY(WhatsNew::setFollowed(*m_store, theirs.id, false));
    QVERIFY(WhatsNew::followed(*m_store).value().isEmpty());
    theirs.summary = u"Ändrad en tredje gång."_s;
    QCOMPARE(receive({{theirs, 4}}), QString());
    QCOMPARE(WhatsNew::items(*m_store, true)->size(), 1);
}

QTEST_GUILESS_MAIN(TestWhatsNew)
#include "tst_whatsnew.moc"
