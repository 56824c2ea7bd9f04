#pragma once

#include "http/HttpRequest.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::server {

// Who a request comes from, for per-client limits: the TCP peer, unless that peer is one of the
// configured reverse proxies (serve --trusted-proxy), in which case the client is the address the
// proxies recorded in X-Forwarded-For. Anyone can write that header, so it is believed only from a
// trusted proxy, and only as far as the chain of trusted proxies goes: the rightmost address that
// is not itself a trusted proxy is the client (the ones left of it were written by the client).
class ClientAddress final
{
public:
    ClientAddress() = default;
    explicit ClientAddress(QList<QHostAddress> trustedProxies);

    // The values of --trusted-proxy, each "ADDR[,ADDR…]" (IPv4 or IPv6, each optionally a CIDR
    // range such as 10.0.0.0/8); nullopt when one of them is not an address.
    static std::optional<ClientAddress> fromOption(const QStringList &values);

    QHostAddress of(const http::HttpRequest &request) const;
    bool isTrusted(const QHostAddress &peer) const;

private:
    QList<QPair<QHostAddress, int>> m_trusted; // address and prefix length
};

} // namespace motcua::server
