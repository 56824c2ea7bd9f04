#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace motcua::server {

class ServerDatabase;

// What the province holds for one commune, for `motcua-server stats`.
struct CommuneStats
{
    QString communeCode;
    qint64 dossiers = 0;
    qint64 appliedOps = 0;
    qint64 devices = 0; // enrolled, revoked ones included
    qint64 activeDevices = 0; // not revoked
    qint64 blobs = 0; // the commune's complete scans
    qint64 blobBytes = 0;
};

// Per-commune counts, sorted by commune code; a commune appears once it has a device.
Result<QList<CommuneStats>> communeStats(ServerDatabase &db);

} // namespace motcua::server
