#include "faultnetwork.h"

#include "error.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fb::Sim {

namespace {

// The answer the client sees: the inner reply's, or a fault made of it.
class FaultReply : public QNetworkReply
{
public:
    FaultReply(QNetworkReply *inner, FaultNetwork::Fault fault, QObject *parent)
        : QNetworkReply(parent)
        , m_fault(fault)
    {
        setOperation(inner ? inner->operation() : QNetworkAccessManager::GetOperation);
        if (inner) {
            setRequest(inner->request());
            setUrl(inner->url());
            inner->setParent(this);
        }
        open(QIODevice::ReadOnly);
        if (!inner) {
            // Dropped before it left: fails on the next turn of the event loop, like a refused
            // connection.
            QTimer::singleShot(0, this, [this] {
                fail(QNetworkReply::ConnectionRefusedError, u"simulated: request dropped"_s);
            });
            return;
        }
        connect(inner, &QNetworkReply::finished, this, [this, inner] {
            finishFrom(inner);
        });
    }

    void abort() override { }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_body.size() - m_offset);
        if (n <= 0) {
            return -1;
        }
        std::copy_n(m_body.constData() + m_offset, n, data);
        m_offset += n;
        return n;
    }

private:
    void fail(QNetworkReply::NetworkError error, const QString &text)
    {
        setError(error, text);
        setFinished(true);
        Q_EMIT errorOccurred(error);
        Q_EMIT finished();
    }

    void finishFrom(QNetworkReply *inner)
    {
        switch (m_fault) {
        case FaultNetwork::Fault::DropReply:
            fail(QNetworkReply::RemoteHostClosedError, u"simulated: answer lost"_s);
            return;
        case FaultNetwork::Fault::Busy:
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 503);
            setRawHeader("Retry-After", "1");
            setRawHeader("Content-Type", "application/json");
            m_body = R"({"error":{"code":")" + errorCodeName(ErrorCode::Overloaded).toLatin1() + R"("}})";
            setError(QNetworkReply::ServiceUnavailableError, u"simulated: busy"_s);
            setFinished(true);
            Q_EMIT errorOccurred(QNetworkReply::ServiceUnavailableError);
            Q_EMIT finished();
            return;
        default: break;
        }
        for (const auto &[name, value] : inner->rawHeaderPairs()) {
            setRawHeader(name, value);
        }
        for (auto attribute : {QNetworkRequest::HttpStatusCodeAttribute, QNetworkRequest::HttpReasonPhraseAttribute}) {
            setAttribute(attribute, inner->attribute(attribute));
        }
        m_body = inner->readAll();
        if (m_fault == FaultNetwork::Fault::CutReply) {
            m_body.truncate(m_body.size() / 2);
            fail(QNetworkReply::RemoteHostClosedError, u"simulated: answer cut off"_s);
            return;
        }
        if (inner->error() != QNetworkReply::NoError) {
            fail(inner->error(), inner->errorString());
            return;
        }
        setFinished(true);
        Q_EMIT readyRead();
        Q_EMIT finished();
    }

    FaultNetwork::Fault m_fault;
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

FaultNetwork::FaultNetwork(quint64 seed, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_random(seed)
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

QNetworkReply *FaultNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    ++m_requests;
    const Fault fault = draw();
    if (fault == Fault::DropRequest) {
        return new FaultReply(nullptr, fault, this);
    }
    if (fault == Fault::Duplicate) {
        // The body is read once and sent twice; the first answer is thrown away unread.
        const QByteArray body = data ? data->readAll() : QByteArray();
        auto *firstBody = new QBuffer(this);
        firstBody->setData(body);
        firstBody->open(QIODevice::ReadOnly);
        QNetworkReply *first = QNetworkAccessManager::createRequest(op, request, data ? firstBody : nullptr);
        connect(first, &QNetworkReply::finished, first, &QObject::deleteLater);
        auto *secondBody = new QBuffer(this);
        secondBody->setData(body);
        secondBody->open(QIODevice::ReadOnly);
        return new FaultReply(QNetworkAccessManager::createRequest(op, request, data ? secondBody : nullptr),
                              Fault::None,
                              this);
    }
    return new FaultReply(QNetworkAccessManager::createRequest(op, request, data), fault, this);
}

} // namespace Fb::Sim
