#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

#include <memory>
#include <mutex>

namespace motcua::server::http {

// The caps on open connections: in total and per peer address, so that one client (or a few)
// holding many silent connections cannot use up the server's file descriptors and lock everyone
// else out. Addresses listed as exempt (a trusted reverse proxy, which carries every client's
// requests) count only towards the total. Thread-safe: the listener admits, sessions release.
class ConnectionLimiter final
{
public:
    // While a Ticket lives, its connection counts; dropping it releases the place.
    using Ticket = std::shared_ptr<void>;

    ConnectionLimiter(int maxTotal, int maxPerAddress, QList<QHostAddress> exempt = {});

    // A place for a new connection from address, or nullptr when a cap is reached.
    Ticket admit(const QHostAddress &address);
    int openConnections() const;

private:
    void release(const QHostAddress &address, bool counted);

    const int m_maxTotal;
    const int m_maxPerAddress;
    const QList<QHostAddress> m_exempt;
    mutable std::mutex m_mutex;
    int m_total = 0;
    QHash<QHostAddress, int> m_perAddress;
};

} // namespace motcua::server::http
