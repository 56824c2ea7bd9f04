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

class BlobStore;

// The HTTP side of motcua-sync/1 (docs/protocol.md): routes /v1/ping, /v1/enroll, /v1/push,
// /v1/pull and /v1/blobs onto the stores. Every request body goes through the protocol's strict
// parsers, so the server refuses exactly what the client's own checks refuse; every non-2xx answer
// carries the protocol's error body and every answer `Cache-Control: no-store`.
class Routes final
{
public:
    Routes(ServerStore &store, BlobStore &blobs);

    void install(QHttpServer &server);

    QHttpServerResponse ping(const QHttpServerRequest &request);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    // GET: the upload's state; PUT: one chunk (BlobRoutes.cpp).
    QHttpServerResponse blob(const QString &sha256, const QHttpServerRequest &request);
    QHttpServerResponse blobContent(const QString &sha256, const QHttpServerRequest &request);

private:
    Result<DeviceInfo> authenticate(const QHttpServerRequest &request);
    bool enrollmentLimited(const QString &address, const QDateTime &now);
    QHttpServerResponse putChunk(const DeviceInfo &device, const QString &sha256, const QHttpServerRequest &request);

    ServerStore &m_store;
    BlobStore &m_blobs;
    QHash<QString, QList<QDateTime>> m_failedEnrollments; // by remote address, for the 429 rule
};

} // namespace motcua::server
