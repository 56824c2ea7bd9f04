#include "HttpReplies.h"

#include "protocol/Compression.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>

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

HttpResponse json(const HttpRequest &request, const QJsonObject &object, int status)
{
    QByteArray body = protocol::compactJson(object);
    bool compressed = false;
    if (protocol::acceptsZstd(request.header("Accept-Encoding"))) {
        if (Result<QByteArray> packed = protocol::zstdCompress(body); packed) {
            body = std::move(packed).value();
            compressed = true;
        }
    }
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (compressed) {
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("zstd"));
        response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    }
    response.body = std::move(body);
    return response;
}

HttpResponse error(const HttpRequest &request, const Error &failure)
{
    HttpResponse response
        = json(request, protocol::ErrorBody::fromError(failure).toJson(), protocol::httpStatusFor(failure.code));
    // A busy database clears in moments; enrollment guessing is slowed for minutes.
    if (failure.code == QLatin1String(protocol::errors::rateLimited))
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
    else if (failure.code == QLatin1String(protocol::errors::unavailable))
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
    return response;
}

HttpResponse methodNotAllowed(const HttpRequest &request)
{
    return error(request,
        Error{QString::fromLatin1(protocol::errors::methodNotAllowed),
            tr("This method is not allowed on %1.").arg(request.path)});
}

Result<QByteArray> body(const HttpRequest &request, qint64 maxBytes, bool json)
{
    const QByteArray contentType = request.header("Content-Type");
    if (json && !protocol::isJsonContentType(contentType))
        return Error{
            QString::fromLatin1(protocol::errors::unsupportedMediaType), tr("Content-Type: must be application/json")};
    if (!json && !isOctetStream(contentType))
        return Error{QString::fromLatin1(protocol::errors::unsupportedMediaType),
            tr("Content-Type: must be application/octet-stream")};
    return protocol::decodeBody(request.body, request.header("Content-Encoding"), maxBytes);
}

} // namespace motcua::server::http
