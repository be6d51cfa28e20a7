#include "casestore.h"
#include "conflictdialog.h"
#include "fixtures.h"
#include "outbox.h"
#include "replicaeditor.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Fb;
using namespace Qt::StringLiterals;

// The dialog's three choices, each carried through ReplicaEditor into a real replica: the
// value the case ends with, the value archived, and what the outbox will send.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheThreeVersionsWithWordDifferences();
    void choicesEndInReplicaAndOutbox_data();
    void choicesEndInReplicaAndOutbox();
    void invalidMergedJsonIsRefused();

private:
    InboxItem conflictOnSummary();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
    CaseRecord m_case;
};

void TestConflictDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_dir->filePath(u"replica.sqlite"_s), Test::vocabularies(), Test::referenceData());
    QVERIFY(store);
    m_store = std::move(store).value();
    m_case = Test::validCase();
}

void TestConflictDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// A case the server has at version 2, edited here from version 1 on the same field.
InboxItem TestConflictDialog::conflictOnSummary()
{
    SyncLedger ledger(*m_store);
    CaseRecord base = m_case;
    base.summary = u"Kommunen ordnar läxhjälp."_s;
    CaseRecord mine = base;
    mine.summary = u"Kommunen ordnar läxhjälp på biblioteket."_s;
    const QString theirs = u"Kommunen ordnar läxhjälp med volontärer."_s;
    if (!m_store->put(mine) || !ledger.setBase(mine.id, BaseCopy{1, base.toJsonObject()})
        || !ledger.setState(CaseSyncState{mine.id, 1, false, true, CaseSyncState::Local::Conflict, true})
        || !ledger.addConflict(StoredConflict{mine.id, u"summary"_s, base.summary, mine.summary, theirs, 2, {}})) {
        return {};
    }
    auto items = ReplicaEditor(*m_store).inbox();
    return items && items->size() == 1 ? items->first() : InboxItem{};
}

void TestConflictDialog::showsTheThreeVersionsWithWordDifferences()
{
    const InboxItem item = conflictOnSummary();
    QCOMPARE(item.kind, InboxItem::Kind::Conflict);
    ConflictDialog dialog(item, u"Sammanfattning"_s);
    QCOMPARE(dialog.baseView()->toPlainText(), u"Kommunen ordnar läxhjälp."_s);
    QVERIFY(dialog.mineView()->toPlainText().contains(u"biblioteket"_s));
    QVERIFY(dialog.theirsView()->toPlainText().contains(u"volontärer"_s));
    // The words each side added are marked, the shared ones are not.
    const QString mine = dialog.mineView()->toHtml();
    QVERIFY(mine.contains(u"biblioteket."_s));
    QVERIFY(mine.contains(u"background-color"_s));
    QCOMPARE(dialog.mergedEdit()->toPlainText(), item.conflict.local.toString());
}

void TestConflictDialog::choicesEndInReplicaAndOutbox_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("archived");
    QTest::newRow("keep mine") << u"keepMine"_s << QString() << u"Kommunen ordnar läxhjälp på biblioteket."_s << false;
    QTest::newRow("take theirs") << u"takeTheirs"_s << QString() << u"Kommunen ordnar läxhjälp med volontärer."_s
                                 << true;
    QTest::newRow("merged") << u"useMerged"_s << u"Kommunen ordnar läxhjälp med volontärer på biblioteket."_s
                            << u"Kommunen ordnar läxhjälp med volontärer på biblioteket."_s << true;
}

void TestConflictDialog::choicesEndInReplicaAndOutbox()
{
    QFETCH(QString, button);
    QFETCH(QString, merged);
    QFETCH(QString, expected);
    QFETCH(bool, archived);
    const InboxItem item = conflictOnSummary();
    ConflictDialog dialog(item, u"Sammanfattning"_s);
    if (!merged.isEmpty()) {
        dialog.mergedEdit()->setPlainText(merged);
    }
    dialog.findChild<QPushButton *>(button)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(ReplicaEditor(*m_store).resolve(item.caseId, item.path, dialog.take(), dialog.value()));

    QCOMPARE(m_store->get(item.caseId)->summary, expected);
    SyncLedger ledger(*m_store);
    QCOMPARE(ledger.conflicts(item.caseId)->size(), 0);
    QCOMPARE(ReplicaEditor(*m_store).inbox()->size(), 0);
    // The value not kept waits for the server's archive.
    const QJsonArray discarded = *ledger.unsentDiscarded(item.caseId);
    QCOMPARE(discarded.size(), archived ? 1 : 0);
    if (archived) {
        QCOMPARE(discarded.first()["value"_L1].toString(), u"Kommunen ordnar läxhjälp på biblioteket."_s);
    }
    // The resolution goes out as an ordinary update from the base version.
    Outbox outbox(ledger);
    QCOMPARE(*outbox.freeze(), 1);
    const auto batch = *outbox.nextBatch();
    QCOMPARE(batch.size(), 1);
    const QJsonObject mutation = QJsonDocument::fromJson(batch.first().payload).object();
    QCOMPARE(mutation["op"_L1].toString(), u"update"_s);
    QCOMPARE(mutation["base_version"_L1].toInt(), 1);
    QCOMPARE(mutation["set"_L1].toObject()["summary"_L1].toString(), expected);
}

void TestConflictDialog::invalidMergedJsonIsRefused()
{
    SyncLedger ledger(*m_store);
    QVERIFY(m_store->put(m_case));
    QVERIFY(ledger.setState(CaseSyncState{m_case.id, 1, false, true, CaseSyncState::Local::Conflict, true}));
    QVERIFY(ledger.addConflict(StoredConflict{m_case.id,
                                              u"policy_areas"_s,
                                              QJsonArray{u"skola"_s},
                                              QJsonArray{u"skola"_s, u"kultur"_s},
                                              QJsonArray{},
                                              2,
                                              {}}));
    const InboxItem item = ReplicaEditor(*m_store).inbox()->first();
    ConflictDialog dialog(item, u"policy_areas"_s);
    dialog.mergedEdit()->setPlainText(u"[\"skola\","_s);
    QVERIFY(dialog.value().isUndefined());
    dialog.mergedEdit()->setPlainText(u"[\"kultur\"]"_s);
    QCOMPARE(dialog.value(), QJsonValue(QJsonArray{u"kultur"_s}));
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
