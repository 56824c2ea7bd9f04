#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace motcua::server {

// The answers every route builds the same way: JSON (zstd when the client accepts it), the
// protocol's error body with its status, and the request headers the routes read.
namespace http {

QByteArray header(const QHttpServerRequest &request, const char *name);
bool hasHeader(const QHttpServerRequest &request, const char *name);

// A JSON answer with Cache-Control: no-store, compressed when Accept-Encoding allows zstd.
QHttpServerResponse json(const QHttpServerRequest &request, const QJsonObject &object, int status = 200);
// The error body with the status of its code (and Retry-After for 429 and 503).
QHttpServerResponse error(const QHttpServerRequest &request, const Error &failure);
QHttpServerResponse methodNotAllowed(const QHttpServerRequest &request);

// A decoded, bounded request body of the given media type: 415 for another type or coding, 413
// over the limit, 400 for broken zstd.
Result<QByteArray> body(const QHttpServerRequest &request, qint64 maxBytes, bool json);

} // namespace http
} // namespace motcua::server
