// bench_server_push: the province server under 100 devices pushing at once. Starts the real
// motcua-server on loopback and measures three deployments in turn: one instance on SQLite under a
// temporary directory; one instance on PostgreSQL (a throwaway cluster, fsync on); and the
// documented province deployment, two instances on that PostgreSQL behind Debian's nginx running
// the shipped site with TLS (deploy/nginx/motcua-server.conf). It enrolls 100 devices and lets
// each push its batches of dossier ops over its own keep-alive connection, one push in flight per
// device as the sync client does. Prints applied ops/s and the push latency percentiles. Goals on
// the 2-core machine (issue 10): SQLite >= 20,000 applied ops/s with p95 push <= 250 ms; two
// PostgreSQL instances behind nginx >= 10,000 applied ops/s (docs/PERFORMANCE.md has the figures).
//
//   bench_server_push [DEVICES] [PUSHES_PER_DEVICE] [OPS_PER_PUSH]     (defaults 100 10 50)
//   BENCH_SERVER_ARGS="--threads 8"   more options for every motcua-server the bench starts
#include "../integration/server/PostgresInstance.h"
#include "../support/NginxInstance.h"
#include "BenchSupport.h"
#include "PushBenchData.h"
#include "protocol/Credentials.h"
#include "protocol/Enrollment.h"
#include "protocol/Push.h"
#include "protocol/WireTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <vector>

using namespace motcua;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Where the devices connect: a server's port, or nginx's TLS port and the authority to trust.
struct Endpoint
{
    quint16 port = 0;
    QList<QSslCertificate> authority; // empty: plain HTTP
};

// One keep-alive HTTP/1.1 connection (over TLS when the endpoint has an authority) that sends one
// request at a time and reads the answer by its Content-Length: a device's link, without
// QNetworkAccessManager's six connections per host.
class Connection final
{
public:
    explicit Connection(const Endpoint &endpoint)
        : m_port(endpoint.port)
    {
        QObject::connect(&m_socket, &QSslSocket::readyRead, &m_socket, [this] { read(); });
        if (endpoint.authority.isEmpty()) {
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            return;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(endpoint.authority);
        m_socket.setSslConfiguration(configuration);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }

    // Sends a request; done(status, body) runs when the answer is complete.
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QByteArray &authorization,
        std::function<void(int, const QByteArray &)> done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!authorization.isEmpty())
            request += "Authorization: " + authorization + "\r\n";
        m_socket.write(request + "\r\n" + body);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : m_buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.clear();
        if (m_done)
            std::exchange(m_done, nullptr)(status, body);
    }

    quint16 m_port;
    QSslSocket m_socket; // written before the handshake ends, it sends once encrypted
    QByteArray m_buffer;
    std::function<void(int, const QByteArray &)> m_done;
};

