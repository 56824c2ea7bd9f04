#include "Ping.h"

#include "ErrorBody.h"
#include "JsonReader.h"
#include "Limits.h"
#include "QueryReader.h"
#include "WireTypes.h"

#include <QCoreApplication>

namespace motcua::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::protocol::Ping", text);
}

const char nonceShape[]
    = QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "16 to 64 characters of A-Z, a-z, 0-9, '-' and '_'");

} // namespace

Result<PingQuery> PingQuery::fromQuery(const QUrlQuery &query)
{
    QueryReader reader(query, {"nonce"});
    PingQuery result;
    result.nonce = reader.required("nonce");
    if (reader.ok() && !isNonce(result.nonce))
        reader.fail(
            "nonce", tr("must be %1").arg(QCoreApplication::translate("motcua::protocol::JsonReader", nonceShape)));
    if (!reader.ok())
        return reader.error();
    return result;
}

QUrlQuery PingQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("nonce"), nonce);
    return query;
}

Result<PingResponse> PingResponse::fromJson(const QByteArray &body)
{
    auto object = JsonReader::parseBody(body, limits::maxSmallBody, QString::fromLatin1(errors::responseMalformed));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<PingResponse> PingResponse::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader(object, path, QString::fromLatin1(errors::responseMalformed));
    PingResponse result;
    result.service = reader.text("service", 1, 64);
    result.protocol = static_cast<int>(reader.integer("protocol", 1, 1000));
    result.nonce = reader.token("nonce", &isNonce, nonceShape);
    result.serverTime = reader.token("server_time", &isIsoTimestamp,
        QT_TRANSLATE_NOOP("motcua::protocol::JsonReader", "an ISO 8601 date and time with an offset"));
    if (!reader.ok())
        return reader.error();
    return result;
}

QJsonObject PingResponse::toJson() const
{
    return QJsonObject{
        {QStringLiteral("service"), service},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("server_time"), serverTime},
    };
}

Status PingResponse::verify(const QString &sentNonce) const
{
    if (service != QLatin1String(serviceName) || protocol != protocolVersion) {
        return makeError(QString::fromLatin1(errors::pingMismatch),
            tr("The address answers, but it is not a MotCua sync server of protocol 2."));
    }
    if (nonce != sentNonce) {
        return makeError(QString::fromLatin1(errors::pingMismatch),
            tr("The answer was not made for this request (a cache or a proxy answered)."));
    }
    return {};
}

} // namespace motcua::protocol
