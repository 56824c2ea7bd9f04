// faultproxy: a bad 2G/satellite link between a client and a server on loopback, for scripts
// and benchmarks. Prints the listening port on its first stdout line, then reads more flags from
// stdin, one command line per line, to change the faults while it runs (see README.md).

#include "FaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <unistd.h>

#include <cstdio>
#include <optional>

using motcua::FaultByteRule;
using motcua::FaultDirection;
using motcua::FaultProxy;
using motcua::FaultProxyConfig;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("motcua::FaultProxy", text);
}

void say(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

// HOST:PORT where HOST is a loopback address, `localhost` or `[::1]`.
std::optional<Endpoint> parseEndpoint(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    Endpoint endpoint;
    endpoint.address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    endpoint.port = quint16(port);
    if (!portOk || port > 65535 || endpoint.address.isNull()) {
        *error = tr("Expected HOST:PORT, got \"%1\".").arg(text);
        return std::nullopt;
    }
    if (!endpoint.address.isLoopback()) {
        *error = tr("Refusing %1: faultproxy only listens on and connects to loopback addresses.").arg(text);
        return std::nullopt;
    }
    return endpoint;
}

void addOptions(QCommandLineParser &parser)
{
    const auto value = [&parser](const char *name, const char *help, const char *valueName) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(valueName)));
    };
    const auto flag = [&parser](const char *name, const char *help) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), tr(help)));
    };
    value("listen", "Loopback HOST:PORT to listen on; port 0 picks a free one (default 127.0.0.1:0).", "host:port");
    value("target", "Loopback HOST:PORT of the server to forward to (required).", "host:port");
    value("bandwidth-kbit", "Bandwidth cap in kbit/s for each direction; 0 removes it.", "kbit");
    value("bandwidth-up-kbit", "Bandwidth cap client -> server in kbit/s.", "kbit");
    value("bandwidth-down-kbit", "Bandwidth cap server -> client in kbit/s.", "kbit");
    value("latency-ms", "One-way latency added in each direction.", "ms");
    value("latency-up-ms", "One-way latency client -> server.", "ms");
    value("latency-down-ms", "One-way latency server -> client.", "ms");
    value("cut-after-bytes",
        "Close a connection after this many bytes, or MIN-MAX: every connection after its own random "
        "count in that range (see --seed); 'off' disables.",
        "bytes");
    value("cut-direction", "Bytes counted for --cut-after-bytes: up, down or either (default).", "dir");
    flag("cut-every-connection", "Apply --cut-after-bytes to every connection, not only once.");
    value(
        "reset-after-bytes", "Abort a connection with RST after this many bytes, or MIN-MAX; 'off' disables.", "bytes");
    value("reset-direction", "Bytes counted for --reset-after-bytes: up, down or either (default).", "dir");
    flag("reset-every-connection", "Apply --reset-after-bytes to every connection, not only once.");
    value("cut-probability", "Probability (0..1) of cutting the connection before each chunk.", "p");
    value("cut-every-ms", "Close every open connection each period; 0 disables.", "ms");
    value("stall-ms", "Stop moving data for this long; -1 until --resume.", "ms");
    flag("resume", "End a stall now.");
    value("http-error", "Answer this HTTP status (e.g. 503) instead of forwarding, on every connection.", "status");
    value("http-error-count", "Answer the HTTP error on the next K connections only; 0 disables.", "k");
    flag("captive-portal", "Answer a 200 Wi-Fi login page instead of forwarding, on every connection.");
    value("captive-portal-count", "Answer the captive portal on the next K connections only; 0 disables.", "k");
    flag("reset-on-connect", "Abort every new connection with RST at once.");
    value("reset-on-connect-count", "Abort the next K new connections with RST; 0 disables.", "k");
    value("max-buffer-kb", "Bytes held per direction and connection before reading pauses (default 256).", "kb");
    value("seed", "Seed for --cut-probability and byte ranges, for reproducible runs.", "n");
    flag("cut-now", "Close every open connection now.");
    flag("reset-now", "Abort every open connection with RST now.");
    flag("counters", "On stdin: answer with the counters as one JSON line.");
    flag("reset-counters", "Set the counters to zero.");
}