// A request on a fresh connection, waited for.
std::pair<int, QByteArray> request(const Endpoint &endpoint, const QByteArray &method, const QByteArray &path,
    const QByteArray &body, const QByteArray &authorization = {})
{
    Connection connection(endpoint);
    std::pair<int, QByteArray> answer{0, {}};
    QEventLoop loop;
    connection.send(method, path, body, authorization, [&](int status, const QByteArray &bytes) {
        answer = {status, bytes};
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return answer;
}

QByteArray runServerCommand(const QStringList &database, const QStringList &arguments)
{
    QProcess process;
    QStringList all = arguments;
    all.insert(1, database[0]);
    all.insert(2, database[1]);
    process.start(QStringLiteral(MOTCUA_SERVER), all);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

struct Device
{
    QByteArray authorization;
    QList<QByteArray> batches;
    int next = 0;
    std::unique_ptr<Connection> connection;
    QElapsedTimer sent;
};

// One motcua-server process serving on a free loopback port.
class ServerProcess final
{
public:
    ServerProcess(const QStringList &database, const QStringList &extra)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(MOTCUA_SERVER),
            QStringList{QStringLiteral("serve")} + database
                + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
        if (!m_process.waitForStarted(10000))
            return;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        m_port = quint16(line.mid(line.lastIndexOf(QLatin1Char(':')) + 1).toUInt());
    }
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    quint16 port() const { return m_port; } // 0: it did not start listening

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// What runs in front of the database: how many instances, and whether nginx spreads the devices
// over them (the instances then believe nginx's X-Forwarded-For, as the documented deployment says).
struct Deployment
{
    int instances = 1;
    bool behindNginx = false;
};

// Runs one deployment: returns false (after printing why) when it could not be measured.
bool measure(const QString &name, const QStringList &database, const Deployment &deployment, int devicesCount,
    int pushes, int opsPerPush)
{
    QElapsedTimer setup;
    setup.start();
    QStringList extra = deployment.behindNginx
        ? QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--max-connections-per-address"), QStringLiteral("8192")}
        : QStringList{};
    extra += qEnvironmentVariable("BENCH_SERVER_ARGS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<std::unique_ptr<ServerProcess>> servers;
    QList<quint16> ports;
    for (int i = 0; i < deployment.instances; ++i) {
        servers.push_back(std::make_unique<ServerProcess>(database, extra));
        if (servers.back()->port() == 0) {
            out() << name << ": the server did not start listening" << Qt::endl;
            return false;
        }
        ports << servers.back()->port();
    }
    std::unique_ptr<testing::NginxInstance> nginx;
    Endpoint endpoint{ports.first(), {}};
    if (deployment.behindNginx) {
        nginx = std::make_unique<testing::NginxInstance>(QStringLiteral(MOTCUA_SOURCE_DIR), ports);
        if (!nginx->isRunning()) {
            out() << name << ": nginx did not start: " << nginx->reason() << Qt::endl;
            return false;
        }
        endpoint = Endpoint{nginx->port(), QSslCertificate::fromPath(nginx->authorityFile())};
    }

    std::vector<Device> devices(devicesCount);
    for (int d = 0; d < devicesCount; ++d) {
        const QJsonObject code
            = QJsonDocument::fromJson(runServerCommand(database,
                                          {QStringLiteral("enroll"), QStringLiteral("--commune"),
                                              QStringLiteral("%1").arg(10000 + d % 10), QStringLiteral("--json")}))
                  .object();
        const auto [status, body] = request(endpoint, "POST", "/v2/enroll",
            protocol::compactJson(protocol::EnrollRequest{code.value(QStringLiteral("code")).toString(),
                QStringLiteral("Quầy %1").arg(d), QStringLiteral("0.1.0")}
                                      .toJson()));
        const Result<protocol::EnrollResponse> enrolled = protocol::EnrollResponse::fromJson(body);
        if (status != 200 || !enrolled) {
            out() << name << ": enrollment failed: " << status << ' ' << body << Qt::endl;
            return false;
        }
        devices[d].authorization = protocol::DeviceCredential{enrolled->deviceId, enrolled->token}.toAuthorization();
        devices[d].connection = std::make_unique<Connection>(endpoint);
    }
    // The desks of a province work through the same hours: their k-th batches hold dossiers
    // received at about the same time, so their time-ordered ids interleave.
    for (int p = 0; p < pushes; ++p) {
        for (int d = 0; d < devicesCount; ++d) {
            QList<protocol::PushOp> ops;
            for (int o = 0; o < opsPerPush; ++o)
                ops << bench::receptionOp(d, p * opsPerPush + o);
            devices[d].batches << protocol::compactJson(
                protocol::PushRequest{protocol::uuidText(QUuid::createUuid()), ops}.toJson());
        }
    }
    out() << name << ": " << devicesCount << " devices enrolled, " << devicesCount * pushes << " pushes of "
          << opsPerPush << " ops built in " << setup.elapsed() / 1000.0 << " s" << Qt::endl;

    std::vector<double> latencies;
    latencies.reserve(std::size_t(devicesCount) * std::size_t(pushes));
    qint64 applied = 0;
    int failures = 0;
    int finishedDevices = 0;
    QEventLoop loop;
    std::function<void(Device &)> sendNext = [&](Device &device) {
        if (device.next == device.batches.size()) {
            if (++finishedDevices == devicesCount)
                loop.quit();
            return;
        }
        device.sent.start();
        device.connection->send("POST", "/v2/push", device.batches[device.next], device.authorization,
            [&](int status, const QByteArray &body) {
                latencies.push_back(double(device.sent.nsecsElapsed()) / 1e6);
                if (status == 200) {
                    // Counting the outcomes in the text keeps the client's share of the two cores small.
                    applied += body.count("\"result\":\"applied\"");
                    ++device.next;
                } else {
                    ++failures; // 503: sent again, as the sync client would
                }
                sendNext(device);
            });
    };
    QElapsedTimer wall;
    wall.start();
    for (Device &device : devices)
        sendNext(device);
    QTimer::singleShot(110000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    const QJsonObject stats
        = QJsonDocument::fromJson(runServerCommand(database, {QStringLiteral("stats"), QStringLiteral("--json")}))
              .object();
    qint64 stored = 0;
    for (const QJsonValue &commune : stats)
        stored += commune.toObject().value(QStringLiteral("applied_ops")).toInteger();
    nginx.reset();
    servers.clear();

    const qint64 expected = qint64(devicesCount) * pushes * opsPerPush;
    const bench::Percentiles p = bench::percentiles(latencies);
    const QString goal = name.startsWith(QLatin1String("SQLite")) ? QStringLiteral(" [goal: >= 20000, p95 <= 250 ms]")
        : deployment.behindNginx                                  ? QStringLiteral(" [goal: >= 10000]")
                                                                  : QString();
    out() << QStringLiteral("%1: %2 applied ops in %3 s = %4 applied ops/s%5")
                 .arg(name)
                 .arg(applied)
                 .arg(seconds, 0, 'f', 2)
                 .arg(double(applied) / seconds, 0, 'f', 0)
                 .arg(goal)
          << Qt::endl;
    out() << QStringLiteral("%1: push latency (%2 ops per push, %3 devices at once): p50 %4 ms, p95 %5 ms, p99 %6 ms, "
                            "max %7 ms; %8 retried pushes")
                 .arg(name)
                 .arg(opsPerPush)
                 .arg(devicesCount)
                 .arg(p.median, 0, 'f', 1)
                 .arg(p.p95, 0, 'f', 1)
                 .arg(p.p99, 0, 'f', 1)
                 .arg(p.max, 0, 'f', 1)
                 .arg(failures)
          << Qt::endl;
    if (applied != expected || stored != expected) {
        out() << name << ": MISMATCH: expected " << expected << " applied ops, answers said " << applied
              << ", the database holds " << stored << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int devices = arguments.size() > 1 ? arguments[1].toInt() : 100;
    const int pushes = arguments.size() > 2 ? arguments[2].toInt() : 10;
    const int opsPerPush = arguments.size() > 3 ? arguments[3].toInt() : 50;
    const QString only = arguments.size() > 4 ? arguments[4] : QStringLiteral("all");
    const QStringList kinds{
        QStringLiteral("all"), QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("nginx")};
    if (devices < 1 || pushes < 1 || opsPerPush < 1 || opsPerPush > 500 || !kinds.contains(only)) {
        out() << "usage: bench_server_push [DEVICES] [PUSHES_PER_DEVICE] [OPS_PER_PUSH (1-500)] "
                 "[all|sqlite|postgres|nginx]"
              << Qt::endl;
        return 2;
    }
    const auto wanted = [&](const char *kind) { return only == QLatin1String("all") || only == QLatin1String(kind); };
    bool ok = true;
    if (wanted("sqlite")) {
        QTemporaryDir dir;
        ok = measure(QStringLiteral("SQLite"), {QStringLiteral("--data"), dir.path()}, Deployment{}, devices, pushes,
                 opsPerPush)
            && ok;
    }
    if (!wanted("postgres") && !wanted("nginx"))
        return ok ? 0 : 1;
    // fsync on: the figures are those of real commits.
    testing::PostgresInstance postgres(true);
    if (!postgres.isRunning()) {
        out() << "PostgreSQL: not measured: " << postgres.reason() << Qt::endl;
        return 1;
    }
    const std::pair<const char *, Deployment> postgresRuns[] = {
        {"postgres", Deployment{}},
        {"nginx", Deployment{2, true}},
    };
    for (const auto &[kind, deployment] : postgresRuns) {
        if (!wanted(kind))
            continue;
        QString error;
        const std::optional<QString> url = postgres.createDatabase(&error);
        if (!url) {
            out() << "PostgreSQL: not measured: " << error << Qt::endl;
            return 1;
        }
        const QString name = deployment.behindNginx ? QStringLiteral("PostgreSQL, 2 instances behind nginx (TLS)")
                                                    : QStringLiteral("PostgreSQL");
        ok = measure(name, {QStringLiteral("--database"), *url}, deployment, devices, pushes, opsPerPush) && ok;
    }
    return ok ? 0 : 1;
}
