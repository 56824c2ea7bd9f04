#include "ServerCli.h"

#include "BlobStore.h"
#include "CliSupport.h"
#include "Routes.h"
#include "ScanSweeper.h"
#include "ServerStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace motcua::server {

namespace cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::server::ServerCli", text);
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

std::unique_ptr<ServerDatabase> openDatabase(const Parsed &parsed)
{
    Result<std::unique_ptr<ServerDatabase>> db
        = ServerDatabase::open(DatabaseLocation{parsed.option("--data"), parsed.option("--database")});
    if (!db) {
        err(db.error().message);
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace cli

namespace {

using cli::err;
using cli::out;
using cli::Parsed;
using cli::tr;

int usage()
{
    err(tr("usage: motcua-server COMMAND (--data DIR | --database postgresql://USER@HOST:PORT/DB) [options]\n"
           "  enroll --commune CODE [--name NAME] [--json]   issue a one-time enrollment code\n"
           "  devices [--json]                                list the enrolled devices\n"
           "  revoke DEVICE                                   revoke a device\n"
           "  publish-catalog FILE [--json]                   publish a motcua-catalog file to every commune\n"
           "  publish-calendar FILE [--json]                  publish a motcua-holidays file to every commune\n"
           "  stats [--json]                                  per-commune dossiers, ops, devices, blobs\n"
           "  import-bundle FILE [--json]                     apply a device's USB bundle (as its push would)\n"
           "  dossier show CODE [--json]                      a dossier with its whole timeline and its scans\n"
           "  serve [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]   run the sync server\n"
           "        [--partial-ttl 7d] [--orphan-grace 30d] [--commune-quota 20G]   scan retention and quota"));
    return 2;
}

// Options with a value, flags without, and positional arguments; nullopt for an unknown option.
std::optional<Parsed> parse(const QStringList &arguments)
{
    static const QStringList valueOptions = {QStringLiteral("--data"), QStringLiteral("--database"),
        QStringLiteral("--commune"), QStringLiteral("--name"), QStringLiteral("--listen"), QStringLiteral("--tls-cert"),
        QStringLiteral("--tls-key"), QStringLiteral("--partial-ttl"), QStringLiteral("--orphan-grace"),
        QStringLiteral("--commune-quota")};
    Parsed parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--json")) {
            parsed.json = true;
        } else if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            parsed.options.insert(argument, arguments[++i]);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return std::nullopt;
        } else {
            parsed.positional << argument;
        }
    }
    return parsed;
}

// The certificate chain (server certificate first) and key of --tls-cert and --tls-key, PEM.
std::optional<QSslConfiguration> tlsConfiguration(const QString &certPath, const QString &keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        err(tr("--tls-cert: %1 holds no PEM certificate").arg(certPath));
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        err(tr("--tls-key: cannot read %1: %2").arg(keyPath, keyFile.errorString()));
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        err(tr("--tls-key: %1 holds no unencrypted PEM RSA or EC private key").arg(keyPath));
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate by token, not certificate
    return configuration;
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

// Sweeps expired uploads and orphans now and then on a timer, as often as the shorter retention
// needs (at least every second, at most every hour). A failed sweep is logged and tried again.
void startSweeping(ServerDatabase &db, const ScanRetention &retention, QObject *owner)
{
    auto sweep = [&db, retention] {
        const Result<SweepReport> report = ScanSweeper(db, retention).sweep(QDateTime::currentDateTimeUtc());
        if (!report)
            err(tr("Sweeping old uploads failed: %1").arg(report.error().message));
    };
    sweep();
    auto *timer = new QTimer(owner);
    const qint64 shorter = qMin(retention.partialTtlSeconds, retention.orphanGraceSeconds);
    timer->setInterval(int(std::clamp<qint64>(shorter / 2, 1, 3600) * 1000));
    QObject::connect(timer, &QTimer::timeout, owner, sweep);
    timer->start();
}

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
    ScanRetention retention;
    qint64 quota = defaultCommuneQuota;
    if (!scanPolicy(parsed, &retention, &quota))
        return 2;
    std::optional<QSslConfiguration> tls;
    if (parsed.has("--tls-cert")) {
        tls = tlsConfiguration(parsed.option("--tls-cert"), parsed.option("--tls-key"));
        if (!tls)
            return 1;
    }
    const std::unique_ptr<ServerDatabase> db = cli::openDatabase(parsed);
    if (!db)
        return 1;
    ServerStore store(*db);
    BlobStore blobs(*db, quota);
    Routes routes(store, blobs);
    QHttpServer server;
    routes.install(server);
    startSweeping(*db, retention, &server);
    if (tls)
        server.sslSetup(*tls);
    const quint16 actual = server.listen(address, quint16(port));
    if (actual == 0) {
        err(tr("Cannot listen on %1.").arg(listen));
        return 1;
    }
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host) : host;
    // The first line is read by scripts and tests to learn the port when PORT was 0.
    out(QStringLiteral("listening on %1://%2:%3")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), shown)
            .arg(actual));
    return QCoreApplication::exec();
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString command = arguments.first();
    const std::optional<Parsed> parsed = parse(arguments.mid(1));
    if (!parsed || parsed->has("--data") == parsed->has("--database"))
        return usage();
    if (command == QLatin1String("enroll"))
        return cli::enroll(*parsed);
    if (command == QLatin1String("devices"))
        return cli::devices(*parsed);
    if (command == QLatin1String("revoke"))
        return cli::revoke(*parsed);
    if (command == QLatin1String("publish-catalog"))
        return cli::publishCatalog(*parsed);
    if (command == QLatin1String("publish-calendar"))
        return cli::publishCalendar(*parsed);
    if (command == QLatin1String("stats"))
        return cli::stats(*parsed);
    if (command == QLatin1String("import-bundle"))
        return cli::importBundle(*parsed);
    if (command == QLatin1String("dossier"))
        return cli::dossier(*parsed);
    if (command == QLatin1String("serve"))
        return serve(*parsed);
    return usage();
}

} // namespace motcua::server
