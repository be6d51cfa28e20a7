#include "caserecord.h"
#include "fixtures.h"
#include "mutationprocessor.h"
#include "postgresfixture.h"
#include "serverstorefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Fb;
using namespace Qt::StringLiterals;

// The server's merge, idempotency and permission rules (docs/sync.md), on both backends.
class TestMutationProcessor : public QObject, protected Test::ServerStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void createThenReadBack();
    void createRejectsInvalidCases_data();
    void createRejectsInvalidCases();
    void disjointEditsBothApply();
    void sameFieldIsAConflict();
    void sameValueIsNoConflict();
    void replayIsAnsweredFromTheLog();
    void reusedIdWithOtherPayloadIsRejected();
    void deleteAfterChangeIsAConflict();
    void editOfDeletedCaseIsAConflict();
    void permissions_data();
    void permissions();
    void ownerOfAnotherTypeStaysWithItsOrganisation();
    void publicCaseIsDeletedOnlyByTheNationalEditor();
    void mutationOfAnotherUserIsNoKeyToItsAnswer();
    void createOverACaseOneMayNotWriteShowsNothing();
    void serverFieldsCannotBeSet_data();
    void serverFieldsCannotBeSet();
    void feedFollowsCommitOrder();
    void questionsAreAnsweredByWhoeverReadsThem();
    void adoptionsAreWrittenByTheAdopter();
    void batchAppliesEachMutationOnItsOwn();
    void batchThatCannotBeCommittedIsSentAgain();

private:
    QJsonObject update(const QString &user, const QString &id, int base, const QJsonObject &set);
    QJsonObject createCase(const QString &user, const QString &id, const QString &ownerCode = u"0461"_s);

    static QJsonObject caseBody(const QString &id, const QString &ownerCode);
};

void TestMutationProcessor::initTestCase_data()
{
    PostgresFixture::addBackendRows();
}

void TestMutationProcessor::initTestCase()
{
    const QString problem = startServerStore();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMutationProcessor::init()
{
    const QString problem = openServerStore(u"fbmut"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMutationProcessor::cleanup()
{
    closeServerStore();
}

QJsonObject TestMutationProcessor::caseBody(const QString &id, const QString &ownerCode)
{
    CaseRecord c;
    c.id = id;
    c.title = u"Gemensam mötesplats"_s;
    c.summary = u"Kommunen och föreningarna driver en mötesplats."_s;
    c.owner = Actor{u"kommun"_s, {}, ownerCode, u"huvudman"_s, {}};
    c.sections = {{u"problem"_s, u"Ensamhet."_s}, {u"solution"_s, u"Mötesplats."_s}};
    c.tags = {u"ensamhet"_s};
    return c.toJsonObject();
}

QJsonObject TestMutationProcessor::createCase(const QString &user, const QString &id, const QString &ownerCode)
{
    return apply(user, {{u"op"_s, u"create"_s}, {u"doc"_s, caseBody(id, ownerCode)}});
}

void TestMutationProcessor::createThenReadBack()
{
    const QString id = newId();
    const QJsonObject r = createCase(u"gnesta"_s, id);
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(r.value("version"_L1).toInt(), 1);
    QCOMPARE(r.value("seq"_L1).toInt(), 1);
    const QJsonObject doc = r.value("doc"_L1).toObject();
    QCOMPARE(doc.value("created_by"_L1).toString(), u"gnesta"_s);
    QCOMPARE(doc.value("updated_at"_L1).toString(), u"2027-01-15T08:00:00Z"_s);
    const StoredCase stored = CaseRepository(*m_store).find(id).value().value();
    QCOMPARE(stored.organisationId, u"kommun:0461"_s);
    QCOMPARE(stored.fieldVersions.value("sections.problem"_L1).toInt(), 1);
    QCOMPARE(stored.body, doc);
    QCOMPARE(CaseRepository(*m_store).revisionCount(id).value(), 1);
    // Creating the same id again never replaces the case: it is a conflict with the case as it is,
    // which the client merges into (a case two clients brought back after a delete).
    const QJsonObject again = createCase(u"gnesta"_s, id);
    QCOMPARE(again.value("status"_L1).toString(), u"conflict"_s);
    QCOMPARE(again.value("version"_L1).toInt(), 1);
    QCOMPARE(again.value("doc"_L1).toObject(), stored.body);
    QCOMPARE(CaseRepository(*m_store).revisionCount(id).value(), 1);
}

void TestMutationProcessor::createRejectsInvalidCases_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addRow("unknown status") << u"status"_s << QJsonValue(u"okänd"_s) << u"unknown_vocabulary_key"_s;
    QTest::addRow("no title") << u"title"_s << QJsonValue(u""_s) << u"missing_field"_s;
    QTest::addRow("title of wrong type") << u"title"_s << QJsonValue(5) << u"wrong_type"_s;
    QTest::addRow("unknown municipality")
        << u"municipalities"_s << QJsonValue(QJsonArray{u"9999"_s}) << u"unknown_municipality"_s;
}

void TestMutationProcessor::createRejectsInvalidCases()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject doc = caseBody(newId(), u"0461"_s);
    doc.insert(field, value);
    const QJsonObject r = apply(u"gnesta"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, doc}});
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("code"_L1).toString(), code);
    QVERIFY2(r.value("field"_L1).toString().startsWith(field), qPrintable(r.value("field"_L1).toString()));
    QCOMPARE(CaseRepository(*m_store).headSeq().value(), 0);
}

