#include "Enroller.h"

#include "HttpClient.h"
#include "io/BundleCrypto.h"
#include "protocol/Enrollment.h"
#include "protocol/ErrorBody.h"
#include "protocol/Limits.h"
#include "protocol/WireTypes.h"
#include "store/BundleExportIdentity.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcEnroll, "motcua.sync.enroll")

namespace motcua::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::sync::Enroller", text);
}

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Result<QString> normalizeServerUrl(const QString &typed)
{
    QUrl url(typed.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || url.hasQuery() || url.hasFragment()) {
        return makeError(QStringLiteral("sync.invalid_url"),
            tr("\"%1\" is not a server address: expect https://host[:port]").arg(typed.trimmed()));
    }
    // The token must never cross a network in clear (docs/protocol.md "Transport").
    if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        return makeError(QStringLiteral("sync.invalid_url"),
            tr("The province server must be reached with https:// (plain http is for this computer only)."));
    }
    QString text = url.toString(QUrl::NormalizePathSegments);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QString plainWords(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String(protocol::errors::authRevoked)) {
        return tr("This device was revoked by the province; ask the administrator for a new enrollment code.");
    }
    if (code == QLatin1String(protocol::errors::authInvalid) || code == QLatin1String(protocol::errors::authMissing)
        || code == QLatin1String("sync.not_enrolled")) {
        return tr("This device is not enrolled with the province server (or its credential was refused): "
                  "enroll it with a new code from the administrator.");
    }
    if (code == QLatin1String(protocol::errors::enrollCodeUnknown))
        return tr("This enrollment code is not known to the server: check that it was typed correctly.");
    if (code == QLatin1String(protocol::errors::enrollCodeUsed))
        return tr("This enrollment code was used already: ask the administrator for a new one.");
    if (code == QLatin1String(protocol::errors::enrollCodeExpired))
        return tr("This enrollment code has expired: ask the administrator for a new one.");
    if (code == QLatin1String(protocol::errors::rateLimited))
        return tr("Too many attempts: wait a few minutes and try again.");
    return error.message;
}

Result<SyncEnrollment> enrollDevice(Database &database, const EnrollOptions &options)
{
    auto url = normalizeServerUrl(options.serverUrl);
    if (!url)
        return url.error();
    const std::optional<QString> code = protocol::EnrollRequest::normalizeCode(options.code);
    if (!code) {
        return makeError(QStringLiteral("enroll.invalid_code"),
            tr("\"%1\" is not an enrollment code: expect 12 letters and digits like 7K2M-Q9XD-4HRT.")
                .arg(options.code.trimmed()));
    }
    HttpClient http{QUrl(*url)};
    http.setInactivityTimeoutMs(options.timeoutMs);
    if (!options.caPem.isEmpty()) {
        if (auto pinned = http.pinCaCertificates(options.caPem); !pinned)
            return pinned.error();
    }
    protocol::EnrollRequest request;
    request.code = *code;
    request.deviceName = options.deviceName.trimmed().isEmpty()
        ? QStringLiteral("MotCua %1").arg(QHostInfo::localHostName()).left(protocol::limits::maxDeviceNameLength)
        : options.deviceName.trimmed();
    request.clientVersion = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0.1.0")
                                                                             : QCoreApplication::applicationVersion();
    // The bundle signing key (docs/bundle-format.md "Trust"): the province certifies its public half.
    const SigningKeyPair keys = BundleCrypto::generateKeyPair();
    request.devicePublicKey = BundleCrypto::toBase64Url(keys.publicKey);
    HttpRequest post;
    post.verb = "POST";
    post.path = protocol::apiPath("enroll");
    post.body = protocol::compactJson(request.toJson());
    post.authenticated = false;
    post.maxResponseBytes = protocol::limits::maxSmallBody;
    HttpResult result = http.send(post);
    if (result.status == 400 && result.body.contains("device_public_key")) {
        // A server from before bundles refuses the member it does not know (requests are strict)
        // and has not consumed the code: enroll without a key; bundles then need a re-enrollment.
        qCInfo(lcEnroll) << "the server does not certify bundle keys; enrolling without one";
        request.devicePublicKey.clear();
        post.body = protocol::compactJson(request.toJson());
        result = http.send(post);
    }
    if (!result.ok()) {
        Error error = result.toError();
        error.message = plainWords(error);
        return error;
    }
    const Result<protocol::EnrollResponse> answer = protocol::EnrollResponse::fromJson(result.body);
    if (!answer)
        return makeError(QString::fromLatin1(protocol::errors::responseMalformed), answer.error().message);

    SyncEnrollment enrollment;
    enrollment.serverUrl = *url;
    enrollment.deviceId = answer->deviceId;
    enrollment.token = answer->token;
    enrollment.communeCode = answer->communeCode;
    enrollment.communeName = answer->communeName;
    enrollment.deviceTag = answer->deviceTag;
    enrollment.caPem = options.caPem;
    enrollment.enrolledAt = QDateTime::currentDateTimeUtc();

    std::optional<BundleIdentity> identity;
    if (!request.devicePublicKey.isEmpty() && !answer->deviceCertificate.isEmpty()) {
        BundleIdentity candidate{answer->deviceId, answer->communeCode, keys.publicKey, keys.secretKey,
            *BundleCrypto::fromBase64Url(answer->deviceCertificate, BundleCrypto::kSignatureBytes),
            *BundleCrypto::fromBase64Url(answer->provincePublicKey, BundleCrypto::kPublicKeyBytes)};
        if (BundleCrypto::verifyCertificate(candidate.certificate, candidate.deviceId, candidate.communeCode,
                candidate.publicKey, candidate.provincePublicKey))
            identity = candidate;
        else
            qCWarning(lcEnroll) << "the server's device certificate does not verify; bundles need a re-enrollment";
    }
    // The enrollment and its bundle identity together: a key of an earlier enrollment never
    // signs for this one.
    const Status saved = database.write([&]() -> Status {
        if (auto s = SyncState(database).saveEnrollment(enrollment); !s)
            return s;
        BundleExportIdentity store(database);
        return identity ? store.save(*identity) : store.clear();
    });
    if (!saved)
        return saved.error();
    return enrollment;
}

} // namespace motcua::sync
