#include "machineconfig.h"
#include "testcertificates.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// IT's per-machine settings, read from real INI files: what is valid is taken, what is not is left
// out with the key named, and nothing stops the app.
class TestMachineConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void read_data();
    void read();
    void missingFileGivesDefaults();
    void environmentNamesTheFile();
    void proxyReachesTheNetworkManager_data();
    void proxyReachesTheNetworkManager();

private:
    MachineConfig readText(const QByteArray &text);

    QTemporaryDir m_dir;
    std::unique_ptr<TestCertificates> m_certificates;
};

void TestMachineConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_dir.path());
    QVERIFY(m_certificates->create());
}

MachineConfig TestMachineConfig::readText(const QByteArray &text)
{
    QByteArray contents = text;
    contents.replace("@CA@", m_certificates->caCertificate().toUtf8());
    contents.replace("@KEY@", m_certificates->caKey().toUtf8());
    contents.replace("@MISSING@", m_dir.filePath(u"missing.pem"_s).toUtf8());
    const QString file = m_dir.filePath(u"framgangsbank.conf"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(file));
    }
    out.close();
    QSettings settings(file, QSettings::IniFormat);
    return MachineConfig::read(settings);
}

void TestMachineConfig::read_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("hasCa");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("proxyMode");
    QTest::addColumn<QString>("proxyHost");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QStringList>("problems");

    const int system = int(MachineConfig::ProxyMode::System);
    const int none = int(MachineConfig::ProxyMode::None);
    const int manual = int(MachineConfig::ProxyMode::Manual);
    QTest::newRow("empty") << QByteArray() << QString() << false << false << system << QString() << 5 << QStringList();
    QTest::newRow("everything") << QByteArray(
        "[server]\nurl=https://bank.kommun.se\nca=@CA@\nlocked=true\n"
        "[network]\nproxy=http://proxy.kommun.se:3128\n[sync]\ninterval_minutes=15\n")
                                << u"https://bank.kommun.se"_s << true << true << manual << u"proxy.kommun.se"_s << 15
                                << QStringList();
    QTest::newRow("socks and no proxy") << QByteArray("[network]\nproxy=socks5://10.0.0.1:1080\n") << QString() << false
                                        << false << manual << u"10.0.0.1"_s << 5 << QStringList();
    QTest::newRow("proxy none") << QByteArray("[network]\nproxy=none\n") << QString() << false << false << none
                                << QString() << 5 << QStringList();
    QTest::newRow("plain http server left out, rest taken")
        << QByteArray("[server]\nurl=http://bank.kommun.se\n[sync]\ninterval_minutes=30\n") << QString() << false
        << false << system << QString() << 30 << QStringList{u"server/url"_s};
    QTest::newRow("server with a path") << QByteArray("[server]\nurl=https://bank.kommun.se/api\n") << QString()
                                        << false << false << system << QString() << 5 << QStringList{u"server/url"_s};
    QTest::newRow("missing CA file") << QByteArray("[server]\nurl=https://bank.kommun.se\nca=@MISSING@\n")
                                     << u"https://bank.kommun.se"_s << false << false << system << QString() << 5
                                     << QStringList{u"server/ca"_s};
    QTest::newRow("CA file that is a key") << QByteArray("[server]\nca=@KEY@\n") << QString() << false << false
                                           << system << QString() << 5 << QStringList{u"server/ca"_s};
    QTest::newRow("proxy with a password")
        << QByteArray("[network]\nproxy=http://anna:hemligt@proxy:3128\n") << QString() << false << false << system
        << QString() << 5 << QStringList{u"network/proxy"_s};
    QTest::newRow("proxy with a password, no port")
        << QByteArray("[network]\nproxy=http://anna:hemligt@proxy\n") << QString() << false << false << system
        << QString() << 5 << QStringList{u"network/proxy"_s};
    QTest::newRow("proxy without a port")
        << QByteArray("[network]\nproxy=http://proxy.kommun.se\n") << QString() << false << false << system << QString()
        << 5 << QStringList{u"network/proxy"_s};
    QTest::newRow("ftp proxy") << QByteArray("[network]\nproxy=ftp://proxy:21\n") << QString() << false << false
                               << system << QString() << 5 << QStringList{u"network/proxy"_s};
    QTest::newRow("interval zero") << QByteArray("[sync]\ninterval_minutes=0\n") << QString() << false << false
                                   << system << QString() << 5 << QStringList{u"sync/interval_minutes"_s};
    QTest::newRow("interval text") << QByteArray("[sync]\ninterval_minutes=ofta\n") << QString() << false << false
                                   << system << QString() << 5 << QStringList{u"sync/interval_minutes"_s};
    QTest::newRow("interval over a day") << QByteArray("[sync]\ninterval_minutes=1441\n") << QString() << false << false
                                         << system << QString() << 5 << QStringList{u"sync/interval_minutes"_s};
    QTest::newRow("every problem at once")
        << QByteArray("[server]\nurl=ftp://x\nca=@MISSING@\n[network]\nproxy=nonsense\n[sync]\ninterval_minutes=-3\n")
        << QString() << false << false << system << QString() << 5
        << QStringList{u"server/url"_s, u"server/ca"_s, u"network/proxy"_s, u"sync/interval_minutes"_s};
}

