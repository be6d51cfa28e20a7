#include "fixtures.h"
#include "newsmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestNewsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsTextAndReadMarks();
};

void TestNewsModel::rowsTextAndReadMarks()
{
    NewsModel model(Test::vocabularies(), Test::referenceData(), Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.unread(), 0);
    model.setItems({{2,
                     u"q1"_s,
                     NewsItem::Kind::Answer,
                     u"a1"_s,
                     u"Hur minskar vi ensamheten?"_s,
                     u"kommun:1081"_s,
                     u"2027-01-10T10:00:00Z"_s,
                     false},
                    {1,
                     u"c1"_s,
                     NewsItem::Kind::Adoption,
                     u"a2"_s,
                     u"Gnestamodellen"_s,
                     u"region:10"_s,
                     u"2027-01-09T10:00:00Z"_s,
                     true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unread(), 1);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), u"New answer from Ronneby municipality: Hur minskar vi ensamheten?"_s);
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().startsWith(u"Unread: "_s));
    QCOMPARE(first.data(NewsModel::RecordIdRole).toString(), u"q1"_s);
    QCOMPARE(first.data(NewsModel::SeqRole).toLongLong(), 2);
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data().toString(), u"Region Blekinge has taken up Gnestamodellen"_s);
    QVERIFY(!second.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(second.data(NewsModel::ReadRole).toBool());
}

QTEST_MAIN(TestNewsModel)
#include "tst_newsmodel.moc"
