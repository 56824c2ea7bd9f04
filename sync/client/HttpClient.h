#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace motcua::sync {

// One request of motcua-sync/1.
struct HttpRequest
{
    QByteArray verb = "GET";
    QString path; // "/v2/push"
    QUrlQuery query;
    QByteArray body; // sent as is (already compressed when contentEncoding says so)
    QByteArray contentType = "application/json";
    QByteArray contentEncoding; // "zstd" or empty
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true; // adds the device's Authorization header
    qint64 maxResponseBytes = 16 * 1024; // on the wire and decoded (docs/protocol.md "Limits")
    int inactivityTimeoutMs = -1; // < 0: the client's default
    bool acceptZstd = true; // JSON answers may come compressed; blob downloads must not
    // "Connection: close": the server closes the connection after its answer, so every request of
    // a link that cuts long connections starts on a fresh one with its whole byte budget.
    bool freshConnection = false;
};

// What came back, classified the way the sync engine acts on it.
struct HttpResult
{
    enum class Kind {
        Ok, // a 2xx answer (body decoded)
        Offline, // no connection, reset, refused, DNS, a proxy's 5xx page, a redirect: "not connected"
        Timeout, // nothing moved for the inactivity timeout
        Tls, // the certificate was not trusted (wrong CA, pinned CA mismatch) or TLS failed
        ServerError, // a non-2xx answer with the protocol's error body (code, message)
        Malformed, // an answer that breaks the protocol (too large, bad zstd, a 4xx without error body)
        Cancelled, // stop() was called
    };

    Kind kind = Kind::Offline;
    int status = 0;
    QByteArray body; // decoded
    QByteArray contentType;
    QByteArray contentRange;
    QString errorCode; // ServerError: the protocol code; otherwise the client-side code
    QString errorMessage; // plain words
    int retryAfterSeconds = -1;
    qint64 bytesSent = 0;
    qint64 elapsedMs = 0;
    // Qt sent the body again from the start on a new connection: the first one dropped under it.
    bool bodyResent = false;

    bool ok() const { return kind == Kind::Ok; }
    Error toError() const { return Error{errorCode, errorMessage}; }
};

// HTTP for the sync engine: send() waits for one request on the calling thread (a local event
// loop, so the engine reads as a sequence of steps); start() and waitForAll() keep several in flight
// (Qt opens up to six connections to the server), so that scan uploads need not stop and wait for
// each answer. Adds the User-Agent, the device credential
// and Accept-Encoding: zstd; decodes zstd answers; bounds every answer on the wire and decoded;
// aborts a request when nothing moved for the inactivity timeout (not a total timeout: a slow
// 2G upload that keeps moving is fine); never follows redirects (a captive portal's 302 is "not
// connected"); trusts only the pinned CA when one is given.
//
// Belongs to the thread that created it; cancel() may be called from any thread.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QUrl serverUrl, QObject *parent = nullptr);
    ~HttpClient() override;

    // Only this CA is trusted for HTTPS (not the system's). Fails with "sync.invalid_ca" when the
    // PEM holds no certificate.
    Status pinCaCertificates(const QByteArray &pem);
    void setCredential(const QString &deviceId, const QString &token);
    void setInactivityTimeoutMs(int ms) { m_inactivityTimeoutMs = ms; }
    int inactivityTimeoutMs() const { return m_inactivityTimeoutMs; }
    QUrl serverUrl() const { return m_serverUrl; }

    HttpResult send(const HttpRequest &request);

    using Completion = std::function<void(const HttpResult &)>;
    // Starts a request without waiting for it. The completion runs on this thread, from inside
    // send() or waitForAll(), and may start further requests.
    void start(const HttpRequest &request, Completion completion);
    // Returns once no request is in flight any more (completions that start requests keep it going).
    void waitForAll();
    int inFlight() const { return int(m_exchanges.size()); }

    // Aborts the request in flight (its result is Cancelled) and every later one until reset().
    void cancel();
    void reset() { m_cancelled = false; }
    bool isCancelled() const { return m_cancelled; }

    // Requests sent so far (for the report and the benchmarks).
    int requestCount() const { return m_requestCount; }

    static QByteArray userAgent();

signals:
    void exchangeEnded(); // internal: a request's completion has run

private:
    struct Exchange;
    void finish(Exchange *exchange);
    HttpResult conclude(Exchange &exchange);

    QUrl m_serverUrl;
    QNetworkAccessManager *m_network = nullptr;
    std::optional<QSslConfiguration> m_ssl;
    QByteArray m_authorization;
    int m_inactivityTimeoutMs = 30000;
    std::atomic<bool> m_cancelled{false};
    std::vector<std::unique_ptr<Exchange>> m_exchanges; // in flight
    int m_requestCount = 0;
};

} // namespace motcua::sync
