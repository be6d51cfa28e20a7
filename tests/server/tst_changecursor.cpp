#include "caserepository.h"
#include "changecursor.h"
#include "serverstorefixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The change feed's cursor (docs/sync.md, "The change feed" and "A restored server"), on both
// backends: a cursor names the whole feed up to its place, so a bank restored from an older
// backup is told apart even where it hands out the same cases and versions at the same places.
class TestChangeCursor : public QObject, public Test::ServerStoreFixture
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase_data() { PostgresFixture::addBackendRows(); }

    void initTestCase();
    void init();

    void cleanup() { closeServerStore(); }

    void ownCursorDecodes();
    void sameCaseAndVersionAfterAnotherPastIsRefused();
    void changesBeforeChainsKeepTheirTags();
    void pastTheHeadIsRefused();

private:
    // Writes case id at version through the repository as a mutation does; the change's seq.
    qint64 write(const QString &id, int version, const QString &mutationId);

    QString epoch() const { return m_store->meta(u"epoch"_s).value(); }
};

void TestChangeCursor::initTestCase()
{
    const QString problem = startServerStore();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestChangeCursor::init()
{
    const QString problem = openServerStore(u"fbcursor"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

qint64 TestChangeCursor::write(const QString &id, int version, const QString &mutationId)
{
    qint64 seq = -1;
    CaseRepository cases(*m_store);
    const auto done = m_store->transaction([&]() -> Result<void> {
        auto allocated = cases.allocateSeq();
        if (!allocated) {
            return allocated.error();
        }
        seq = *allocated;
        return cases.write(StoredCase{id, version, false, QJsonObject{{u"title"_s, id}}, {}, u"kommun:0461"_s, 0},
                           seq,
                           mutationId,
                           u"u-anna"_s,
                           0);
    });
    return done ? seq : -1;
}

void TestChangeCursor::ownCursorDecodes()
{
    const qint64 seq = write(u"c1"_s, 1, u"m1"_s);
    QCOMPARE(seq, 1);
    CaseRepository cases(*m_store);
    const QString cursor = ChangeCursor::at(cases, epoch(), seq, u"v"_s).value();
    const auto position = ChangeCursor::decode(cursor, epoch(), cases);
    QVERIFY(position);
    QCOMPARE(position->seq, seq);
    QCOMPARE(position->view, u"v"_s);
}

void TestChangeCursor::sameCaseAndVersionAfterAnotherPastIsRefused()
{
    // The lost bank: c1 v1, then c2 v1 (a client read to here). The restored one: c1 v1 written by
    // another mutation, then c2 v1 again: same case, same version, same place.
    write(u"c1"_s, 1, u"m1"_s);
    write(u"c2"_s, 1, u"m2"_s);
    CaseRepository cases(*m_store);
    const QString read = ChangeCursor::at(cases, epoch(), 2, {}).value();
    QVERIFY(ChangeCursor::decode(read, epoch(), cases));

    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    for (const QString &sql : {u"DELETE FROM changes"_s,
                               u"DELETE FROM case_revisions"_s,
                               u"DELETE FROM cases"_s,
                               u"UPDATE bank_state SET head_seq = 0, head_chain = ''"_s}) {
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    write(u"c1"_s, 1, u"another"_s);
    write(u"c2"_s, 1, u"m2"_s);
    const auto position = ChangeCursor::decode(read, epoch(), cases);
    QVERIFY(!position);
    QCOMPARE(position.code(), ErrorCode::EpochChanged);
    // The bank's own cursor at that place still decodes.
    QVERIFY(ChangeCursor::decode(ChangeCursor::at(cases, epoch(), 2, {}).value(), epoch(), cases));
}

void TestChangeCursor::changesBeforeChainsKeepTheirTags()
{
    // A change written before server schema 7 has no chain: cursors that name it still decode,
    // and one naming another case at its place does not.
    write(u"c1"_s, 1, u"m1"_s);
    CaseRepository cases(*m_store);
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(q.exec(u"UPDATE changes SET chain = ''"_s));
    const QString old = ChangeCursor::at(cases, epoch(), 1, {}).value();
    QVERIFY(ChangeCursor::decode(old, epoch(), cases));
    QVERIFY(q.exec(u"UPDATE changes SET case_id = 'c9'"_s));
    QCOMPARE(ChangeCursor::decode(old, epoch(), cases).code(), ErrorCode::EpochChanged);
}

void TestChangeCursor::pastTheHeadIsRefused()
{
    write(u"c1"_s, 1, u"m1"_s);
    write(u"c1"_s, 2, u"m2"_s);
    CaseRepository cases(*m_store);
    const QString ahead = ChangeCursor::at(cases, epoch(), 2, {}).value();
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(q.exec(u"DELETE FROM changes WHERE seq = 2"_s));
    QVERIFY(q.exec(u"UPDATE bank_state SET head_seq = 1"_s));
    QCOMPARE(ChangeCursor::decode(ahead, epoch(), cases).code(), ErrorCode::EpochChanged);
}

QTEST_GUILESS_MAIN(TestChangeCursor)
#include "tst_changecursor.moc"
