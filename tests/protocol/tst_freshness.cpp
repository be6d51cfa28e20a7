// When a published case is due to be looked over again, verifying it, and the server's rule for
// the two dates.

#include "caserecord.h"
#include "freshness.h"

#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestFreshness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueDate_data();
    void dueDate();
    void overdueOnlyAfterTheDueDay();
    void verifyIsDueAgainInAYear();
    void publishingVerifies_data();
    void publishingVerifies();
    void verificationCannotBeDatedAhead_data();
    void verificationCannotBeDatedAhead();
};

namespace {

CaseRecord record(const QString &state, const QString &updatedAt, const QString &verified, const QString &due)
{
    CaseRecord c;
    c.reviewState = state;
    c.updatedAt = updatedAt;
    c.lastVerifiedAt = verified;
    c.nextReviewDue = due;
    return c;
}

} // namespace

void TestFreshness::dueDate_data()
{
    QTest::addColumn<CaseRecord>("record");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("the day set") << record(u"publicerad"_s, u"2025-01-10T09:00:00Z"_s, u"2025-03-01"_s, u"2025-09-30"_s)
                                 << QDate(2025, 9, 30);
    QTest::newRow("a year after the verification")
        << record(u"publicerad"_s, u"2025-01-10T09:00:00Z"_s, u"2025-03-01"_s, QString()) << QDate(2026, 3, 1);
    QTest::newRow("a year after the last update")
        << record(u"publicerad"_s, u"2025-01-10T09:00:00Z"_s, QString(), QString()) << QDate(2026, 1, 10);
    QTest::newRow("needing an update is still published")
        << record(u"behover_uppdateras"_s, u"2025-01-10T09:00:00Z"_s, QString(), QString()) << QDate(2026, 1, 10);
    QTest::newRow("a draft is not due") << record(u"utkast"_s, u"2025-01-10T09:00:00Z"_s, QString(), u"2025-09-30"_s)
                                        << QDate();
    QTest::newRow("an archived case is not due")
        << record(u"arkiverad"_s, u"2025-01-10T09:00:00Z"_s, QString(), u"2025-09-30"_s) << QDate();
    CaseRecord question = record(u"publicerad"_s, u"2025-01-10T09:00:00Z"_s, QString(), QString());
    question.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    QTest::newRow("a question is not due") << question << QDate();
}

void TestFreshness::dueDate()
{
    QFETCH(CaseRecord, record);
    QFETCH(QDate, expected);
    QCOMPARE(Freshness::dueDate(record), expected);
}

void TestFreshness::overdueOnlyAfterTheDueDay()
{
    const CaseRecord c = record(u"publicerad"_s, u"2025-01-10T09:00:00Z"_s, QString(), u"2026-05-31"_s);
    QVERIFY(!Freshness::isOverdue(c, QDate(2026, 5, 30)));
    QVERIFY(!Freshness::isOverdue(c, QDate(2026, 5, 31)));
    QVERIFY(Freshness::isOverdue(c, QDate(2026, 6, 1)));
    QVERIFY(
        !Freshness::isOverdue(record(u"utkast"_s, u"2020-01-01T00:00:00Z"_s, QString(), QString()), QDate(2026, 6, 1)));
}

void TestFreshness::verifyIsDueAgainInAYear()
{
    CaseRecord c = record(u"behover_uppdateras"_s, u"2024-01-10T09:00:00Z"_s, u"2024-01-10"_s, u"2025-01-10"_s);
    QVERIFY(Freshness::isOverdue(c, QDate(2026, 2, 28)));
    Freshness::verify(c, QDate(2026, 2, 28));
    QCOMPARE(c.lastVerifiedAt, u"2026-02-28"_s);
    QCOMPARE(c.nextReviewDue, u"2027-02-28"_s);
    QVERIFY(!Freshness::isOverdue(c, QDate(2027, 2, 28)));
    QVERIFY(Freshness::isOverdue(c, QDate(2027, 3, 1)));
}

void TestFreshness::publishingVerifies_data()
{
    QTest::addColumn<QString>("before"); // empty: a new record
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("oldDue"); // next_review_due before
    QTest::addColumn<QString>("due"); // next_review_due the writer sent
    QTest::addColumn<QString>("expectedVerified");
    QTest::addColumn<QString>("expectedDue");

    QTest::newRow("published from review")
        << u"under_granskning"_s << u"publicerad"_s << QString() << QString() << u"2026-12-07"_s << u"2027-12-07"_s;
    QTest::newRow("published when written")
        << QString() << u"publicerad"_s << QString() << QString() << u"2026-12-07"_s << u"2027-12-07"_s;
    QTest::newRow("checked again after needing an update")
        << u"behover_uppdateras"_s << u"publicerad"_s << u"2025-01-10"_s << u"2025-01-10"_s << u"2026-12-07"_s
        << u"2027-12-07"_s;
    QTest::newRow("a due day the writer chose stands")
        << u"under_granskning"_s << u"publicerad"_s << QString() << u"2027-06-30"_s << QString() << u"2027-06-30"_s;
    QTest::newRow("an edit of a published case is not a verification")
        << u"publicerad"_s << u"publicerad"_s << u"2027-01-10"_s << u"2027-01-10"_s << QString() << u"2027-01-10"_s;
    QTest::newRow("a draft is not verified")
        << QString() << u"utkast"_s << QString() << QString() << QString() << QString();
}

void TestFreshness::publishingVerifies()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, oldDue);
    QFETCH(QString, due);
    QFETCH(QString, expectedVerified);
    QFETCH(QString, expectedDue);
    const CaseRecord old = record(before, u"2026-01-01T00:00:00Z"_s, QString(), oldDue);
    CaseRecord next = record(after, u"2026-12-07T10:00:00Z"_s, QString(), due);
    QVERIFY(Freshness::check(before.isEmpty() ? nullptr : &old, next, QDate(2026, 12, 7)));
    QCOMPARE(next.lastVerifiedAt, expectedVerified);
    QCOMPARE(next.nextReviewDue, expectedDue);
}

void TestFreshness::verificationCannotBeDatedAhead_data()
{
    QTest::addColumn<QString>("verified");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("today") << u"2026-12-07"_s << true;
    QTest::newRow("a laptop a day ahead") << u"2026-12-08"_s << true;
    QTest::newRow("two days ahead") << u"2026-12-09"_s << false;
    QTest::newRow("long ago") << u"2020-01-01"_s << true;
}

void TestFreshness::verificationCannotBeDatedAhead()
{
    QFETCH(QString, verified);
    QFETCH(bool, accepted);
    const CaseRecord old = record(u"publicerad"_s, u"2026-01-01T00:00:00Z"_s, u"2026-01-01"_s, u"2027-01-01"_s);
    CaseRecord next = old;
    next.lastVerifiedAt = verified;
    const auto r = Freshness::check(&old, next, QDate(2026, 12, 7));
    QCOMPARE(bool(r), accepted);
    if (!accepted) {
        QCOMPARE(r.error().code, ErrorCode::InvalidDate);
        QCOMPARE(r.error().path, u"last_verified_at"_s);
    }
    // A date already there is not checked again: the server's day may since have moved back.
    CaseRecord unchanged = next;
    QVERIFY(Freshness::check(&next, unchanged, QDate(2026, 12, 7)));
}

QTEST_GUILESS_MAIN(TestFreshness)
#include "tst_freshness.moc"
