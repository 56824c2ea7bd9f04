#pragma once

#include "HttpRequest.h"
#include "domain/Result.h"

#include <QByteArray>

#include <memory>

namespace motcua::server::http {

// A response body produced piece by piece while it is sent (a scan download), so that the server
// never holds a whole large body in memory. The transport asks for the next piece only after the
// previous one was written.
class ResponseStream
{
public:
    virtual ~ResponseStream() = default;
    // The next bytes of the body, never empty while bytes remain; an Error aborts the response
    // (the connection is closed, so the client sees a short body and retries).
    virtual Result<QByteArray> next() = 0;
};

// One HTTP response as the routes build it: status, headers and either the whole body or a
// stream of exactly streamLength bytes. The transport adds Content-Length and Connection.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<ResponseStream> stream;
    qint64 streamLength = 0;

    // Replaces the header's value, or adds it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const char *name) const;
};

} // namespace motcua::server::http
