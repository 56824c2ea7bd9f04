#include "HttpReplies.h"

#include "protocol/Compression.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace motcua::server::http {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::Routes", text);
}

// "application/octet-stream", any case, parameters allowed.
bool isOctetStream(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower() == "application/octet-stream";
}

} // namespace

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const QHttpServerRequest &request, const char *name)
{
    for (const auto &entry : request.headers()) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QHttpServerResponse json(const QHttpServerRequest &request, const QJsonObject &object, int status)
{
    QByteArray body = protocol::compactJson(object);
    bool compressed = false;
    if (protocol::acceptsZstd(header(request, "Accept-Encoding"))) {
        if (Result<QByteArray> packed = protocol::zstdCompress(body); packed) {
            body = std::move(packed).value();
            compressed = true;
        }
    }
    QHttpServerResponse response(
        QByteArrayLiteral("application/json"), body, static_cast<QHttpServerResponder::StatusCode>(status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (compressed) {
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("zstd"));
        response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    }
    return response;
}

QHttpServerResponse error(const QHttpServerRequest &request, const Error &failure)
{
    QHttpServerResponse response
        = json(request, protocol::ErrorBody::fromError(failure).toJson(), protocol::httpStatusFor(failure.code));
    // A busy database clears in moments; enrollment guessing is slowed for minutes.
    if (failure.code == QLatin1String(protocol::errors::rateLimited))
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
    else if (failure.code == QLatin1String(protocol::errors::unavailable))
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
    return response;
}

QHttpServerResponse methodNotAllowed(const QHttpServerRequest &request)
{
    return error(request,
        Error{QString::fromLatin1(protocol::errors::methodNotAllowed),
            tr("This method is not allowed on %1.").arg(request.url().path())});
}

Result<QByteArray> body(const QHttpServerRequest &request, qint64 maxBytes, bool json)
{
    const QByteArray contentType = header(request, "Content-Type");
    if (json && !protocol::isJsonContentType(contentType))
        return Error{
            QString::fromLatin1(protocol::errors::unsupportedMediaType), tr("Content-Type: must be application/json")};
    if (!json && !isOctetStream(contentType))
        return Error{QString::fromLatin1(protocol::errors::unsupportedMediaType),
            tr("Content-Type: must be application/octet-stream")};
    return protocol::decodeBody(request.body(), header(request, "Content-Encoding"), maxBytes);
}

} // namespace motcua::server::http