void TestMutationProcessor::disjointEditsBothApply()
{
    const QString id = newId();
    QCOMPARE(createCase(u"gnesta"_s, id).value("version"_L1).toInt(), 1);
    // Two officials, both offline from version 1, edit different sections.
    const QJsonObject a = apply(u"gnesta"_s,
                                {{u"op"_s, u"update"_s},
                                 {u"id"_s, id},
                                 {u"base_version"_s, 1},
                                 {u"set"_s, QJsonObject{{u"sections.problem"_s, u"Ensamhet bland äldre."_s}}}});
    const QJsonObject b =
        apply(u"gnesta2"_s,
              {{u"op"_s, u"update"_s},
               {u"id"_s, id},
               {u"base_version"_s, 1},
               {u"set"_s, QJsonObject{{u"sections.results"_s, u"Fler besök."_s}, {u"title"_s, u"Ny titel"_s}}}});
    QCOMPARE(a.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(b.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(b.value("version"_L1).toInt(), 3);
    const QJsonObject doc = b.value("doc"_L1).toObject();
    QCOMPARE(doc.value("sections"_L1).toObject().value("problem"_L1).toString(), u"Ensamhet bland äldre."_s);
    QCOMPARE(doc.value("sections"_L1).toObject().value("results"_L1).toString(), u"Fler besök."_s);
    QCOMPARE(doc.value("title"_L1).toString(), u"Ny titel"_s);
    QCOMPARE(doc.value("updated_by"_L1).toString(), u"gnesta2"_s);
}

void TestMutationProcessor::sameFieldIsAConflict()
{
    const QString id = newId();
    createCase(u"gnesta"_s, id);
    apply(
        u"gnesta"_s,
        {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, 1}, {u"set"_s, QJsonObject{{u"title"_s, u"A"_s}}}});
    const QJsonObject r =
        apply(u"gnesta2"_s,
              {{u"op"_s, u"update"_s},
               {u"id"_s, id},
               {u"base_version"_s, 1},
               {u"set"_s, QJsonObject{{u"title"_s, u"B"_s}, {u"summary"_s, u"Ny sammanfattning."_s}}}});
    QCOMPARE(r.value("status"_L1).toString(), u"conflict"_s);
    QCOMPARE(r.value("paths"_L1).toArray(), QJsonArray{u"title"_s});
    QCOMPARE(r.value("version"_L1).toInt(), 2);
    QCOMPARE(r.value("doc"_L1).toObject().value("title"_L1).toString(), u"A"_s);
    // Atomic: the non-conflicting summary was not written either.
    QCOMPARE(CaseRepository(*m_store).find(id).value()->body.value("summary"_L1).toString(),
             caseBody(id, u"0461"_s).value("summary"_L1).toString());
    // Resent against the current version it applies.
    const QJsonObject again = apply(
        u"gnesta2"_s,
        {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, 2}, {u"set"_s, QJsonObject{{u"title"_s, u"B"_s}}}});
    QCOMPARE(again.value("status"_L1).toString(), u"applied"_s);
}

