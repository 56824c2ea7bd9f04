#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace motcua::server::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

enum class Method { Get, Head, Post, Put, Delete, Other };

// One HTTP request as the routes see it, whatever library read it off the wire: the request line,
// the headers and (once the transport has read it within the route's limit) the body.
struct HttpRequest
{
    Method method = Method::Other;
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress remoteAddress; // the TCP peer (a reverse proxy when there is one)
    // The body's length as Content-Length announces it; nullopt for a chunked body or none at all.
    std::optional<qint64> contentLength;

    // The first value of a header (names compare case-insensitively); empty when absent.
    QByteArray header(const char *name) const;
    bool hasHeader(const char *name) const;
};

} // namespace motcua::server::http
