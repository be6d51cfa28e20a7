#include "machineconfig.h"

#include "serverapi.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslCertificate>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

// The proxy as a URL: http://host:port or socks5://host:port. No credentials: they would sit in
// a file every user can read; a proxy that needs them is reached through the desktop's settings.
Result<QNetworkProxy> parseProxy(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    // The message names the entry, never a password in it: messages go to the log and the screen.
    if (!url.userInfo().isEmpty() || text.contains(u'@')) {
        return Error{ErrorCode::InvalidValue, u"network/proxy"_s, u"credentials in the proxy URL"_s};
    }
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0) {
        return Error{ErrorCode::InvalidUrl, u"network/proxy"_s, text};
    }
    QNetworkProxy::ProxyType type;
    if (url.scheme() == "http"_L1) {
        type = QNetworkProxy::HttpProxy;
    } else if (url.scheme() == "socks5"_L1) {
        type = QNetworkProxy::Socks5Proxy;
    } else {
        return Error{ErrorCode::InvalidValue, u"network/proxy"_s, url.scheme()};
    }
    return QNetworkProxy(type, url.host(), quint16(url.port()));
}

} // namespace

MachineConfig MachineConfig::readSystem()
{
    if (const QString file = qEnvironmentVariable("FB_MACHINE_CONFIG"); !file.isEmpty()) {
        QSettings settings(file, QSettings::IniFormat);
        return read(settings);
    }
    QSettings settings(QSettings::SystemScope, u"framgangsbank"_s, u"framgangsbank"_s);
    return read(settings);
}

MachineConfig MachineConfig::read(QSettings &settings)
{
    MachineConfig config;
    config.m_source = settings.fileName();
    if (settings.status() != QSettings::NoError) {
        config.m_problems.append(Error{ErrorCode::FileOpenFailed, config.m_source, {}});
        return config;
    }
    auto problem = [&config](Error error) {
        config.m_problems.append(std::move(error));
    };

    if (const QString url = settings.value(u"server/url"_s).toString().trimmed(); !url.isEmpty()) {
        if (const Result<QUrl> parsed = ServerSettings::parseUrl(url, false)) {
            config.m_serverUrl = parsed->toString();
        } else {
            problem(Error{parsed.code(), u"server/url"_s, url});
        }
    }
    if (const QString ca = settings.value(u"server/ca"_s).toString().trimmed(); !ca.isEmpty()) {
        if (!QFileInfo(ca).isReadable()) {
            problem(Error{ErrorCode::FileOpenFailed, u"server/ca"_s, ca});
        } else if (QSslCertificate::fromPath(ca, QSsl::Pem).isEmpty()) {
            problem(Error{ErrorCode::CertificateInvalid, u"server/ca"_s, ca});
        } else {
            config.m_caFile = ca;
        }
    }
    config.m_serverLocked = settings.value(u"server/locked"_s, false).toBool();

    const QString proxy = settings.value(u"network/proxy"_s).toString().trimmed();
    if (proxy.isEmpty() || proxy == "system"_L1) {
        config.m_proxyMode = ProxyMode::System;
    } else if (proxy == "none"_L1) {
        config.m_proxyMode = ProxyMode::None;
    } else if (const Result<QNetworkProxy> parsed = parseProxy(proxy)) {
        config.m_proxyMode = ProxyMode::Manual;
        config.m_proxy = *parsed;
    } else {
        problem(parsed.error());
    }

    if (const QVariant minutes = settings.value(u"sync/interval_minutes"_s); minutes.isValid()) {
        bool ok = false;
        const int value = minutes.toString().trimmed().toInt(&ok);
        if (ok && value >= MinSyncMinutes && value <= MaxSyncMinutes) {
            config.m_syncMinutes = value;
        } else {
            problem(Error{ErrorCode::InvalidValue, u"sync/interval_minutes"_s, minutes.toString()});
        }
    }
    return config;
}

void MachineConfig::applyProxy(QNetworkAccessManager &nam) const
{
    switch (m_proxyMode) {
    case ProxyMode::System:
        // Qt leaves the desktop's settings (and the *_proxy variables) unused unless asked.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        nam.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        break;
    case ProxyMode::None: nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); break;
    case ProxyMode::Manual: nam.setProxy(m_proxy); break;
    }
}

} // namespace Fb
