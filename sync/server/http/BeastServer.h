#pragma once

#include "ServerLimits.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace motcua::server::http {

class Router;

// The HTTP/1.1 server under the routes (Boost.Beast on Asio): listens on one address, plain or
// TLS, enforces ServerLimits while it reads (header size, each route's body limit from
// Content-Length before any body byte is read, the route's guard before the body, timeouts,
// connection caps) and runs the router's handlers on a pool of threads. Boost stays inside this
// room: nothing outside sync/server/http includes it.
class BeastServer final
{
public:
    BeastServer(const Router &router, const ServerLimits &limits);
    ~BeastServer();
    BeastServer(const BeastServer &) = delete;
    BeastServer &operator=(const BeastServer &) = delete;

    // TLS for every connection: a PEM certificate chain (server certificate first) and its PEM
    // private key. Errors name the file that is wrong ("tls.certificate", "tls.key").
    Status useTls(const QString &certificateChainFile, const QString &privateKeyFile);
    bool usesTls() const;

    // Binds and listens; the port actually bound (useful when port is 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    // Serves until stop() or SIGINT/SIGTERM, the network on limits.ioThreads threads and the
    // handlers on limits.threads others (the caller's thread waits).
    // Each pool thread calls threadFinished just before it ends (to close its database connection).
    void run(const std::function<void()> &threadFinished);
    // Thread-safe; run() returns once the pool has ended.
    void stop();

    int openConnections() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace motcua::server::http
