#include "FaultProxy.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <functional>
#include <memory>
#include <set>

using namespace motcua;

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(2);
    loop.exec();
    return done();
}

void idle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    waitFor([&] { return clock.elapsed() >= ms; }, ms + 1000);
}

QByteArray pattern(qint64 size, int seed = 0)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + seed) % 251);
    return bytes;
}

// The far end of the link: echoes, swallows, sends a block, or answers HTTP with 200.
class Target final : public QObject
{
public:
    enum class Mode { Echo, Sink, Blast, Http };

    explicit Target(Mode mode, QByteArray blast = {})
        : m_mode(mode)
        , m_blast(std::move(blast))
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const qsizetype index = received.size();
                received.append(QByteArray());
                sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] { onRead(socket, index); });
                if (m_mode == Mode::Blast)
                    socket->write(m_blast);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    qsizetype connections() const { return received.size(); }
    QByteArray allReceived() const { return received.join(); }

    QList<QByteArray> received; // per connection
    QList<QTcpSocket *> sockets;
    qint64 firstByteMs = -1;
    QElapsedTimer clock;

private:
    void onRead(QTcpSocket *socket, qsizetype index)
    {
        const QByteArray data = socket->readAll();
        if (firstByteMs < 0 && clock.isValid())
            firstByteMs = clock.elapsed();
        received[index] += data;
        if (m_mode == Mode::Echo) {
            socket->write(data);
        } else if (m_mode == Mode::Http && received[index].endsWith("\r\n\r\n")) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}");
            received[index].clear();
        }
    }

    Mode m_mode;
    QByteArray m_blast;
    QTcpServer m_server;
};

// A Qt client that collects what it receives.
struct Client
{
    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::errorOccurred, [this](QAbstractSocket::SocketError e) { error = e; });
        socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(waitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }));
    }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    QTcpSocket socket;
    QByteArray received;
    std::optional<QAbstractSocket::SocketError> error;
};

// A plain POSIX client, because only errno tells a clean close (FIN) from a reset (RST).
struct RawClient
{
    explicit RawClient(quint16 port)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    ~RawClient() { ::close(fd); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    void send(const QByteArray &data) const
    {
        REQUIRE(::send(fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL) == data.size());
    }
    // Reads what is there; true once the connection has ended one way or the other.
    bool ended()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (got > 0) {
                received.append(buffer, qsizetype(got));
                continue;
            }
            if (got == 0)
                endedCleanly = true;
            else if (errno != EAGAIN && errno != EWOULDBLOCK)
                error = errno;
            return endedCleanly || error != 0;
        }
    }

    int fd = -1;
    QByteArray received;
    bool endedCleanly = false;
    int error = 0;
};

FaultProxyConfig configFor(const Target &target)
{
    FaultProxyConfig config;
    config.targetPort = target.port();
    return config;
}

std::unique_ptr<FaultProxy> startProxy(const FaultProxyConfig &config)
{
    auto proxy = std::make_unique<FaultProxy>(config);
    REQUIRE(proxy->start());
    REQUIRE(proxy->serverPort() != 0);
    return proxy;
}

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

HttpResult httpRequest(quint16 port, const QByteArray &body = {})
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/ping").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(body.isEmpty() ? manager.get(request) : manager.post(request, body));
    REQUIRE(waitFor([&] { return reply->isFinished(); }, 10000));
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.body = reply->readAll();
    result.error = reply->error();
    return result;
}

} // namespace

TEST_CASE("The proxy forwards 1 MB byte-identical in both directions and counts it", "[faultproxy]")
{
    Target echo(Target::Mode::Echo);
    auto proxy = startProxy(configFor(echo));
    Client client(proxy->serverPort());
    const QByteArray data = pattern(1024 * 1024);
    client.socket.write(data);
    REQUIRE(waitFor([&] { return client.received.size() >= data.size(); }, 10000));
    CHECK(client.received.size() == data.size());
    CHECK((client.received == data));
    CHECK((echo.allReceived() == data));

    const FaultProxyCounters counters = proxy->counters();
    CHECK(counters.connectionsAccepted == 1);
    CHECK(counters.bytesUpstream == data.size());
    CHECK(counters.bytesDownstream == data.size());
    CHECK(counters.cuts == 0);
    CHECK(counters.resets == 0);

    proxy->resetCounters();
    CHECK(proxy->counters().connectionsAccepted == 0);
    CHECK(proxy->counters().bytesUpstream == 0);
    CHECK(proxy->counters().bytesDownstream == 0);
}

