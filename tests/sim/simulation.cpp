#include "accounts.h"
#include "apiserver.h"
#include "await.h"
#include "casefields.h"
#include "passwordhasher.h"
#include "replicalogin.h"
#include "serverstore.h"
#include "simulationrun.h"
#include "syncledger.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fb::Sim {

std::unique_ptr<Simulation::Run::Client> Simulation::Run::newClient(int index, const QString &user)
{
    auto c = std::make_unique<Client>();
    c->index = index;
    c->user = user;
    c->role = roleOf(index);
    c->path = m_dir.filePath(u"client%1/replica.sqlite"_s.arg(index));
    QDir().mkpath(QFileInfo(c->path).absolutePath());
    c->network = std::make_unique<FaultNetwork>(m_config.seed * 1000 + quint64(index));
    c->api = std::make_unique<ServerApi>(
        *c->network,
        ServerSettings{QUrl(u"https://localhost:%1"_s.arg(m_ports.first())), m_env.caFile, false});
    if (!c->api->prepare() || !openClient(*c) || !login(*c)) {
        violation(u"client %1 did not start"_s.arg(index));
        return nullptr;
    }
    c->network->setFaultRate(m_config.faultPerMille);
    c->network->setPorts(m_ports);
    return c;
}

bool Simulation::Run::openClient(Client &c)
{
    auto store = CaseStore::open(c.path, m_env.vocabularies, m_env.referenceData);
    if (!store) {
        violation(u"client %1: replica did not open: %2"_s.arg(c.index).arg(store.error().detail));
        return false;
    }
    c.store = std::move(store).value();
    // Answers and adoptions are written in the name of the login's organisation (QuestionDesk).
    if (!c.reader
        && !ReplicaLogin(*c.store).save(
            {u"https://localhost"_s, c.user, {}, c.role, u"kommun:"_s + QString::fromLatin1(Municipality)})) {
        violation(u"client %1: the login was not kept"_s.arg(c.index));
        return false;
    }
    c.store->setCommitFault([this, &c] {
        if (!m_operating || c.reader) {
            return false;
        }
        if (m_report.writes++ != m_config.failWriteAt) {
            return false;
        }
        m_writeFailed = &c;
        return true;
    });
    return true;
}

bool Simulation::Run::login(Client &c)
{
    auto reply = await<LoginReply>([&](auto done) {
        c.api->login(c.user, QString::fromUtf8(Password), std::move(done));
    });
    if (!reply) {
        return false;
    }
    c.api->setToken(reply->token);
    return true;
}

void Simulation::Run::crash(Client &c)
{
    // Everything in memory goes, the open editor with it; what was committed is on disk.
    ++m_report.crashes;
    c.store.reset();
    c.editorCase.clear();
    c.editorOrigin = {};
    (void)openClient(c);
}

Result<SyncReport> Simulation::Run::sync(Client &c, bool mayCrash)
{
    ++m_report.syncs;
    bool crashed = false;
    Result<SyncReport> result = Error{};
    {
        SyncEngine engine(*c.store, *c.api);
        engine.setStepping(mayCrash);
        result = await<SyncReport>([&](auto done) {
            QObject::connect(&engine, &SyncEngine::finished, &engine, [done](const SyncReport &r) {
                done(r);
            });
            QObject::connect(&engine, &SyncEngine::failed, &engine, [done](const Error &e) {
                done(e);
            });
            QObject::connect(&engine, &SyncEngine::paused, &engine, [&, done](SyncEngine::Step step) {
                if (!m_config.watchCase.isEmpty()) {
                    trace(step == SyncEngine::Step::SendBatch ? u"  before a batch:"_s : u"  before a page:"_s);
                    watch();
                }
                const int pause = m_report.pauses++;
                if (m_config.enumerate ? pause == m_config.crashAtPause : chance(8)) {
                    crashed = true;
                    done(Error{ErrorCode::InternalError, u"simulated crash"_s, {}});
                    return;
                }
                QMetaObject::invokeMethod(
                    &engine,
                    [&engine] {
                        engine.step();
                    },
                    Qt::QueuedConnection);
            });
            engine.sync();
        });
    }
    if (crashed) {
        trace(u"client %1 crashes in the middle of a sync"_s.arg(c.index));
        crash(c);
        return result;
    }
    if (!result) {
        ++m_report.failedSyncs;
        if (result.code() == ErrorCode::TokenInvalid || result.code() == ErrorCode::TokenExpired) {
            (void)login(c);
        }
    }
    return result;
}

