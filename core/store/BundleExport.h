#pragma once

#include "domain/Result.h"
#include "io/BundleFormat.h"

#include <QDateTime>
#include <QString>

namespace motcua {

class Database;

// A pending change left out of a bundle, and why (it stays in the outbox).
struct BundleSkippedOp
{
    QString opId;
    QString dossierId;
    QString reason; // "bundle.blob_too_large": the dossier has a scan over the bundle's limit
    QString message;
};

struct BundleExportSummary
{
    QString path;
    BundleManifest manifest;
    qint64 fileBytes = 0;
    QList<BundleSkippedOp> skipped;
};

// `motcua-cli bundle export FILE`: every pending outbox op and the attachments they reference,
// into one signed bundle file (docs/bundle-format.md). Nothing leaves the outbox: the ops stay
// pending until the server acknowledges them (by this device's push, which the server answers
// "duplicate" once the bundle reached it first). Memory stays bounded: ops are read by pages and
// attachments streamed. A scan over the bundle's limit (BundleFormat::kMaxBlobBytes) does not
// fail the whole bundle: the ops of its dossier are left out (an op without its dossier's receipt
// could not apply anywhere) and reported in the summary; everything else is carried.
class BundleExport final
{
public:
    explicit BundleExport(Database &database);

    // Errors: "bundle.no_key" (enrolled without a key: re-enroll), "bundle.nothing_pending",
    // "bundle.blob_missing" / "bundle.blob_corrupt" (a local attachment), "bundle.write_failed",
    // "bundle.nothing_carriable" (every pending change belongs to a dossier with an over-limit scan).
    // On any error no file is left at path.
    Result<BundleExportSummary> exportTo(const QString &path, const QDateTime &createdAt);

private:
    Database &m_database;
};

} // namespace motcua
