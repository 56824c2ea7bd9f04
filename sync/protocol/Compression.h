#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace motcua::protocol {

// zstd bodies (Content-Encoding: zstd, RFC 8878). Decompression streams into a buffer that grows
// only as output appears and stops at maxOutput, so a small "zip bomb" costs at most maxOutput
// bytes of memory; windows above 8 MiB (RFC 9659) are refused before any window is allocated.

// Level is clamped to 1..19 (higher levels need windows the decoder refuses). Fails only with
// "internal" when zstd cannot allocate its context.
Result<QByteArray> zstdCompress(const QByteArray &input, int level = 3);

// Errors: "request.too_large" (the output would exceed maxOutput; the HTTP answer is 413) and
// "request.bad_encoding" (not zstd, truncated, corrupt, or a window beyond 8 MiB).
Result<QByteArray> zstdDecompress(const QByteArray &input, qint64 maxOutput);

enum class ContentEncoding { Identity, Zstd };

// A Content-Encoding request header: absent or "identity", or "zstd" (case-insensitive); anything
// else (gzip, several codings) is "request.unsupported_encoding" (415).
Result<ContentEncoding> parseContentEncoding(const QByteArray &header);

// Whether an Accept-Encoding header lets the server compress its answer with zstd: "zstd" or "*"
// listed with a non-zero q.
bool acceptsZstd(const QByteArray &acceptEncoding);

// A request body as it arrived, decoded: "request.too_large" when the raw or decoded body exceeds
// maxBytes, plus the errors of parseContentEncoding and zstdDecompress.
Result<QByteArray> decodeBody(const QByteArray &raw, const QByteArray &contentEncoding, qint64 maxBytes);

// Whether a Content-Type names JSON: "application/json", optionally with "; charset=utf-8".
bool isJsonContentType(const QByteArray &contentType);

} // namespace motcua::protocol