void Simulation::Run::step()
{
    Client &c = *m_clients.at(below(int(m_clients.size())));
    const int op = below(100);
    if (op < 30) {
        edit(c);
    } else if (op < 38) {
        create(c);
    } else if (op < 41) {
        remove(c);
    } else if (op < 43) {
        revert(c);
    } else if (op < 50) {
        resolve(c, false);
    } else if (op < 58) {
        openEditor(c);
    } else if (op < 63) {
        contribute(c);
    } else if (op < 92) {
        const auto r = sync(c, m_config.crashes || m_config.enumerate);
        trace(u"client %1 syncs: %2"_s.arg(c.index).arg(r ? (r->reconciled ? u"ok, reconciled"_s : u"ok"_s)
                                                          : errorCodeName(r.code())));
    } else if (op < 97) {
        if (m_config.crashes && !m_config.enumerate) {
            trace(u"client %1 crashes"_s.arg(c.index));
            crash(c);
        }
    } else if (m_config.serverRestarts) {
        restartServer();
    }
    if (m_writeFailed) {
        trace(u"client %1: a write failed as on a full disk; reopened from disk"_s.arg(m_writeFailed->index));
        crash(*std::exchange(m_writeFailed, nullptr));
    }
    if (m_reader) {
        readerStep();
    }
    if (m_config.reviews && m_reviewRandom.bounded(100) < 15) {
        review();
    }
    if (m_config.attachments && m_attachRandom.bounded(100) < 6) {
        attachFile();
    }
    serverEvent();
    if (!m_config.watchCase.isEmpty()) {
        watch();
    }
}

void Simulation::Run::readerStep()
{
    Client &r = *m_reader;
    const int draw = int(m_readerRandom.bounded(100));
    if (draw < 5) {
        m_readerAtHome = !m_readerAtHome;
        const QString organisation = u"kommun:"_s + QString::fromLatin1(m_readerAtHome ? Municipality : Elsewhere);
        trace(u"the reader moves to "_s + organisation);
        auto store = ServerStore::open(m_database);
        const PasswordHasher hasher(PasswordHasher::Strength::Testing);
        if (!store || !Accounts(**store, hasher).setRoleAndOrganisation(r.user, {}, organisation)) {
            violation(u"the reader could not be moved"_s);
        }
    } else if (draw < 20) {
        const auto synced = sync(r, false);
        trace(u"client %1 (the reader) syncs: %2"_s.arg(r.index).arg(
            synced ? (synced->reconciled ? u"ok, reconciled"_s : u"ok"_s) : errorCodeName(synced.code())));
    } else if (draw < 23 && m_config.crashes) {
        trace(u"client %1 (the reader) crashes"_s.arg(r.index));
        crash(r);
    }
}

std::vector<Simulation::Run::Client *> Simulation::Run::everyone() const
{
    std::vector<Client *> all;
    for (const auto &c : m_clients) {
        all.push_back(c.get());
    }
    if (m_reader) {
        all.push_back(m_reader.get());
    }
    return all;
}

void Simulation::Run::watch()
{
    const QString &id = m_config.watchCase;
    const auto tokensIn = [](const QJsonObject &body) {
        QStringList tokens;
        const QString text = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        for (auto it = TokenPattern.globalMatch(text); it.hasNext();) {
            tokens.append(it.next().captured());
        }
        return tokens.join(u' ');
    };
    for (Client *c : everyone()) {
        SyncLedger ledger(*c->store);
        auto state = ledger.state(id);
        if (!state || !state->known) {
            continue;
        }
        QString line = u"    client %1: %2%3 v%4%5"_s.arg(c->index)
                           .arg(CaseSyncState::localName(state->local), state->dirty ? u" dirty"_s : QString())
                           .arg(state->syncedVersion)
                           .arg(state->remoteDeleted ? u" (deleted there)"_s : QString());
        if (auto base = ledger.base(id); base && *base) {
            line += u", base v%1"_s.arg((*base)->version);
        }
        if (auto entry = ledger.outboxEntry(id); entry && *entry) {
            line += u", outbox %1 on v%2"_s.arg((*entry)->op).arg((*entry)->baseVersion);
        }
        if (auto open = ledger.conflicts(id); open && !open->isEmpty()) {
            QStringList paths;
            for (const StoredConflict &conflict : std::as_const(*open)) {
                paths.append(conflict.path);
            }
            line += u", conflicts "_s + paths.join(u',');
        }
        if (auto body = ledger.localBody(id); body && *body) {
            line += u": "_s + tokensIn(**body);
        }
        trace(line);
    }
}

