#pragma once

#include "ServerStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace motcua::server {

// The HTTP side of motcua-sync/1 (docs/protocol.md): routes /v1/ping, /v1/enroll, /v1/push and
// /v1/pull onto a ServerStore. Every request body goes through the protocol's strict parsers, so
// the server refuses exactly what the client's own checks refuse; every non-2xx answer carries the
// protocol's error body and every answer `Cache-Control: no-store`.
class Routes final
{
public:
    explicit Routes(ServerStore &store);

    void install(QHttpServer &server);

    QHttpServerResponse ping(const QHttpServerRequest &request);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);

private:
    Result<DeviceInfo> authenticate(const QHttpServerRequest &request);
    bool enrollmentLimited(const QString &address, const QDateTime &now);

    ServerStore &m_store;
    QHash<QString, QList<QDateTime>> m_failedEnrollments; // by remote address, for the 429 rule
};

} // namespace motcua::server
