#pragma once

#include <QNetworkAccessManager>
#include <QRandomGenerator64>

namespace Fb::Sim {

// A network manager that injects faults into a client's requests to the real server, drawn from a
// seeded generator so that a run replays exactly: a request dropped before it reaches the server,
// its answer lost after the server committed, the answer cut off midway, a 503 with Retry-After
// instead of the answer, and a request delivered twice. Everything else goes through unchanged.
class FaultNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        DropRequest, // never reaches the server
        DropReply, // the server handled it; the client sees the connection close
        CutReply, // half the body arrives, then the end
        Busy, // 503 with Retry-After instead of the server's answer
        Duplicate, // the server gets it twice; the client sees the second answer
    };
    Q_ENUM(Fault)

    explicit FaultNetwork(quint64 seed, QObject *parent = nullptr);

    // The server's instances (their ports on loopback): with more than one, every request goes to
    // one drawn at random, as through a load balancer, and a duplicate's two copies to different
    // ones.
    void setPorts(const QList<quint16> &ports) { m_ports = ports; }

    // Per mille of requests that get a fault; 0 turns faults off.
    void setFaultRate(int perMille) { m_rate = perMille; }

    int requests() const { return m_requests; }

    int faults() const { return m_faults; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    Fault draw();
    // The request sent to instance n of m_ports (any n; taken modulo their number).
    QNetworkRequest routed(const QNetworkRequest &request, quint32 n) const;

    QRandomGenerator64 m_random;
    QRandomGenerator64 m_balance; // apart from m_random: the faults are those of one instance
    QList<quint16> m_ports;
    int m_rate = 0;
    int m_requests = 0;
    int m_faults = 0;
};

} // namespace Fb::Sim
