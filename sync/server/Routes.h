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

// The HTTP side of motcua-sync/2 (docs/protocol.md): routes /v2/ping, /v2/enroll, /v2/push,
// /v2/pull and /v2/blobs onto the stores; of /v1 only the ping is left, every other /v1 sync
// route answers 426 protocol.outdated. Every request body goes through the protocol's strict
// parsers, so the server refuses exactly what the client's own checks refuse; every non-2xx answer
// carries the protocol's error body and every answer `Cache-Control: no-store`.
class Routes final
{
public:
    Routes(ServerStore &store, BlobStore &blobs);

    void install(QHttpServer &server);

    // /v2/ping answers protocol 2, /v1/ping protocol 1.
    QHttpServerResponse ping(const QHttpServerRequest &request);
    static QHttpServerResponse protocolOutdated(const QHttpServerRequest &request);
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