TEST_CASE("A downstream bandwidth cap paces 64 KB at 512 kbit/s to about one second", "[faultproxy][timing]")
{
    const QByteArray data = pattern(64 * 1024);
    Target blast(Target::Mode::Blast, data);
    FaultProxyConfig config = configFor(blast);
    config.bandwidthKbitDown = 512;
    auto proxy = startProxy(config);
    QElapsedTimer clock;
    clock.start();
    Client client(proxy->serverPort());
    REQUIRE(waitFor([&] { return client.received.size() >= data.size(); }, 6000));
    const qint64 elapsed = clock.elapsed();
    CHECK((client.received == data));
    CHECK(elapsed >= 700); // 65536 B / 64000 B/s = 1.02 s
    CHECK(elapsed <= 3000);
}

TEST_CASE("An upstream bandwidth cap paces what the client sends", "[faultproxy][timing]")
{
    Target sink(Target::Mode::Sink);
    FaultProxyConfig config = configFor(sink);
    config.bandwidthKbitUp = 512;
    auto proxy = startProxy(config);
    Client client(proxy->serverPort());
    const QByteArray data = pattern(64 * 1024, 3);
    QElapsedTimer clock;
    clock.start();
    client.socket.write(data);
    REQUIRE(waitFor([&] { return sink.allReceived().size() >= data.size(); }, 6000));
    const qint64 elapsed = clock.elapsed();
    CHECK((sink.allReceived() == data));
    CHECK(elapsed >= 700);
    CHECK(elapsed <= 3000);
}

TEST_CASE("Latency delays each direction by at least the configured time", "[faultproxy][timing]")
{
    Target echo(Target::Mode::Echo);
    FaultProxyConfig config = configFor(echo);
    config.latencyMsUp = 150;
    config.latencyMsDown = 100;
    auto proxy = startProxy(config);
    Client client(proxy->serverPort());
    echo.clock.start();
    client.socket.write("ping");
    REQUIRE(waitFor([&] { return client.received.size() >= 4; }));
    const qint64 roundTrip = echo.clock.elapsed();
    CHECK(client.received == "ping");
    CHECK(echo.firstByteMs >= 150);
    CHECK(roundTrip >= 250);
    CHECK(roundTrip < 2000);
}

TEST_CASE("Bandwidth and latency combine as serialization then propagation", "[faultproxy][timing]")
{
    const QByteArray data = pattern(16 * 1024, 5);
    Target blast(Target::Mode::Blast, data);
    FaultProxyConfig config = configFor(blast);
    config.bandwidthKbitDown = 256; // 16384 B / 32000 B/s = 0.51 s
    config.latencyMsDown = 300;
    auto proxy = startProxy(config);
    QElapsedTimer clock;
    clock.start();
    Client client(proxy->serverPort());
    qint64 firstByteMs = -1;
    REQUIRE(waitFor(
        [&] {
            if (firstByteMs < 0 && !client.received.isEmpty())
                firstByteMs = clock.elapsed();
            return client.received.size() >= data.size();
        },
        6000));
    const qint64 elapsed = clock.elapsed();
    CHECK((client.received == data));
    CHECK(firstByteMs >= 300);
    CHECK(elapsed >= 750);
    CHECK(elapsed <= 3500);
}

TEST_CASE("Changing the bandwidth mid-run takes effect on an open connection", "[faultproxy][timing]")
{
    const QByteArray data = pattern(256 * 1024, 7);
    Target blast(Target::Mode::Blast, data);
    FaultProxyConfig config = configFor(blast);
    config.bandwidthKbitDown = 128; // would take 16 s
    auto proxy = startProxy(config);
    QElapsedTimer clock;
    clock.start();
    Client client(proxy->serverPort());
    idle(300);
    CHECK(client.received.size() < 16 * 1024);
    proxy->setBandwidthKbit(0, 0);
    REQUIRE(waitFor([&] { return client.received.size() >= data.size(); }, 5000));
    CHECK((client.received == data));
    CHECK(clock.elapsed() < 3000);
}

