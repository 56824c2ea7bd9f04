#pragma once

#include <QtGlobal>

// The numeric limits of motcua-sync/2 (docs/protocol.md, "Limits"). Client and server use the same
// constants so that a client never builds a request the server would refuse for its size.
namespace motcua::protocol::limits {

inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * KiB;

// Bodies, after decompression. The compressed body may not be larger than the decoded limit either.
inline constexpr qint64 maxSmallBody = 16 * KiB; // ping, enroll, blob status, errors
inline constexpr qint64 maxPushBody = 4 * MiB; // POST /v2/push
inline constexpr qint64 maxPushResponseBody = 16 * MiB; // may carry a server record per conflict
inline constexpr qint64 maxPullResponseBody = 16 * MiB; // one page of GET /v2/pull

// Push.
inline constexpr int maxOpsPerBatch = 500;
inline constexpr int maxBlobRefsPerOp = 64;
inline constexpr qint64 maxBaseVersion = 2147483647; // the store keeps versions in an int
inline constexpr qint64 maxVersion = 2147483647;
inline constexpr qint64 maxOpFieldsBytes = 64 * KiB; // one op's "fields" as stored: its JSON text, spaces left out

// Bounds of an op's "fields" (and of a pulled record's, with the pull depth and size).
inline constexpr int maxFieldsDepth = 8; // the "fields" object itself is depth 1
inline constexpr int maxPulledFieldsDepth = 16; // published catalog documents nest deeper
inline constexpr qint64 maxPulledFieldsBytes = 8 * MiB;
inline constexpr int maxObjectMembers = 256;
inline constexpr int maxArrayItems = 1000;
inline constexpr int maxPulledArrayItems = 100000; // a catalog lists thousands of procedures
inline constexpr int maxKeyLength = 64;
inline constexpr int maxStringLength = 8192; // UTF-16 code units, as Qt counts them
inline constexpr int maxPulledStringLength = 65536;

// Pull.
inline constexpr int minPullLimit = 1;
inline constexpr int maxPullLimit = 1000;
inline constexpr int defaultPullLimit = 200;
inline constexpr int maxCursorLength = 256;

// Ping.
inline constexpr int minNonceLength = 16;
inline constexpr int maxNonceLength = 64;

// Enrollment.
inline constexpr int maxDeviceNameLength = 100;
inline constexpr int maxClientVersionLength = 40;
inline constexpr int maxCommuneNameLength = 200;

// Blobs.
inline constexpr qint64 maxChunkBytes = 256 * KiB;
inline constexpr qint64 maxBlobBytes = 64 * MiB;

// Error bodies and per-op reasons.
inline constexpr int maxCodeLength = 64;
inline constexpr int maxMessageLength = 1000;

// Retry-After is honoured up to this many seconds; a longer value is clamped.
inline constexpr int maxRetryAfterSeconds = 3600;

// zstd: the largest window a decoder accepts (RFC 9659 limits HTTP zstd windows to 8 MiB).
inline constexpr int maxZstdWindowLog = 23;

} // namespace motcua::protocol::limits
