#include "BundleCrypto.h"

#include <sodium.h>

#include <cstdlib>

namespace motcua::BundleCrypto {

namespace {

// sodium_init is idempotent and thread-safe; it fails only when the system has no usable random
// source, and then no key may be made at all.
void ensureInitialized()
{
    static const bool initialized = sodium_init() >= 0;
    if (!initialized)
        std::abort();
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

SigningKeyPair generateKeyPair()
{
    ensureInitialized();
    SigningKeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    ensureInitialized();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(secretKey));
    return publicKey;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    ensureInitialized();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(
        bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    ensureInitialized();
    return crypto_sign_verify_detached(
               bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()), bytes(publicKey))
        == 0;
}

QByteArray certificateMessage(const QString &deviceId, const QString &communeCode, const QByteArray &devicePublicKey)
{
    // NUL separators: neither a UUID nor a commune code can contain one.
    QByteArray message("motcua-device-certificate/1");
    message.append('\0').append(deviceId.toLatin1()).append('\0').append(communeCode.toLatin1()).append('\0');
    message.append(devicePublicKey);
    return message;
}

QByteArray issueCertificate(const QString &deviceId, const QString &communeCode, const QByteArray &devicePublicKey,
    const QByteArray &provinceSecretKey)
{
    if (devicePublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    return sign(certificateMessage(deviceId, communeCode, devicePublicKey), provinceSecretKey);
}

bool verifyCertificate(const QByteArray &certificate, const QString &deviceId, const QString &communeCode,
    const QByteArray &devicePublicKey, const QByteArray &provincePublicKey)
{
    if (devicePublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return verify(certificateMessage(deviceId, communeCode, devicePublicKey), certificate, provincePublicKey);
}

QString toBase64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromBase64Url(const QString &text, int byteCount)
{
    for (const QChar c : text) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
        if (!ok)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != byteCount)
        return std::nullopt;
    // One spelling per value: the spare bits of the last character must be zero.
    if (toBase64Url(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace motcua::BundleCrypto