TEST_CASE("A cut after N downstream bytes delivers exactly N bytes, closes cleanly, and fires once", "[faultproxy]")
{
    const QByteArray data = pattern(100000, 11);
    Target blast(Target::Mode::Blast, data);
    FaultProxyConfig config = configFor(blast);
    config.cutAfter = FaultByteRule{10000, FaultDirection::Downstream, false};
    auto proxy = startProxy(config);

    RawClient first(proxy->serverPort());
    REQUIRE(waitFor([&] { return first.ended(); }));
    CHECK(first.endedCleanly);
    CHECK(first.error == 0);
    CHECK(first.received.size() == 10000);
    CHECK((first.received == data.left(10000)));
    CHECK(proxy->counters().cuts == 1);

    RawClient second(proxy->serverPort());
    REQUIRE(waitFor([&] {
        second.ended();
        return second.received.size() >= data.size();
    }));
    CHECK((second.received == data));
    CHECK(proxy->counters().cuts == 1);
}

TEST_CASE("A cut after N upstream bytes on every connection lets exactly N bytes reach the target", "[faultproxy]")
{
    Target sink(Target::Mode::Sink);
    FaultProxyConfig config = configFor(sink);
    config.cutAfter = FaultByteRule{5000, FaultDirection::Upstream, true};
    auto proxy = startProxy(config);
    const QByteArray data = pattern(20000, 13);
    for (int round = 1; round <= 2; ++round) {
        Client client(proxy->serverPort());
        client.socket.write(data);
        REQUIRE(waitFor([&] { return client.closed(); }));
        REQUIRE(waitFor([&] { return sink.connections() == round && sink.received.last().size() >= 5000; }));
        idle(50);
        CHECK(sink.received.last().size() == 5000);
        CHECK((sink.received.last() == data.left(5000)));
    }
    CHECK(proxy->counters().cuts == 2);
    CHECK(proxy->counters().bytesUpstream == 10000);
}

namespace {

// What each of `connections` clients receives from a target that sends 100 KB, through a proxy
// that cuts every connection after a random 20-80 KB drawn from `seed`.
QList<qsizetype> receivedThroughRangeCut(quint32 seed, int connections)
{
    const QByteArray data = pattern(100000, 17);
    Target blast(Target::Mode::Blast, data);
    FaultProxyConfig config = configFor(blast);
    config.cutAfter = FaultByteRule{20000, FaultDirection::Downstream, false, 80000};
    config.randomSeed = seed;
    auto proxy = startProxy(config);
    QList<qsizetype> sizes;
    for (int i = 0; i < connections; ++i) {
        RawClient client(proxy->serverPort());
        REQUIRE(waitFor([&] { return client.ended(); }));
        CHECK(client.endedCleanly);
        CHECK((client.received == data.left(client.received.size())));
        sizes.append(client.received.size());
    }
    CHECK(proxy->counters().cuts == connections);
    return sizes;
}

} // namespace

TEST_CASE("A cut after a random 20-80 KB cuts every connection at its own seeded count", "[faultproxy]")
{
    const QList<qsizetype> first = receivedThroughRangeCut(7, 6);
    for (const qsizetype size : first) {
        CHECK(size >= 20000);
        CHECK(size <= 80000);
    }
    // Not one count for all: the six draws differ.
    CHECK(std::set<qsizetype>(first.cbegin(), first.cend()).size() > 1);
    // The same seed repeats the same cuts; another seed gives others.
    CHECK((receivedThroughRangeCut(7, 6) == first));
    CHECK((receivedThroughRangeCut(8, 6) != first));
}

TEST_CASE("A random cut with probability 1 cuts before the first chunk and probability 0 never cuts", "[faultproxy]")
{
    Target echo(Target::Mode::Echo);
    FaultProxyConfig config = configFor(echo);
    config.cutProbabilityPerChunk = 1.0;
    config.randomSeed = 42;
    auto proxy = startProxy(config);
    {
        Client client(proxy->serverPort());
        client.socket.write("hello");
        REQUIRE(waitFor([&] { return client.closed(); }));
        CHECK(client.received.isEmpty());
        CHECK(echo.allReceived().isEmpty());
        CHECK(proxy->counters().cuts == 1);
    }
    proxy->setCutProbability(0.0);
    Client client(proxy->serverPort());
    client.socket.write("hello");
    REQUIRE(waitFor([&] { return client.received == "hello"; }));
    CHECK(proxy->counters().cuts == 1);
}

