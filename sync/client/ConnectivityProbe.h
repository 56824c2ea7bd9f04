#pragma once

#include "SyncTypes.h"

#include <QDateTime>
#include <QString>

namespace motcua::sync {

class HttpClient;

// What one ping found.
struct ProbeResult
{
    Connectivity connectivity = Connectivity::Offline;
    QString detail; // plain words: why not online
    QDateTime serverTime; // the server's clock, to warn about a wrong machine clock
    qint64 roundTripMs = 0;
};

// Liveness (docs/protocol.md "GET /v2/ping"): the client is connected only when our server answers
// our fresh nonce. A captive portal's page or redirect reads as CaptivePortal; a proxy's error, a
// reset, a TLS failure or silence as Offline. Never trusted from the OS alone.
ProbeResult probeConnectivity(HttpClient &http, int timeoutMs);

} // namespace motcua::sync
