#pragma once

#include "accounts.h"
#include "mutationprocessor.h"
#include "passwordhasher.h"
#include "postgresfixture.h"
#include "referencedata.h"
#include "serverstore.h"
#include "vocabularies.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace Fb::Test {

// A server store on the backend of the test's global data row (PostgresFixture::addBackendRows),
// with one user per role and organisation the server's write rules tell apart, and mutations
// applied as the API server applies them. For the tests of those rules (tst_mutationprocessor,
// tst_reviewpolicy), which inherit it beside QObject.
class ServerStoreFixture
{
protected:
    // In initTestCase: starts PostgreSQL. Empty when ready, otherwise what went wrong.
    QString startServerStore()
    {
        m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Strength::Testing);
        return m_postgres.start();
    }

    // In init: a fresh store (a new database on PostgreSQL, a new file on SQLite) with the users.
    // Empty when ready, otherwise what went wrong.
    QString openServerStore(const QString &databaseName)
    {
        using namespace Qt::StringLiterals;
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = ServerStore::open(backend == "postgresql"_L1 ? m_postgres.freshDatabase(databaseName)
                                                                   : u"sqlite:"_s + m_dir->filePath(u"s.sqlite"_s));
        if (!opened) {
            return opened.error().detail;
        }
        m_store = std::move(opened).value();
        if (auto r = Accounts::initialize(*m_store, m_referenceData); !r) {
            return r.error().detail;
        }
        Accounts accounts(*m_store, *m_hasher);
        const QString password = u"ett bra lösenord"_s;

        const struct
        {
            QString name;
            QString organisation;
            QString role;
        } users[]{
            {u"gnesta"_s, u"kommun:0461"_s, u"redaktor"_s},
            {u"gnesta2"_s, u"kommun:0461"_s, u"redaktor"_s},
            {u"ronneby"_s, u"kommun:1081"_s, u"redaktor"_s},
            {u"sormland"_s, u"region:04"_s, u"samordnare"_s},
            {u"sormland2"_s, u"region:04"_s, u"samordnare"_s},
            {u"blekinge"_s, u"region:10"_s, u"samordnare"_s},
            {u"lasare"_s, u"kommun:0461"_s, u"lasare"_s},
            {u"admin"_s, u"region:01"_s, u"administrator"_s},
        };

        for (const auto &u : users) {
            if (auto r = accounts.addUser(u.name, {}, u.organisation, u.role, password); !r) {
                return u.name + u": "_s + r.error().detail;
            }
        }
        return {};
    }

    // In cleanup.
    void closeServerStore()
    {
        m_store.reset();
        m_dir.reset();
    }

    // user's mutation through MutationProcessor at m_now; a fresh mutation_id unless it has one.
    QJsonObject apply(const QString &user, QJsonObject mutation)
    {
        return applyBatch(user, {mutation}).at(0).toObject();
    }

    // user's request of mutations, as the API server applies it (MutationProcessor::applyBatch).
    QJsonArray applyBatch(const QString &user, QJsonArray mutations)
    {
        using namespace Qt::StringLiterals;
        const User u = m_store->userByName(user).value().value();
        const Session session{u, m_store->organisation(u.organisationId).value().value(), 0};
        for (qsizetype i = 0; i < mutations.size(); ++i) {
            QJsonObject m = mutations.at(i).toObject();
            if (!m.contains("mutation_id"_L1)) {
                m.insert(u"mutation_id"_s, newId());
                mutations[i] = m;
            }
        }
        MutationProcessor processor(*m_store, m_vocabularies, m_referenceData, [this] {
            return m_now;
        });
        return processor.applyBatch(session, mutations);
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    PostgresFixture m_postgres;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<PasswordHasher> m_hasher;
    Vocabularies m_vocabularies = Vocabularies::builtIn().value();
    ReferenceData m_referenceData = ReferenceData::builtIn().value();
    qint64 m_now = 1'800'000'000; // 2027-01-15T08:00:00Z
};

} // namespace Fb::Test