void TestMutationProcessor::sameValueIsNoConflict()
{
    const QString id = newId();
    createCase(u"gnesta"_s, id);
    apply(
        u"gnesta"_s,
        {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, 1}, {u"set"_s, QJsonObject{{u"title"_s, u"A"_s}}}});
    const QJsonObject r = apply(
        u"gnesta2"_s,
        {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, 1}, {u"set"_s, QJsonObject{{u"title"_s, u"A"_s}}}});
    QCOMPARE(r.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(r.value("version"_L1).toInt(), 2); // nothing to write: no new version
}

void TestMutationProcessor::replayIsAnsweredFromTheLog()
{
    const QString id = newId();
    createCase(u"gnesta"_s, id);
    const QJsonObject mutation{{u"mutation_id"_s, newId()},
                               {u"op"_s, u"update"_s},
                               {u"id"_s, id},
                               {u"base_version"_s, 1},
                               {u"set"_s, QJsonObject{{u"tags"_s, QJsonArray{u"ensamhet"_s, u"äldre"_s}}}}};
    const QJsonObject first = apply(u"gnesta"_s, mutation);
    QCOMPARE(first.value("status"_L1).toString(), u"applied"_s);
    // The response was lost; the client sends the same bytes twice more.
    for (int i = 0; i < 2; ++i) {
        QJsonObject replay = apply(u"gnesta"_s, mutation);
        QCOMPARE(replay.value("status"_L1).toString(), u"duplicate"_s);
        replay.insert(u"status"_s, u"applied"_s);
        QCOMPARE(replay, first);
    }
    QCOMPARE(CaseRepository(*m_store).find(id).value()->version, 2);
    QCOMPARE(CaseRepository(*m_store).revisionCount(id).value(), 2);
    QCOMPARE(CaseRepository(*m_store).changesAfter(0, 100)->size(), 2);
}

void TestMutationProcessor::reusedIdWithOtherPayloadIsRejected()
{
    const QString id = newId();
    const QString mutationId = newId();
    QCOMPARE(apply(u"gnesta"_s,
                   {{u"mutation_id"_s, mutationId}, {u"op"_s, u"create"_s}, {u"doc"_s, caseBody(id, u"0461"_s)}})
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
    const QJsonObject r =
        apply(u"gnesta"_s,
              {{u"mutation_id"_s, mutationId}, {u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, 1}});
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("code"_L1).toString(), u"mutation_id_reused"_s);
    QVERIFY(!CaseRepository(*m_store).find(id).value()->deleted);
}

void TestMutationProcessor::deleteAfterChangeIsAConflict()
{
    const QString id = newId();
    createCase(u"gnesta"_s, id);
    apply(u"gnesta2"_s,
          {{u"op"_s, u"update"_s},
           {u"id"_s, id},
           {u"base_version"_s, 1},
           {u"set"_s, QJsonObject{{u"title"_s, u"Ändrad"_s}}}});
    const QJsonObject r = apply(u"gnesta"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, 1}});
    QCOMPARE(r.value("status"_L1).toString(), u"conflict"_s);
    QCOMPARE(r.value("paths"_L1).toArray(), QJsonArray{u"$delete"_s});
    const QJsonObject ok = apply(u"gnesta"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, 2}});
    QCOMPARE(ok.value("status"_L1).toString(), u"applied"_s);
    QVERIFY(CaseRepository(*m_store).find(id).value()->deleted);
    // The tombstone keeps the last text in history.
    QCOMPARE(CaseRepository(*m_store).revisionCount(id).value(), 3);
}

void TestMutationProcessor::editOfDeletedCaseIsAConflict()
{
    const QString id = newId();
    createCase(u"gnesta"_s, id);
    apply(u"gnesta"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, 1}});
    const QJsonObject r = apply(u"gnesta2"_s,
                                {{u"op"_s, u"update"_s},
                                 {u"id"_s, id},
                                 {u"base_version"_s, 1},
                                 {u"set"_s, QJsonObject{{u"title"_s, u"Ändrad offline"_s}}}});
    QCOMPARE(r.value("status"_L1).toString(), u"conflict"_s);
    QCOMPARE(r.value("paths"_L1).toArray(), QJsonArray{u"$deleted"_s});
}

