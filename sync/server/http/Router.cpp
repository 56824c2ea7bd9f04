#include "Router.h"

namespace motcua::server::http {

namespace {

const QString argument = QStringLiteral("<arg>");

} // namespace

void Router::add(const QString &pattern, qint64 maxBodyBytes, Handler handler, Guard guard)
{
    m_routes.push_back(
        Route{pattern, pattern.split(QLatin1Char('/')), maxBodyBytes, std::move(guard), std::move(handler)});
}

void Router::setFallback(qint64 maxBodyBytes, Handler handler)
{
    m_fallback = Route{{}, {}, maxBodyBytes, {}, std::move(handler)};
}

void Router::setRejectionHandler(RejectionHandler handler)
{
    m_rejectionHandler = std::move(handler);
}

void Router::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

void Router::observe(const Route *route, int status) const
{
    if (m_observer)
        m_observer(route ? route->pattern : QString(), status);
}

Router::Match Router::match(const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        Match found{&route, {}};
        for (qsizetype i = 0; i < segments.size() && found.route; ++i) {
            if (route.segments[i] == argument) {
                if (segments[i].isEmpty())
                    found.route = nullptr;
                else
                    found.arguments << segments[i];
            } else if (route.segments[i] != segments[i]) {
                found.route = nullptr;
            }
        }
        if (found.route)
            return found;
    }
    return Match{m_fallback ? &*m_fallback : nullptr, {}};
}

HttpResponse Router::reject(const HttpRequest &head, Rejection why, qint64 limit) const
{
    if (m_rejectionHandler)
        return m_rejectionHandler(head, why, limit);
    // Without the routes' format: the status alone says what happened.
    HttpResponse response;
    switch (why) {
    case Rejection::BodyTooLarge:
        response.status = 413;
        break;
    case Rejection::HeaderTooLarge:
        response.status = 431;
        break;
    case Rejection::Malformed:
        response.status = 400;
        break;
    case Rejection::Internal:
        response.status = 500;
        break;
    }
    return response;
}

} // namespace motcua::server::http
