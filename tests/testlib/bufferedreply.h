#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Fb::Test {

// A network reply whose answer a test makes: a body, a status and an error, delivered when the
// test calls finishWith(). For fault injection and canned answers; header-only, no signals of its
// own (so no moc for testlib).
class BufferedReply : public QNetworkReply
{
public:
    explicit BufferedReply(const QNetworkRequest &request,
                           QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation,
                           QObject *parent = nullptr)
        : QNetworkReply(parent)
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
    }

    void abort() override { }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

    // Ends the reply: with error NoError the body is the answer, otherwise it fails with error.
    void finishWith(int status,
                    QByteArray body,
                    QNetworkReply::NetworkError error = QNetworkReply::NoError,
                    const QString &errorText = {})
    {
        if (status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        }
        m_body = std::move(body);
        if (error != QNetworkReply::NoError) {
            setError(error, errorText);
        }
        setFinished(true);
        if (error != QNetworkReply::NoError) {
            Q_EMIT errorOccurred(error);
        } else {
            Q_EMIT readyRead();
        }
        Q_EMIT finished();
    }

    using QNetworkReply::setAttribute;
    using QNetworkReply::setRawHeader;

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
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace Fb::Test