void TestMutationProcessor::permissions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("ownerCode");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("redaktor, own kommun") << u"gnesta"_s << u"0461"_s << true;
    QTest::addRow("redaktor, other kommun") << u"ronneby"_s << u"0461"_s << false;
    QTest::addRow("samordnare, kommun in own county") << u"sormland"_s << u"0461"_s << true;
    QTest::addRow("samordnare, kommun in other county") << u"blekinge"_s << u"0461"_s << false;
    QTest::addRow("lasare") << u"lasare"_s << u"0461"_s << false;
    QTest::addRow("administrator") << u"admin"_s << u"0461"_s << true;
}

void TestMutationProcessor::permissions()
{
    QFETCH(QString, user);
    QFETCH(QString, ownerCode);
    QFETCH(bool, allowed);
    const QString id = newId();
    const QJsonObject created = createCase(user, id, ownerCode);
    QCOMPARE(created.value("status"_L1).toString(), allowed ? u"applied"_s : u"rejected"_s);
    if (!allowed) {
        QCOMPARE(created.value("code"_L1).toString(), u"forbidden"_s);
        // Edits and deletes of a case someone else may write are refused the same way.
        QCOMPARE(createCase(u"admin"_s, id, ownerCode).value("status"_L1).toString(), u"applied"_s);
        const QJsonObject edit = apply(user,
                                       {{u"op"_s, u"update"_s},
                                        {u"id"_s, id},
                                        {u"base_version"_s, 1},
                                        {u"set"_s, QJsonObject{{u"title"_s, u"Inte min"_s}}}});
        QCOMPARE(edit.value("code"_L1).toString(), u"forbidden"_s);
        QCOMPARE(
            apply(user, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, 1}}).value("code"_L1).toString(),
            u"forbidden"_s);
        QCOMPARE(CaseRepository(*m_store).find(id).value()->version, 1);
    }
    // Nobody may move a case to an organisation they cannot write for.
    if (user == "gnesta"_L1) {
        QJsonObject owner{{u"type"_s, u"kommun"_s}, {u"code"_s, u"1081"_s}, {u"role"_s, u"huvudman"_s}};
        const QJsonObject move = apply(user,
                                       {{u"op"_s, u"update"_s},
                                        {u"id"_s, id},
                                        {u"base_version"_s, 1},
                                        {u"set"_s, QJsonObject{{u"owner"_s, owner}}}});
        QCOMPARE(move.value("code"_L1).toString(), u"forbidden"_s);
        QCOMPARE(move.value("field"_L1).toString(), u"owner"_s);
    }
}

void TestMutationProcessor::ownerOfAnotherTypeStaysWithItsOrganisation()
{
    // Found reading the server: an owner that is no municipality or region was given to the
    // organisation of whoever saved the case last, so the county's samordnare fixing a typo took
    // the case from Gnesta's own editors.
    const QString id = newId();
    QJsonObject doc = caseBody(id, {});
    doc.insert(
        u"owner"_s,
        QJsonObject{{u"type"_s, u"kommunalt_bolag"_s}, {u"name"_s, u"Bostadsbolaget"_s}, {u"role"_s, u"huvudman"_s}});
    const QJsonObject created = apply(u"gnesta"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, doc}});
    QVERIFY2(created.value("status"_L1).toString() == "applied"_L1,
             QJsonDocument(created).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(CaseRepository(*m_store).find(id).value()->organisationId, u"kommun:0461"_s);
    const QJsonObject fixed = apply(u"sormland"_s,
                                    {{u"op"_s, u"update"_s},
                                     {u"id"_s, id},
                                     {u"base_version"_s, 1},
                                     {u"set"_s, QJsonObject{{u"title"_s, u"Rättat av samordnaren"_s}}}});
    QCOMPARE(fixed.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(CaseRepository(*m_store).find(id).value()->organisationId, u"kommun:0461"_s);
    const QJsonObject again = apply(u"gnesta"_s,
                                    {{u"op"_s, u"update"_s},
                                     {u"id"_s, id},
                                     {u"base_version"_s, 2},
                                     {u"set"_s, QJsonObject{{u"summary"_s, u"Gnesta skriver vidare."_s}}}});
    QCOMPARE(again.value("status"_L1).toString(), u"applied"_s);
}

void TestMutationProcessor::publicCaseIsDeletedOnlyByTheNationalEditor()
{
    // Found reading the server: only archived cases were guarded, so any editor of the owning
    // municipality could delete a published case everyone had read and cited.
    CaseRecord c = Test::completeCase(newId());
    c.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    c.reviewState = u"publicerad"_s;
    QCOMPARE(apply(u"admin"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}}).value("status"_L1).toString(),
             u"applied"_s);
    for (const QString &user : {u"gnesta"_s, u"sormland"_s}) {
        const QJsonObject r = apply(user, {{u"op"_s, u"delete"_s}, {u"id"_s, c.id}, {u"base_version"_s, 1}});
        QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(r.value("code"_L1).toString(), u"forbidden"_s);
    }
    QVERIFY(!CaseRepository(*m_store).find(c.id).value()->deleted);
    QCOMPARE(apply(u"admin"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, c.id}, {u"base_version"_s, 1}})
                 .value("status"_L1)
                 .toString(),
             u"applied"_s);
}

