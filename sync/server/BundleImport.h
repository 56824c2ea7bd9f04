#pragma once

#include "ServerStore.h"
#include "domain/Result.h"
#include "io/BundleFormat.h"
#include "protocol/Push.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua::server {

class ServerDatabase;

// What `motcua-server import-bundle` did: the push results of the bundle's ops, in their order.
struct ServerBundleReport
{
    BundleManifest manifest;
    QList<protocol::PushResult> results;
    int blobsStored = 0; // attachments written (those the server held already are not counted)
};

// Applies a USB bundle at the province (docs/bundle-format.md "Importing at the server"): the
// whole file is verified first (frame, certificate by this province's key, the origin device is
// enrolled in the certified commune and not revoked, signature, every checksum, every op valid
// for the wire), then the attachments are stored and the ops applied by ServerStore::push as if
// the origin device had pushed them: same dedup row (device, op_id), same per-op results. A
// bundle imported twice, or whose ops also arrive by the device's own push, applies each op once.
class ServerBundleImport final
{
public:
    ServerBundleImport(ServerDatabase &db, ServerStore &store);

    // Errors: the reader's refusals (bundle.*), "bundle.unknown_device", "bundle.device_revoked",
    // "bundle.foreign_commune", or the database's (then the device can simply import again).
    Result<ServerBundleReport> importFile(const QString &path, const QDateTime &nowUtc);

private:
    ServerDatabase &m_db;
    ServerStore &m_store;
};

} // namespace motcua::server
