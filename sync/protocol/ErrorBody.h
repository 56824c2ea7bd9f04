#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace motcua::protocol {

// The stable error codes of motcua-sync/1 and their HTTP status (docs/protocol.md, "Errors").
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
inline constexpr char methodNotAllowed[] = "method_not_allowed"; // 405
inline constexpr char blobOffsetMismatch[] = "blob.offset_mismatch"; // 409
inline constexpr char blobSizeMismatch[] = "blob.size_mismatch"; // 409
inline constexpr char blobChunkMismatch[] = "blob.chunk_mismatch"; // 400
inline constexpr char blobHashMismatch[] = "blob.hash_mismatch"; // 422
inline constexpr char rangeNotSatisfiable[] = "range.not_satisfiable"; // 416
inline constexpr char rateLimited[] = "rate_limited"; // 429 + Retry-After
inline constexpr char unavailable[] = "unavailable"; // 503 + Retry-After
inline constexpr char internal[] = "internal"; // 500

// Never on the wire: what a client's parsers report about a server answer they cannot trust.
inline constexpr char responseMalformed[] = "response.malformed";
inline constexpr char pingMismatch[] = "ping.mismatch"; // not our server, or not this request's answer
} // namespace errors

// The HTTP status that goes with an error code; 500 for a code the table does not know (other
// layers' codes such as "dossier.*" travel as push reasons, never as HTTP errors).
int httpStatusFor(const QString &code);

// Whether the code is one of the wire codes above (the client-only ones are not).
bool isKnownErrorCode(const QString &code);

// The body of every non-2xx answer: {"error":{"code":"auth.revoked","message":"…"}}.
struct ErrorBody
{
    QString code; // e.g. "auth.revoked"; dotted lower-case words
    QString message; // human text for logs and for the officer; starts with the JSON path for 400s

    // Responses are read leniently: unknown members are ignored (docs/protocol.md, "Strictness").
    static Result<ErrorBody> fromJson(const QByteArray &body);
    static Result<ErrorBody> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    // The wire form of an Error produced by the protocol's parsers or the server.
    static ErrorBody fromError(const Error &error);
    Error toError() const { return Error{code, message}; }

    bool operator==(const ErrorBody &) const = default;
};

// Parses a Retry-After value: delta seconds (what motcua-server sends) or an HTTP date relative to
// nowUtc. Clamped to limits::maxRetryAfterSeconds; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &header, const QDateTime &nowUtc);

} // namespace motcua::protocol