void TestMutationProcessor::mutationOfAnotherUserIsNoKeyToItsAnswer()
{
    // Found reading the server: the log answered a replay by anyone, with the case as written.
    const QString id = newId();
    const QJsonObject mutation{{u"mutation_id"_s, newId()},
                               {u"op"_s, u"create"_s},
                               {u"doc"_s, caseBody(id, u"0461"_s)}};
    QCOMPARE(apply(u"gnesta"_s, mutation).value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(apply(u"gnesta"_s, mutation).value("status"_L1).toString(), u"duplicate"_s);
    const QJsonObject stranger = apply(u"ronneby"_s, mutation);
    QCOMPARE(stranger.value("status"_L1).toString(), u"rejected"_s);
    QVERIFY(!stranger.contains("doc"_L1));
}

void TestMutationProcessor::createOverACaseOneMayNotWriteShowsNothing()
{
    // Found reading the server: creating an id that exists answered with the case as it is,
    // whoever asked, so a guessed or leaked id gave away another municipality's draft.
    const QString id = newId();
    QCOMPARE(createCase(u"gnesta"_s, id).value("status"_L1).toString(), u"applied"_s);
    const QJsonObject r = createCase(u"ronneby"_s, id, u"1081"_s);
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("code"_L1).toString(), u"forbidden"_s);
    QVERIFY(!r.contains("doc"_L1));
    QCOMPARE(CaseRepository(*m_store).revisionCount(id).value(), 1);
}

void TestMutationProcessor::serverFieldsCannotBeSet_data()
{
    QTest::addColumn<QString>("path");
    for (const char *p : {"id",
                          "schema",
                          "updated_by",
                          "created_at",
                          "sections",
                          "sections.",
                          "title.x",
                          "Title",
                          "a-b",
                          "review_comments",
                          "review_comments.c1",
                          "record_type",
                          "answers",
                          "adoptions.x1",
                          "review_comments.6F1C2A4E-0B7D-4C1E-9A53-2F8E4D6B7C10"}) {
        QTest::addRow("%s", p) << QString::fromLatin1(p);
    }
}

void TestMutationProcessor::serverFieldsCannotBeSet()
{
    QFETCH(QString, path);
    const QString id = newId();
    createCase(u"gnesta"_s, id);
    const QJsonObject r =
        apply(u"gnesta"_s,
              {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, 1}, {u"set"_s, QJsonObject{{path, u"x"_s}}}});
    QCOMPARE(r.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.value("field"_L1).toString(), path);
}

