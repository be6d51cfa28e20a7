#pragma once

#include <QString>

namespace Fb {

// A profile is one folder holding one replica (and, later, its sync state). The default profile
// lives under the XDG data dir: ~/.local/share/framgangsbank/profiles/default.
class Profile
{
public:
    explicit Profile(QString directory);

    static QString defaultDirectory();

    static Profile defaultProfile() { return Profile(defaultDirectory()); }

    const QString &directory() const { return m_directory; }

    QString replicaPath() const;

private:
    QString m_directory;
};

} // namespace Fb
