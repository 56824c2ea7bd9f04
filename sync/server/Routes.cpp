#include "Routes.h"

#include "BundleProvinceKey.h"
#include "HttpReplies.h"
#include "ServerDatabase.h"
#include "ServerMetrics.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/Ping.h"
#include "protocol/Pull.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"

#include "http/Router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace motcua::server {

namespace {

using http::HttpRequest;
using http::HttpResponse;
using Method = http::Method;

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::Routes", text);
}

// "c2.<commune seq>.<province seq>". The first server's cursors were "c1.<commune seq>" (it had
// no publications), and are still understood.
QString cursorText(const PullPosition &position)
{
    return QStringLiteral("c2.%1.%2").arg(position.communeSeq).arg(position.provinceSeq);
}

std::optional<qint64> sequenceNumber(const QString &digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return digits.toLongLong();
}

// The position a cursor of ours encodes; nullopt for a cursor this server never handed out.
std::optional<PullPosition> cursorPosition(const QString &cursor)
{
    const QStringList parts = cursor.split(QLatin1Char('.'));
    if (parts.size() == 2 && parts[0] == QLatin1String("c1")) {
        if (const std::optional<qint64> commune = sequenceNumber(parts[1]))
            return PullPosition{*commune, 0};
    } else if (parts.size() == 3 && parts[0] == QLatin1String("c2")) {
        const std::optional<qint64> commune = sequenceNumber(parts[1]);
        const std::optional<qint64> province = sequenceNumber(parts[2]);
        if (commune && province)
            return PullPosition{*commune, *province};
    }
    return std::nullopt;
}

} // namespace

Routes::Routes(ServerStore &store, BlobStore &blobs, ClientAddress clients, ServerMetrics *metrics)
    : m_store(store)
    , m_blobs(blobs)
    , m_clients(std::move(clients))
    , m_metrics(metrics)
{
}

void Routes::install(http::Router &router)
{
    using protocol::limits::maxChunkBytes;
    using protocol::limits::maxPushBody;
    using protocol::limits::maxSmallBody;
    const QString base = QLatin1String(protocol::basePath);
    const QString outdated = QLatin1String(protocol::outdatedBasePath);
    // Push and chunk bodies are large: the credential is checked from the headers before the
    // transport reads a byte of them (the handler checks it again, as it does for every route).
    const auto authenticated = [this](Method method) {
        return [this, method](const HttpRequest &head) -> std::optional<HttpResponse> {
            if (head.method != method)
                return std::nullopt;
            const Result<DeviceInfo> device = authenticate(head);
            if (!device)
                return http::error(head, device.error());
            return std::nullopt;
        };
    };
    if (m_metrics)
        router.setObserver([this](const QString &route, int status) { m_metrics->countRequest(route, status); });
    // Not part of the sync protocol, so not versioned with it: load balancers keep one URL.
    router.add(QStringLiteral("/v1/health"), maxSmallBody,
        [this](const HttpRequest &request, const QStringList &) { return health(request); });
    router.add(base + QStringLiteral("/ping"), maxSmallBody,
        [this](const HttpRequest &request, const QStringList &) { return ping(request); });
    router.add(base + QStringLiteral("/enroll"), maxSmallBody,
        [this](const HttpRequest &request, const QStringList &) { return enroll(request); });
    router.add(
        base + QStringLiteral("/push"), maxPushBody,
        [this](const HttpRequest &request, const QStringList &) { return push(request); }, authenticated(Method::Post));
    router.add(base + QStringLiteral("/pull"), maxSmallBody,
        [this](const HttpRequest &request, const QStringList &) { return pull(request); });
    router.add(
        base + QStringLiteral("/blobs/<arg>"), maxChunkBytes,
        [this](const HttpRequest &request, const QStringList &arguments) { return blob(arguments[0], request); },
        authenticated(Method::Put));
    router.add(base + QStringLiteral("/blobs/<arg>/content"), maxSmallBody,
        [this](
            const HttpRequest &request, const QStringList &arguments) { return blobContent(arguments[0], request); });
    // An old desk's ping still succeeds, so it goes on to a sync route and is told to update
    // there instead of believing the province offline. Its bodies are never read: 426 needs none.
    router.add(outdated + QStringLiteral("/ping"), maxSmallBody,
        [this](const HttpRequest &request, const QStringList &) { return ping(request); });
    for (const char *endpoint : {"/enroll", "/push", "/pull", "/blobs/<arg>", "/blobs/<arg>/content"}) {
        router.add(
            outdated + QLatin1String(endpoint), 0,
            [](const HttpRequest &request, const QStringList &) { return protocolOutdated(request); },
            [](const HttpRequest &head) -> std::optional<HttpResponse> { return protocolOutdated(head); });
    }
    // Unknown paths get the protocol's error body.
    router.setFallback(maxSmallBody, [](const HttpRequest &request, const QStringList &) {
        return http::error(request,
            Error{QString::fromLatin1(protocol::errors::notFound), tr("Nothing is served at %1.").arg(request.path)});
    });
    router.setRejectionHandler([](const HttpRequest &head, http::Rejection why, qint64 limit) {
        switch (why) {
        case http::Rejection::BodyTooLarge:
            return http::error(head,
                Error{QString::fromLatin1(protocol::errors::requestTooLarge),
                    tr("%1 accepts a body of at most %2 bytes.").arg(head.path).arg(limit)});
        case http::Rejection::HeaderTooLarge: {
            HttpResponse response = http::error(head,
                Error{QString::fromLatin1(protocol::errors::requestMalformed),
                    tr("The request line and headers are larger than %1 bytes.").arg(limit)});
            response.status = 431;
            return response;
        }
        case http::Rejection::Malformed:
            return http::error(head,
                Error{QString::fromLatin1(protocol::errors::requestMalformed), tr("This is not an HTTP/1.1 request.")});
        case http::Rejection::Internal:
            break;
        }
        return http::error(head,
            Error{QString::fromLatin1(protocol::errors::internal), tr("The server failed to answer this request.")});
    });
}

