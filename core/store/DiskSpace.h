#pragma once

#include "domain/Result.h"

#include <QString>

namespace motcua {

// How much room the disk of the data folder has left, and what the officer reads when there is
// none. On a full disk SQLite says "disk I/O error" or "database or disk is full" and a scan copy
// stops half-way; the officer needs "the disk is full, X left" to know what to do.
namespace DiskSpace {

// Below this the disk counts as full whatever failed: a transaction's WAL frames and a small scan
// need more than that.
inline constexpr qint64 kFullBelowBytes = 4 * 1024 * 1024;
// Below this the desk warns before an intake: a few dossiers with scans may no longer fit.
inline constexpr qint64 kLowBelowBytes = 512LL * 1024 * 1024;

// Free bytes for this user on the file system that holds path (a file or folder, existing or
// not: its nearest existing parent counts); -1 when the system cannot tell.
qint64 freeBytes(const QString &path);

// "1,2 GB", "350 MB", "12 kB" in the UI language.
QString describeBytes(qint64 bytes);

// When the disk of path is full — less than kFullBelowBytes free, or less than neededBytes (what
// the failed write still had to write) — the error "disk.full" naming the free space; otherwise
// error unchanged.
Error explain(const QString &path, Error error, qint64 neededBytes = 0);

// The warning shown before an intake when free space is below lowBelowBytes; empty otherwise.
QString lowSpaceWarning(const QString &path, qint64 lowBelowBytes = kLowBelowBytes);

} // namespace DiskSpace
} // namespace motcua