void TestMutationProcessor::feedFollowsCommitOrder()
{
    const QString a = newId();
    const QString b = newId();
    createCase(u"gnesta"_s, a);
    createCase(u"gnesta"_s, b);
    apply(
        u"gnesta"_s,
        {{u"op"_s, u"update"_s}, {u"id"_s, a}, {u"base_version"_s, 1}, {u"set"_s, QJsonObject{{u"title"_s, u"X"_s}}}});
    apply(u"gnesta"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, b}, {u"base_version"_s, 1}});
    // Rejected and conflicting mutations leave no trace in the feed.
    apply(u"ronneby"_s, {{u"op"_s, u"delete"_s}, {u"id"_s, a}, {u"base_version"_s, 2}});
    const QList<Change> changes = CaseRepository(*m_store).changesAfter(0, 100).value();
    QCOMPARE(changes.size(), 4);
    QStringList ops;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes.at(i).seq, i + 1);
        ops.append(changes.at(i).op);
    }
    QCOMPARE(ops, (QStringList{u"upsert"_s, u"upsert"_s, u"upsert"_s, u"delete"_s}));
    QCOMPARE(CaseRepository(*m_store).changesAfter(2, 100)->size(), 2);
    QCOMPARE(CaseRepository(*m_store).headSeq().value(), 4);
}

QJsonObject TestMutationProcessor::update(const QString &user, const QString &id, int base, const QJsonObject &set)
{
    return apply(user, {{u"op"_s, u"update"_s}, {u"id"_s, id}, {u"base_version"_s, base}, {u"set"_s, set}});
}

void TestMutationProcessor::questionsAreAnsweredByWhoeverReadsThem()
{
    CaseRecord q;
    q.id = newId();
    q.recordType = QString::fromLatin1(CaseRecord::RecordQuestion);
    q.title = u"Hur minskar vi ofrivillig ensamhet bland äldre?"_s;
    q.questionState = u"oppen"_s;
    q.owner = Actor{u"kommun"_s, {}, u"0461"_s, u"huvudman"_s, {}};
    const QJsonObject created = apply(u"gnesta"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, q.toJsonObject()}});
    QCOMPARE(created.value("status"_L1).toString(), u"applied"_s);

    const QString answerId = newId();
    const QString caseId = newId();
    QJsonObject answer{{u"case_id"_s, caseId},
                       {u"note"_s, u"Vi gjorde så här i Ronneby."_s},
                       {u"organisation"_s, u"kommun:1081"_s}};
    // Ronneby may not write Gnesta's question, but answers it in its own name.
    const QJsonObject answered = update(u"ronneby"_s, q.id, 1, {{u"answers."_s + answerId, answer}});
    QVERIFY2(answered.value("status"_L1).toString() == "applied"_L1,
             QJsonDocument(answered).toJson(QJsonDocument::Compact).constData());
    const QJsonObject stored = CaseRepository(*m_store).find(q.id).value()->body;
    const QJsonObject kept = stored.value("answers"_L1).toObject().value(answerId).toObject();
    QCOMPARE(kept.value("author"_L1).toString(), u"ronneby"_s);
    QCOMPARE(kept.value("at"_L1).toString(), u"2027-01-15T08:00:00Z"_s);
    QCOMPARE(kept.value("case_id"_L1).toString(), caseId);

    struct Refused
    {
        const char *user;
        QJsonObject set;
    };

    QJsonObject inGnestasName = answer;
    inGnestasName.insert(u"organisation"_s, u"kommun:0461"_s);
    const Refused refused[]{
        // the question itself stays the asker's
        {"ronneby", {{u"title"_s, u"Ronnebys fråga"_s}}},
        {"ronneby", {{u"question_state"_s, u"besvarad"_s}}},
        // an answer in another organisation's name
        {"ronneby", {{u"answers."_s + newId(), inGnestasName}}},
        // the asker does not rewrite or remove Ronneby's answer
        {"gnesta", {{u"answers."_s + answerId, inGnestasName}}},
        {"gnesta", {{u"answers."_s + answerId, QJsonValue::Null}}},
        // a reader writes nothing
        {"lasare", {{u"answers."_s + newId(), inGnestasName}}},
    };
    for (const Refused &r : refused) {
        const QJsonObject answerOfServer = update(QString::fromLatin1(r.user), q.id, 2, r.set);
        QCOMPARE(answerOfServer.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(answerOfServer.value("code"_L1).toString(), u"forbidden"_s);
    }
    QCOMPARE(CaseRepository(*m_store).find(q.id).value()->version, 2);

    // The asker marks the question answered; Ronneby takes its own answer back.
    QCOMPARE(update(u"gnesta"_s, q.id, 2, {{u"question_state"_s, u"besvarad"_s}}).value("status"_L1).toString(),
             u"applied"_s);
    QCOMPARE(
        update(u"ronneby"_s, q.id, 3, {{u"answers."_s + answerId, QJsonValue::Null}}).value("status"_L1).toString(),
        u"applied"_s);
    const StoredCase last = CaseRepository(*m_store).find(q.id).value().value();
    QCOMPARE(last.body.value("question_state"_L1).toString(), u"besvarad"_s);
    QVERIFY(!last.body.contains("answers"_L1));
    QCOMPARE(last.organisationId, u"kommun:0461"_s);
}

