#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::protocol {

// The device credential of every authenticated request: `Authorization: Bearer <device_id>.<token>`.
// The token is 32 random bytes in base64url without padding (43 characters); the server keeps only
// its SHA-256 (tokenHash) and compares hashes in constant time.
struct DeviceCredential
{
    QString deviceId; // canonical UUID
    QString token;

    // Errors: "auth.missing" (no header) and "auth.invalid" (anything but the exact shape).
    static Result<DeviceCredential> fromAuthorization(const QByteArray &header);
    QByteArray toAuthorization() const;

    static QString generateToken();
    // The canonical shape: 43 base64url characters that decode to 32 bytes and encode back the same.
    static bool isToken(const QString &text);
    // Lower-case hex SHA-256 of the 32 token bytes; empty for a malformed token.
    static QString tokenHash(const QString &token);

    bool operator==(const DeviceCredential &) const = default;
};

// Compares two secrets (e.g. token hashes) in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace motcua::protocol
