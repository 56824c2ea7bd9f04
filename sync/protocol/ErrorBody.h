#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua::protocol {

// The stable error codes of motcua-sync/2 and their HTTP status (docs/protocol.md, "Errors").
namespace errors {
inline constexpr char requestMalformed[] = "request.malformed"; // 400
inline constexpr char requestBadEncoding[] = "request.bad_encoding"; // 400: corrupt zstd
inline constexpr char requestTooLarge[] = "request.too_large"; // 413
inline constexpr char unsupportedEncoding[] = "request.unsupported_encoding"; // 415
inline constexpr char unsupportedMediaType[] = "request.unsupported_media_type"; // 415
inline constexpr char authMissing[] = "auth.missing"; // 401
inline constexpr char authInvalid[] = "auth.invalid"; // 401
inline constexpr char authRevoked[] = "auth.revoked"; // 401
inline constexpr char enrollCodeUnknown[] = "enroll.code_unknown"; // 401
inline constexpr char enrollCodeUsed[] = "enroll.code_used"; // 410
inline constexpr char enrollCodeExpired[] = "enroll.code_expired"; // 410
inline constexpr char scopeCommune[] = "scope.commune"; // 403
inline constexpr char notFound[] = "not_found"; // 404
inline constexpr char blobPending[] = "blob.pending"; // 404: a scan of the commune, not all bytes yet
inline constexpr char methodNotAllowed[] = "method_not_allowed"; // 405
inline constexpr char blobOffsetMismatch[] = "blob.offset_mismatch"; // 409
inline constexpr char blobSizeMismatch[] = "blob.size_mismatch"; // 409
inline constexpr char blobChunkMismatch[] = "blob.chunk_mismatch"; // 400
inline constexpr char blobHashMismatch[] = "blob.hash_mismatch"; // 422
inline constexpr char rangeNotSatisfiable[] = "range.not_satisfiable"; // 416
inline constexpr char protocolOutdated[] = "protocol.outdated"; // 426: a /v1 sync route
inline constexpr char rateLimited[] = "rate_limited"; // 429 + Retry-After
inline constexpr char unavailable[] = "unavailable"; // 503 + Retry-After
inline constexpr char internal[] = "internal"; // 500
inline constexpr char quotaExceeded[] = "quota.exceeded"; // 507: the commune's scans are over its quota

// Never on the wire: what a client's parsers report about a server answer they cannot trust.
inline constexpr char responseMalformed[] = "response.malformed";
inline constexpr char pingMismatch[] = "ping.mismatch"; // not our server, or not this request's answer
} // namespace errors

// The message of 426 protocol.outdated, one line in both languages: an old desk shows the
// server's message for a code it does not know.
QString protocolOutdatedMessage();

// The HTTP status that goes with an error code; 500 for a code the table does not know (other
// layers' codes such as "dossier.*" travel as push reasons, never as HTTP errors).
int httpStatusFor(const QString &code);

// Whether the code is one of the wire codes above (the client-only ones are not).
bool isKnownErrorCode(const QString &code);

// The body of every non-2xx answer: {"error":{"code":"auth.revoked","message":"…"}}. A 409
// blob.offset_mismatch also carries, beside "error", how many bytes the server holds:
// {"error":{…},"received":N}, so the uploader continues from there without asking.
struct ErrorBody
{
    QString code; // e.g. "auth.revoked"; dotted lower-case words
    QString message; // human text for logs and for the officer; starts with the JSON path for 400s
    std::optional<qint64> received; // blob.offset_mismatch: 0 to limits::maxBlobBytes

    // Responses are read leniently: unknown members are ignored (docs/protocol.md, "Strictness").
    static Result<ErrorBody> fromJson(const QByteArray &body);
    static Result<ErrorBody> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    // The wire form of an Error produced by the protocol's parsers or the server.
    static ErrorBody fromError(const Error &error);
    static ErrorBody offsetMismatch(qint64 received, const QString &message);
    Error toError() const { return Error{code, message}; }

    bool operator==(const ErrorBody &) const = default;
};

// Parses a Retry-After value: delta seconds (what motcua-server sends) or an HTTP date relative to
// nowUtc. Clamped to limits::maxRetryAfterSeconds; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &header, const QDateTime &nowUtc);

} // namespace motcua::protocol
