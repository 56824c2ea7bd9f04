// `motcua-server serve`: the routes on the HTTP transport (http/BeastServer), with its limits.
#include "BlobStore.h"
#include "CliSupport.h"
#include "ClientAddress.h"
#include "Routes.h"
#include "ScanSweeper.h"
#include "ServerMetrics.h"
#include "ServerStore.h"
#include "http/BeastServer.h"
#include "http/Router.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QHostAddress>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace motcua::server::cli {

namespace {

// A whole number option within [min, max]; the default when absent, nullopt (after saying why)
// when it is not such a number.
std::optional<int> boundedOption(const Parsed &parsed, const char *name, int fallback, int min, int max)
{
    if (!parsed.has(name))
        return fallback;
    bool ok = false;
    const int value = parsed.option(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        err(tr("%1: must be a whole number from %2 to %3").arg(QString::fromLatin1(name)).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<http::ServerLimits> serverLimits(const Parsed &parsed)
{
    http::ServerLimits limits;
    // Handlers wait on the database more than they compute: a push holds its thread until its
    // commit. On SQLite the writer commits together the pushes waiting at once (SqliteWriter), so
    // the threads bound how many devices share a commit: 100 devices pushing at once on 2 cores
    // applied 10,700-12,000 ops/s with 4 threads, 15,200-16,000 with 32. On PostgreSQL every thread
    // runs its own transaction, and pushes of one commune wait for each other's lock: there 32
    // threads gave half the throughput of 4, so a few per core.
    const int defaultThreads
        = parsed.has("--database") ? int(qBound(4u, 2 * std::thread::hardware_concurrency(), 32u)) : 32;
    const std::optional<int> threads = boundedOption(parsed, "--threads", defaultThreads, 1, 256);
    const std::optional<int> total = boundedOption(parsed, "--max-connections", limits.maxConnections, 1, 1000000);
    const std::optional<int> perAddress
        = boundedOption(parsed, "--max-connections-per-address", limits.maxConnectionsPerAddress, 1, 1000000);
    const std::optional<int> read = boundedOption(parsed, "--read-timeout", int(limits.readTimeout.count()), 1, 3600);
    const std::optional<int> idle = boundedOption(parsed, "--idle-timeout", int(limits.idleTimeout.count()), 1, 86400);
    if (!threads || !total || !perAddress || !read || !idle)
        return std::nullopt;
    limits.threads = *threads;
    // The network's threads only compute (TLS, HTTP, copying scans out): two per core. More
    // would let 16 downloads of large scans take the cores from everything else.
    limits.ioThreads = int(qBound(2u, 4 * std::thread::hardware_concurrency(), 16u));
    limits.maxConnections = *total;
    limits.maxConnectionsPerAddress = *perAddress;
    limits.readTimeout = std::chrono::seconds(*read);
    limits.idleTimeout = std::chrono::seconds(*idle);
    return limits;
}

// Loads --tls-cert and --tls-key into the server; false after saying what is wrong with which.
bool setUpTls(http::BeastServer &server, const QString &certPath, const QString &keyPath)
{
    QFile keyFile(keyPath);
    if (!QFile::exists(certPath)) {
        err(tr("--tls-cert: %1 holds no PEM certificate").arg(certPath));
        return false;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        err(tr("--tls-key: cannot read %1: %2").arg(keyPath, keyFile.errorString()));
        return false;
    }
    const Status loaded = server.useTls(certPath, keyPath);
    if (loaded)
        return true;
    if (loaded.error().code == QLatin1String("tls.certificate"))
        err(tr("--tls-cert: %1 holds no PEM certificate").arg(certPath));
    else
        err(tr("--tls-key: %1 holds no unencrypted PEM RSA or EC private key").arg(keyPath));
    err(loaded.error().message);
    return false;
}

// A duration of serve: whole seconds, or a number with s, m, h or d ("7d"); nullopt otherwise.
std::optional<qint64> durationSeconds(const QString &text)
{
    static const QHash<QChar, qint64> units{{u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}};
    const qint64 unit = text.isEmpty() ? 0 : units.value(text.back(), 0);
    bool ok = false;
    const qint64 count = (unit ? text.chopped(1) : text).toLongLong(&ok);
    if (!ok || count <= 0 || count > 3650 * 86400 || text.startsWith(u'+'))
        return std::nullopt;
    return count * (unit ? unit : 1);
}

// A size of serve: bytes, or a number with K, M or G (binary: 20G is 20 GiB); nullopt otherwise.
std::optional<qint64> sizeBytes(const QString &text)
{
    static const QHash<QChar, qint64> units{{u'K', 1024}, {u'M', 1024 * 1024}, {u'G', 1024 * 1024 * 1024}};
    const qint64 unit = text.isEmpty() ? 0 : units.value(text.back(), 0);
    bool ok = false;
    const qint64 count = (unit ? text.chopped(1) : text).toLongLong(&ok);
    if (!ok || count <= 0 || count > (qint64(1) << 50) / (unit ? unit : 1) || text.startsWith(u'+'))
        return std::nullopt;
    return count * (unit ? unit : 1);
}

// --partial-ttl, --orphan-grace and --commune-quota, or a usage message naming the bad one.
bool scanPolicy(const Parsed &parsed, ScanRetention *retention, qint64 *quota)
{
    for (const auto &[name, target] : {std::pair{"--partial-ttl", &retention->partialTtlSeconds},
             std::pair{"--orphan-grace", &retention->orphanGraceSeconds}}) {
        if (!parsed.has(name))
            continue;
        const std::optional<qint64> seconds = durationSeconds(parsed.option(name));
        if (!seconds) {
            err(tr("%1: must be a duration such as 7d, 12h, 30m or 90s").arg(QLatin1String(name)));
            return false;
        }
        *target = *seconds;
    }
    if (parsed.has("--commune-quota")) {
        const std::optional<qint64> bytes = sizeBytes(parsed.option("--commune-quota"));
        if (!bytes) {
            err(tr("--commune-quota: must be a number of bytes, optionally with K, M or G (e.g. 20G)"));
            return false;
        }
        *quota = *bytes;
    }
    return true;
}

// Sweeps expired uploads and orphans at start and then on its own thread, as often as the shorter
// retention needs (at least every second, at most every hour). A failed sweep is logged and tried
// again. The transport's threads never wait for it: each sweep is its own short transactions.
class SweepThread final
{
public:
    SweepThread(ServerDatabase &db, ScanRetention retention)
        : m_db(db)
        , m_retention(retention)
    {
        sweepOnce();
        const qint64 shorter = qMin(retention.partialTtlSeconds, retention.orphanGraceSeconds);
        m_interval = std::chrono::seconds(std::clamp<qint64>(shorter / 2, 1, 3600));
        m_thread = std::thread([this] { loop(); });
    }
    ~SweepThread()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    SweepThread(const SweepThread &) = delete;
    SweepThread &operator=(const SweepThread &) = delete;

private:
    void sweepOnce()
    {
        const Result<SweepReport> report = ScanSweeper(m_db, m_retention).sweep(QDateTime::currentDateTimeUtc());
        if (!report)
            err(tr("Sweeping old uploads failed: %1").arg(report.error().message));
    }
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, m_interval, [this] { return m_stopping; })) {
            lock.unlock();
            sweepOnce();
            lock.lock();
        }
        m_db.closeThreadConnection();
    }

    ServerDatabase &m_db;
    const ScanRetention m_retention;
    std::chrono::seconds m_interval{1};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

// HOST:PORT of --listen and --metrics-listen ("[::1]:8443" for IPv6); nullopt when it is not.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    // As an URL's authority, with the port actually bound.
    QString shown(quint16 bound) const
    {
        const QString host = address.toString();
        return (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host) : host)
            + QStringLiteral(":%1").arg(bound);
    }
};