void TestMutationProcessor::adoptionsAreWrittenByTheAdopter()
{
    const QString id = newId();
    QCOMPARE(createCase(u"gnesta"_s, id).value("status"_L1).toString(), u"applied"_s);
    const QString adoptionId = newId();
    const QJsonObject adoption{{u"organisation"_s, u"kommun:1081"_s},
                               {u"name"_s, u"Ronneby kommun"_s},
                               {u"period"_s, u"2026-03"_s},
                               {u"status"_s, u"inford"_s},
                               {u"adaptation"_s, u"Mötesplatsen ligger i biblioteket."_s}};
    // Gnesta's draft is not Ronneby's to read, so not to adopt either.
    const QJsonObject unseen = update(u"ronneby"_s, id, 1, {{u"adoptions."_s + adoptionId, adoption}});
    QCOMPARE(unseen.value("code"_L1).toString(), u"forbidden"_s);
    QVERIFY(!unseen.contains("doc"_L1));

    // Named among the actors, Ronneby reads the case and records that it took it up.
    const QJsonArray actors{QJsonObject{{u"type"_s, u"kommun"_s}, {u"code"_s, u"1081"_s}, {u"role"_s, u"partner"_s}}};
    QCOMPARE(update(u"gnesta"_s, id, 1, {{u"actors"_s, actors}}).value("status"_L1).toString(), u"applied"_s);
    const QJsonObject adopted = update(u"ronneby"_s, id, 2, {{u"adoptions."_s + adoptionId, adoption}});
    QVERIFY2(adopted.value("status"_L1).toString() == "applied"_L1,
             QJsonDocument(adopted).toJson(QJsonDocument::Compact).constData());
    const QJsonObject kept =
        CaseRepository(*m_store).find(id).value()->body.value("adoptions"_L1).toObject().value(adoptionId).toObject();
    QCOMPARE(kept.value("author"_L1).toString(), u"ronneby"_s);
    QCOMPARE(kept.value("status"_L1).toString(), u"inford"_s);

    // Only adoptions: the rest of the case stays Gnesta's; and nobody adopts in another's name.
    QCOMPARE(update(u"ronneby"_s, id, 3, {{u"adoptions."_s + newId(), adoption}, {u"title"_s, u"X"_s}})
                 .value("code"_L1)
                 .toString(),
             u"forbidden"_s);
    QJsonObject asKarlskrona = adoption;
    asKarlskrona.insert(u"organisation"_s, u"kommun:1080"_s);
    QCOMPARE(update(u"ronneby"_s, id, 3, {{u"adoptions."_s + newId(), asKarlskrona}}).value("code"_L1).toString(),
             u"forbidden"_s);
    QCOMPARE(update(u"gnesta"_s, id, 3, {{u"adoptions."_s + adoptionId, QJsonValue::Null}}).value("code"_L1).toString(),
             u"forbidden"_s);
    // An adoption of an organisation the reference data does not know is refused as invalid.
    QJsonObject unknown = adoption;
    unknown.insert(u"organisation"_s, u"kommun:9999"_s);
    QCOMPARE(update(u"admin"_s, id, 3, {{u"adoptions."_s + newId(), unknown}}).value("code"_L1).toString(),
             u"invalid_value"_s);
    QCOMPARE(CaseRepository(*m_store).find(id).value()->version, 3);
}