void TestMachineConfig::read()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, server);
    QFETCH(bool, hasCa);
    QFETCH(bool, locked);
    QFETCH(int, proxyMode);
    QFETCH(QString, proxyHost);
    QFETCH(int, minutes);
    QFETCH(QStringList, problems);

    const MachineConfig config = readText(text);
    QStringList paths;
    for (const Error &e : config.problems()) {
        paths.append(e.path);
        QVERIFY(e.code != ErrorCode::None);
        // What is reported is shown and logged: never a password from the file.
        QVERIFY2(!e.detail.contains(u"hemligt"_s), qPrintable(e.detail));
    }
    QCOMPARE(paths, problems);
    QCOMPARE(config.serverUrl(), server);
    QCOMPARE(config.caFile(), hasCa ? m_certificates->caCertificate() : QString());
    QCOMPARE(config.serverLocked(), locked);
    QCOMPARE(int(config.proxyMode()), proxyMode);
    if (config.proxyMode() == MachineConfig::ProxyMode::Manual) {
        QCOMPARE(config.proxy().hostName(), proxyHost);
    }
    QCOMPARE(config.syncIntervalMinutes(), minutes);
}

void TestMachineConfig::missingFileGivesDefaults()
{
    QSettings settings(m_dir.filePath(u"nowhere/framgangsbank.conf"_s), QSettings::IniFormat);
    const MachineConfig config = MachineConfig::read(settings);
    QVERIFY(config.problems().isEmpty());
    QVERIFY(config.serverUrl().isEmpty());
    QCOMPARE(config.syncIntervalMinutes(), MachineConfig::DefaultSyncMinutes);
    QCOMPARE(config.proxyMode(), MachineConfig::ProxyMode::System);
}

void TestMachineConfig::environmentNamesTheFile()
{
    readText("[server]\nurl=https://env.kommun.se\n");
    qputenv("FB_MACHINE_CONFIG", m_dir.filePath(u"framgangsbank.conf"_s).toUtf8());
    const MachineConfig config = MachineConfig::readSystem();
    qunsetenv("FB_MACHINE_CONFIG");
    QCOMPARE(config.serverUrl(), u"https://env.kommun.se"_s);
    QCOMPARE(config.source(), m_dir.filePath(u"framgangsbank.conf"_s));
}

void TestMachineConfig::proxyReachesTheNetworkManager_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("manual http") << QByteArray("[network]\nproxy=http://proxy.kommun.se:3128\n")
                                 << int(QNetworkProxy::HttpProxy) << u"proxy.kommun.se"_s << 3128;
    QTest::newRow("manual socks") << QByteArray("[network]\nproxy=socks5://10.1.2.3:1080\n")
                                  << int(QNetworkProxy::Socks5Proxy) << u"10.1.2.3"_s << 1080;
    QTest::newRow("none") << QByteArray("[network]\nproxy=none\n") << int(QNetworkProxy::NoProxy) << QString() << 0;
    QTest::newRow("system") << QByteArray("[network]\nproxy=system\n") << int(QNetworkProxy::DefaultProxy) << QString()
                            << 0;
}

void TestMachineConfig::proxyReachesTheNetworkManager()
{
    QFETCH(QByteArray, text);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QNetworkAccessManager nam;
    readText(text).applyProxy(nam);
    QCOMPARE(int(nam.proxy().type()), type);
    QCOMPARE(nam.proxy().hostName(), host);
    QCOMPARE(int(nam.proxy().port()), port);
}

QTEST_GUILESS_MAIN(TestMachineConfig)
#include "tst_machineconfig.moc"
