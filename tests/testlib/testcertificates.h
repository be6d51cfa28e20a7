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

    // The CA and the server's certificate, "server", for localhost and 127.0.0.1.
    bool create()
    {
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
            && createServerCertificate(QStringLiteral("server"), QStringLiteral("DNS:localhost,IP:127.0.0.1"));
    }

    // Another server certificate signed by this CA, NAME.crt and NAME.key: for the host names in
    // subjectAltName ("DNS:…,IP:…"), valid for two days from now or from notBefore to notAfter
    // ("YYYYMMDDHHMMSSZ"), for the tests of what a client refuses.
    bool createServerCertificate(const QString &name,
                                 const QString &subjectAltName,
                                 const QString &notBefore = {},
                                 const QString &notAfter = {})
    {
        QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly)) {
            return false;
        }
        ext.write("subjectAltName=" + subjectAltName.toLatin1()
                  + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QStringList validity{QStringLiteral("-days"), QStringLiteral("2")};
        if (!notBefore.isEmpty()) {
            validity = {QStringLiteral("-not_before"), notBefore, QStringLiteral("-not_after"), notAfter};
        }
        return openssl({QStringLiteral("req"),
                        QStringLiteral("-newkey"),
                        QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"),
                        m_dir.filePath(name + QStringLiteral(".key")),
                        QStringLiteral("-out"),
                        m_dir.filePath(name + QStringLiteral(".csr")),
                        QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost")})
            && openssl(QStringList{QStringLiteral("x509"),
                                   QStringLiteral("-req"),
                                   QStringLiteral("-in"),
                                   m_dir.filePath(name + QStringLiteral(".csr")),
                                   QStringLiteral("-CA"),
                                   caCertificate(),
                                   QStringLiteral("-CAkey"),
                                   caKey(),
                                   QStringLiteral("-CAcreateserial"),
                                   QStringLiteral("-out"),
                                   m_dir.filePath(name + QStringLiteral(".crt")),
                                   QStringLiteral("-extfile"),
                                   ext.fileName()}
                       + validity);
    }

    // What a server under test needs: the certificate and its private key.
    QSslConfiguration serverConfiguration(const QString &name = QStringLiteral("server")) const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(m_dir.filePath(name + QStringLiteral(".crt"))));
        QFile key(m_dir.filePath(name + QStringLiteral(".key")));
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