TEST_CASE("Periodic cuts close every open connection each period until turned off", "[faultproxy][timing]")
{
    Target echo(Target::Mode::Echo);
    FaultProxyConfig config = configFor(echo);
    config.cutEveryMs = 200;
    auto proxy = startProxy(config);
    QElapsedTimer clock;
    clock.start();
    Client a(proxy->serverPort());
    Client b(proxy->serverPort());
    REQUIRE(waitFor([&] { return a.closed() && b.closed(); }, 2000));
    CHECK(clock.elapsed() < 1000);
    CHECK(proxy->counters().cuts >= 2);

    proxy->setCutEveryMs(0);
    const qint64 cuts = proxy->counters().cuts;
    Client c(proxy->serverPort());
    idle(400);
    CHECK_FALSE(c.closed());
    c.socket.write("still here");
    REQUIRE(waitFor([&] { return c.received == "still here"; }));
    CHECK(proxy->counters().cuts == cuts);
}

TEST_CASE("A stall holds all data until resumed and then delivers everything", "[faultproxy]")
{
    Target echo(Target::Mode::Echo);
    auto proxy = startProxy(configFor(echo));
    Client client(proxy->serverPort());
    proxy->stall();
    CHECK(proxy->isStalled());
    const QByteArray data = pattern(32 * 1024, 17);
    client.socket.write(data);
    idle(300);
    CHECK(echo.allReceived().isEmpty());
    CHECK(client.received.isEmpty());
    CHECK_FALSE(client.closed());

    proxy->resume();
    REQUIRE(waitFor([&] { return client.received.size() >= data.size(); }));
    CHECK((client.received == data));
}

TEST_CASE("A timed stall resumes by itself after its duration", "[faultproxy][timing]")
{
    Target echo(Target::Mode::Echo);
    auto proxy = startProxy(configFor(echo));
    Client client(proxy->serverPort());
    QElapsedTimer clock;
    clock.start();
    proxy->stall(300);
    client.socket.write("x");
    REQUIRE(waitFor([&] { return client.received == "x"; }));
    CHECK(clock.elapsed() >= 290);
    CHECK_FALSE(proxy->isStalled());
}

TEST_CASE("The proxy answers 503 itself for the next K connections, then forwards again", "[faultproxy][http]")
{
    Target http(Target::Mode::Http);
    auto proxy = startProxy(configFor(http));
    proxy->setHttpError(503, 1);

    const HttpResult refused = httpRequest(proxy->serverPort());
    CHECK(refused.status == 503);
    CHECK(refused.error == QNetworkReply::ServiceUnavailableError);
    CHECK(refused.contentType.startsWith("text/plain"));
    CHECK(refused.body.contains("503 Service Unavailable"));
    CHECK(http.connections() == 0);
    CHECK(proxy->counters().httpErrorsAnswered == 1);

    const HttpResult served = httpRequest(proxy->serverPort());
    CHECK(served.status == 200);
    CHECK(served.body == "{\"ok\":true}");
    CHECK(http.connections() == 1);
}