std::optional<FaultDirection> parseDirection(const QString &text)
{
    if (text == QLatin1String("up"))
        return FaultDirection::Upstream;
    if (text == QLatin1String("down"))
        return FaultDirection::Downstream;
    if (text == QLatin1String("either"))
        return FaultDirection::Either;
    return std::nullopt;
}

QString countersJson(const FaultProxy &proxy)
{
    const auto counters = proxy.counters();
    const QJsonObject object{
        {QStringLiteral("connections_accepted"), counters.connectionsAccepted},
        {QStringLiteral("bytes_up"), counters.bytesUpstream},
        {QStringLiteral("bytes_down"), counters.bytesDownstream},
        {QStringLiteral("cuts"), counters.cuts},
        {QStringLiteral("resets"), counters.resets},
        {QStringLiteral("http_errors"), counters.httpErrorsAnswered},
        {QStringLiteral("captive_portals"), counters.captivePortalsAnswered},
        {QStringLiteral("open_connections"), proxy.openConnections()},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Applies the fault flags that are set; the same code serves the command line and stdin.
bool applyFaults(FaultProxy &proxy, const QCommandLineParser &parser, QString *error)
{
    const auto number = [&](const char *name, qint64 *out) {
        const QString text = parser.value(QString::fromLatin1(name));
        bool ok = false;
        *out = text == QLatin1String("off") ? -1 : text.toLongLong(&ok);
        if (text != QLatin1String("off") && !ok) {
            *error = tr("--%1 needs a number, got \"%2\".").arg(QString::fromLatin1(name), text);
            return false;
        }
        return true;
    };
    const auto isSet = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    qint64 n = 0;
    qint64 up = proxy.config().bandwidthKbitUp;
    qint64 down = proxy.config().bandwidthKbitDown;
    if (isSet("bandwidth-kbit") && number("bandwidth-kbit", &n))
        up = down = n;
    if (isSet("bandwidth-up-kbit") && number("bandwidth-up-kbit", &n))
        up = n;
    if (isSet("bandwidth-down-kbit") && number("bandwidth-down-kbit", &n))
        down = n;
    proxy.setBandwidthKbit(int(up), int(down));
    up = proxy.config().latencyMsUp;
    down = proxy.config().latencyMsDown;
    if (isSet("latency-ms") && number("latency-ms", &n))
        up = down = n;
    if (isSet("latency-up-ms") && number("latency-up-ms", &n))
        up = n;
    if (isSet("latency-down-ms") && number("latency-down-ms", &n))
        down = n;
    proxy.setLatencyMs(int(up), int(down));
    for (const char *kind : {"cut", "reset"}) {
        const QString prefix = QString::fromLatin1(kind);
        const QString bytesName = prefix + QStringLiteral("-after-bytes");
        if (!parser.isSet(bytesName))
            continue;
        FaultByteRule rule;
        const QString bytesText = parser.value(bytesName);
        const QStringList range = bytesText.split(QLatin1Char('-'));
        if (range.size() == 2) {
            bool minOk = false;
            bool maxOk = false;
            rule.bytes = range.at(0).toLongLong(&minOk);
            rule.bytesMax = range.at(1).toLongLong(&maxOk);
            if (!minOk || !maxOk || rule.bytes < 0 || rule.bytesMax <= rule.bytes) {
                *error = tr("--%1 needs N or MIN-MAX with 0 <= MIN < MAX, got \"%2\".").arg(bytesName, bytesText);
                return false;
            }
        } else if (!number(qPrintable(bytesName), &rule.bytes)) {
            return false;
        }
        const QString direction = parser.value(prefix + QStringLiteral("-direction"));
        if (!direction.isEmpty()) {
            const auto parsed = parseDirection(direction);
            if (!parsed) {
                *error = tr("Direction must be up, down or either, got \"%1\".").arg(direction);
                return false;
            }
            rule.direction = *parsed;
        }
        rule.everyConnection = parser.isSet(prefix + QStringLiteral("-every-connection"));
        if (prefix == QLatin1String("cut"))
            proxy.setCutAfterBytes(rule);
        else
            proxy.setResetAfterBytes(rule);
    }
    if (isSet("cut-probability")) {
        bool ok = false;
        const double p = parser.value(QStringLiteral("cut-probability")).toDouble(&ok);
        if (!ok || p < 0.0 || p > 1.0) {
            *error = tr("--cut-probability needs a number from 0 to 1.");
            return false;
        }
        proxy.setCutProbability(p);
    }
    if (isSet("seed") && number("seed", &n))
        proxy.setRandomSeed(quint32(n));
    if (isSet("cut-every-ms") && number("cut-every-ms", &n))
        proxy.setCutEveryMs(int(n));
    if (isSet("max-buffer-kb") && number("max-buffer-kb", &n))
        proxy.setMaxBufferBytes(n * 1024);
    if (isSet("http-error") && number("http-error", &n))
        proxy.setHttpError(int(n), -1);
    if (isSet("http-error-count") && number("http-error-count", &n))
        proxy.setHttpError(proxy.config().httpErrorStatus, int(n));
    if (isSet("captive-portal"))
        proxy.setCaptivePortal(-1);
    if (isSet("captive-portal-count") && number("captive-portal-count", &n))
        proxy.setCaptivePortal(int(n));
    if (isSet("reset-on-connect"))
        proxy.setResetOnConnect(-1);
    if (isSet("reset-on-connect-count") && number("reset-on-connect-count", &n))
        proxy.setResetOnConnect(int(n));
    if (isSet("stall-ms") && number("stall-ms", &n))
        proxy.stall(int(n));
    if (isSet("resume"))
        proxy.resume();
    if (isSet("cut-now"))
        proxy.cutAll();
    if (isSet("reset-now"))
        proxy.resetAll();
    if (isSet("reset-counters"))
        proxy.resetCounters();
    return error->isEmpty();
}

// One stdin line, e.g. "--stall-ms 2000" or "--http-error-count 3": answers one line, "ok",
// "error: ..." or, for --counters, the counters as JSON.
void runCommand(FaultProxy &proxy, const QString &line)
{
    QStringList arguments = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (arguments.isEmpty())
        return;
    arguments.prepend(QStringLiteral("faultproxy"));
    QCommandLineParser parser;
    addOptions(parser);
    QString error;
    if (!parser.parse(arguments))
        error = parser.errorText();
    else if (parser.isSet(QStringLiteral("listen")) || parser.isSet(QStringLiteral("target")))
        error = tr("--listen and --target cannot change while running.");
    else
        applyFaults(proxy, parser, &error);
    if (!error.isEmpty())
        say(stdout, QStringLiteral("error: ") + error);
    else
        say(stdout, parser.isSet(QStringLiteral("counters")) ? countersJson(proxy) : QStringLiteral("ok"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("faultproxy"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A TCP proxy on loopback that injects the faults of a bad network link."));
    parser.addHelpOption();
    addOptions(parser);
    parser.process(app);

    QString error;
    const auto listen = parseEndpoint(
        parser.isSet(QStringLiteral("listen")) ? parser.value(QStringLiteral("listen")) : QStringLiteral("127.0.0.1:0"),
        &error);
    const auto target = listen && parser.isSet(QStringLiteral("target"))
        ? parseEndpoint(parser.value(QStringLiteral("target")), &error)
        : std::nullopt;
    if (!listen || !target) {
        say(stderr, QStringLiteral("faultproxy: ") + (error.isEmpty() ? tr("--target HOST:PORT is required.") : error));
        return 2;
    }

    FaultProxyConfig config;
    config.listenAddress = listen->address;
    config.listenPort = listen->port;
    config.targetAddress = target->address;
    config.targetPort = target->port;
    FaultProxy proxy(config);
    if (!applyFaults(proxy, parser, &error)) {
        say(stderr, QStringLiteral("faultproxy: ") + error);
        return 2;
    }
    if (!proxy.start()) {
        say(stderr, QStringLiteral("faultproxy: ") + proxy.errorString());
        return 1;
    }
    say(stdout, QString::number(proxy.serverPort()));

    QByteArray input;
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &proxy, [&] {
        char chunk[4096];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            stdinNotifier.setEnabled(false); // end of input: keep proxying until killed
            return;
        }
        input.append(chunk, qsizetype(got));
        qsizetype newline = 0;
        while ((newline = input.indexOf('\n')) >= 0) {
            runCommand(proxy, QString::fromUtf8(input.left(newline)));
            input.remove(0, newline + 1);
        }
    });
    return app.exec();
}
