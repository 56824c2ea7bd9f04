// `motcua-server serve`: the routes on the HTTP transport (http/BeastServer), with its limits.
#include "BlobStore.h"
#include "CliSupport.h"
#include "Routes.h"
#include "ServerStore.h"
#include "http/BeastServer.h"
#include "http/Router.h"

#include <QFile>
#include <QHostAddress>

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
    // Handlers wait on the database more than they compute: a few threads per core.
    const int defaultThreads = int(qBound(4u, 2 * std::thread::hardware_concurrency(), 32u));
    const std::optional<int> threads = boundedOption(parsed, "--threads", defaultThreads, 1, 256);
    const std::optional<int> total = boundedOption(parsed, "--max-connections", limits.maxConnections, 1, 1000000);
    const std::optional<int> perAddress
        = boundedOption(parsed, "--max-connections-per-address", limits.maxConnectionsPerAddress, 1, 1000000);
    const std::optional<int> read = boundedOption(parsed, "--read-timeout", int(limits.readTimeout.count()), 1, 3600);
    const std::optional<int> idle = boundedOption(parsed, "--idle-timeout", int(limits.idleTimeout.count()), 1, 86400);
    if (!threads || !total || !perAddress || !read || !idle)
        return std::nullopt;
    limits.threads = *threads;
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

} // namespace

int serve(const Parsed &parsed)
{
    const QString listen = parsed.options.value(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        err(tr("--listen: must be HOST:PORT, e.g. 127.0.0.1:8443"));
        return 2;
    }
    if (parsed.has("--tls-cert") != parsed.has("--tls-key")) {
        err(tr("--tls-cert and --tls-key go together"));
        return 2;
    }
    const std::optional<http::ServerLimits> limits = serverLimits(parsed);
    if (!limits)
        return 2;

    http::Router router;
    http::BeastServer server(router, *limits);
    if (parsed.has("--tls-cert") && !setUpTls(server, parsed.option("--tls-cert"), parsed.option("--tls-key")))
        return 1;
    const std::unique_ptr<ServerDatabase> db = openDatabase(parsed);
    if (!db)
        return 1;
    ServerStore store(*db);
    BlobStore blobs(*db);
    Routes routes(store, blobs);
    routes.install(router);
    const Result<quint16> actual = server.listen(address, quint16(port));
    if (!actual) {
        err(tr("Cannot listen on %1: %2").arg(listen, actual.error().message));
        return 1;
    }
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host) : host;
    // The first line is read by scripts and tests to learn the port when PORT was 0.
    out(QStringLiteral("listening on %1://%2:%3")
            .arg(server.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), shown)
            .arg(*actual));
    // Each worker thread has its own database connection; it closes it as it ends (SIGTERM).
    server.run([&db] { db->closeThreadConnection(); });
    return 0;
}

} // namespace motcua::server::cli
