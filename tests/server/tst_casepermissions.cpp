#include "blobrepository.h"
#include "casepermissions.h"
#include "caserecord.h"
#include "caserepository.h"
#include "fixtures.h"
#include "serverstorefixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The permission matrix (docs/server.md, "Who sees what"), tested whole: every owner type, for a
// municipality and a region inside and outside a county, against every kind of user, for create,
// update (the title, then the other groups of fields and an attachment together), delete, read
// and the case's attached file, through the real MutationProcessor and CasePermissions on both
// backends. Review moves and comments per role: tst_reviewpolicy.
// What each cell should be is worked out below from the table in the docs, not from the server.
class TestCasePermissions : public QObject, public Test::ServerStoreFixture
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase_data() { PostgresFixture::addBackendRows(); }

    void initTestCase();
    void init();

    void cleanup() { closeServerStore(); }

    void matrix_data();
    void matrix();
    void publishedIsReadByEveryone();
    void blobsAreUsedByHoldersAndReaders();

private:
    struct Owner
    {
        QString type;
        QString code;
    };

    // A draft (or a case in state) created by user; with file, that user first sends the file
    // and the case attaches it.
    QString createAs(const QString &user, const Owner &owner, const QString &state = {}, const QByteArray &file = {});
    // The SHA-256 of bytes that user sent and now holds.
    QString upload(const QString &user, const QByteArray &bytes);
};

namespace {

struct Person
{
    const char *name;
    const char *role;
    const char *organisation;
    const char *county; // of the organisation
};

// The fixture's users (ServerStoreFixture).
constexpr Person People[] = {
    {"gnesta", "redaktor", "kommun:0461", "04"},
    {"ronneby", "redaktor", "kommun:1081", "10"},
    {"sormland", "samordnare", "region:04", "04"},
    {"blekinge", "samordnare", "region:10", "10"},
    {"lasare", "lasare", "kommun:0461", "04"},
    {"admin", "administrator", "region:01", "01"},
};

// The owner types of vocabulary actor_type; only kommun and region name an organisation.
const QStringList OtherTypes{u"myndighet"_s,
                             u"samordningsforbund"_s,
                             u"kommunalforbund"_s,
                             u"kommunalt_bolag"_s,
                             u"ideburen"_s,
                             u"trossamfund"_s,
                             u"naringsliv"_s,
                             u"akademi"_s,
                             u"brukarorganisation"_s,
                             u"invanargrupp"_s,
                             u"fackforbund"_s,
                             u"intresseorganisation"_s};

QString countyOf(const QString &organisation)
{
    if (organisation == "kommun:0461"_L1 || organisation == "region:04"_L1) {
        return u"04"_s;
    }
    if (organisation == "kommun:1081"_L1 || organisation == "region:10"_L1) {
        return u"10"_s;
    }
    return {};
}

bool mayWrite(const Person &p, const QString &organisation)
{
    const QString role = QString::fromLatin1(p.role);
    if (role == "administrator"_L1) {
        return true;
    }
    if (role == "lasare"_L1) {
        return false;
    }
    if (organisation == QLatin1StringView(p.organisation)) {
        return true;
    }
    return role == "samordnare"_L1 && countyOf(organisation) == QLatin1StringView(p.county);
}

} // namespace

