#pragma once

#include "domain/Result.h"
#include "store/SyncState.h"

#include <QByteArray>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::sync {

// What the officer gives to enroll this computer.
struct EnrollOptions
{
    QString serverUrl; // "https://sync.province.gov.vn"; plain http only on loopback
    QString code; // as typed: case, spaces, missing dashes and look-alikes are normalized
    QString deviceName; // shown to the administrator; default "MotCua <host name>"
    QByteArray caPem; // the province CA to pin (only it is trusted); empty: the system's CAs
    int timeoutMs = 30000;
};

// Exchanges a one-time enrollment code for this device's id and token (POST /v2/enroll) and stores
// them, with the server URL and the pinned CA, in the local store (SyncState::saveEnrollment). The
// server's device tag and commune become this installation's. Errors (plain words): the protocol's
// enroll.code_unknown / enroll.code_used / enroll.code_expired / rate_limited, "enroll.invalid_code",
// "sync.invalid_url", "sync.invalid_ca", and the network's (network.offline, network.tls, …).
Result<SyncEnrollment> enrollDevice(Database &database, const EnrollOptions &options);

// The URL as stored: scheme and host checked, no trailing slash. "sync.invalid_url" otherwise.
Result<QString> normalizeServerUrl(const QString &typed);

// The officer-facing sentence for a sync error code (revocation, not enrolled, …), else message.
QString plainWords(const Error &error);

} // namespace motcua::sync
