#include "faultnetwork.h"

#include "bufferedreply.h"
#include "error.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fb::Sim {

namespace {

// The answer the client sees: the inner reply's, or a fault made of it.
class FaultReply : public Test::BufferedReply
{
public:
    FaultReply(QNetworkReply *inner, const QNetworkRequest &request, FaultNetwork::Fault fault, QObject *parent)
        : BufferedReply(request, inner ? inner->operation() : QNetworkAccessManager::GetOperation, parent)
        , m_fault(fault)
    {
        if (!inner) {
            // Dropped before it left: fails on the next turn of the event loop, like a refused
            // connection.
            QTimer::singleShot(0, this, [this] {
                finishWith(0, {}, QNetworkReply::ConnectionRefusedError, u"simulated: request dropped"_s);
            });
            return;
        }
        inner->setParent(this);
        connect(inner, &QNetworkReply::finished, this, [this, inner] {
            finishFrom(inner);
        });
    }

private:
    void finishFrom(QNetworkReply *inner)
    {
        switch (m_fault) {
        case FaultNetwork::Fault::DropReply:
            finishWith(0, {}, QNetworkReply::RemoteHostClosedError, u"simulated: answer lost"_s);
            return;
        case FaultNetwork::Fault::Busy:
            setRawHeader("Retry-After", "1");
            setRawHeader("Content-Type", "application/json");
            finishWith(503,
                       R"({"error":{"code":")" + errorCodeName(ErrorCode::Overloaded).toLatin1() + R"("}})",
                       QNetworkReply::ServiceUnavailableError,
                       u"simulated: busy"_s);
            return;
        default: break;
        }
        for (const auto &[name, value] : inner->rawHeaderPairs()) {
            setRawHeader(name, value);
        }
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                     inner->attribute(QNetworkRequest::HttpReasonPhraseAttribute));
        const int status = inner->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = inner->readAll();
        if (m_fault == FaultNetwork::Fault::CutReply) {
            body.truncate(body.size() / 2);
            finishWith(status, body, QNetworkReply::RemoteHostClosedError, u"simulated: answer cut off"_s);
            return;
        }
        finishWith(status, body, inner->error(), inner->errorString());
    }

    FaultNetwork::Fault m_fault;
};

} // namespace

FaultNetwork::FaultNetwork(quint64 seed, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_random(seed)
    , m_balance(seed ^ 0x62616c616e636500ULL)
{
}

FaultNetwork::Fault FaultNetwork::draw()
{
    if (m_rate <= 0 || int(m_random.bounded(1000)) >= m_rate) {
        return Fault::None;
    }
    ++m_faults;
    switch (m_random.bounded(5)) {
    case 0: return Fault::DropRequest;
    case 1: return Fault::DropReply;
    case 2: return Fault::CutReply;
    case 3: return Fault::Busy;
    default: return Fault::Duplicate;
    }
}

QNetworkRequest FaultNetwork::routed(const QNetworkRequest &request, quint32 n) const
{
    if (m_ports.size() < 2) {
        return request;
    }
    QNetworkRequest to = request;
    QUrl url = request.url();
    url.setPort(m_ports.at(qsizetype(n % quint32(m_ports.size()))));
    to.setUrl(url);
    return to;
}

QNetworkReply *FaultNetwork::createRequest(Operation op, const QNetworkRequest &original, QIODevice *data)
{
    if (original.url().path() == "/api/v1/organisations"_L1) {
        // The organisation list: read-only, and a failure only puts it off to the next sync.
        // Nothing is drawn for it, so the seeds found before clients fetched it replay as they
        // did (tst_syncengine tests its faults).
        return QNetworkAccessManager::createRequest(op, original, data);
    }
    ++m_requests;
    const quint32 instance = m_ports.size() > 1 ? m_balance.generate() : 0;
    const QNetworkRequest request = routed(original, instance);
    const Fault fault = draw();
    if (fault == Fault::DropRequest) {
        return new FaultReply(nullptr, request, fault, this);
    }
    if (fault == Fault::Duplicate) {
        // The body is read once and sent twice; the first answer is thrown away unread.
        const QByteArray body = data ? data->readAll() : QByteArray();
        auto *firstBody = new QBuffer(this);
        firstBody->setData(body);
        firstBody->open(QIODevice::ReadOnly);
        QNetworkReply *first =
            QNetworkAccessManager::createRequest(op, routed(original, instance + 1), data ? firstBody : nullptr);
        connect(first, &QNetworkReply::finished, first, &QObject::deleteLater);
        auto *secondBody = new QBuffer(this);
        secondBody->setData(body);
        secondBody->open(QIODevice::ReadOnly);
        return new FaultReply(QNetworkAccessManager::createRequest(op, request, data ? secondBody : nullptr),
                              request,
                              Fault::None,
                              this);
    }
    return new FaultReply(QNetworkAccessManager::createRequest(op, request, data), request, fault, this);
}

} // namespace Fb::Sim