HttpResponse Routes::protocolOutdated(const HttpRequest &request)
{
    return http::error(
        request, Error{QString::fromLatin1(protocol::errors::protocolOutdated), protocol::protocolOutdatedMessage()});
}

HttpResponse Routes::ping(const HttpRequest &request)
{
    if (request.method != Method::Get)
        return http::methodNotAllowed(request);
    const Result<protocol::PingQuery> query = protocol::PingQuery::fromQuery(request.query);
    if (!query)
        return http::error(request, query.error());
    protocol::PingResponse answer;
    if (request.path.startsWith(QLatin1String(protocol::outdatedBasePath) + u'/'))
        answer.protocol = protocol::outdatedProtocolVersion;
    answer.nonce = query->nonce;
    answer.serverTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return http::json(request, answer.toJson());
}

HttpResponse Routes::health(const HttpRequest &request)
{
    if (request.method != Method::Get && request.method != Method::Head)
        return http::methodNotAllowed(request);
    // A read of a real table: the connection is open and the schema is there. No retry: a load
    // balancer asks again on its own schedule, and a slow answer is itself a bad sign.
    const Result<std::optional<QVariantList>> row
        = m_store.database().selectRow(QStringLiteral("SELECT COUNT(*) FROM server_meta"));
    const QString database
        = m_store.database().dialect() == SqlDialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    if (!row || !*row) {
        return http::json(request,
            QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")},
                {QStringLiteral("database"), database},
                {QStringLiteral("message"),
                    row ? tr("The database answered nothing.")
                        : tr("The database does not answer: %1").arg(row.error().message)}},
            503);
    }
    return http::json(
        request, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("database"), database}});
}

