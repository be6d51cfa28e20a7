#pragma once

// The simulation's run, shared by simulation.cpp (the server, the clients, syncing and checking
// the invariant) and simulationoperations.cpp (what the clients do): not part of the
// simulation's interface (simulation.h).

#include "apiserver.h"
#include "casestore.h"
#include "faultnetwork.h"
#include "serverapi.h"
#include "simulation.h"
#include "syncengine.h"

#include <QJsonObject>
#include <QRandomGenerator64>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <vector>

namespace Fb::Sim {

inline constexpr auto Password = "ett bra lösenord";

// Where the simulated users write: all editors of one municipality, so that every write is
// allowed and every refusal is a finding.
inline constexpr auto Municipality = "0461";
// Where the reader is moved to now and then (Stockholm): none of the clients' cases is theirs.
inline constexpr auto Elsewhere = "0180";

// A token as the ledger writes it: lower-case letters and digits, a word for every tokenizer.
inline const QRegularExpression TokenPattern(QStringLiteral("s\\d+t\\d+x"));

// Where the server keeps every value it had: its cases' histories and its archive of discarded
// values.
inline const QStringList ServerArchive{QStringLiteral("SELECT body FROM case_revisions"),
                                       QStringLiteral("SELECT value FROM discarded_values")};
// Everywhere a client holds values of its own or of others: not the base copies, which are the
// server's past.
inline const QStringList ClientHeld{
    QStringLiteral("SELECT body FROM cases"),
    QStringLiteral("SELECT CAST(payload AS TEXT), sent_body FROM outbox"),
    // The other sides are the server's. A $deleted conflict's local side is the body as it was
    // when the delete came, and the body (above) is what the user has made of it since: values
    // they changed after are theirs to replace (seed 10417).
    QStringLiteral("SELECT local_value FROM conflict WHERE path <> '$deleted'"),
    QStringLiteral("SELECT value FROM discarded"),
    QStringLiteral("SELECT item FROM held_change"),
};

// The tokens in every column of what the queries read.
QSet<QString> tokensIn(const QSqlDatabase &db, const QStringList &queries);

// One written value: who wrote it where, and whether the invariant still asks for it.
struct Written
{
    QString token;
    QString caseId;
    QString path;
    int client = 0;
    bool set = false;
    bool exempt = false; // replaced by its own writer before it ever left
};

class Simulation::Run
{
public:
    Run(const Environment &environment, const Config &config)
        : m_env(environment)
        , m_config(config)
        , m_random(config.seed)
        , m_serverRandom(config.seed ^ 0x7365727665720000ULL)
        , m_readerRandom(config.seed ^ 0x7265616465720000ULL)
        , m_reviewRandom(config.seed ^ 0x7265766965770000ULL)
        , m_attachRandom(config.seed ^ 0x6174746163680000ULL)
    {
        m_report.seed = config.seed;
    }

    Report run();

private:
    struct Client
    {
        int index = 0;
        QString user;
        QString role;
        QString path;
        std::unique_ptr<CaseStore> store;
        std::unique_ptr<FaultNetwork> network;
        std::unique_ptr<ServerApi> api;
        // An open editor window: the case and the body its form started from.
        QString editorCase;
        QJsonObject editorOrigin;
        quint64 editorRequest = 0;
        bool reader = false; // Config::reader's läsare: no failure point of the enumeration
    };

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    int below(int n) { return int(m_random.bounded(quint32(n))); }

    // Case ids from the run's generator, so that a replay names the same cases.
    QString newId() { return newId(m_random); }

    static QString newId(QRandomGenerator64 &random)
    {
        quint64 half[2] = {random.generate(), random.generate()};
        QByteArray bytes(reinterpret_cast<const char *>(half), sizeof half);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    QString nextToken() { return QStringLiteral("s%1t%2x").arg(m_config.seed).arg(++m_tokens); }

    void trace(const QString &line)
    {
        if (m_config.echo) {
            fprintf(stderr, "%s\n", qPrintable(line)); // a replay that crashes still shows its way there
        }
        m_report.trace.append(line);
    }

    void violation(const QString &line) { m_report.violations.append(line); }

    // simulationserver.cpp: the server's instances, their clocks, backups and restores.
    bool startServer(int instance, quint16 port);
    void restartServer();
    void serverEvent();
    void takeBackup();
    void restoreBackup();
    std::unique_ptr<Client> newClient(int index, const QString &user);

    QString roleOf(int index) const
    {
        if (index == m_config.clients) {
            return QStringLiteral("lasare");
        }
        return index == 0 && m_config.reviews ? QStringLiteral("samordnare") : QStringLiteral("redaktor");
    }

    bool openClient(Client &c);
    // The clients, and the reader when there is one.
    std::vector<Client *> everyone() const;
    void readerStep();
    bool login(Client &c);
    void crash(Client &c);

    void step();
    void edit(Client &c);
    void create(Client &c);
    void contribute(Client &c);
    void remove(Client &c);
    void revert(Client &c);
    void resolve(Client &c, bool settleAll);
    void openEditor(Client &c);
    void review();
    void attachFile();
    // A refused change waits for its user, who reads why and takes it back (archived).
    void takeBackRefused(Client &c);
    void watch();
    Result<SyncReport> sync(Client &c, bool mayCrash);

    QStringList caseIds(Client &c);
    void record(Client &c, const QString &caseId, const QString &path, const QString &token, bool set);
    void settle();
    // The invariant, against the server's database.
    void check(const QSqlDatabase &server);

    const Environment &m_env;
    Config m_config;
    QRandomGenerator64 m_random;
    Report m_report;
    QTemporaryDir m_dir;
    QString m_database;
    std::vector<std::unique_ptr<ApiServer>> m_servers;
    QList<quint16> m_ports;
    // Server events (restarts' clocks, backups, restores) come from a generator of their own, so
    // the clients' operations are those of a run without them.
    QRandomGenerator64 m_serverRandom;
    qint64 m_clockBase = 0; // seconds every instance's clock is off by

    struct Backup
    {
        QString file;
        bool readerAtHome = true;
    };

    QList<Backup> m_backups;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::unique_ptr<Client> m_reader;
    QRandomGenerator64 m_readerRandom;
    bool m_readerAtHome = true; // in the clients' municipality
    QRandomGenerator64 m_reviewRandom;
    QRandomGenerator64 m_attachRandom;
    bool m_operating = false; // the operations run (not the settling): failure points count
    Client *m_writeFailed = nullptr; // its replica failed a write: reopened after the operation
    QList<Written> m_ledger;
    QStringList m_created; // tokens of the creates
    int m_tokens = 0;
};

} // namespace Fb::Sim