void Simulation::Run::settle()
{
    for (Client *c : everyone()) {
        c->network->setFaultRate(0);
        c->editorCase.clear();
    }
    // Every client settles its conflicts keeping its own value and syncs, round after round,
    // until a whole round changes nothing anywhere.
    for (int round = 0; round < 12; ++round) {
        bool quiet = true;
        for (Client *c : everyone()) {
            resolve(*c, true);
            takeBackRefused(*c);
            auto r = sync(*c, false);
            if (!r) {
                r = sync(*c, false); // a token to renew, a connection to reopen
            }
            if (!r) {
                violation(u"client %1: sync failed after the faults stopped: %2 %3"_s.arg(c->index).arg(
                    errorCodeName(r.code()),
                    r.error().detail));
                return;
            }
            auto counts = SyncLedger(*c->store).counts();
            trace(u"settling, round %1: client %2 pulled %3, pushed %4, has %5 pending and %6 conflicts"_s.arg(round)
                      .arg(c->index)
                      .arg(r->changed)
                      .arg(r->pushed)
                      .arg(counts ? counts->pending : -1)
                      .arg(counts ? counts->conflicts : -1));
            if (r->changed > 0 || r->pushed > 0 || !counts || counts->pending > 0 || counts->conflicts > 0
                || counts->blocked > 0) {
                quiet = false;
            }
        }
        if (quiet) {
            return;
        }
    }
    violation(u"the clients did not settle in 12 rounds"_s);
}

void Simulation::Run::check(const QSqlDatabase &server)
{
    QHash<QString, QJsonObject> live;
    // every token anywhere it may rightly be kept
    QSet<QString> archived = tokensIn(server, ServerArchive);
    QSqlQuery q(server);
    q.exec(u"SELECT id, body FROM cases WHERE deleted = 0"_s);
    while (q.next()) {
        live.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    }
    // Versions run 1, 2, 3… in every case's history: each mutation took effect once.
    q.exec(u"SELECT case_id, count(*), max(version) FROM case_revisions GROUP BY case_id"_s);
    while (q.next()) {
        if (q.value(1).toInt() != q.value(2).toInt()) {
            violation(u"case %1: %2 revisions up to version %3"_s.arg(q.value(0).toString())
                          .arg(q.value(1).toInt())
                          .arg(q.value(2).toInt()));
        }
    }
    // Every attachment a live case names is whole on the server: a mutation naming a blob the
    // server lacks is refused, so only a lost upload (a restore) could break this.
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        for (const QJsonValue &a : it->value("attachments"_L1).toArray()) {
            const QString sha = a.toObject().value("sha256"_L1).toString();
            QSqlQuery b(server);
            b.prepare(u"SELECT complete FROM blobs WHERE sha256 = ?"_s);
            b.addBindValue(sha);
            if (!b.exec() || !b.next() || b.value(0).toInt() != 1) {
                violation(u"case %1 names attachment %2, which the server does not have whole"_s.arg(it.key(), sha));
            }
        }
    }
    for (const QString &token : std::as_const(m_created)) {
        QSqlQuery d(server);
        d.prepare(u"SELECT count(DISTINCT case_id) FROM case_revisions WHERE body LIKE ?"_s);
        d.addBindValue(QString(u"%\"Exempel "_s + token + u"\"%"_s));
        if (d.exec() && d.next() && d.value(0).toInt() > 1) {
            violation(u"the case created as %1 exists %2 times"_s.arg(token).arg(d.value(0).toInt()));
        }
    }

    // What the reader may read away from home: of the clients' cases (their municipality's) only
    // the public ones, which client 0 publishes now and then (review()); and every question. Stated
    // here from docs/server.md and docs/questions.md, not taken from the server's code.
    const QStringList publicStates{u"publicerad"_s, u"behover_uppdateras"_s, u"arkiverad"_s};
    for (Client *c : everyone()) {
        QHash<QString, QJsonObject> expected = live;
        if (c->reader && !m_readerAtHome) {
            expected.removeIf([&](const auto &it) {
                return !publicStates.contains(it.value().value("review_state"_L1).toString())
                    && it.value().value("record_type"_L1).toString() != QLatin1StringView(CaseRecord::RecordQuestion);
            });
        }
        archived.unite(tokensIn(c->store->database(), {u"SELECT value FROM discarded"_s}));
        SyncLedger ledger(*c->store);
        auto counts = ledger.counts();
        if (!counts || counts->pending || counts->conflicts || counts->blocked) {
            violation(u"client %1: left with %2 pending, %3 conflicts, %4 refused"_s.arg(c->index)
                          .arg(counts ? counts->pending : -1)
                          .arg(counts ? counts->conflicts : -1)
                          .arg(counts ? counts->blocked : -1));
        }
        QSqlQuery local(c->store->database());
        local.exec(u"SELECT count(*) FROM outbox"_s);
        if (local.next() && local.value(0).toInt() > 0) {
            violation(u"client %1: %2 outbox rows left"_s.arg(c->index).arg(local.value(0).toInt()));
        }
        // The same cases as the server, with the same content.
        QSet<QString> seen;
        (void)c->store->forEach([&](const CaseRecord &record) {
            seen.insert(record.id);
            const auto it = expected.constFind(record.id);
            if (it == expected.constEnd()) {
                violation(
                    u"client %1 has case %2, the server does not, or not for them"_s.arg(c->index).arg(record.id));
            } else if (!CaseFields::sameContent(record.toJsonObject(), *it)) {
                violation(u"client %1 has case %2 other than the server: %3"_s.arg(c->index).arg(
                    record.id,
                    QString::fromUtf8(
                        QJsonDocument(CaseFields::diff(*it, record.toJsonObject())).toJson(QJsonDocument::Compact))));
            }
            return true;
        });
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!seen.contains(it.key())) {
                violation(u"client %1 lacks case %2"_s.arg(c->index).arg(it.key()));
            }
        }
    }

    for (const Written &w : std::as_const(m_ledger)) {
        ++m_report.tokens;
        if (!w.exempt && !archived.contains(w.token)) {
            violation(u"lost: %1, written by client %2 to %3 of %4"_s.arg(w.token).arg(w.client).arg(w.path, w.caseId));
        }
    }
}

