// The real motcua-server under attack on loopback (issue 10): what a hostile client sends byte by
// byte on a raw TCP socket — huge bodies without a token, huge headers, slow and silent
// connections, a crowd of idle ones — is answered with its status or closed, the server's memory
// stays low, ping keeps answering and the province's data is the same afterwards. The transport is
// the same on both backends, so these run on SQLite only. (Scans of another commune are attacked
// in ScanTest.cpp, enrollment guesses in EnrollmentLimitTest.cpp.)
#include "RawClient.h"
#include "ServerHarness.h"
#include "protocol/Credentials.h"
#include "protocol/Ping.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSet>

#include <sys/resource.h>

#include <iostream>
#include <memory>
#include <vector>

using namespace motcua;
using namespace motcua::servertest;

namespace {

// A line of /proc/PID/status in KiB ("VmRSS", "VmHWM": resident now, and at its peak).
qint64 memoryKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    FAIL("no " << field.toStdString() << " in /proc/" << pid << "/status");
    return 0;
}

QByteArray pingRequest()
{
    return "GET /v2/ping?nonce=" + protocol::makeNonce().toLatin1() + " HTTP/1.1\r\nHost: motcua\r\n\r\n";
}

// Two desks of one commune and the dossiers one of them pushed before the attack: afterwards the
// other desk still pulls exactly those, and the server applied no op more.
class ProvinceData final
{
public:
    ProvinceData(const TestDatabase &db, Server &server)
        : m_db(db)
        , m_writer(server.enroll(QStringLiteral("12345")))
        , m_reader(server.enroll(QStringLiteral("12345")))
    {
        QList<protocol::PushOp> ops;
        for (int i = 0; i < 5; ++i) {
            ops << dossierOp(newUuid(), 0, QStringLiteral("received"));
            m_dossierIds.insert(ops.back().id);
        }
        for (const protocol::PushResult &result : push(server, m_writer, ops).results)
            REQUIRE(result.result == protocol::PushOutcome::Applied);
        m_appliedOps = db.count(QStringLiteral("applied_ops"));
    }

    void requireUnchanged(Server &server) const
    {
        REQUIRE(server.answersPing());
        QSet<QString> pulled;
        for (const protocol::Change &change : pullAll(server, m_reader)) {
            if (change.entity == QLatin1String("dossier"))
                pulled.insert(change.id);
        }
        CHECK(pulled == m_dossierIds);
        CHECK(m_db.count(QStringLiteral("applied_ops")) == m_appliedOps);
    }

private:
    const TestDatabase &m_db;
    protocol::EnrollResponse m_writer;
    protocol::EnrollResponse m_reader;
    QSet<QString> m_dossierIds;
    qint64 m_appliedOps = 0;
};

// Many sockets at once: the test process needs more descriptors than the usual 1,024.
void raiseOwnFileLimit()
{
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    limit.rlim_cur = limit.rlim_max;
    REQUIRE(setrlimit(RLIMIT_NOFILE, &limit) == 0);
}

} // namespace

