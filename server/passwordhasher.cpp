#include "passwordhasher.h"

#include <QCryptographicHash>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

bool sodiumReady()
{
    // sodium_init is idempotent and thread-safe; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::PasswordHasher(Strength strength)
{
    switch (strength) {
    case Strength::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Strength::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case Strength::Testing:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    }
}

Result<QByteArray> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady()) {
        return Error{ErrorCode::InternalError, u"libsodium"_s, u"initialisation failed"_s};
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out,
                              utf8.constData(),
                              quint64(utf8.size()),
                              m_opsLimit,
                              m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error{ErrorCode::InternalError, u"argon2id"_s, u"out of memory"_s};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &encoded, const QString &password) const
{
    if (!sodiumReady() || encoded.isEmpty()) {
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encoded) const
{
    return crypto_pwhash_str_needs_rehash(encoded.constData(), m_opsLimit, m_memLimit) != 0;
}

QString Tokens::generate()
{
    sodiumReady();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Tokens::digest(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Fb