Report Simulation::Run::run()
{
    m_database =
        m_config.databaseUrl.isEmpty() ? u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s) : m_config.databaseUrl;
    if (m_config.keepFiles) {
        m_dir.setAutoRemove(false);
        trace(u"files in "_s + m_dir.path());
    }
    {
        auto store = ServerStore::open(m_database);
        if (!store || !Accounts::initialize(**store, m_env.referenceData)) {
            violation(u"server store did not open"_s);
            return m_report;
        }
        const PasswordHasher hasher(PasswordHasher::Strength::Testing);
        for (int i = 0; i <= m_config.clients; ++i) {
            const bool reader = i == m_config.clients;
            if (reader && !m_config.reader) {
                break;
            }
            if (!Accounts(**store, hasher)
                     .addUser(reader ? u"simreader"_s : u"sim%1"_s.arg(i),
                              {},
                              u"kommun:"_s + QString::fromLatin1(Municipality),
                              roleOf(i),
                              QString::fromUtf8(Password))) {
                violation(u"user did not get added"_s);
                return m_report;
            }
        }
    }
    for (int i = 0; i < std::max(1, m_config.instances); ++i) {
        if (!startServer(i, 0)) {
            return m_report;
        }
    }
    for (int i = 0; i < m_config.clients; ++i) {
        auto c = newClient(i, u"sim%1"_s.arg(i));
        if (!c) {
            return m_report;
        }
        m_clients.push_back(std::move(c));
    }
    if (m_config.reader) {
        m_reader = newClient(m_config.clients, u"simreader"_s);
        if (!m_reader) {
            return m_report;
        }
        m_reader->reader = true;
    }
    m_operating = true;
    for (int i = 0; i < m_config.steps && m_report.ok(); ++i) {
        step();
    }
    m_operating = false;
    if (m_report.ok()) {
        settle();
    }
    if (m_report.ok()) {
        // Read through a connection of its own, on either backend.
        if (auto store = ServerStore::open(m_database)) {
            check(QSqlDatabase::database((*store)->connectionName()));
        } else {
            violation(u"server database not readable for the check: "_s + store.error().detail);
        }
    }
    for (Client *c : everyone()) {
        m_report.requests += c->network->requests();
        m_report.faults += c->network->faults();
    }
    m_clients.clear();
    m_reader.reset();
    m_servers.clear();
    return m_report;
}

Simulation::Simulation(const Environment &environment, const Config &config)
    : m_environment(environment)
    , m_config(config)
{
}

Simulation::~Simulation() = default;

Report Simulation::run()
{
    Run run(m_environment, m_config);
    return run.run();
}

} // namespace Fb::Sim
