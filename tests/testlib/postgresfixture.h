#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

// A real PostgreSQL server for one test process: initdb into a temporary directory, started with
// pg_ctl as the unprivileged "postgres" user, listening on a Unix socket only (no TCP port to
// collide with anything), stopped and removed when the fixture goes.
class PostgresFixture
{
public:
    // For initTestCase_data(): run every test function on both storage backends.
    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }

    ~PostgresFixture() { stop(); }

    // Empty when it started; otherwise what went wrong.
    QString start()
    {
        const QStringList candidates =
            QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (candidates.isEmpty()) {
            return QStringLiteral("PostgreSQL is not installed (tools/packages.txt has postgresql-17)");
        }
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(candidates.last());
        if (!m_dir.isValid()) {
            return QStringLiteral("no temporary directory");
        }
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_socket = m_dir.path();
        if (!run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()})) {
            return QStringLiteral("chown failed: the fixture runs as root inside the build root");
        }
        if (!asPostgres({m_bin + QStringLiteral("initdb"),
                         QStringLiteral("-D"),
                         m_data,
                         QStringLiteral("-A"),
                         QStringLiteral("trust"),
                         QStringLiteral("-U"),
                         user(),
                         QStringLiteral("-E"),
                         QStringLiteral("UTF8"),
                         QStringLiteral("--no-sync")})) {
            return QStringLiteral("initdb failed: ") + m_output;
        }
        if (!asPostgres({m_bin + QStringLiteral("pg_ctl"),
                         QStringLiteral("-D"),
                         m_data,
                         QStringLiteral("-o"),
                         serverOptions(),
                         QStringLiteral("-w"),
                         QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("log")),
                         QStringLiteral("start")})) {
            return QStringLiteral("pg_ctl start failed: ") + m_output;
        }
        m_running = true;
        return {};
    }

    // A fresh, empty database for one test function; its URL for ServerStore::open.
    QString freshDatabase(const QString &name)
    {
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-fixture-admin"));
            admin.setHostName(m_socket);
            admin.setPort(port());
            admin.setUserName(user());
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (admin.open()) {
                QSqlQuery q(admin);
                // "does not exist, skipping" for every fresh database is noise.
                q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
                q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
                admin.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-fixture-admin"));
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user(), name, m_socket).arg(port());
    }

    // Where a dump of database name goes: a folder the postgres user may write.
    QString dumpFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".dump")); }

    // pg_dump of database name into file, as IT backs up a server on PostgreSQL.
    bool dump(const QString &name, const QString &file)
    {
        return asPostgres(QStringList{m_bin + QStringLiteral("pg_dump")} + connection()
                          + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), file, name});
    }

    // Database name dropped, created empty and filled from a dump with pg_restore, as IT
    // restores a server on PostgreSQL. Nothing may be connected to it.
    bool restore(const QString &name, const QString &file)
    {
        (void)freshDatabase(name);
        return asPostgres(QStringList{m_bin + QStringLiteral("pg_restore")} + connection()
                          + QStringList{QStringLiteral("-d"), name, file});
    }

    // The database server stopped and started again, as on an update or a failover: every
    // connection to it dies. Empty when it is back; otherwise what went wrong.
    QString restart()
    {
        if (!asPostgres({m_bin + QStringLiteral("pg_ctl"),
                         QStringLiteral("-D"),
                         m_data,
                         QStringLiteral("-m"),
                         QStringLiteral("fast"),
                         QStringLiteral("-o"),
                         serverOptions(),
                         QStringLiteral("-w"),
                         QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("log")),
                         QStringLiteral("restart")})) {
            return QStringLiteral("pg_ctl restart failed: ") + m_output;
        }
        return {};
    }

    void stop()
    {
        if (m_running) {
            asPostgres({m_bin + QStringLiteral("pg_ctl"),
                        QStringLiteral("-D"),
                        m_data,
                        QStringLiteral("-m"),
                        QStringLiteral("immediate"),
                        QStringLiteral("stop")});
            m_running = false;
        }
    }

private:
    static QString user() { return QStringLiteral("fbtest"); }

    // Unix socket only, in the fixture's folder; no fsync: a test database need not survive a crash.
    QString serverOptions() const
    {
        return QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -p %2").arg(m_socket).arg(port());
    }

    static int port() { return 54329; } // only names the socket file; no TCP port is opened

    // The client tools' options to reach this server.
    QStringList connection() const
    {
        return {QStringLiteral("-h"),
                m_socket,
                QStringLiteral("-p"),
                QString::number(port()),
                QStringLiteral("-U"),
                user()};
    }

    bool asPostgres(const QStringList &command)
    {
        return run(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command);
    }

    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, arguments);
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        m_output = QString::fromLocal8Bit(p.readAll()).right(2000);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_socket;
    QString m_output;
    bool m_running = false;
};
