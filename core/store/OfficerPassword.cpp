#include "OfficerPassword.h"

#include <sodium.h>

namespace motcua::OfficerPassword {

namespace {

bool ready()
{
    // sodium_init is safe to call again (1 = already initialised) and from several threads.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

std::optional<QByteArray> hash(const QString &password)
{
    if (!ready())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return std::nullopt;
    }
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &password)
{
    if (!ready() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    char stored[crypto_pwhash_STRBYTES] = {};
    std::copy(hash.cbegin(), hash.cend(), stored);
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored, utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

void verifyDummy(const QString &password)
{
    static const std::optional<QByteArray> dummy = []() -> std::optional<QByteArray> {
        if (!ready())
            return std::nullopt;
        return hash(QStringLiteral("no officer has this password: %1").arg(randombytes_random()));
    }();
    if (dummy)
        verify(*dummy, password);
}

} // namespace motcua::OfficerPassword