void TestCasePermissions::initTestCase()
{
    const QString problem = startServerStore();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCasePermissions::init()
{
    const QString problem = openServerStore(u"fbperm"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestCasePermissions::upload(const QString &user, const QByteArray &bytes)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString userId = m_store->userByName(user).value().value().id;
    auto sent = BlobRepository(*m_store).append(sha, bytes.size(), 0, bytes, userId, m_now);
    return sent && sent->complete ? sha : QString();
}

QString
TestCasePermissions::createAs(const QString &user, const Owner &owner, const QString &state, const QByteArray &file)
{
    CaseRecord c = Test::completeCase(newId());
    if (!file.isEmpty()) {
        c.attachments.append(Attachment{u"bilaga.txt"_s, upload(user, file), file.size(), u"text/plain"_s, {}});
    }
    c.owner = Actor{owner.type, u"Ägaren"_s, owner.code, u"huvudman"_s, {}};
    c.actors.clear();
    if (!state.isEmpty()) {
        c.reviewState = state;
    }
    const QJsonObject r = apply(user, {{u"op"_s, u"create"_s}, {u"doc"_s, c.toJsonObject()}});
    return r.value("status"_L1).toString() == "applied"_L1 ? c.id : QString();
}

void TestCasePermissions::matrix_data()
{
    QTest::addColumn<QString>("ownerType");
    QTest::addColumn<QString>("ownerCode");
    QTest::addColumn<int>("person");
    const QList<std::pair<QString, QString>> owners = [] {
        QList<std::pair<QString, QString>> list{{u"kommun"_s, u"0461"_s},
                                                {u"kommun"_s, u"1081"_s},
                                                {u"region"_s, u"04"_s},
                                                {u"region"_s, u"10"_s}};
        for (const QString &type : OtherTypes) {
            list.append({type, {}});
        }
        return list;
    }();
    for (const auto &[type, code] : owners) {
        for (int p = 0; p < int(std::size(People)); ++p) {
            QTest::addRow("%s %s, %s", qPrintable(type), qPrintable(code), People[p].name) << type << code << p;
        }
    }
}

void TestCasePermissions::matrix()
{
    QFETCH(QString, ownerType);
    QFETCH(QString, ownerCode);
    QFETCH(int, person);
    const Person &p = People[person];
    const QString user = QString::fromLatin1(p.name);
    // The organisation the case belongs to: the one its owner names, or, for any other owner, the
    // organisation of whoever created it (here Gnesta's editor, who creates every case below).
    const QString organisation =
        ownerType == "kommun"_L1 || ownerType == "region"_L1 ? ownerType + u':' + ownerCode : u"kommun:0461"_s;
    const bool writes = mayWrite(
        p,
        ownerType == "kommun"_L1 || ownerType == "region"_L1 ? organisation : QString::fromLatin1(p.organisation));

    // Create: as the person, a draft.
    const QString own = createAs(user, {ownerType, ownerCode});
    QCOMPARE(!own.isEmpty(), writes);

    // The same kind of draft as the administrator makes it, given to its organisation the way a
    // case of Gnesta's editor would be.
    const QByteArray file = "Bilaga till ett utkast av " + ownerType.toUtf8() + ' ' + ownerCode.toUtf8();
    const QString id = ownerType == "kommun"_L1 || ownerType == "region"_L1
        ? createAs(u"admin"_s, {ownerType, ownerCode}, {}, file)
        : createAs(u"gnesta"_s, {ownerType, ownerCode}, {}, file);
    QVERIFY(!id.isEmpty());
    const StoredCase stored = CaseRepository(*m_store).find(id).value().value();
    QCOMPARE(stored.organisationId, organisation);
    const bool updates = mayWrite(p, organisation);
    // Read: whoever may write it, and (a draft) nobody else but the county's samordnare, who
    // writes it anyway.
    const User u = m_store->userByName(user).value().value();
    const Session session{u, m_store->organisation(u.organisationId).value().value(), 0};
    const bool reads = updates || QString::fromLatin1(p.role) == "administrator"_L1 || organisation == u.organisationId;
    QCOMPARE(CasePermissions(*m_store, session).mayRead(stored).value(), reads);
    // Its attachment, which its creator sent: given to whoever reads the case, and to nobody else.
    const QString attached =
        stored.body.value("attachments"_L1).toArray().at(0).toObject().value("sha256"_L1).toString();
    QCOMPARE(CasePermissions(*m_store, session).mayUseBlob(attached).value(), reads);

    const QJsonObject edit = apply(user,
                                   {{u"op"_s, u"update"_s},
                                    {u"id"_s, id},
                                    {u"base_version"_s, 1},
                                    {u"set"_s, QJsonObject{{u"title"_s, u"Ändrad av %1"_s.arg(user)}}}});
    QCOMPARE(edit.value("status"_L1).toString(), updates ? u"applied"_s : u"rejected"_s);
    // The edit never moves the case.
    QCOMPARE(CaseRepository(*m_store).find(id).value()->organisationId, organisation);

    // Every other group of fields, and an attachment of a file the person sent (a reader may not
    // send one: ApiServer refuses, tst_syncengine badUploadsAreRefused), under the same rule.
    const bool sends = QString::fromLatin1(p.role) != "lasare"_L1;
    const QByteArray ownFile = "Egen bilaga av " + user.toUtf8() + " till " + id.toUtf8();
    const QString ownSha = sends ? upload(user, ownFile) : QString(64, u'0');
    const QJsonObject groups =
        apply(user,
              {{u"op"_s, u"update"_s},
               {u"id"_s, id},
               {u"base_version"_s, updates ? 2 : 1},
               {u"set"_s,
                QJsonObject{{u"sections.solution"_s, u"Så här gjorde %1."_s.arg(user)},
                            {u"tags"_s, QJsonArray{u"trygghet"_s, user}},
                            {u"evidence_level"_s, 3},
                            {u"contacts"_s,
                             QJsonArray{QJsonObject{{u"role"_s, u"Samordnare"_s}, {u"email"_s, u"x@example.se"_s}}}},
                            {u"attachments"_s,
                             QJsonArray{stored.body.value("attachments"_L1).toArray().at(0),
                                        QJsonObject{{u"name"_s, u"egen.txt"_s},
                                                    {u"sha256"_s, ownSha},
                                                    {u"size"_s, ownFile.size()},
                                                    {u"mime"_s, u"text/plain"_s}}}}}}});
    QCOMPARE(groups.value("status"_L1).toString(), updates ? u"applied"_s : u"rejected"_s);

    const QJsonObject removal =
        apply(user, {{u"op"_s, u"delete"_s}, {u"id"_s, id}, {u"base_version"_s, updates ? 3 : 1}});
    QCOMPARE(removal.value("status"_L1).toString(), updates ? u"applied"_s : u"rejected"_s);
}

void TestCasePermissions::publishedIsReadByEveryone()
{
    const QString id = createAs(u"admin"_s, {u"kommun"_s, u"0461"_s}, u"publicerad"_s);
    QVERIFY(!id.isEmpty());
    const StoredCase stored = CaseRepository(*m_store).find(id).value().value();
    for (const Person &p : People) {
        const User u = m_store->userByName(QString::fromLatin1(p.name)).value().value();
        const Session session{u, m_store->organisation(u.organisationId).value().value(), 0};
        QVERIFY2(CasePermissions(*m_store, session).mayRead(stored).value(), p.name);
        // Publishing changes who reads it, not who writes it.
        QCOMPARE(CasePermissions(*m_store, session).mayWrite(stored.organisationId).value(),
                 mayWrite(p, stored.organisationId));
    }
}

void TestCasePermissions::blobsAreUsedByHoldersAndReaders()
{
    // Gnesta's editor sends a file and names it in a draft.
    const QByteArray bytes = "Utvärdering av trygghetsvärdarna, hösten 2026.";
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto userId = [&](const char *name) {
        return m_store->userByName(QString::fromLatin1(name)).value().value().id;
    };
    QVERIFY(BlobRepository(*m_store).append(sha, bytes.size(), 0, bytes, userId("gnesta"), m_now)->complete);
    const auto withFile = [&](const QString &title) {
        CaseRecord c = Test::completeCase(newId());
        c.title = title;
        c.owner = Actor{u"kommun"_s, u"Gnesta"_s, u"0461"_s, u"huvudman"_s, {}};
        c.actors.clear();
        c.attachments.append(Attachment{u"utvardering.pdf"_s, sha, bytes.size(), u"application/pdf"_s, {}});
        return c;
    };
    const CaseRecord draft = withFile(u"Trygghetsvärdar"_s);
    QCOMPARE(
        apply(u"gnesta"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, draft.toJsonObject()}}).value("status"_L1).toString(),
        u"applied"_s);

    const auto mayUse = [&](const char *name) {
        const User u = m_store->userByName(QString::fromLatin1(name)).value().value();
        const Session session{u, m_store->organisation(u.organisationId).value().value(), 0};
        return CasePermissions(*m_store, session).mayUseBlob(sha).value();
    };
    // Who may read the draft may use its file; Ronneby and Blekinge only know its hash.
    for (const Person &p : People) {
        const bool reads = QByteArrayView(p.county) == "04" || QByteArrayView(p.role) == "administrator";
        QCOMPARE(mayUse(p.name), reads);
    }
    // Naming the hash in a case of one's own does not open the file.
    CaseRecord copy = withFile(u"Kopia"_s);
    copy.owner = Actor{u"kommun"_s, u"Ronneby"_s, u"1081"_s, u"huvudman"_s, {}};
    const QJsonObject refused = apply(u"ronneby"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, copy.toJsonObject()}});
    QCOMPARE(refused.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(refused.value("code"_L1).toString(), u"blob_missing"_s);
    QVERIFY(!mayUse("ronneby"));
    // Sending the bytes does.
    QVERIFY(BlobRepository(*m_store).append(sha, bytes.size(), 0, bytes, userId("ronneby"), m_now)->complete);
    QVERIFY(mayUse("ronneby"));
    QCOMPARE(
        apply(u"ronneby"_s, {{u"op"_s, u"create"_s}, {u"doc"_s, copy.toJsonObject()}}).value("status"_L1).toString(),
        u"applied"_s);
    // And Blekinge's samordnare, who reads Ronneby's draft, may now use the file through it.
    QVERIFY(mayUse("blekinge"));
}

QTEST_GUILESS_MAIN(TestCasePermissions)
#include "tst_casepermissions.moc"