std::optional<ListenAddress> listenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return std::nullopt;
    return ListenAddress{address, quint16(port)};
}

// The metrics listener: GET /metrics and nothing else, on its own small transport and thread, so
// that a scrape never takes a worker of the sync listener and the sync port never serves metrics.
class MetricsThread final
{
public:
    explicit MetricsThread(const ServerMetrics &metrics)
        : m_server(m_router, limits())
    {
        m_router.add(QStringLiteral("/metrics"), 0, [&metrics](const http::HttpRequest &request, const QStringList &) {
            http::HttpResponse response;
            if (request.method != http::Method::Get) {
                response.status = 405;
                return response;
            }
            response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.body = metrics.prometheusText();
            return response;
        });
        m_router.setFallback(0, [](const http::HttpRequest &, const QStringList &) {
            http::HttpResponse response;
            response.status = 404;
            return response;
        });
    }
    ~MetricsThread()
    {
        if (m_thread.joinable()) {
            m_server.stop();
            m_thread.join();
        }
    }
    MetricsThread(const MetricsThread &) = delete;
    MetricsThread &operator=(const MetricsThread &) = delete;

    Result<quint16> listen(const ListenAddress &where) { return m_server.listen(where.address, where.port); }
    void start()
    {
        m_thread = std::thread([this] { m_server.run({}); });
    }

private:
    static http::ServerLimits limits()
    {
        http::ServerLimits limits;
        limits.threads = 1;
        limits.ioThreads = 1;
        limits.maxConnections = 64;
        limits.maxConnectionsPerAddress = 16;
        return limits;
    }

