#pragma once

#include "accounts.h"
#include "fixtures.h"
#include "fuzzinput.h"
#include "mutationprocessor.h"
#include "passwordhasher.h"
#include "referencedata.h"
#include "serverstore.h"
#include "vocabularies.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace Fb::Fuzz {

// A server's bank on SQLite in a temporary directory, with an administrator and an editor of
// Gnesta and a few cases written through the API's own MutationProcessor, for the harnesses of
// what the server reads from clients. Made once per process by fuzzbank.cpp's
// LLVMFuzzerInitialize; bank() is it.
class Bank
{
public:
    Bank(int *argc, char ***argv)
        : m_application(*argc, *argv)
    {
        using namespace Qt::StringLiterals;
        FB_FUZZ_CHECK(m_dir.isValid());
        m_store = ServerStore::open(u"sqlite:"_s + m_dir.filePath(u"bank.sqlite"_s)).value();
        FB_FUZZ_CHECK(Accounts::initialize(*m_store, m_referenceData).ok());
        // A fixed epoch, so that the seed corpus holds cursors of this bank.
        FB_FUZZ_CHECK(m_store->setMeta(u"epoch"_s, QString::fromLatin1(Epoch)).ok());
        Accounts accounts(*m_store, m_hasher);
        for (const auto &[name, organisation, role] : {std::tuple{u"admin"_s, u"region:01"_s, u"administrator"_s},
                                                       std::tuple{u"gnesta"_s, u"kommun:0461"_s, u"redaktor"_s}}) {
            const User user = accounts.addUser(name, {}, organisation, role, u"ett bra lösenord"_s).value();
            m_sessions.append(Session{user, m_store->organisation(user.organisationId).value().value(), 0});
        }
        for (int i = 0; i < 3; ++i) {
            const CaseRecord c = Test::validCase(u"00000000-0000-4000-8000-00000000000%1"_s.arg(i));
            const QJsonObject answer =
                apply(0,
                      QJsonObject{{u"mutation_id"_s, u"00000000-0000-4000-8000-00000000010%1"_s.arg(i)},
                                  {u"op"_s, u"create"_s},
                                  {u"doc"_s, c.toJsonObject()}});
            if (answer.value("status"_L1).toString() != "applied"_L1) {
                std::fprintf(stderr, "%s\n", QJsonDocument(answer).toJson().constData());
                std::abort();
            }
        }
    }

    static constexpr auto Epoch = "fuzz-epoch";

    ServerStore &store() { return *m_store; }

    const QList<Session> &sessions() const { return m_sessions; }

    QJsonObject apply(qsizetype session, const QJsonObject &mutation)
    {
        MutationProcessor processor(*m_store, m_vocabularies, m_referenceData, [] {
            return qint64(1'800'000'000);
        });
        return processor.apply(m_sessions.at(session), mutation);
    }

private:
    QCoreApplication m_application;
    QTemporaryDir m_dir;
    Vocabularies m_vocabularies = Vocabularies::builtIn().value();
    ReferenceData m_referenceData = ReferenceData::builtIn().value();
    PasswordHasher m_hasher{PasswordHasher::Strength::Testing};
    std::unique_ptr<ServerStore> m_store;
    QList<Session> m_sessions;
};

Bank &bank();

} // namespace Fb::Fuzz
