#pragma once

#include "error.h"

#include <QList>
#include <QNetworkProxy>
#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace Fb {

// Settings that IT sets for every user of a computer (docs/deployment.md): the server to log in
// to, the organisation's CA certificate, the proxy and how often to sync. The app reads them
// before the user's own settings; a user may change the server and CA at login unless IT locked
// them. An entry that is not valid is left out and reported, never fatal: the app still starts.
class MachineConfig
{
public:
    enum class ProxyMode {
        System, // the desktop's proxy settings (the default)
        None,
        Manual,
    };

    static constexpr int DefaultSyncMinutes = 5;
    static constexpr int MinSyncMinutes = 1;
    static constexpr int MaxSyncMinutes = 24 * 60;

    // The system-wide file: /etc/xdg/framgangsbank/framgangsbank.conf on Linux (under
    // $XDG_CONFIG_DIRS), the machine's registry key HKLM\Software\framgangsbank on Windows.
    // FB_MACHINE_CONFIG names another INI file (tests, trials by IT).
    static MachineConfig readSystem();
    static MachineConfig read(QSettings &settings);

    const QString &source() const { return m_source; }

    const QString &serverUrl() const { return m_serverUrl; }

    const QString &caFile() const { return m_caFile; }

    // The server and CA fields at login are fixed to the values above.
    bool serverLocked() const { return m_serverLocked; }

    ProxyMode proxyMode() const { return m_proxyMode; }

    const QNetworkProxy &proxy() const { return m_proxy; }

    int syncIntervalMinutes() const { return m_syncMinutes; }

    // Entries left out, each with the key as its path.
    const QList<Error> &problems() const { return m_problems; }

    void applyProxy(QNetworkAccessManager &nam) const;

private:
    QString m_source;
    QString m_serverUrl;
    QString m_caFile;
    bool m_serverLocked = false;
    ProxyMode m_proxyMode = ProxyMode::System;
    QNetworkProxy m_proxy;
    int m_syncMinutes = DefaultSyncMinutes;
    QList<Error> m_problems;
};

} // namespace Fb
