#pragma once

#include <QString>

class QTextStream;

namespace Fb {

// Reads a password from standard input: without echo at a terminal (the prompt goes to err),
// one line when piped. Passwords never come from the command line, where other users and shell
// histories would see them.
class PasswordPrompt
{
public:
    static QString read(QTextStream &err, const QString &prompt);
};

} // namespace Fb
