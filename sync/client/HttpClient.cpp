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

#include <algorithm>

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

// One request in flight and what its reply has delivered so far.
struct HttpClient::Exchange
{
    HttpRequest request;
    Completion completion;
    QNetworkReply *reply = nullptr;
    QByteArray raw;
    bool tooLarge = false;
    bool timedOut = false;
    bool tlsFailed = false;
    int timeoutMs = 0;
    QTimer inactivity;
    QElapsedTimer clock;
    HttpResult result;
};

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
            // abort() ends each reply at once; the exchanges end in their queued finish().
            for (const auto &exchange : m_exchanges)
                exchange->reply->abort();
        },
        Qt::QueuedConnection);
}

HttpResult HttpClient::send(const HttpRequest &request)
{
    HttpResult result;
    bool done = false;
    start(request, [&](const HttpResult &ended) {
        result = ended;
        done = true;
    });
    if (!done) {
        QEventLoop loop;
        connect(this, &HttpClient::exchangeEnded, &loop, [&] {
            if (done)
                loop.quit();
        });
        loop.exec();
    }
    return result;
}

void HttpClient::start(const HttpRequest &request, Completion completion)
{
    if (m_cancelled) {
        HttpResult result;
        result.kind = HttpResult::Kind::Cancelled;
        result.errorCode = QStringLiteral("sync.cancelled");
        result.errorMessage = tr("Syncing was stopped.");
        completion(result);
        return;
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
    if (request.freshConnection)
        networkRequest.setRawHeader("Connection", "close");
    if (m_ssl && url.scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(*m_ssl);

    auto owned = std::make_unique<Exchange>();
    Exchange *exchange = owned.get();
    exchange->request = request;
    exchange->completion = std::move(completion);
    exchange->timeoutMs = request.inactivityTimeoutMs >= 0 ? request.inactivityTimeoutMs : m_inactivityTimeoutMs;
    exchange->clock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    exchange->reply = reply;
    ++m_requestCount;
    m_exchanges.push_back(std::move(owned));
    exchange->inactivity.setSingleShot(true);
    connect(&exchange->inactivity, &QTimer::timeout, reply, [exchange] {
        exchange->timedOut = true;
        exchange->reply->abort();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [exchange](qint64 sent, qint64) {
        // Qt reports (0, 0) once the upload is over; only a restart from a smaller count is a resend.
        if (sent > 0 && sent < exchange->result.bytesSent)
            exchange->result.bodyResent = true;
        exchange->result.bytesSent = sent;
        exchange->inactivity.start(exchange->timeoutMs);
    });
    connect(
        reply, &QNetworkReply::downloadProgress, this, [exchange] { exchange->inactivity.start(exchange->timeoutMs); });
    connect(reply, &QNetworkReply::readyRead, this, [exchange] {
        exchange->inactivity.start(exchange->timeoutMs);
        exchange->raw += exchange->reply->readAll();
        if (exchange->raw.size() > exchange->request.maxResponseBytes) {
            exchange->tooLarge = true;
            exchange->reply->abort();
        }
    });
    connect(
        reply, &QNetworkReply::sslErrors, this, [exchange](const QList<QSslError> &) { exchange->tlsFailed = true; });
    connect(reply, &QNetworkReply::finished, this, [exchange] { exchange->inactivity.stop(); });
    // Queued: abort() finishes a reply inside the caller (the inactivity timer, readyRead, cancel),
    // and the exchange (with its timer) is deleted only once that caller has returned.
    connect(
        reply, &QNetworkReply::finished, this, [this, exchange] { finish(exchange); }, Qt::QueuedConnection);
    exchange->inactivity.start(exchange->timeoutMs);
    if (reply->isFinished())
        QMetaObject::invokeMethod(
            this, [this, exchange] { finish(exchange); }, Qt::QueuedConnection);
}

void HttpClient::waitForAll()
{
    if (m_exchanges.empty())
        return;
    QEventLoop loop;
    connect(this, &HttpClient::exchangeEnded, &loop, [&] {
        if (m_exchanges.empty())
            loop.quit();
    });
    loop.exec();
}

void HttpClient::finish(Exchange *exchange)
{
    const auto found = std::find_if(m_exchanges.begin(), m_exchanges.end(),
        [exchange](const std::unique_ptr<Exchange> &candidate) { return candidate.get() == exchange; });
    if (found == m_exchanges.end())
        return; // finished already (a reply that was over at once also emits finished)
    std::unique_ptr<Exchange> owned = std::move(*found);
    m_exchanges.erase(found);
    const HttpResult result = conclude(*owned);
    const Completion completion = std::move(owned->completion);
    // The reply lives on until deleteLater; nothing of it may reach the deleted exchange.
    disconnect(owned->reply, nullptr, this, nullptr);
    owned.reset();
    completion(result);
    emit exchangeEnded();
}

HttpResult HttpClient::conclude(Exchange &exchange)
{
    QNetworkReply *reply = exchange.reply;
    const HttpRequest &request = exchange.request;
    HttpResult result = exchange.result;
    QByteArray &raw = exchange.raw;
    const bool tooLarge = exchange.tooLarge;
    const bool timedOut = exchange.timedOut;
    const bool tlsFailed = exchange.tlsFailed;
    const int timeoutMs = exchange.timeoutMs;
    if (!tooLarge)
        raw += reply->readAll();
    result.elapsedMs = exchange.clock.elapsed();
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
    // The head arrived, then the connection died (Qt's network and proxy errors are 1–199; 200 and
    // up describe the HTTP status itself): the body is cut short. A drop, retried as one, not a
    // malformed answer that would end the cycle.
    if (networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied) {
        result.status = 0; // no usable answer came: as if none had (retryAtOnce, Backoff)
        return fail(HttpResult::Kind::Offline, "network.offline",
            tr("The connection dropped while the server's answer arrived: %1").arg(networkText));
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
