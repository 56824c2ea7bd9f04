#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua {

// An Ed25519 key pair (libsodium crypto_sign): 32 bytes of public key, 64 of secret key.
struct SigningKeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

// The signatures that make a USB bundle trustworthy offline (docs/bundle-format.md "Trust"):
// the province signs each device's certificate at enrollment, the device signs its bundles.
// Everything else in MotCua sees only these functions, never libsodium itself.
namespace BundleCrypto {

constexpr int kPublicKeyBytes = 32;
constexpr int kSecretKeyBytes = 64;
constexpr int kSignatureBytes = 64;

SigningKeyPair generateKeyPair();
// The public half of a secret key; empty when secretKey has the wrong size.
QByteArray publicKeyOf(const QByteArray &secretKey);

// A detached signature (64 bytes); empty when secretKey has the wrong size.
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// What the province signs to certify a device: its id, its commune and its public key, with a
// label so that the signature cannot be replayed as any other message.
QByteArray certificateMessage(const QString &deviceId, const QString &communeCode, const QByteArray &devicePublicKey);
QByteArray issueCertificate(const QString &deviceId, const QString &communeCode, const QByteArray &devicePublicKey,
    const QByteArray &provinceSecretKey);
bool verifyCertificate(const QByteArray &certificate, const QString &deviceId, const QString &communeCode,
    const QByteArray &devicePublicKey, const QByteArray &provincePublicKey);

// base64url without padding, the spelling of keys and signatures in JSON.
QString toBase64Url(const QByteArray &bytes);
// The bytes of text when it is canonical base64url without padding of exactly `bytes` bytes.
std::optional<QByteArray> fromBase64Url(const QString &text, int bytes);

} // namespace BundleCrypto
} // namespace motcua
