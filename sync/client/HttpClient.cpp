#include "HttpClient.h"

#include "protocol/Compression.h"
#include "protocol/Credentials.h"
#include "protocol/ErrorBody.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

namespace motcua::sync {

namespace {

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::TooManyRedirectsError
        || error == QNetworkReply::InsecureRedirectError;
}

// Qt's network texts are English whatever the UI language ("Connection refused"): the common
// failures are said in the officer's words, anything else keeps Qt's text.
QString networkErrorText(QNetworkReply::NetworkError error, const QString &qtText)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("motcua::sync::HttpClient", text); };
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("nothing answers at this address (the server is stopped or the address is wrong)");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return tr("the server's name was not found (check the address and the network)");
    case QNetworkReply::TimeoutError:
        return tr("the server did not answer in time");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return tr("this computer has no network");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy of this network does not let the connection through");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure connection could not be set up");
    default:
        return qtText;
    }
}

} // namespace

HttpClient::HttpClient(QUrl serverUrl, QObject *parent)
    : QObject(parent)
    , m_serverUrl(std::move(serverUrl))
    , m_network(new QNetworkAccessManager(this))
{
    // Answers are never cached (Cache-Control: no-store) and the engine keeps no cookies.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::userAgent()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0.1.0")
                                                                             : QCoreApplication::applicationVersion();
    return QByteArrayLiteral("motcua/") + version.toLatin1() + ' ' + protocol::protocolName;
}

Status HttpClient::pinCaCertificates(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        return makeError(QStringLiteral("sync.invalid_ca"), tr("The province CA file holds no PEM certificate."));
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Replacing the list also turns off loading the system's roots on demand: only this CA counts.
    ssl.setCaCertificates(certificates);
    m_ssl = ssl;
    return {};
}

void HttpClient::setCredential(const QString &deviceId, const QString &token)
{
    m_authorization = protocol::DeviceCredential{deviceId, token}.toAuthorization();
}

void HttpClient::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_current)
                m_current->abort();
        },
        Qt::QueuedConnection);
}

HttpResult HttpClient::send(const HttpRequest &request)
{
    HttpResult result;
    if (m_cancelled) {
        result.kind = HttpResult::Kind::Cancelled;
        result.errorCode = QStringLiteral("sync.cancelled");
        result.errorMessage = tr("Syncing was stopped.");
        return result;
    }
    QUrl url = m_serverUrl;
    url.setPath(m_serverUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setRawHeader("User-Agent", userAgent());
    // Qt would otherwise ask for gzip and decode it itself, unbounded.
    networkRequest.setRawHeader("Accept-Encoding", request.acceptZstd ? QByteArray("zstd") : QByteArray("identity"));
    if (request.authenticated && !m_authorization.isEmpty())
        networkRequest.setRawHeader("Authorization", m_authorization);
    if (!request.body.isEmpty() || request.verb == "POST" || request.verb == "PUT")
        networkRequest.setRawHeader("Content-Type", request.contentType);
    if (!request.contentEncoding.isEmpty())
        networkRequest.setRawHeader("Content-Encoding", request.contentEncoding);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (m_ssl && url.scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(*m_ssl);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    ++m_requestCount;
    m_current = reply;
    QByteArray raw;
    bool tooLarge = false;
    bool timedOut = false;
    bool tlsFailed = false;
    QEventLoop loop;
    QTimer inactivity;
    inactivity.setSingleShot(true);
    const int timeoutMs = request.inactivityTimeoutMs >= 0 ? request.inactivityTimeoutMs : m_inactivityTimeoutMs;
    connect(&inactivity, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    auto moved = [&] { inactivity.start(timeoutMs); };
    connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        // Qt reports (0, 0) once the upload is over; only a restart from a smaller count is a resend.
        if (sent > 0 && sent < result.bytesSent)
            result.bodyResent = true;
        result.bytesSent = sent;
        moved();
    });
    connect(reply, &QNetworkReply::downloadProgress, &loop, moved);
    connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        moved();
        raw += reply->readAll();
        if (raw.size() > request.maxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &) { tlsFailed = true; });
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    moved();
    if (!reply->isFinished())
        loop.exec();
    inactivity.stop();
    m_current = nullptr;
    if (!tooLarge)
        raw += reply->readAll();
    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.contentRange = reply->rawHeader("Content-Range");
    result.retryAfterSeconds
        = protocol::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = networkErrorText(networkError, reply->errorString());
    const QByteArray contentEncoding = reply->rawHeader("Content-Encoding");
    reply->deleteLater();

    auto fail = [&](HttpResult::Kind kind, const char *code, const QString &message) {
        result.kind = kind;
        result.errorCode = QString::fromLatin1(code);
        result.errorMessage = message;
        return result;
    };
    if (m_cancelled)
        return fail(HttpResult::Kind::Cancelled, "sync.cancelled", tr("Syncing was stopped."));
    if (timedOut) {
        return fail(HttpResult::Kind::Timeout, "network.timeout",
            tr("The server stopped answering (nothing moved for %1 seconds).").arg(timeoutMs / 1000));
    }
    if (tooLarge) {
        return fail(HttpResult::Kind::Malformed, protocol::errors::responseMalformed,
            tr("The server's answer was larger than the protocol allows."));
    }
    if (tlsFailed || isTlsError(networkError)) {
        return fail(HttpResult::Kind::Tls, "network.tls",
            tr("The server's certificate is not trusted (is this the province server?): %1").arg(networkText));
    }
    if (result.status == 0) {
        return fail(HttpResult::Kind::Offline, "network.offline",
            tr("The province server cannot be reached: %1").arg(networkText));
    }

    Result<QByteArray> decoded = raw;
    if (!contentEncoding.isEmpty() && contentEncoding.compare("identity", Qt::CaseInsensitive) != 0) {
        if (contentEncoding.compare("zstd", Qt::CaseInsensitive) == 0)
            decoded = protocol::zstdDecompress(raw, request.maxResponseBytes);
        else
            decoded = makeError(QString::fromLatin1(protocol::errors::responseMalformed), QString());
    }
    if (result.status >= 200 && result.status < 300) {
        if (!decoded) {
            return fail(HttpResult::Kind::Malformed, protocol::errors::responseMalformed,
                tr("The server's answer could not be decoded."));
        }
        result.body = std::move(decoded).value();
        result.kind = HttpResult::Kind::Ok;
        return result;
    }
    if (decoded) {
        if (auto error = protocol::ErrorBody::fromJson(*decoded); error) {
            result.kind = HttpResult::Kind::ServerError;
            result.errorCode = error->code;
            result.errorMessage = error->message;
            result.body = std::move(decoded).value();
            return result;
        }
    }
    // Not the protocol's error body: a proxy, a captive portal or a gateway answered.
    if (result.status >= 500 || (result.status >= 300 && result.status < 400)) {
        return fail(HttpResult::Kind::Offline, "network.offline",
            tr("Something between this computer and the province server answered instead of it (HTTP %1).")
                .arg(result.status));
    }
    return fail(HttpResult::Kind::Malformed, protocol::errors::responseMalformed,
        tr("The server answered HTTP %1 without a valid error description.").arg(result.status));
}

} // namespace motcua::sync
