#pragma once

#include "domain/Result.h"
#include "io/BundleFormat.h"

#include <QDateTime>
#include <QString>

namespace motcua {

class Database;

struct BundleExportSummary
{
    QString path;
    BundleManifest manifest;
    qint64 fileBytes = 0;
};

// `motcua-cli bundle export FILE`: every pending outbox op and the attachments they reference,
// into one signed bundle file (docs/bundle-format.md). Nothing leaves the outbox: the ops stay
// pending until the server acknowledges them (by this device's push, which the server answers
// "duplicate" once the bundle reached it first). Memory stays bounded: ops are read by pages and
// attachments streamed.
class BundleExport final
{
public:
    explicit BundleExport(Database &database);

    // Errors: "bundle.no_key" (enrolled without a key: re-enroll), "bundle.nothing_pending",
    // "bundle.blob_missing" / "bundle.blob_corrupt" (a local attachment), "bundle.write_failed".
    // On any error no file is left at path.
    Result<BundleExportSummary> exportTo(const QString &path, const QDateTime &createdAt);

private:
    Database &m_database;
};

} // namespace motcua
