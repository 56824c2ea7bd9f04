#include "Credentials.h"

#include "ErrorBody.h"
#include "WireTypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::DeviceCredential", text);
}

constexpr int tokenBytes = 32;
constexpr int tokenLength = 43;
constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error invalid()
{
    return makeError(QString::fromLatin1(errors::authInvalid),
        tr("The device credential is not in the form 'Bearer <device id>.<token>'."));
}

} // namespace

Result<DeviceCredential> DeviceCredential::fromAuthorization(const QByteArray &header)
{
    if (header.isEmpty()) {
        return makeError(QString::fromLatin1(errors::authMissing),
            tr("This request needs the device credential (Authorization: Bearer …)."));
    }
    // "Bearer" is case-insensitive (RFC 9110 auth-scheme); everything after one space is exact.
    const qsizetype expected = 7 + 36 + 1 + tokenLength;
    if (header.size() != expected || header.left(7).toLower() != "bearer ")
        return invalid();
    const QString credential = QString::fromLatin1(header.mid(7));
    DeviceCredential result{credential.left(36), credential.mid(37)};
    if (credential.at(36) != u'.' || !isCanonicalUuid(result.deviceId) || !isToken(result.token))
        return invalid();
    return result;
}

QByteArray DeviceCredential::toAuthorization() const
{
    return "Bearer " + deviceId.toLatin1() + '.' + token.toLatin1();
}

QString DeviceCredential::generateToken()
{
    QByteArray bytes(tokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), tokenBytes / 4);
    return QString::fromLatin1(bytes.toBase64(base64Url));
}

bool DeviceCredential::isToken(const QString &text)
{
    if (text.size() != tokenLength)
        return false;
    for (const QChar c : text) {
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-'
            || c == u'_';
        if (!ok)
            return false;
    }
    // The last character carries 2 spare bits: only one spelling per token is canonical.
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == tokenBytes && decoded.decoded.toBase64(base64Url) == text.toLatin1();
}

QString DeviceCredential::tokenHash(const QString &token)
{
    if (!isToken(token))
        return {};
    const QByteArray bytes = QByteArray::fromBase64(token.toLatin1(), base64Url);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace motcua::protocol
