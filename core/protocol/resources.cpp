#include "resources.h"

#include <QFile>

namespace Fb {

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::ResourceMissing, path, file.errorString()};
    }
    return file.readAll();
}

} // namespace Fb