void TestMutationProcessor::batchAppliesEachMutationOnItsOwn()
{
    // One request, one transaction: a refused mutation in the middle leaves no trace (its
    // savepoint is undone) and takes nothing with it; the feed's numbers have no gap.
    const QString a = newId();
    QJsonObject invalid = caseBody(newId(), u"0461"_s);
    invalid.remove(u"title"_s);
    const QJsonArray results =
        applyBatch(u"gnesta"_s,
                   {QJsonObject{{u"op"_s, u"create"_s}, {u"doc"_s, caseBody(a, u"0461"_s)}},
                    QJsonObject{{u"op"_s, u"create"_s}, {u"doc"_s, invalid}},
                    QJsonObject{{u"op"_s, u"update"_s},
                                {u"id"_s, a},
                                {u"base_version"_s, 1},
                                {u"set"_s, QJsonObject{{u"summary"_s, u"Ändrad i samma begäran."_s}}}},
                    QJsonObject{{u"op"_s, u"update"_s},
                                {u"id"_s, newId()},
                                {u"base_version"_s, 1},
                                {u"set"_s, QJsonObject{{u"summary"_s, u"Finns inte."_s}}}},
                    QJsonObject{{u"op"_s, u"create"_s}, {u"doc"_s, caseBody(a, u"0461"_s)}}});
    QStringList statuses;
    for (const QJsonValue &r : results) {
        statuses.append(r.toObject().value("status"_L1).toString());
    }
    QCOMPARE(statuses, (QStringList{u"applied"_s, u"rejected"_s, u"applied"_s, u"rejected"_s, u"conflict"_s}));
    QCOMPARE(results.at(0).toObject().value("seq"_L1).toInt(), 1);
    QCOMPARE(results.at(2).toObject().value("seq"_L1).toInt(), 2);
    QCOMPARE(results.at(2).toObject().value("version"_L1).toInt(), 2);
    QCOMPARE(CaseRepository(*m_store).revisionCount(a).value(), 2);
    QCOMPARE(CaseRepository(*m_store).headSeq().value(), 2);
    // Each answer is in the log: sent again, the batch is answered from it.
    const QJsonArray resent = applyBatch(u"gnesta"_s,
                                         {QJsonObject{{u"op"_s, u"create"_s},
                                                      {u"doc"_s, caseBody(a, u"0461"_s)},
                                                      {u"mutation_id"_s, results.at(0)["mutation_id"_L1]}}});
    QCOMPARE(resent.at(0).toObject().value("status"_L1).toString(), u"duplicate"_s);
    QCOMPARE(CaseRepository(*m_store).headSeq().value(), 2);
}

void TestMutationProcessor::batchThatCannotBeCommittedIsSentAgain()
{
    const QString a = newId();
    const QJsonArray batch{
        QJsonObject{{u"op"_s, u"create"_s}, {u"doc"_s, caseBody(a, u"0461"_s)}, {u"mutation_id"_s, newId()}},
        QJsonObject{{u"op"_s, u"update"_s},
                    {u"id"_s, a},
                    {u"base_version"_s, 1},
                    {u"set"_s, QJsonObject{{u"summary"_s, u"Ändrad i samma begäran."_s}}},
                    {u"mutation_id"_s, newId()}}};
    // The disk is full at the commit: nothing of the batch is written, and nothing it answered
    // stands (the update was applied only to a case the same batch created).
    m_store->setCommitFault([] {
        return true;
    });
    const QJsonArray failed = applyBatch(u"gnesta"_s, batch);
    m_store->setCommitFault({});
    QCOMPARE(failed.size(), 2);
    for (const QJsonValue &r : failed) {
        QCOMPARE(r.toObject().value("status"_L1).toString(), u"retry"_s);
    }
    QCOMPARE(failed.at(1).toObject().value("mutation_id"_L1), batch.at(1).toObject().value("mutation_id"_L1));
    QVERIFY(!CaseRepository(*m_store).find(a).value().has_value());
    QCOMPARE(CaseRepository(*m_store).headSeq().value(), 0);
    // Sent again, the same mutations apply once.
    const QJsonArray applied = applyBatch(u"gnesta"_s, batch);
    QCOMPARE(applied.at(0).toObject().value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(applied.at(1).toObject().value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(CaseRepository(*m_store).revisionCount(a).value(), 2);
}

QTEST_GUILESS_MAIN(TestMutationProcessor)
#include "tst_mutationprocessor.moc"