HttpResponse Routes::enroll(const HttpRequest &request)
{
    if (request.method != Method::Post)
        return http::methodNotAllowed(request);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString client = m_clients.of(request).toString();
    const Result<QByteArray> body = http::body(request, protocol::limits::maxSmallBody, true);
    if (!body)
        return http::error(request, body.error());
    const Result<protocol::EnrollRequest> parsed = protocol::EnrollRequest::fromJson(*body);
    if (!parsed)
        return http::error(request, parsed.error());
    if (m_enrollments.isLimited(client, parsed->code, now))
        return http::error(request,
            Error{QString::fromLatin1(protocol::errors::rateLimited),
                tr("Too many failed enrollment attempts; wait a few minutes.")});
    // A device that sent a bundle key gets its certificate (docs/bundle-format.md "Trust"). The
    // province key is read before the code is consumed: a database failure here costs no code.
    std::optional<SigningKeyPair> provinceKey;
    if (!parsed->devicePublicKey.isEmpty()) {
        Result<SigningKeyPair> key = BundleProvinceKey(m_store.database()).get();
        if (!key)
            return http::error(request, key.error());
        provinceKey = *key;
    }
    const Result<EnrolledDevice> enrolled = m_store.enroll(parsed->code, parsed->deviceName, now);
    if (!enrolled) {
        if (enrolled.error().code.startsWith(QLatin1String("enroll.")))
            m_enrollments.recordFailure(client, parsed->code, now);
        return http::error(request, enrolled.error());
    }
    protocol::EnrollResponse answer{enrolled->device.deviceId, enrolled->token, enrolled->device.communeCode,
        enrolled->device.communeName, enrolled->device.deviceTag, {}, {}};
    if (provinceKey) {
        const QByteArray devicePublicKey
            = *BundleCrypto::fromBase64Url(parsed->devicePublicKey, BundleCrypto::kPublicKeyBytes);
        answer.provincePublicKey = BundleCrypto::toBase64Url(provinceKey->publicKey);
        answer.deviceCertificate = BundleCrypto::toBase64Url(BundleCrypto::issueCertificate(
            enrolled->device.deviceId, enrolled->device.communeCode, devicePublicKey, provinceKey->secretKey));
    }
    return http::json(request, answer.toJson());
}

Result<DeviceInfo> Routes::authenticate(const HttpRequest &request)
{
    if (!request.hasHeader("Authorization"))
        return Error{QString::fromLatin1(protocol::errors::authMissing), tr("This request needs a device credential.")};
    const Result<protocol::DeviceCredential> credential
        = protocol::DeviceCredential::fromAuthorization(request.header("Authorization"));
    if (!credential)
        return credential.error();
    return m_store.authenticate(credential->deviceId, credential->token);
}

HttpResponse Routes::push(const HttpRequest &request)
{
    if (request.method != Method::Post)
        return http::methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return http::error(request, device.error());
    const Result<QByteArray> body = http::body(request, protocol::limits::maxPushBody, true);
    if (!body)
        return http::error(request, body.error());
    QElapsedTimer clock;
    clock.start();
    const Result<protocol::PushRequest> parsed = protocol::PushRequest::fromJson(*body);
    if (!parsed)
        return http::error(request, parsed.error());
    // One transaction for the whole batch: after a database failure nothing of it was applied and
    // the device sends it again.
    const Result<QList<protocol::PushResult>> results
        = m_store.push(*device, parsed->ops, QDateTime::currentDateTimeUtc());
    if (!results)
        return http::error(request, results.error());
    protocol::PushResponse answer;
    answer.batchId = parsed->batchId;
    answer.results = *results;
    HttpResponse response = http::json(request, answer.toJson());
    if (m_metrics)
        m_metrics->countPush(*results, double(clock.nsecsElapsed()) / 1e9);
    return response;
}

HttpResponse Routes::pull(const HttpRequest &request)
{
    if (request.method != Method::Get)
        return http::methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return http::error(request, device.error());
    const Result<protocol::PullQuery> query = protocol::PullQuery::fromQuery(request.query);
    if (!query)
        return http::error(request, query.error());
    PullPosition after;
    if (query->cursor) {
        const std::optional<PullPosition> position = cursorPosition(*query->cursor);
        if (!position)
            return http::error(request,
                Error{QString::fromLatin1(protocol::errors::requestMalformed),
                    tr("?cursor: not a cursor of this server")});
        after = *position;
    }
    const Result<PullPage> page = m_store.pull(device->communeCode, after, query->limit, device->deviceId);
    if (!page)
        return http::error(request, page.error());
    protocol::PullResponse answer;
    answer.changes = page->changes;
    answer.cursor = cursorText(page->last);
    answer.more = page->more;
    return http::json(request, answer.toJson());
}

} // namespace motcua::server
