#include "Routes.h"

#include "BundleProvinceKey.h"
#include "HttpReplies.h"
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

Routes::Routes(ServerStore &store, BlobStore &blobs)
    : m_store(store)
    , m_blobs(blobs)
{
}

void Routes::install(QHttpServer &server)
{
    const QString base = QLatin1String(protocol::basePath);
    const QString outdated = QLatin1String(protocol::outdatedBasePath);
    server.route(base + QStringLiteral("/ping"), [this](const QHttpServerRequest &request) { return ping(request); });
    server.route(
        base + QStringLiteral("/enroll"), [this](const QHttpServerRequest &request) { return enroll(request); });
    server.route(base + QStringLiteral("/push"), [this](const QHttpServerRequest &request) { return push(request); });
    server.route(base + QStringLiteral("/pull"), [this](const QHttpServerRequest &request) { return pull(request); });
    server.route(base + QStringLiteral("/blobs/<arg>"),
        [this](const QString &sha256, const QHttpServerRequest &request) { return blob(sha256, request); });
    server.route(base + QStringLiteral("/blobs/<arg>/content"),
        [this](const QString &sha256, const QHttpServerRequest &request) { return blobContent(sha256, request); });
    // An old desk's ping still succeeds, so it goes on to a sync route and is told to update
    // there instead of believing the province offline.
    server.route(
        outdated + QStringLiteral("/ping"), [this](const QHttpServerRequest &request) { return ping(request); });
    for (const char *endpoint : {"/enroll", "/push", "/pull"}) {
        server.route(outdated + QLatin1String(endpoint),
            [](const QHttpServerRequest &request) { return protocolOutdated(request); });
    }
    server.route(outdated + QStringLiteral("/blobs/<arg>"),
        [](const QString &, const QHttpServerRequest &request) { return protocolOutdated(request); });
    server.route(outdated + QStringLiteral("/blobs/<arg>/content"),
        [](const QString &, const QHttpServerRequest &request) { return protocolOutdated(request); });
    // Registered last, so it only sees what no route above took: unknown paths get the protocol's
    // error body instead of QHttpServer's empty 404.
    server.route(QStringLiteral("/<arg>"), [](const QUrl &, const QHttpServerRequest &request) {
        return http::error(request,
            Error{QString::fromLatin1(protocol::errors::notFound),
                tr("Nothing is served at %1.").arg(request.url().path())});
    });
}

QHttpServerResponse Routes::protocolOutdated(const QHttpServerRequest &request)
{
    return http::error(
        request, Error{QString::fromLatin1(protocol::errors::protocolOutdated), protocol::protocolOutdatedMessage()});
}

QHttpServerResponse Routes::ping(const QHttpServerRequest &request)
{
    if (request.method() != Method::Get)
        return http::methodNotAllowed(request);
    const Result<protocol::PingQuery> query = protocol::PingQuery::fromQuery(request.query());
    if (!query)
        return http::error(request, query.error());
    protocol::PingResponse answer;
    if (request.url().path().startsWith(QLatin1String(protocol::outdatedBasePath) + u'/'))
        answer.protocol = protocol::outdatedProtocolVersion;
    answer.nonce = query->nonce;
    answer.serverTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return http::json(request, answer.toJson());
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
        return http::methodNotAllowed(request);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString address = request.remoteAddress().toString();
    if (enrollmentLimited(address, now))
        return http::error(request,
            Error{QString::fromLatin1(protocol::errors::rateLimited),
                tr("Too many failed enrollment attempts; wait a few minutes.")});
    const Result<QByteArray> body = http::body(request, protocol::limits::maxSmallBody, true);
    if (!body)
        return http::error(request, body.error());
    const Result<protocol::EnrollRequest> parsed = protocol::EnrollRequest::fromJson(*body);
    if (!parsed)
        return http::error(request, parsed.error());
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
            m_failedEnrollments[address].append(now);
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

Result<DeviceInfo> Routes::authenticate(const QHttpServerRequest &request)
{
    if (!http::hasHeader(request, "Authorization"))
        return Error{QString::fromLatin1(protocol::errors::authMissing), tr("This request needs a device credential.")};
    const Result<protocol::DeviceCredential> credential
        = protocol::DeviceCredential::fromAuthorization(http::header(request, "Authorization"));
    if (!credential)
        return credential.error();
    return m_store.authenticate(credential->deviceId, credential->token);
}

QHttpServerResponse Routes::push(const QHttpServerRequest &request)
{
    if (request.method() != Method::Post)
        return http::methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return http::error(request, device.error());
    const Result<QByteArray> body = http::body(request, protocol::limits::maxPushBody, true);
    if (!body)
        return http::error(request, body.error());
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
    return http::json(request, answer.toJson());
}

QHttpServerResponse Routes::pull(const QHttpServerRequest &request)
{
    if (request.method() != Method::Get)
        return http::methodNotAllowed(request);
    const Result<DeviceInfo> device = authenticate(request);
    if (!device)
        return http::error(request, device.error());
    const Result<protocol::PullQuery> query = protocol::PullQuery::fromQuery(request.query());
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
    const Result<PullPage> page = m_store.pull(device->communeCode, after, query->limit);
    if (!page)
        return http::error(request, page.error());
    protocol::PullResponse answer;
    answer.changes = page->changes;
    answer.cursor = cursorText(page->last);
    answer.more = page->more;
    return http::json(request, answer.toJson());
}

} // namespace motcua::server
