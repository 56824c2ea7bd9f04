#pragma once

#include "domain/Result.h"
#include "protocol/Limits.h"

#include <QString>

namespace motcua::desktop {

// Makes a scan fit for storage before it is attached: a photo or scan larger than kMaxSide pixels
// on its longer side is scaled down and written as JPEG into the staging folder (phone photos
// of 4000 px would fill a laptop's disk and a 2G link); anything else (a small image, a PDF) is
// attached as it is.
namespace ScanPreparer {

inline constexpr int kMaxSide = 2000;
inline constexpr int kJpegQuality = 85;
// The largest scan sync can carry to the province (motcua-sync/1 limit): a larger file is refused
// here, when it is attached, rather than accepted to be set aside by the sync later.
inline constexpr qint64 kMaxBytes = protocol::limits::maxBlobBytes;

// The file to attach: source itself, or the downscaled copy in stagingDir. Errors:
// "scan.not_found", "scan.unreadable" (an image Qt cannot decode), "scan.write_failed",
// "scan.too_large" (over kMaxBytes after any downscaling, with the limit in the message).
Result<QString> prepare(const QString &source, const QString &stagingDir);

} // namespace ScanPreparer
} // namespace motcua::desktop
