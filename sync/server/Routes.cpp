#include "Routes.h"

#include "protocol/Compression.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Ping.h"
#include "protocol/Pull.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace motcua::server {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int maxFailedEnrollments = 10;
constexpr qint64 enrollmentWindowSeconds = 600;
constexpr char cursorPrefix[] = "c1.";

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::Routes", text);
}

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

QHttpServerResponse json(const QHttpServerRequest &request, const QJsonObject &object, int status = 200)
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
    if (failure.code == QLatin1String(protocol::errors::rateLimited)
        || failure.code == QLatin1String(protocol::errors::unavailable))
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
    return response;
}

QHttpServerResponse methodNotAllowed(const QHttpServerRequest &request)
{
    return error(request,
        Error{QString::fromLatin1(protocol::errors::methodNotAllowed),
            tr("This method is not allowed on %1.").arg(request.url().path())});
}

// A JSON request body, decoded and bounded: 415 for another media type or coding, 413 over the
// limit, 400 for broken zstd.
Result<QByteArray> jsonBody(const QHttpServerRequest &request, qint64 maxBytes)
{
    if (!protocol::isJsonContentType(header(request, "Content-Type")))
        return Error{
            QString::fromLatin1(protocol::errors::unsupportedMediaType), tr("Content-Type: must be application/json")};
    return protocol::decodeBody(request.body(), header(request, "Content-Encoding"), maxBytes);
}

QString cursorText(qint64 seq)
{
    return QLatin1String(cursorPrefix) + QString::number(seq);
}

// The seq a cursor of ours encodes; nullopt for a cursor this server never handed out.
std::optional<qint64> cursorSeq(const QString &cursor)
{
    if (!cursor.startsWith(QLatin1String(cursorPrefix)))
        return std::nullopt;
    const QString digits = cursor.mid(qsizetype(sizeof(cursorPrefix) - 1));
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return digits.toLongLong();
}

} // namespace

Routes::Routes(ServerStore &store)
    : m_store(store)
{
}

void Routes::install(QHttpServer &server)
{
    server.route(QStringLiteral("/v1/ping"), [this](const QHttpServerRequest &request) { return ping(request); });
    server.route(QStringLiteral("/v1/enroll"), [this](const QHttpServerRequest &request) { return enroll(request); });
    server.route(QStringLiteral("/v1/push"), [this](const QHttpServerRequest &request) { return push(request); });
    server.route(QStringLiteral("/v1/pull"), [this](const QHttpServerRequest &request) { return pull(request); });
    // Registered last, so it only sees what no route above took: unknown paths get the protocol's
    // error body instead of QHttpServer's empty 404.
    server.route(QStringLiteral("/<arg>"), [](const QUrl &, const QHttpServerRequest &request) {
        return error(request,
            Error{QString::fromLatin1(protocol::errors::notFound),
                tr("Nothing is served at %1.").arg(request.url().path())});
    });
}

QHttpServerResponse Routes::ping(const QHttpServerRequest &request)
{
    if (request.method() != Method::Get)
        return methodNotAllowed(request);
    const Result<protocol::PingQuery> query = protocol::PingQuery::fromQuery(request.query());
    if (!query)
        return error(request, query.error());
    protocol::PingResponse answer;
    answer.nonce = query->nonce;
    answer.serverTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return json(request, answer.toJson());
}

bool Routes::enrollmentLimited(const QString &address, const QDateTime &now)
{
    const auto found = m_failedEnrollments.find(address);
    if (found == m_failedEnrollments.end())
        return false;
    found->removeIf([&](const QDateTime &at) { return at.secsTo(now) >= enrollmentWindowSeconds; });
    if (found->isEmpty()) {
        // Forget quiet addresses so the table stays as small as the recent failures.
        m_failedEnrollments.erase(found);
        return false;
    }
    return found->size() >= maxFailedEnrollments;
}

QHttpServerResponse Routes::enroll(const QHttpServerRequest &request)
{
    if (request.method() != Method::Post)
        return methodNotAllowed(request);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString address = request.remoteAddress().toString();
    if (enrollmentLimited(address, now))
        return error(request,
            Error{QString::fromLatin1(protocol::errors::rateLimited),
                tr("Too many failed enrollment attempts; wait a few minutes.")});
    const Result<QByteArray> body = jsonBody(request, protocol::limits::maxSmallBody);
    if (!body)
        return error(request, body.error());
    const Result<protocol::EnrollRequest> parsed = protocol::EnrollRequest::fromJson(*body);
    if (!parsed)
        return error(request, parsed.error());
    const Result<EnrolledDevice> enrolled = m_store.enroll(parsed->code, parsed->deviceName, now);
    if (!enrolled) {
        if (enrolled.error().code.startsWith(QLatin1String("enroll.")))
            m_failedEnrollments[address].append(now);
        return error(request, enrolled.error());
    }
    protocol::EnrollResponse answer{enrolled->device.deviceId, enrolled->token, enrolled->device.communeCode,
        enrolled->device.communeName, enrolled->device.deviceTag};
    return json(request, answer.toJson());
}

Result<DeviceInfo> Routes::authenticate(const QHttpServerRequest &request)
{
    if (!hasHeader(request, "Authorization"))
        return Error{QString::fromLatin1(protocol::errors::authMissing), tr("This request needs a device credential.")};
    const Result<protocol::DeviceCredential> credential
        = protocol::DeviceCredential::fromAuthorization(header(request, "Authorization"));
    if (!credential)
        return credential.error();
    return m_store.authenticate(credential->deviceId, credential->token);
}

QHttpServerResponse Routes::push(const QHttpServerRequest &request)
{
    if (request.method() != Method::Post)
        return methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return error(request, device.error());
    const Result<QByteArray> body = jsonBody(request, protocol::limits::maxPushBody);
    if (!body)
        return error(request, body.error());
    const Result<protocol::PushRequest> parsed = protocol::PushRequest::fromJson(*body);
    if (!parsed)
        return error(request, parsed.error());
    protocol::PushResponse answer;
    answer.batchId = parsed->batchId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const protocol::PushOp &op : parsed->ops) {
        // Each op commits on its own: after a database failure the client resends the batch and
        // the ops applied so far come back as duplicates.
        const Result<protocol::PushResult> result = m_store.applyOp(*device, op, now);
        if (!result)
            return error(request, result.error());
        answer.results << *result;
    }
    return json(request, answer.toJson());
}

QHttpServerResponse Routes::pull(const QHttpServerRequest &request)
{
    if (request.method() != Method::Get)
        return methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return error(request, device.error());
    const Result<protocol::PullQuery> query = protocol::PullQuery::fromQuery(request.query());
    if (!query)
        return error(request, query.error());
    qint64 afterSeq = 0;
    if (query->cursor) {
        const std::optional<qint64> seq = cursorSeq(*query->cursor);
        if (!seq)
            return error(request,
                Error{QString::fromLatin1(protocol::errors::requestMalformed),
                    tr("?cursor: not a cursor of this server")});
        afterSeq = *seq;
    }
    const Result<PullPage> page = m_store.pull(device->communeCode, afterSeq, query->limit);
    if (!page)
        return error(request, page.error());
    protocol::PullResponse answer;
    answer.changes = page->changes;
    answer.cursor = cursorText(page->lastSeq);
    answer.more = page->more;
    return json(request, answer.toJson());
}

} // namespace motcua::server