TEST_CASE("A 200 MiB body without a valid token is refused before it is read and the server's memory stays low")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    const ProvinceData data(db, server);
    const qint64 peakBefore = memoryKiB(server.pid(), "VmHWM");
    const QByteArray sha256(64, 'a');

    struct Attack
    {
        const char *what;
        QByteArray head;
        int status;
    };
    const Attack attacks[] = {
        {"push without a token",
            "POST /v2/push HTTP/1.1\r\nHost: motcua\r\nContent-Type: application/json\r\n"
            "Content-Length: 209715200\r\n\r\n",
            401},
        {"chunk with a forged token",
            "PUT /v2/blobs/" + sha256
                + "?offset=0&size=209715200 HTTP/1.1\r\nHost: motcua\r\nContent-Type: application/octet-stream\r\n"
                  "Authorization: "
                + protocol::DeviceCredential{newUuid(), protocol::DeviceCredential::generateToken()}.toAuthorization()
                + "\r\nContent-Length: 209715200\r\n\r\n",
            401},
        {"enrollment, which needs no token but reads at most 16 KiB",
            "POST /v2/enroll HTTP/1.1\r\nHost: motcua\r\nContent-Type: application/json\r\n"
            "Content-Length: 209715200\r\n\r\n",
            413},
    };
    for (const Attack &attack : attacks) {
        INFO(attack.what);
        BlockingSocket attacker(server.port());
        REQUIRE(attacker.send(attack.head));
        REQUIRE(attacker.send(QByteArray(int(MiB), '{')));
        // The answer comes after one MiB of the 200: the server did not wait for the body.
        CHECK(attacker.status() == attack.status);
        // The rest is read and thrown away for a moment (so that the answer is not lost to a
        // reset), then the server hangs up, however much is still coming.
        const qint64 streamed = attacker.stream(199 * MiB);
        std::cout << attack.what << ": answered " << attack.status << " after 1 MiB; " << streamed / MiB
                  << " MiB more sent before the server hung up" << std::endl;
        CHECK(attacker.closed());
        CHECK(memoryKiB(server.pid(), "VmRSS") - peakBefore < 32 * 1024);
    }
    const qint64 peakAfter = memoryKiB(server.pid(), "VmHWM");
    std::cout << "server peak resident memory: " << peakBefore / 1024 << " MiB before the attacks, " << peakAfter / 1024
              << " MiB after" << std::endl;
    CHECK(peakAfter - peakBefore < 32 * 1024);
    data.requireUnchanged(server);
}

TEST_CASE("A chunked body past the route's limit is answered 413 while it is read")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    const ProvinceData data(db, server);
    RawClient attacker(server.port());
    attacker.send("POST /v2/enroll HTTP/1.1\r\nHost: motcua\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 8; ++i)
        attacker.send("4000\r\n" + QByteArray(16 * 1024, ' ') + "\r\n");
    CHECK(attacker.status(5000) == 413);
    // The status line can arrive before the body: the whole answer is there once the server closed.
    CHECK(attacker.closedWithin(5000));
    CHECK(attacker.received().contains("request.too_large"));
    data.requireUnchanged(server);
}

TEST_CASE("A request whose headers pass 16 KiB is answered 431, however long the header line grows")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db);
    const ProvinceData data(db, server);
    const qint64 peakBefore = memoryKiB(server.pid(), "VmHWM");
    for (const qint64 size : {qint64(17 * 1024), 64 * MiB}) {
        INFO(size << " bytes of header");
        BlockingSocket attacker(server.port());
        REQUIRE(attacker.send("GET /v2/ping?nonce=" + protocol::makeNonce().toLatin1()
            + " HTTP/1.1\r\nHost: motcua\r\nX-Padding: " + QByteArray(int(qMin(size, MiB)), 'p')));
        CHECK(attacker.status() == 431);
        // An endless header line is never buffered: the connection closes while it is being sent.
        attacker.stream(size - qMin(size, MiB));
        CHECK(attacker.closed());
    }
    CHECK(memoryKiB(server.pid(), "VmHWM") - peakBefore < 32 * 1024);
    // Headers under the limit are still fine.
    RawClient fine(server.port());
    fine.send("GET /v2/ping?nonce=" + protocol::makeNonce().toLatin1()
        + " HTTP/1.1\r\nHost: motcua\r\nX-Padding: " + QByteArray(8 * 1024, 'p') + "\r\n\r\n");
    CHECK(fine.status(5000) == 200);
    data.requireUnchanged(server);
}

