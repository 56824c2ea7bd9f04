#pragma once

#include "domain/Result.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QJsonObject>

namespace motcua::server {

// The answers every route builds the same way: JSON (zstd when the client accepts it), the
// protocol's error body with its status, and the request headers the routes read.
namespace http {

// A JSON answer with Cache-Control: no-store, compressed when Accept-Encoding allows zstd.
HttpResponse json(const HttpRequest &request, const QJsonObject &object, int status = 200);
// The error body with the status of its code (and Retry-After for 429 and 503).
HttpResponse error(const HttpRequest &request, const Error &failure);
HttpResponse methodNotAllowed(const HttpRequest &request);

// A decoded, bounded request body of the given media type: 415 for another type or coding, 413
// over the limit, 400 for broken zstd.
Result<QByteArray> body(const HttpRequest &request, qint64 maxBytes, bool json);

} // namespace http
} // namespace motcua::server
