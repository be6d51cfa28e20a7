#include "fixtures.h"
#include "rankingdialog.h"
#include "replicaservice.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Fb;
using namespace Qt::StringLiterals;

// The ranking's debug view over a real replica on the sample bank: the query it became, and the
// first hits in the list's order with their scores, fields and exact spelling.
class TestRankingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void explainsTheFirstHits_data();
    void explainsTheFirstHits();
    void nothingToRank();

private:
    RankingDialog *explain(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_replica;
    std::unique_ptr<RankingDialog> m_dialog;
};

void TestRankingDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(m_dir->filePath(u"replica.sqlite"_s));
    QVERIFY(opened.wait(20000));
}

void TestRankingDialog::cleanup()
{
    m_dialog.reset();
    m_replica.reset();
    m_dir.reset();
}

RankingDialog *TestRankingDialog::explain(const QString &text)
{
    m_dialog = std::make_unique<RankingDialog>(*m_replica, text);
    QSignalSpy explained(m_dialog.get(), &RankingDialog::explained);
    if (!explained.wait(10000)) {
        return nullptr;
    }
    return m_dialog.get();
}

void TestRankingDialog::explainsTheFirstHits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstTitle");
    QTest::addColumn<QString>("firstFields");
    // The sample bank's case about Gnesta: the word is in its title and its text.
    QTest::newRow("title word") << u"gnestamodellen "_s << u"Gnestamodellen"_s << u"title"_s;
    QTest::newRow("without diacritics") << u"aldreomsorgslyftet "_s << u"Äldreomsorgslyftet"_s << u"title"_s;
    // Found only by the recall step: the correction is explained and the hit scored.
    QTest::newRow("a typo") << u"nattilsyn "_s << u"Digital nattillsyn"_s << u"title"_s;
}

void TestRankingDialog::explainsTheFirstHits()
{
    QFETCH(QString, text);
    QFETCH(QString, firstTitle);
    QFETCH(QString, firstFields);
    RankingDialog *dialog = explain(text);
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->hits()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(dialog->query()->text().contains(text.trimmed()), qPrintable(dialog->query()->text()));
    QTreeWidget *hits = dialog->hits();
    QVERIFY(hits->topLevelItemCount() >= 1);
    QVERIFY(hits->topLevelItemCount() <= ExactSpelling::Rows);
    const QTreeWidgetItem *first = hits->topLevelItem(0);
    QCOMPARE(first->text(0), u"1"_s);
    QVERIFY2(first->text(1).startsWith(firstTitle), qPrintable(first->text(1)));
    QVERIFY2(first->text(3).contains(firstFields), qPrintable(first->text(3)));
    // Scores are BM25, higher is better, and the list is in the order the app shows.
    bool ok = false;
    QVERIFY(QLocale().toDouble(first->text(2), &ok) > 0);
    QVERIFY(ok);
    QCOMPARE(dialog->query()->text().contains(u"instead of"_s), text.startsWith(u"nattilsyn"_s));
}

void TestRankingDialog::nothingToRank()
{
    RankingDialog *dialog = explain(u"   "_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->hits()->topLevelItemCount(), 0);
    QVERIFY2(dialog->query()->text().contains(u"nothing to rank"_s), qPrintable(dialog->query()->text()));
}

QTEST_MAIN(TestRankingDialog)
#include "tst_rankingdialog.moc"