TEST_CASE("Silent, slow and idle clients are disconnected by the read and idle timeouts")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db,
        {QStringLiteral("--read-timeout"), QStringLiteral("1"), QStringLiteral("--idle-timeout"), QStringLiteral("2")});
    const ProvinceData data(db, server);

    SECTION("a connection that never sends a byte is closed after the idle timeout")
    {
        RawClient silent(server.port());
        QElapsedTimer clock;
        clock.start();
        CHECK(silent.silentFor(1000));
        CHECK(silent.closedWithin(5000));
        CHECK(clock.elapsed() < 5000);
        CHECK(silent.received().isEmpty());
    }
    SECTION("headers sent a byte at a time are cut off by the read timeout")
    {
        RawClient slowloris(server.port());
        const QByteArray request = pingRequest() + QByteArray(4000, 'x');
        QElapsedTimer clock;
        clock.start();
        qsizetype sent = 0;
        while (slowloris.isConnected() && sent < request.size() && clock.elapsed() < 10000) {
            slowloris.send(request.mid(sent, 1));
            ++sent;
            slowloris.closedWithin(200);
        }
        CHECK_FALSE(slowloris.isConnected());
        CHECK(clock.elapsed() < 4000);
    }
    SECTION("a body that stops arriving is cut off by the read timeout")
    {
        RawClient stalled(server.port());
        stalled.send("POST /v2/enroll HTTP/1.1\r\nHost: motcua\r\nContent-Type: application/json\r\n"
                     "Content-Length: 1000\r\n\r\n{\"code\":");
        QElapsedTimer clock;
        clock.start();
        CHECK(stalled.closedWithin(5000));
        CHECK(clock.elapsed() < 4000);
    }
    SECTION("a kept-alive connection that asks nothing more is closed after the idle timeout")
    {
        RawClient idle(server.port());
        idle.send(pingRequest());
        CHECK(idle.status(5000) == 200);
        QElapsedTimer clock;
        clock.start();
        CHECK(idle.closedWithin(6000));
        CHECK(clock.elapsed() > 1000);
    }
    data.requireUnchanged(server);
}

TEST_CASE("A thousand idle connections do not stop ping, and one address past its cap is told 503")
{
    raiseOwnFileLimit();
    TestDatabase db(Backend::Sqlite);
    Server server(db,
        {QStringLiteral("--max-connections-per-address"), QStringLiteral("100"), QStringLiteral("--idle-timeout"),
            QStringLiteral("60")});
    const ProvinceData data(db, server);
    std::vector<std::unique_ptr<RawClient>> crowd;
    // The whole of 127.0.0.0/8 is loopback: ten source addresses, each at its cap.
    for (int host = 2; host < 12; ++host) {
        const QHostAddress from(QStringLiteral("127.0.0.%1").arg(host));
        for (int i = 0; i < 100; ++i) {
            crowd.push_back(std::make_unique<RawClient>(server.port(), from));
            REQUIRE(crowd.back()->isConnected());
        }
    }
    // Over its address's cap: answered at once and closed, while others are still served.
    for (int i = 0; i < 3; ++i) {
        RawClient extra(server.port(), QHostAddress(QStringLiteral("127.0.0.2")));
        CHECK(extra.status(5000) == 503);
        CHECK(extra.closedWithin(5000));
    }
    QElapsedTimer clock;
    for (int i = 0; i < 10; ++i) {
        clock.start();
        REQUIRE(server.answersPing());
        CHECK(clock.elapsed() < 1000);
    }
    // The crowd was held, not dropped: its first member is still open and can still ask.
    CHECK(crowd.front()->isConnected());
    crowd.front()->send(pingRequest());
    CHECK(crowd.front()->status(5000) == 200);
    crowd.clear();
    data.requireUnchanged(server);
}

TEST_CASE("After every attack the server still stops cleanly on SIGTERM")
{
    TestDatabase db(Backend::Sqlite);
    Server server(db, {QStringLiteral("--read-timeout"), QStringLiteral("1")});
    const ProvinceData data(db, server);
    RawClient halfHeader(server.port());
    halfHeader.send("POST /v2/push HTTP/1.1\r\nContent-Le");
    RawClient garbage(server.port());
    garbage.send(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + QByteArray(500, '\0') + "\r\n\r\n");
    CHECK(garbage.status(5000) == 400);
    data.requireUnchanged(server);
    CHECK(server.stop() == 0);
}
