#include "profile.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fb {

Profile::Profile(QString directory)
    : m_directory(QDir(directory).absolutePath())
{
}

QString Profile::defaultDirectory()
{
    // GenericDataLocation, not AppDataLocation: the app and the CLI have different application
    // names but must find the same replica.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/framgangsbank/profiles/default"_s;
}

QString Profile::replicaPath() const
{
    return m_directory + u"/replica.sqlite"_s;
}

} // namespace Fb
