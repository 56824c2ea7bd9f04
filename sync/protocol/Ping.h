#pragma once

#include "WireTypes.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace motcua::protocol {

// GET /v2/ping?nonce=…: the query. The nonce proves that the answer was made for this request by
// a motcua-sync server, not by a captive portal or a cache.
struct PingQuery
{
    QString nonce;

    static Result<PingQuery> fromQuery(const QUrlQuery &query);
    QUrlQuery toQuery() const;

    bool operator==(const PingQuery &) const = default;
};

// The answer to GET /v2/ping.
struct PingResponse
{
    QString service = QString::fromLatin1(serviceName);
    int protocol = protocolVersion;
    QString nonce;
    QString serverTime; // ISO 8601 with offset

    static Result<PingResponse> fromJson(const QByteArray &body);
    static Result<PingResponse> fromJson(const QJsonObject &object, const QString &path = {});
    QJsonObject toJson() const;

    // What the client checks before it believes it is connected: the service name, protocol 2 and
    // the nonce it sent. Fails with "ping.mismatch".
    Status verify(const QString &sentNonce) const;

    bool operator==(const PingResponse &) const = default;
};

} // namespace motcua::protocol
