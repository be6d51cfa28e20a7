// GET /api/v1/cases/ID/history through ServerApi, against the real server over TLS on both
// storage backends: who sees which versions, what each changed, and the values changes replaced.

#include "casehistory.h"
#include "fixtures.h"
#include "serverapi.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Fb;
using namespace Qt::StringLiterals;

class TestHistoryApi : public SyncFixture
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase_data() { PostgresFixture::addBackendRows(); }

    void initTestCase() { setUpTestCase(); }

    void init() { setUp(); }

    void cleanup() { tearDown(); }

    void writerSeesEveryVersionAndWhatWasReplaced();
    void outsiderSeesOnlyWhatWasPublic();
    void draftOfAnotherOrganisationIsNotFound();
    void readerOfTheOrganisationSeesNoReplacedValues();
    void badRequestsAreRefused();

private:
    Result<CaseHistory> history(const QString &id, const QString &user);
    // A draft of Gnesta's in two versions, the second replacing a value that a conflict settled
    // discarded: {id}.
    QString draftInTwoVersions();
};

Result<CaseHistory> TestHistoryApi::history(const QString &id, const QString &user)
{
    Client c = client(u"h"_s + user, user);
    std::optional<Result<CaseHistory>> answer;
    c.api->history(id, [&](Result<CaseHistory> h) {
        answer = std::move(h);
    });
    if (!QTest::qWaitFor(
            [&] {
                return answer.has_value();
            },
            20000)) {
        return Error{ErrorCode::NetworkFailed, u"no answer"_s, {}};
    }
    return *answer;
}

QString TestHistoryApi::draftInTwoVersions()
{
    // Complete, so that it may be published as it is.
    CaseRecord c = Test::completeCase(QUuid::createUuid().toString(QUuid::WithoutBraces));
    c.title = u"Historik"_s;
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    c.summary = u"Först så här."_s;
    if (serverApply({{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}}).value("status"_L1).toString()
        != "applied"_L1) {
        return {};
    }
    const QJsonObject second = serverApply({{u"op"_s, u"update"_s},
                                            {u"id"_s, c.id},
                                            {u"base_version"_s, 1},
                                            {u"set"_s, QJsonObject{{u"summary"_s, u"Sedan så här, med fler ord."_s}}},
                                            {u"discarded"_s,
                                             QJsonArray{QJsonObject{{u"path"_s, u"summary"_s},
                                                                    {u"value"_s, u"Min egen text."_s},
                                                                    {u"reason"_s, u"conflict"_s}}}}},
                                           u"bertil"_s);
    return second.value("status"_L1).toString() == "applied"_L1 ? c.id : QString();
}

void TestHistoryApi::writerSeesEveryVersionAndWhatWasReplaced()
{
    const QString id = draftInTwoVersions();
    QVERIFY(!id.isEmpty());
    const auto h = history(id, u"anna"_s);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : describe(h.error())));
    QCOMPARE(h->caseId, id);
    QCOMPARE(h->hidden, 0);
    QCOMPARE(h->revisions.size(), 2);
    const HistoryRevision &created = h->revisions.at(0);
    QCOMPARE(created.version, 1);
    QVERIFY(created.first);
    QCOMPARE(created.user, u"anna"_s);
    QVERIFY(created.changes.isEmpty());
    const HistoryRevision &edited = h->revisions.at(1);
    QCOMPARE(edited.version, 2);
    QVERIFY(!edited.first);
    QCOMPARE(edited.user, u"bertil"_s);
    QVERIFY(!edited.at.isEmpty());
    QCOMPARE(edited.changes.size(), 1);
    QCOMPARE(edited.changes.first().path, u"summary"_s);
    QCOMPARE(edited.changes.first().before.toString(), u"Först så här."_s);
    QCOMPARE(edited.changes.first().after.toString(), u"Sedan så här, med fler ord."_s);
    QVERIFY(h->discardedShown);
    QCOMPARE(h->discarded.size(), 1);
    QCOMPARE(h->discarded.first().path, u"summary"_s);
    QCOMPARE(h->discarded.first().value.toString(), u"Min egen text."_s);
    QCOMPARE(h->discarded.first().reason, u"conflict"_s);
    QCOMPARE(h->discarded.first().user, u"bertil"_s);
    QCOMPARE(h->discarded.first().version, 2);
}

void TestHistoryApi::outsiderSeesOnlyWhatWasPublic()
{
    const QString id = draftInTwoVersions();
    QVERIFY(!id.isEmpty());
    QCOMPARE(serverMove(id, 2, u"publicerad"_s, u"admin"_s), u"applied"_s);
    QCOMPARE(serverUpdate(id, 3, {{u"summary"_s, u"Publicerad och ändrad."_s}}), u"applied"_s);

    // Cecilia writes for another municipality: the drafts were never hers to read.
    const auto h = history(id, u"cecilia"_s);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : describe(h.error())));
    QCOMPARE(h->hidden, 2);
    QCOMPARE(h->revisions.size(), 2);
    QCOMPARE(h->revisions.at(0).version, 3);
    QVERIFY(h->revisions.at(0).first);
    QVERIFY(h->revisions.at(0).changes.isEmpty()); // nothing of the drafts through the diff
    QCOMPARE(h->revisions.at(1).version, 4);
    QCOMPARE(h->revisions.at(1).changes.size(), 1);
    QCOMPARE(h->revisions.at(1).changes.first().before.toString(), u"Sedan så här, med fler ord."_s);
    QVERIFY(!h->discardedShown);
    QVERIFY(h->discarded.isEmpty());
}

void TestHistoryApi::draftOfAnotherOrganisationIsNotFound()
{
    const QString id = draftInTwoVersions();
    QVERIFY(!id.isEmpty());
    QCOMPARE(history(id, u"cecilia"_s).code(), ErrorCode::NotFound);
    // The same as for a case that does not exist: the id tells nothing.
    QCOMPARE(history(QUuid::createUuid().toString(QUuid::WithoutBraces), u"cecilia"_s).code(), ErrorCode::NotFound);
}

void TestHistoryApi::readerOfTheOrganisationSeesNoReplacedValues()
{
    const QString id = draftInTwoVersions();
    QVERIFY(!id.isEmpty());
    const auto h = history(id, u"lena"_s);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : describe(h.error())));
    QCOMPARE(h->revisions.size(), 2);
    QVERIFY(!h->discardedShown);
    QVERIFY(h->discarded.isEmpty());
    // A samordnare of the county may change it, and sees them.
    const auto s = history(id, u"sara"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : describe(s.error())));
    QVERIFY(s->discardedShown);
    QCOMPARE(s->discarded.size(), 1);
}

void TestHistoryApi::badRequestsAreRefused()
{
    const auto bad = history(u"inte-ett-id"_s, u"anna"_s);
    QCOMPARE(bad.code(), ErrorCode::ServerError);
    QCOMPARE(bad.error().detail, u"invalid_value"_s); // 400
    Client c = client(u"notoken"_s);
    c.api->setToken(QString());
    std::optional<Result<CaseHistory>> answer;
    c.api->history(QUuid::createUuid().toString(QUuid::WithoutBraces), [&](Result<CaseHistory> h) {
        answer = std::move(h);
    });
    QVERIFY(QTest::qWaitFor(
        [&] {
            return answer.has_value();
        },
        20000));
    QCOMPARE(answer->code(), ErrorCode::TokenInvalid);
}

QTEST_MAIN(TestHistoryApi)
#include "tst_historyapi.moc"
