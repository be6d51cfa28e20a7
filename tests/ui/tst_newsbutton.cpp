#include "casestore.h"
#include "fixtures.h"
#include "newsbutton.h"
#include "newsmodel.h"
#include "replicaservice.h"
#include "sqlresult.h"

#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The status bar's "N new" over a real replica: shown while something is unread, opening an item
// asks for its record and marks it read.
class TestNewsButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndMarksRead();
};

void TestNewsButton::opensAndMarksRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"replica.sqlite"_s);
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        for (const char *id : {"q1", "q2"}) {
            QVERIFY(execute(store->database(),
                            u"INSERT INTO news(record_id, kind, detail, title, origin, noted_at) "
                            "VALUES(?, 'answer', 'a', 'Fråga', 'kommun:1081', '2027-01-10T10:00:00Z')"_s,
                            {QString::fromLatin1(id)}));
        }
    }
    ReplicaService replica(Test::vocabularies(), Test::referenceData());
    NewsButton button(replica, Test::vocabularies(), Test::referenceData(), Language::English);
    QVERIFY(button.isHidden());
    replica.open(path, false);
    QTRY_COMPARE_WITH_TIMEOUT(button.model()->unread(), 2, 10000);
    QVERIFY(!button.isHidden());
    QCOMPARE(button.text(), u"2 new"_s);

    button.showList();
    QCOMPARE(button.list()->model()->rowCount(), 2);
    QSignalSpy open(&button, &NewsButton::openRequested);
    const QModelIndex first = button.list()->model()->index(0, 0);
    button.list()->setCurrentIndex(first);
    Q_EMIT button.list()->activated(first);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), u"q2"_s); // newest first
    QTRY_COMPARE_WITH_TIMEOUT(button.model()->unread(), 1, 10000);
    QCOMPARE(button.text(), u"1 new"_s);
    QCOMPARE(button.model()->rowCount(), 2); // the read one stays in the list
}

QTEST_MAIN(TestNewsButton)
#include "tst_newsbutton.moc"
