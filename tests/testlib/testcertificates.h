#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// A throw-away certificate authority and a server certificate for localhost and 127.0.0.1,
// made with the real openssl, so tests exercise real TLS with real verification.
class TestCertificates
{
public:
    explicit TestCertificates(const QString &directory)
        : m_dir(directory)
    {
    }

    bool create()
    {
        QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly)) {
            return false;
        }
        ext.write(
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        const QStringList curve{QStringLiteral("-newkey"),
                                QStringLiteral("ec"),
                                QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"),
                                QStringLiteral("-nodes")};
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + curve
                       + QStringList{QStringLiteral("-keyout"),
                                     caKey(),
                                     QStringLiteral("-out"),
                                     caCertificate(),
                                     QStringLiteral("-subj"),
                                     QStringLiteral("/CN=Framgangsbanken Test CA"),
                                     QStringLiteral("-days"),
                                     QStringLiteral("2"),
                                     QStringLiteral("-addext"),
                                     QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                     QStringLiteral("-addext"),
                                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
            && openssl(QStringList{QStringLiteral("req")} + curve
                       + QStringList{QStringLiteral("-keyout"),
                                     serverKey(),
                                     QStringLiteral("-out"),
                                     m_dir.filePath(QStringLiteral("server.csr")),
                                     QStringLiteral("-subj"),
                                     QStringLiteral("/CN=localhost")})
            && openssl({QStringLiteral("x509"),
                        QStringLiteral("-req"),
                        QStringLiteral("-in"),
                        m_dir.filePath(QStringLiteral("server.csr")),
                        QStringLiteral("-CA"),
                        caCertificate(),
                        QStringLiteral("-CAkey"),
                        caKey(),
                        QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"),
                        serverCertificate(),
                        QStringLiteral("-days"),
                        QStringLiteral("2"),
                        QStringLiteral("-extfile"),
                        ext.fileName()});
    }

    // What a server under test needs: the certificate and its private key.
    QSslConfiguration serverConfiguration() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(serverCertificate()));
        QFile key(serverKey());
        if (key.open(QIODevice::ReadOnly)) {
            tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        }
        return tls;
    }

    QString caCertificate() const { return m_dir.filePath(QStringLiteral("ca.crt")); }

    QString caKey() const { return m_dir.filePath(QStringLiteral("ca.key")); }

    QString serverCertificate() const { return m_dir.filePath(QStringLiteral("server.crt")); }

    QString serverKey() const { return m_dir.filePath(QStringLiteral("server.key")); }

private:
    bool openssl(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), arguments);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QDir m_dir;
};
