#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace Fb {

// Plain-language, translated text for an Error, for the UI and the CLI alike. Core code reports
// codes; only this turns them into words.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(Fb::ErrorMessages)

public:
    static QString text(const Error &error);
};

} // namespace Fb