TEST_CASE("A 5xx answer reads the whole request first and is a well-formed HTTP response", "[faultproxy][http]")
{
    Target http(Target::Mode::Http);
    auto proxy = startProxy(configFor(http));
    proxy->setHttpError(502, -1);

    // A large upload is read to its end, so the client sees the answer and not a reset.
    const HttpResult upload = httpRequest(proxy->serverPort(), pattern(200 * 1024, 19));
    CHECK(upload.status == 502);
    CHECK(upload.body.contains("502 Bad Gateway"));

    RawClient raw(proxy->serverPort());
    raw.send("GET /v1/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    REQUIRE(waitFor([&] { return raw.ended(); }));
    CHECK(raw.endedCleanly);
    const qsizetype headEnd = raw.received.indexOf("\r\n\r\n");
    REQUIRE(headEnd > 0);
    const QByteArray head = raw.received.left(headEnd);
    const QByteArray body = raw.received.mid(headEnd + 4);
    CHECK(head.startsWith("HTTP/1.1 502 Bad Gateway\r\n"));
    CHECK(head.contains("\r\nConnection: close"));
    CHECK(head.contains("\r\nContent-Length: " + QByteArray::number(body.size())));
    CHECK(http.connections() == 0);
    CHECK(proxy->counters().httpErrorsAnswered == 2);
}

TEST_CASE("The captive-portal answer is a 200 HTML Wi-Fi login page", "[faultproxy][http]")
{
    Target http(Target::Mode::Http);
    FaultProxyConfig config = configFor(http);
    config.captivePortalConnections = -1;
    auto proxy = startProxy(config);
    const HttpResult portal = httpRequest(proxy->serverPort());
    CHECK(portal.status == 200);
    CHECK(portal.error == QNetworkReply::NoError);
    CHECK(portal.contentType.startsWith("text/html"));
    CHECK(portal.body.contains("<html"));
    CHECK(portal.body.contains("Wi-Fi login"));
    CHECK(http.connections() == 0);
    CHECK(proxy->counters().captivePortalsAnswered == 1);
}

TEST_CASE("A reset at connect aborts the client with a connection error", "[faultproxy][reset]")
{
    Target echo(Target::Mode::Echo);
    auto proxy = startProxy(configFor(echo));
    proxy->setResetOnConnect(-1);

    QTcpSocket client;
    std::optional<QAbstractSocket::SocketError> error;
    QObject::connect(&client, &QTcpSocket::errorOccurred, [&](QAbstractSocket::SocketError e) { error = e; });
    client.connectToHost(QHostAddress::LocalHost, proxy->serverPort());
    REQUIRE(waitFor([&] { return error.has_value(); }));
    CHECK((*error == QAbstractSocket::RemoteHostClosedError || *error == QAbstractSocket::ConnectionRefusedError));
    CHECK(client.state() == QAbstractSocket::UnconnectedState);
    CHECK(proxy->counters().resets == 1);
    CHECK(echo.connections() == 0);

    proxy->resetCounters();
    proxy->setResetOnConnect(1);
    RawClient first(proxy->serverPort());
    REQUIRE(waitFor([&] { return first.ended(); }));
    CHECK(first.error == ECONNRESET);
    CHECK(proxy->counters().resets == 1);

    RawClient second(proxy->serverPort()); // the quota of one is used up
    second.send("ok");
    REQUIRE(waitFor([&] {
        second.ended();
        return second.received == "ok";
    }));
    CHECK(second.error == 0);
    CHECK(echo.connections() == 1);
}

TEST_CASE("A reset after N bytes aborts with RST after at most N bytes", "[faultproxy][reset]")
{
    const QByteArray data = pattern(100000, 23);
    Target blast(Target::Mode::Blast, data);
    FaultProxyConfig config = configFor(blast);
    config.resetAfter = FaultByteRule{20000, FaultDirection::Downstream, true};
    auto proxy = startProxy(config);
    RawClient raw(proxy->serverPort());
    REQUIRE(waitFor([&] { return raw.ended(); }));
    CHECK(raw.error == ECONNRESET);
    CHECK(raw.received.size() <= 20000);
    CHECK((raw.received == data.left(raw.received.size())));
    CHECK(proxy->counters().resets == 1);
    CHECK(proxy->counters().bytesDownstream == 20000);
}

TEST_CASE("Backpressure keeps the proxy's buffers bounded when the client does not read", "[faultproxy]")
{
    const QByteArray data = pattern(32 * 1024 * 1024, 29);
    Target blast(Target::Mode::Blast, data);
    auto proxy = startProxy(configFor(blast));
    QTcpSocket client;
    client.setReadBufferSize(16 * 1024);
    client.connectToHost(QHostAddress::LocalHost, proxy->serverPort());
    qint64 maxBuffered = 0;
    QElapsedTimer clock;
    clock.start();
    waitFor(
        [&] {
            maxBuffered = std::max(maxBuffered, proxy->bufferedBytes());
            return clock.elapsed() > 600;
        },
        2000);
    CHECK(maxBuffered > 0);
    CHECK(maxBuffered <= proxy->config().maxBufferBytes + 64 * 1024);
    REQUIRE(blast.sockets.size() == 1);
    CHECK(blast.sockets.first()->bytesToWrite() > 0); // the target is held back, not drained into memory

    QByteArray received;
    QObject::connect(&client, &QTcpSocket::readyRead, [&] { received += client.readAll(); });
    received += client.readAll();
    REQUIRE(waitFor([&] { return received.size() >= data.size(); }, 20000));
    CHECK((received == data));
}

TEST_CASE("The proxy refuses to listen on or connect to anything but loopback", "[faultproxy]")
{
    FaultProxyConfig remoteTarget;
    remoteTarget.targetAddress = QHostAddress(QStringLiteral("192.0.2.10"));
    remoteTarget.targetPort = 80;
    FaultProxy toRemote(remoteTarget);
    CHECK_FALSE(toRemote.start());
    CHECK(toRemote.errorString().contains(QStringLiteral("loopback")));

    FaultProxyConfig anyInterface;
    anyInterface.listenAddress = QHostAddress(QHostAddress::AnyIPv4);
    anyInterface.targetPort = 8080;
    FaultProxy onAll(anyInterface);
    CHECK_FALSE(onAll.start());
    CHECK_FALSE(onAll.isListening());
}

TEST_CASE("The faultproxy program prints its port, forwards, and takes commands on stdin", "[faultproxy][program]")
{
    Target echo(Target::Mode::Echo);
    QProcess program;
    program.start(QStringLiteral(MOTCUA_FAULTPROXY),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--target"),
            QStringLiteral("127.0.0.1:%1").arg(echo.port()), QStringLiteral("--latency-ms"), QStringLiteral("20"),
            QStringLiteral("--bandwidth-kbit"), QStringLiteral("2000")});
    const auto readLine = [&program] {
        REQUIRE(waitFor([&] { return program.canReadLine(); }));
        return program.readLine().trimmed();
    };
    bool ok = false;
    const quint16 port = quint16(readLine().toUInt(&ok));
    REQUIRE(ok);
    REQUIRE(port != 0);

    {
        Client client(port);
        client.socket.write(pattern(4096));
        REQUIRE(waitFor([&] { return client.received.size() >= 4096; }));
        CHECK((client.received == pattern(4096)));
    }
    program.write("--counters\n");
    const QJsonObject counters = QJsonDocument::fromJson(readLine()).object();
    CHECK(counters.value(QStringLiteral("connections_accepted")).toInt() == 1);
    CHECK(counters.value(QStringLiteral("bytes_up")).toInt() == 4096);
    CHECK(counters.value(QStringLiteral("bytes_down")).toInt() == 4096);

    program.write("--http-error-count 1 --http-error 503\n");
    CHECK(readLine() == "ok");
    CHECK(httpRequest(port).status == 503);
    program.write("--cut-direction sideways --cut-after-bytes 10\n");
    CHECK(readLine().startsWith("error:"));
    program.write("--cut-after-bytes 80000-20000\n");
    CHECK(readLine().startsWith("error:"));
    program.write("--cut-after-bytes 3000-5000 --cut-direction down --seed 3\n");
    CHECK(readLine() == "ok");
    {
        Client client(port);
        client.socket.write(pattern(20000));
        REQUIRE(waitFor([&] { return client.closed(); }, 10000));
        CHECK(client.received.size() >= 3000);
        CHECK(client.received.size() <= 5000);
        CHECK((client.received == pattern(20000).left(client.received.size())));
    }

    program.kill();
    program.waitForFinished(5000);
}

TEST_CASE("The faultproxy program refuses non-loopback addresses with an error", "[faultproxy][program]")
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--target"), QStringLiteral("192.0.2.10:80")},
             QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--target"),
                 QStringLiteral("127.0.0.1:8080")}}) {
        QProcess program;
        program.start(QStringLiteral(MOTCUA_FAULTPROXY), arguments);
        REQUIRE(program.waitForFinished(5000));
        CHECK(program.exitCode() == 2);
        CHECK(program.readAllStandardError().contains("loopback"));
        CHECK(program.readAllStandardOutput().isEmpty());
    }
}
