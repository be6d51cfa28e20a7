#include "passwordhasher.h"
#include "serverstore.h"
#include "simulationrun.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Fb::Sim {

namespace {

constexpr qint64 Day = 24 * 3600;

// The server's file of a SQLite database URL.
QString sqliteFile(const QString &databaseUrl)
{
    return databaseUrl.mid(int(qstrlen("sqlite:")));
}

} // namespace

QSet<QString> tokensIn(const QSqlDatabase &db, const QStringList &queries)
{
    QSet<QString> tokens;
    for (const QString &sql : queries) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            continue;
        }
        while (q.next()) {
            for (int column = 0; column < q.record().count(); ++column) {
                for (auto it = TokenPattern.globalMatch(q.value(column).toString()); it.hasNext();) {
                    tokens.insert(it.next().captured());
                }
            }
        }
    }
    return tokens;
}

bool Simulation::Run::startServer(int instance, quint16 port)
{
    ApiServerConfig config;
    config.databaseUrl = m_database;
    config.tls = m_env.tls;
    config.passwordStrength = PasswordHasher::Strength::Testing;
    config.port = port;
    auto server = std::make_unique<ApiServer>(config);
    if (m_config.clockSkew) {
        // Instances behind one load balancer disagree by minutes at most; more and their tokens
        // would not be valid on each other, which no deployment survives.
        const qint64 offset = m_clockBase + qint64(m_serverRandom.bounded(601)) - 300;
        server->setClock([offset] {
            return QDateTime::currentSecsSinceEpoch() + offset;
        });
    }
    auto listening = server->listen();
    if (!listening) {
        violation(u"server did not start: "_s + listening.error().detail);
        return false;
    }
    if (instance < int(m_servers.size())) {
        m_servers[size_t(instance)] = std::move(server);
    } else {
        m_servers.push_back(std::move(server));
        m_ports.append(*listening);
    }
    return true;
}

void Simulation::Run::restartServer()
{
    // One instance, or all of them; the clock may be set wrong (or right again) only when all
    // restart.
    const bool all = m_servers.size() == 1 || m_serverRandom.bounded(2) == 0;
    const int only = all ? -1 : int(m_serverRandom.bounded(quint32(m_servers.size())));
    if (all && m_config.clockSkew && m_serverRandom.bounded(3) == 0) {
        m_clockBase += qint64(m_serverRandom.bounded(quint32(80 * Day + 1))) - 40 * Day;
        trace(u"the server's clock is set %1 days off"_s.arg(double(m_clockBase) / Day, 0, 'f', 1));
    }
    trace(all ? u"the server restarts"_s : u"server instance %1 restarts"_s.arg(only));
    ++m_report.restarts;
    for (int i = 0; i < int(m_servers.size()); ++i) {
        if (all || i == only) {
            m_servers[size_t(i)].reset();
            (void)startServer(i, m_ports.at(i));
        }
    }
}

void Simulation::Run::serverEvent()
{
    // Backups by file: SQLite alone (PostgreSQL's pg_dump and pg_restore are tested by
    // tst_syncengine restoredServerGetsLostChangesBack).
    if (!m_config.restores || !m_config.databaseUrl.isEmpty()) {
        return;
    }
    const int draw = int(m_serverRandom.bounded(100));
    if (draw < 3) {
        takeBackup();
    } else if (draw < 4 && !m_backups.isEmpty()) {
        restoreBackup();
    }
}

void Simulation::Run::takeBackup()
{
    const QString file = m_dir.filePath(u"backup%1.sqlite"_s.arg(m_backups.size()));
    auto store = ServerStore::open(m_database);
    if (!store) {
        violation(u"server database not readable for a backup: "_s + store.error().detail);
        return;
    }
    if (auto r = (*store)->backup(file); !r) {
        violation(u"backup failed: "_s + r.error().detail);
        return;
    }
    trace(u"a backup of the server is taken (%1)"_s.arg(m_backups.size()));
    m_backups.append({file, m_readerAtHome});
}

void Simulation::Run::restoreBackup()
{
    const int which = int(m_serverRandom.bounded(quint32(m_backups.size())));
    const Backup &backup = m_backups.at(which);
    // Copied back by hand, the file keeps the epoch of the server it replaces; restored as
    // docs/server.md says, it has the new one the backup gave it.
    const bool keepEpoch = m_serverRandom.bounded(2) == 0;
    trace(
        u"the server is restored from backup %1%2"_s.arg(which).arg(keepEpoch ? u", keeping its epoch"_s : QString()));
    ++m_report.restores;
    for (auto &server : m_servers) {
        server.reset();
    }

    // What must come back: every value a writing client holds (its cases, outbox, conflicts,
    // archives). A value only the lost server held went with it: no replica can bring it back, and
    // every writer's replica that had it has since replaced or deleted it (its history was its
    // archive). The läsare's copy counts only for values the lost server still had live (seed 11022):
    // what the server had already put in its history was replaced or deleted by a writer, and a
    // läsare, who can bring nothing back, must let go of others' text unarchived once it may no
    // longer see it.
    QSet<QString> held;
    QString epoch;
    {
        auto store = ServerStore::open(m_database);
        if (!store) {
            violation(u"server database not readable before the restore"_s);
            return;
        }
        epoch = (*store)->meta(u"epoch"_s).value_or(QString());
        if (m_reader) {
            held = tokensIn(m_reader->store->database(), ClientHeld);
            held.intersect(tokensIn(QSqlDatabase::database((*store)->connectionName()),
                                    {u"SELECT body FROM cases WHERE deleted = 0"_s}));
        }
    }
    for (const auto &c : m_clients) {
        held.unite(tokensIn(c->store->database(), ClientHeld));
    }
    QSet<QString> restored;
    {
        auto store = ServerStore::open(u"sqlite:"_s + backup.file);
        if (!store) {
            violation(u"backup not readable"_s);
            return;
        }
        restored = tokensIn(QSqlDatabase::database((*store)->connectionName()), ServerArchive);
    }
    for (Written &w : m_ledger) {
        if (!w.exempt && !held.contains(w.token) && !restored.contains(w.token)) {
            w.exempt = true;
            trace(u"    %1 was only in the lost server's history"_s.arg(w.token));
        }
    }

    const QString file = sqliteFile(m_database);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(file + suffix);
    }
    if (!QFile::copy(backup.file, file)) {
        violation(u"the backup could not be copied back"_s);
        return;
    }
    if (keepEpoch) {
        auto store = ServerStore::open(m_database);
        if (!store || !(*store)->setMeta(u"epoch"_s, epoch)) {
            violation(u"the lost server's epoch could not be put back"_s);
            return;
        }
    }
    m_readerAtHome = backup.readerAtHome; // the accounts are as they were then
    for (int i = 0; i < int(m_ports.size()); ++i) {
        if (!startServer(i, m_ports.at(i))) {
            return;
        }
    }
}

} // namespace Fb::Sim
