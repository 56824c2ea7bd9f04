#pragma once

#include "ServerStore.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <mutex>

namespace motcua::server {

class BlobStore;

namespace http {
class Router;
}

// The HTTP side of motcua-sync/2 (docs/protocol.md): routes /v2/ping, /v2/enroll, /v2/push,
// /v2/pull and /v2/blobs onto the stores; of /v1 only the ping is left, every other /v1 sync
// route answers 426 protocol.outdated. Every request body goes through the protocol's strict
// parsers, so the server refuses exactly what the client's own checks refuse; every non-2xx answer
// carries the protocol's error body and every answer `Cache-Control: no-store`. Handlers run on
// the transport's worker threads, several at once.
class Routes final
{
public:
    Routes(ServerStore &store, BlobStore &blobs);

    void install(http::Router &router);

    // /v2/ping answers protocol 2, /v1/ping protocol 1.
    http::HttpResponse ping(const http::HttpRequest &request);
    static http::HttpResponse protocolOutdated(const http::HttpRequest &request);
    http::HttpResponse enroll(const http::HttpRequest &request);
    http::HttpResponse push(const http::HttpRequest &request);
    http::HttpResponse pull(const http::HttpRequest &request);
    // GET: the upload's state; PUT: one chunk (BlobRoutes.cpp).
    http::HttpResponse blob(const QString &sha256, const http::HttpRequest &request);
    http::HttpResponse blobContent(const QString &sha256, const http::HttpRequest &request);

private:
    Result<DeviceInfo> authenticate(const http::HttpRequest &request);
    bool enrollmentLimited(const QString &address, const QDateTime &now);
    http::HttpResponse putChunk(const DeviceInfo &device, const QString &sha256, const http::HttpRequest &request);

    ServerStore &m_store;
    BlobStore &m_blobs;
    std::mutex m_enrollmentsMutex;
    QHash<QString, QList<QDateTime>> m_failedEnrollments; // by remote address, for the 429 rule
};

} // namespace motcua::server
