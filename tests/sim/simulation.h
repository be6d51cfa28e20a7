#pragma once

#include "referencedata.h"
#include "vocabularies.h"

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <memory>

namespace Fb::Sim {

// What every run shares: the built-in data and the server's TLS set-up (certificates are slow to
// make, so they are made once).
struct Environment
{
    const Vocabularies &vocabularies;
    const ReferenceData &referenceData;
    QSslConfiguration tls;
    QString caFile;
};

struct Config
{
    quint64 seed = 1;
    int clients = 3; // 2–8
    int steps = 40; // operations drawn before the faults stop
    int faultPerMille = 150; // requests that get a fault
    bool crashes = true; // clients crash between operations and in the middle of a sync
    bool serverRestarts = true;
    // Server instances on the one database, each client's requests spread over them as by a load
    // balancer (Duplicate faults deliver the two copies to different instances). More than one
    // needs a database that several servers share: PostgreSQL.
    int instances = 1;
    // The server's clock off by up to five minutes per instance, and jumping by up to 40 days
    // (token lifetime: 30) forwards or backwards when every instance restarts.
    bool clockSkew = true;
    // Backups taken now and then (SQLite: ServerStore::backup, a new epoch in the copy) and the
    // server restored from an older one, half the time with the lost server's epoch kept, as when
    // the file is copied back by hand. Values that only the lost server's history held may go;
    // everything a client or the lost server still held must come back.
    bool restores = true;
    // One more user, a läsare who only reads, moved now and then by an administrator between the
    // clients' municipality (where every case is for them to read) and another one (where the
    // clients' drafts are not): their replica must hold exactly what they may read. Drawn from a
    // generator of its own, so the other clients' operations are those of a run without it.
    bool reader = true;
    // Review moves and remarks (docs/server.md, "Review"): client 0 is a samordnare, the others
    // redaktörer; drawn from a generator of their own, so the other operations stay as they were.
    bool reviews = true;
    // Attachments (docs/sync.md, "Blobs"): now and then a client attaches a file of its own to a
    // case; its name carries a token. From a generator of their own as well.
    bool attachments = false;
    bool keepFiles = false; // leave the server's and the clients' files for a look (replays)
    // The server's database (ServerStore::open); empty: a SQLite file in the run's folder. An
    // empty PostgreSQL database runs the same simulation on the other backend.
    QString databaseUrl;
    QString watchCase; // trace every client's sync state of this case after every operation
    bool echo = false; // every trace line to standard error as it happens

    // Failure-point enumeration (docs/sync.md): with enumerate, no crash is drawn at random and
    // the operations' syncs always step, so that a run without faults counts its points
    // (Report::pauses, Report::writes) and each later run of the same seed fails exactly one:
    // the client crashes at that pause of a sync, or that write transaction of a client's replica
    // fails as on a full disk and the client is reopened from disk. -1: none.
    bool enumerate = false;
    int crashAtPause = -1;
    int failWriteAt = -1;
};

// One run's outcome. violations is empty when every invariant held.
struct Report
{
    quint64 seed = 0;
    QStringList violations;
    QStringList trace; // every operation, for reading a failing seed
    int syncs = 0;
    int failedSyncs = 0;
    int requests = 0;
    int faults = 0;
    int crashes = 0;
    int restarts = 0;
    int restores = 0; // the server restored from an older backup
    int conflicts = 0; // conflicts the clients settled
    int tokens = 0; // values written and checked
    int pauses = 0; // steps of syncs the operations ran (enumerated crash points)
    int writes = 0; // write transactions of the clients while the operations ran

    bool ok() const { return violations.isEmpty(); }
};

// A deterministic simulation of several clients and the real server (docs/sync.md, "Proving that
// no edit is lost"). Each client is a real replica file driven through the same classes the app
// and the CLI use (LocalEdits, ReplicaEditor, SyncEngine), one operation at a time on this thread;
// the server is the real ApiServer over TLS on loopback, on SQLite. A seeded generator draws the
// operations, the faults of every request (FaultNetwork), client crashes (the replica reopened
// from disk, also between two steps of a sync) and server restarts. Every value written carries a
// unique token; when the faults stop and the clients have synced until quiet, run() checks:
// - every token saved is in the server's history of its case, or in an archive of discarded
//   values (a client's or the server's), unless the same client replaced it before it left;
// - every replica holds exactly the server's cases, with the same content;
// - no case was created twice, and every case's versions run 1, 2, 3… without a gap;
// - no outbox row, conflict or refused change is left over.
class Simulation
{
public:
    Simulation(const Environment &environment, const Config &config);
    ~Simulation();

    Report run();

private:
    class Run;
    const Environment &m_environment;
    Config m_config;
};

} // namespace Fb::Sim
