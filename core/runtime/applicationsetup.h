#pragma once

#include "language.h"

#include <QString>

class QCoreApplication;
class QSettings;

namespace Fb {

// What the desktop app and the CLI do alike before their first window or command: choose the
// interface language and install Qt's and our translators.
class ApplicationSetup
{
public:
    // languageSetting: "sv", "en" or empty for the system's language. Returns the language chosen.
    // Calling it again switches: the translators it installed before are removed.
    static Language installTranslators(QCoreApplication &app, const QString &languageSetting);
};

} // namespace Fb
