#include "casestore.h"
#include "comparemodel.h"
#include "comparewindow.h"
#include "fixtures.h"
#include "localedits.h"
#include "replicaservice.h"
#include "syncledger.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Fb;
using namespace Qt::StringLiterals;

// Jämför over a real replica read on the ReplicaService's worker.
class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void comparesTheCasesInOrder();
    void aMissingCaseIsSaid();
    void sectionsForTheDocument();

private:
    QStringList m_ids;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaService> m_replica;
};

void TestCompareWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    m_ids.clear();
    {
        auto store = CaseStore::open(path, Test::vocabularies(), Test::referenceData()).value();
        SyncLedger ledger(*store);
        for (const QString &status : {u"i_drift"_s, u"pilot"_s, u"i_drift"_s}) {
            CaseRecord c = Test::validCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
            c.title = u"Fall med status "_s + status + u' ' + QString::number(m_ids.size());
            c.status = status;
            QVERIFY(LocalEdits(ledger).save(c).ok());
            m_ids.append(c.id);
        }
    }
    m_replica = std::make_unique<ReplicaService>(Test::vocabularies(), Test::referenceData());
    QSignalSpy opened(m_replica.get(), &ReplicaService::opened);
    m_replica->open(path, false);
    QVERIFY(opened.wait(10000));
}

void TestCompareWindow::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void TestCompareWindow::comparesTheCasesInOrder()
{
    CompareWindow window(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, nullptr);
    QSignalSpy shown(&window, &CompareWindow::shown);
    // One case is no comparison.
    window.compare(m_ids.mid(0, 1));
    QVERIFY(!shown.wait(300));
    window.compare({m_ids.at(2), m_ids.at(0), m_ids.at(1)});
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().value<Error>().code, ErrorCode::None);
    QVERIFY(window.isVisible());
    CompareModel &model = window.model();
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().endsWith(u" 2"_s));
    QVERIFY(model.headerData(2, Qt::Horizontal).toString().endsWith(u" 1"_s));
    int status = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row).label == u"Status"_s) {
            status = row;
        }
    }
    QVERIFY(status >= 0);
    QVERIFY(model.rowAt(status).differs);
    QCOMPARE(model.data(model.index(status, 2)).toString(), u"Pilot/test"_s);
    QCOMPARE(window.table()->model(), &model);
}

void TestCompareWindow::aMissingCaseIsSaid()
{
    CompareWindow window(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, nullptr);
    QSignalSpy shown(&window, &CompareWindow::shown);
    window.compare({m_ids.at(0), u"00000000-0000-4000-8000-000000000000"_s});
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().value<Error>().code, ErrorCode::NotFound);
    QCOMPARE(window.model().columnCount(), 0);
}

void TestCompareWindow::sectionsForTheDocument()
{
    // What the decision document of the comparison will hold (its writing is tested in
    // tst_decisiondocument and tst_cli): every section can be chosen, the default ones are.
    CompareWindow window(*m_replica, Test::vocabularies(), Test::referenceData(), Language::Swedish, nullptr);
    const QStringList defaults = DecisionDocument::defaultSections();
    QStringList chosen = window.chosenSections();
    std::sort(chosen.begin(), chosen.end());
    QStringList expected = defaults;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(chosen, expected);
    QCOMPARE(window.sectionsMenu()->actions().size(),
             Test::vocabularies().vocabulary(Vocabularies::Section).entries().size());
    for (QAction *a : window.sectionsMenu()->actions()) {
        if (a->data().toString() == u"obstacles"_s) {
            a->setChecked(true);
        }
    }
    QVERIFY(window.chosenSections().contains(u"obstacles"_s));
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
