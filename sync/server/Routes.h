#pragma once

#include "ClientAddress.h"
#include "EnrollmentLimiter.h"
#include "ServerStore.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QString>

namespace motcua::server {

class BlobStore;
class ServerMetrics;

namespace http {
class Router;
}

// The HTTP side of motcua-sync/2 (docs/protocol.md): routes /v2/ping, /v2/enroll, /v2/push,
// /v2/pull and /v2/blobs onto the stores; of /v1 only the ping is left, every other /v1 sync
// route answers 426 protocol.outdated. Every request body goes through the protocol's strict
// parsers, so the server refuses exactly what the client's own checks refuse; every non-2xx answer
// carries the protocol's error body and every answer `Cache-Control: no-store`. Handlers run on
// the transport's worker threads, several at once. /v1/health, outside the sync protocol, tells a
// load balancer whether this instance's store answers.
class Routes final
{
public:
    // clients: who a request comes from behind the trusted proxies (for enrollment limits);
    // metrics: where pushes and answers are counted, nullptr when nobody scrapes them.
    Routes(ServerStore &store, BlobStore &blobs, ClientAddress clients = {}, ServerMetrics *metrics = nullptr);

    void install(http::Router &router);

    // /v2/ping answers protocol 2, /v1/ping protocol 1.
    http::HttpResponse ping(const http::HttpRequest &request);
    static http::HttpResponse protocolOutdated(const http::HttpRequest &request);
    http::HttpResponse enroll(const http::HttpRequest &request);
    http::HttpResponse health(const http::HttpRequest &request);
    http::HttpResponse push(const http::HttpRequest &request);
    http::HttpResponse pull(const http::HttpRequest &request);
    // GET: the upload's state; PUT: one chunk (BlobRoutes.cpp).
    http::HttpResponse blob(const QString &sha256, const http::HttpRequest &request);
    http::HttpResponse blobContent(const QString &sha256, const http::HttpRequest &request);

private:
    Result<DeviceInfo> authenticate(const http::HttpRequest &request);
    http::HttpResponse putChunk(const DeviceInfo &device, const QString &sha256, const http::HttpRequest &request);

    ServerStore &m_store;
    BlobStore &m_blobs;
    const ClientAddress m_clients;
    ServerMetrics *const m_metrics;
    EnrollmentLimiter m_enrollments;
};

} // namespace motcua::server
