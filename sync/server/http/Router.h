#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace motcua::server::http {

// Why the transport answered a request itself, before (or instead of) a route's handler.
enum class Rejection {
    BodyTooLarge, // 413: Content-Length or the chunked body went past the route's limit
    HeaderTooLarge, // 431: the request line and headers went past the header limit
    Malformed, // 400: not HTTP/1.x the parser understands, or a target that is not a path
    Internal, // 500: the handler failed unexpectedly (an exception)
};

// The routes of a server: a path pattern ("/v1/blobs/<arg>/content", where <arg> stands for one
// non-empty path segment handed to the handler) → the largest body the route reads, an optional
// guard and the handler. Checked in the order they were added; the fallback answers the rest.
//
// The guard sees the request before its body is read (body empty) and answers instead of the
// handler when it refuses (a missing or wrong token), so no unauthenticated body is ever read.
class Router final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request, const QStringList &arguments)>;
    using Guard = std::function<std::optional<HttpResponse>(const HttpRequest &head)>;
    using RejectionHandler = std::function<HttpResponse(const HttpRequest &head, Rejection why, qint64 limit)>;
    // Told of every answer the transport sends: the pattern of the route that answered (empty for
    // the fallback and for requests that matched none) and the status. Runs on the worker threads.
    using Observer = std::function<void(const QString &route, int status)>;

    struct Route
    {
        QString pattern; // as added, for metrics: never a path with a client's values in it
        QStringList segments; // "<arg>" matches any one segment
        qint64 maxBodyBytes = 0;
        Guard guard;
        Handler handler;
    };

    // A route found for a path, with the path's values of its <arg> segments.
    struct Match
    {
        const Route *route = nullptr;
        QStringList arguments;
    };

    void add(const QString &pattern, qint64 maxBodyBytes, Handler handler, Guard guard = {});
    // Answers every path no route matches (with a body of at most maxBodyBytes).
    void setFallback(qint64 maxBodyBytes, Handler handler);
    // Builds the answers the transport gives itself (413, 431, 400, 500), in the routes' format.
    void setRejectionHandler(RejectionHandler handler);
    void setObserver(Observer observer);

    // The route of a path, else the fallback (nullptr route only when there is none).
    Match match(const QString &path) const;
    HttpResponse reject(const HttpRequest &head, Rejection why, qint64 limit = 0) const;
    // route may be nullptr (an answer given before any route matched).
    void observe(const Route *route, int status) const;

private:
    std::vector<Route> m_routes;
    std::optional<Route> m_fallback;
    RejectionHandler m_rejectionHandler;
    Observer m_observer;
};

} // namespace motcua::server::http
