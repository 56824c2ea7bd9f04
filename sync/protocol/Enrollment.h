#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua::protocol {

// POST /v2/enroll: a device trades a one-time code from the province administrator for its
// credential. The code is 12 characters of Crockford base32 (0-9 A-Z without I L O U, 60 bits) in
// three groups: "7K2M-Q9XD-4HRT".
struct EnrollRequest
{
    QString code;
    QString deviceName; // e.g. "Quầy 2 – Xã Tân Lập"
    QString clientVersion; // e.g. "0.1.0"
    // Optional (docs/bundle-format.md "Trust"): the device's Ed25519 public key, 43 characters of
    // base64url; the server then answers with a device certificate. Empty: not sent.
    QString devicePublicKey{};

    static Result<EnrollRequest> fromJson(const QByteArray &body);
    static Result<EnrollRequest> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    static bool isCode(const QString &text);
    // What an officer typed ("7k2m q9xd 4hrt", "7K2MQ9XD4HRT", O for 0…) in the wire form, or nullopt.
    static std::optional<QString> normalizeCode(const QString &typed);
    // A fresh random code (for motcua-server enroll).
    static QString generateCode();

    bool operator==(const EnrollRequest &) const = default;
};

// The answer to a successful enrollment.
struct EnrollResponse
{
    QString deviceId; // canonical UUID
    QString token; // DeviceCredential::isToken
    QString communeCode; // five digits
    QString communeName;
    QString deviceTag; // unique within the commune; the TAG of dossier codes
    // Optional, together or not at all (only when the request sent device_public_key): the
    // province's Ed25519 public key (43 characters of base64url) and its signature over
    // (device id, commune code, device public key) (86 characters). Empty: not sent.
    QString provincePublicKey{};
    QString deviceCertificate{};

    static Result<EnrollResponse> fromJson(const QByteArray &body);
    static Result<EnrollResponse> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    bool operator==(const EnrollResponse &) const = default;
};

} // namespace motcua::protocol
