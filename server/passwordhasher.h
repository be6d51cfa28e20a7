#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Fb {

// Passwords hashed with Argon2id (libsodium's crypto_pwhash_str): the encoded string holds salt
// and parameters, so they can be raised later without breaking old hashes (needsRehash).
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // libsodium's INTERACTIVE limits: 64 MiB, for logins on a shared server
        Moderate, // 256 MiB
        Testing, // the minimum libsodium allows; only for tests, never in a server
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    Result<QByteArray> hash(const QString &password) const;
    bool verify(const QByteArray &encoded, const QString &password) const;
    bool needsRehash(const QByteArray &encoded) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

// Bearer tokens: 256 random bits, shown to the client once; the server keeps only their SHA-256.
class Tokens
{
public:
    static QString generate();
    static QByteArray digest(const QString &token);
};

} // namespace Fb
