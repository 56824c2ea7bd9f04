#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// Names and value shapes shared by every message of motcua-sync/2 (docs/protocol.md).
namespace motcua::protocol {

// The protocol's identity: the ping answers service and protocol, the client sends the name in
// its User-Agent, every path starts with the base path.
inline constexpr char serviceName[] = "motcua-sync";
inline constexpr int protocolVersion = 2;
inline constexpr char protocolName[] = "motcua-sync/2";
inline constexpr char basePath[] = "/v2";

// The previous version. The server still answers its ping (protocol 1), so an old desk believes
// it is connected, reaches a /v1 sync route and is told to update (426 protocol.outdated) instead
// of failing silently.
inline constexpr int outdatedProtocolVersion = 1;
inline constexpr char outdatedBasePath[] = "/v1";

// The path of an endpoint of this version: apiPath("push") is "/v2/push".
QString apiPath(const char *endpoint);

// Entities. Devices push dossiers only; the province publishes catalogs and calendars, which
// devices pull. The server derives the other two from pushes: one dossier_event change per event
// a dossier op carried, and one scan change when a commune's scan becomes complete.
inline constexpr char entityDossier[] = "dossier";
inline constexpr char entityCatalog[] = "catalog";
inline constexpr char entityCalendar[] = "calendar";
inline constexpr char entityDossierEvent[] = "dossier_event";
inline constexpr char entityScan[] = "scan";

// "dossier", "catalog", "calendar", "dossier_event" or "scan": entities this version defines.
bool isKnownEntity(const QString &entity);
// Only "dossier": the entities a device may push.
bool isPushableEntity(const QString &entity);
// The shape every entity name has, known or not: ^[a-z][a-z0-9_]{0,31}$.
bool isEntityName(const QString &entity);

// A UUID as the wire writes it: 36 characters, lower-case hex, no braces, not the nil UUID.
bool isCanonicalUuid(const QString &text);
QString uuidText(const QUuid &id);

// The id of a commune's scan change: UUIDv5 in scanIdNamespace of "<commune code>/<sha256>", the
// same on every server and desk, distinct per commune.
inline constexpr char scanIdNamespace[] = "6b1d9f4e-2c3a-4e58-9a7d-3f0c5e8b2a61";
QString scanChangeId(const QString &communeCode, const QString &sha256);

// A SHA-256 digest as the wire writes it: 64 lower-case hex digits.
bool isSha256Hex(const QString &text);
bool isSha256Hex(const QByteArray &text);
QString sha256Hex(const QByteArray &content);

// A ping nonce: 16 to 64 characters of A-Z a-z 0-9 '-' '_' (safe in a query without escaping).
bool isNonce(const QString &text);
// A fresh random nonce of 32 characters.
QString makeNonce();

// A pull cursor: 1 to 256 characters of A-Z a-z 0-9 '-' '_' '.' '~' (URL unreserved). Opaque to
// the client.
bool isCursor(const QString &text);

// A commune code: five digits (Decision 19/2025/QĐ-TTg).
bool isCommuneCode(const QString &text);
// A device tag: four characters of Crockford base32 (0-9 A-Z without I L O U), see
// docs/dossier-code.md.
bool isDeviceTag(const QString &text);

// Human text: no control characters, valid UTF-16, no leading or trailing white space.
bool isCleanText(const QString &text);

// An error or reason code: dotted lower-case words, e.g. "auth.revoked", at most 64 characters.
bool isErrorCode(const QString &text);

// ISO 8601 date and time with seconds and an explicit offset ("Z" or "+07:00").
bool isIsoTimestamp(const QString &text);

// The compact UTF-8 JSON text of a message body.
QByteArray compactJson(const QJsonObject &object);

} // namespace motcua::protocol
