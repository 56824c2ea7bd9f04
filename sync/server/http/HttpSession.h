#pragma once

// Internal to sync/server/http (BeastServer): one connection's life on the wire.

#include "ConnectionLimiter.h"
#include "ServerLimits.h"

#include <QHostAddress>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

namespace motcua::server::http {

class Router;

// Serves one accepted connection until it closes: the TLS handshake when tls is given, then
// requests one after another while the client keeps the connection alive. Handlers run on
// `handlers` (the connection's own executor waits for them without blocking a thread). The ticket
// holds the connection's place in the ConnectionLimiter until the coroutine ends.
boost::asio::awaitable<void> serveConnection(boost::asio::ip::tcp::socket socket, QHostAddress remote,
    boost::asio::ssl::context *tls, const Router &router, const ServerLimits &limits,
    boost::asio::any_io_executor handlers, ConnectionLimiter::Ticket ticket);

} // namespace motcua::server::http
