#pragma once

#include <QtGlobal>

#include <chrono>

namespace motcua::server::http {

// How much the transport lets one client take (serve's --threads, --max-connections,
// --max-connections-per-address, --read-timeout, --idle-timeout; docs/server-deploy.md).
struct ServerLimits
{
    // Threads that run the routes' handlers, the database work: a push holds one until its commit.
    int threads = 8;
    // Threads that read requests and write answers (TLS, HTTP, streamed scans). They never wait for
    // a handler, so a ping is read and answered while every handler thread waits on the database;
    // and a slow client or a long download holds none of them while it waits on the network.
    int ioThreads = 4;
    int maxConnections = 4096;
    int maxConnectionsPerAddress = 256;
    // The request line and headers together.
    qint64 maxHeaderBytes = 16 * 1024;
    // From a request's first byte to its last header, and between two pieces of a body being
    // read or written: a client that sends or reads nothing for this long is disconnected.
    std::chrono::seconds readTimeout{30};
    // How long an open connection may wait for its next request.
    std::chrono::seconds idleTimeout{60};
    // After an early answer (401, 413) the rest of the body is read and discarded for at most this
    // long before closing, so the client still receives the answer instead of a reset.
    std::chrono::milliseconds lingerTime{2000};
};

} // namespace motcua::server::http
