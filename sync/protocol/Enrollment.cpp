#include "Enrollment.h"

#include "Credentials.h"
#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "WireTypes.h"

#include "io/BundleCrypto.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace motcua::protocol {

namespace {

constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32

bool isCodeChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z' && c != u'I' && c != u'L' && c != u'O' && c != u'U');
}

bool isValidCode(const QString &text)
{
    return EnrollRequest::isCode(text);
}

bool isClientVersion(const QString &text)
{
    if (text.isEmpty() || text.size() > limits::maxClientVersionLength)
        return false;
    for (const QChar c : text) {
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.'
            || c == u'+' || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

bool isToken(const QString &text)
{
    return DeviceCredential::isToken(text);
}

bool isPublicKey(const QString &text)
{
    return BundleCrypto::fromBase64Url(text, BundleCrypto::kPublicKeyBytes).has_value();
}

bool isSignature(const QString &text)
{
    return BundleCrypto::fromBase64Url(text, BundleCrypto::kSignatureBytes).has_value();
}

} // namespace

bool EnrollRequest::isCode(const QString &text)
{
    if (text.size() != 14 || text.at(4) != u'-' || text.at(9) != u'-')
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 9 && !isCodeChar(text.at(i)))
            return false;
    }
    return true;
}

std::optional<QString> EnrollRequest::normalizeCode(const QString &typed)
{
    QString compact;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        QChar upper = c.toUpper();
        // Crockford's reading rules: letters that look like digits are those digits.
        if (upper == u'O')
            upper = u'0';
        else if (upper == u'I' || upper == u'L')
            upper = u'1';
        if (!isCodeChar(upper))
            return std::nullopt;
        compact.append(upper);
    }
    if (compact.size() != 12)
        return std::nullopt;
    return compact.left(4) + u'-' + compact.mid(4, 4) + u'-' + compact.mid(8);
}

QString EnrollRequest::generateCode()
{
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i == 4 || i == 8)
            code.append(u'-');
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    }
    return code;
}

Result<EnrollRequest> EnrollRequest::fromJson(const QByteArray &body)
{
    auto object = JsonReader::parseBody(body, limits::maxSmallBody, QString::fromLatin1(errors::requestMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<EnrollRequest> EnrollRequest::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::requestMalformed));
    reader.allowOnly({"code", "device_name", "client_version", "device_public_key"});
    EnrollRequest result;
    result.code = reader.token("code", &isValidCode,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "an enrollment code like 7K2M-Q9XD-4HRT"));
    result.deviceName = reader.text("device_name", 1, limits::maxDeviceNameLength);
    result.clientVersion = reader.token("client_version", &isClientVersion,
        QT_TRANSLATE_NOOP(
            "motcua::protocol::JsonReader", "1 to 40 characters of A-Z, a-z, 0-9, '.', '+', '-' and '_'"));
    result.devicePublicKey = reader
                                 .optionalToken("device_public_key", &isPublicKey,
                                     QT_TRANSLATE_NOOP("motcua::protocol::JsonReader",
                                         "an Ed25519 public key: 32 bytes in base64url without padding"))
                                 .value_or(QString());
    if (!reader.ok())
        return reader.error();
    return result;
}

QJsonObject EnrollRequest::toJson() const
{
    QJsonObject object{
        {QStringLiteral("code"), code},
        {QStringLiteral("device_name"), deviceName},
        {QStringLiteral("client_version"), clientVersion},
    };
    if (!devicePublicKey.isEmpty())
        object.insert(QStringLiteral("device_public_key"), devicePublicKey);
    return object;
}

Result<EnrollResponse> EnrollResponse::fromJson(const QByteArray &body)
{
    auto object = JsonReader::parseBody(body, limits::maxSmallBody, QString::fromLatin1(errors::responseMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<EnrollResponse> EnrollResponse::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    EnrollResponse result;
    result.deviceId = reader.uuid("device_id");
    result.token = reader.token("token", &isToken,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "32 bytes in base64url without padding (43 characters)"));
    result.communeCode = reader.token(
        "commune_code", &isCommuneCode, QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "five digits"));
    result.communeName = reader.text("commune_name", 1, limits::maxCommuneNameLength);
    result.deviceTag = reader.token("device_tag", &isDeviceTag,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "four characters of 0-9 and A-Z without I, L, O and U"));
    result.provincePublicKey = reader
                                   .optionalToken("province_public_key", &isPublicKey,
                                       QT_TRANSLATE_NOOP("motcua::protocol::JsonReader",
                                           "an Ed25519 public key: 32 bytes in base64url without padding"))
                                   .value_or(QString());
    result.deviceCertificate = reader
                                   .optionalToken("device_certificate", &isSignature,
                                       QT_TRANSLATE_NOOP("motcua::protocol::JsonReader",
                                           "an Ed25519 signature: 64 bytes in base64url without padding"))
                                   .value_or(QString());
    if (reader.ok() && result.provincePublicKey.isEmpty() != result.deviceCertificate.isEmpty())
        reader.fail(QStringLiteral("device_certificate"),
            QCoreApplication::translate(
                "motcua::protocol::JsonReader", "province_public_key and device_certificate come together"));
    if (!reader.ok())
        return reader.error();
    return result;
}

QJsonObject EnrollResponse::toJson() const
{
    QJsonObject object{
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("token"), token},
        {QStringLiteral("commune_code"), communeCode},
        {QStringLiteral("commune_name"), communeName},
        {QStringLiteral("device_tag"), deviceTag},
    };
    if (!provincePublicKey.isEmpty()) {
        object.insert(QStringLiteral("province_public_key"), provincePublicKey);
        object.insert(QStringLiteral("device_certificate"), deviceCertificate);
    }
    return object;
}

} // namespace motcua::protocol
