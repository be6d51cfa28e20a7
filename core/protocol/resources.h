#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Fb {

// Reads a data file built into the program (a Qt resource path such as ":/fb/data/…"). A missing
// resource means a broken installation, reported as ResourceMissing.
Result<QByteArray> readResource(const QString &path);

} // namespace Fb