    http::Router m_router;
    http::BeastServer m_server;
    std::thread m_thread;
};

} // namespace

int serve(const Parsed &parsed)
{
    const QString listen = parsed.options.value(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443"));
    const std::optional<ListenAddress> where = listenAddress(listen);
    if (!where) {
        err(tr("--listen: must be HOST:PORT, e.g. 127.0.0.1:8443"));
        return 2;
    }
    std::optional<ListenAddress> metricsWhere;
    if (parsed.has("--metrics-listen")) {
        metricsWhere = listenAddress(parsed.option("--metrics-listen"));
        if (!metricsWhere) {
            err(tr("--metrics-listen: must be HOST:PORT, e.g. 127.0.0.1:9464"));
            return 2;
        }
    }
    const std::optional<ClientAddress> clients = ClientAddress::fromOption(
        parsed.has("--trusted-proxy") ? QStringList{parsed.option("--trusted-proxy")} : QStringList{});
    if (!clients) {
        err(tr("--trusted-proxy: must be IP addresses or CIDR ranges, e.g. 127.0.0.1 or 10.0.0.0/8"));
        return 2;
    }
    if (parsed.has("--tls-cert") != parsed.has("--tls-key")) {
        err(tr("--tls-cert and --tls-key go together"));
        return 2;
    }
    const std::optional<http::ServerLimits> limits = serverLimits(parsed);
    if (!limits)
        return 2;
    ScanRetention retention;
    qint64 quota = defaultCommuneQuota;
    if (!scanPolicy(parsed, &retention, &quota))
        return 2;

    http::Router router;
    http::BeastServer server(router, *limits);
    if (parsed.has("--tls-cert") && !setUpTls(server, parsed.option("--tls-cert"), parsed.option("--tls-key")))
        return 1;
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    ServerStore store(*db);
    BlobStore blobs(*db, quota);
    ServerMetrics metrics;
    metrics.setOpenConnections([&server] { return server.openConnections(); });
    Routes routes(store, blobs, *clients, metricsWhere ? &metrics : nullptr);
    routes.install(router);
    std::optional<MetricsThread> metricsThread;
    std::optional<quint16> metricsPort;
    if (metricsWhere) {
        metricsThread.emplace(metrics);
        const Result<quint16> bound = metricsThread->listen(*metricsWhere);
        if (!bound) {
            err(tr("Cannot listen on %1: %2").arg(parsed.option("--metrics-listen"), bound.error().message));
            return 1;
        }
        metricsPort = *bound;
    }
    const SweepThread sweeper(*db, retention);
    const Result<quint16> actual = server.listen(where->address, where->port);
    if (!actual) {
        err(tr("Cannot listen on %1: %2").arg(listen, actual.error().message));
        return 1;
    }
    // The first line is read by scripts and tests to learn the port when PORT was 0; the metrics
    // line, when there is one, comes second.
    out(QStringLiteral("listening on %1://%2")
            .arg(server.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), where->shown(*actual)));
    if (metricsThread) {
        out(QStringLiteral("metrics on http://%1/metrics").arg(metricsWhere->shown(*metricsPort)));
        metricsThread->start();
    }
    // Each worker thread has its own database connection; it closes it as it ends (SIGTERM).
    server.run([&db] { db->closeThreadConnection(); });
    return 0;
}

} // namespace motcua::server::cli
