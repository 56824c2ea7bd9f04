// bench_server_hostile [--seconds N] [--idle N] [--downloads N] [--bodies N] [--dossiers N]: the
// real motcua-server on loopback under the attack of issue 10, all at once:
// - 1 GiB bodies to /v2/push without a token, from --bodies threads (default 4), again and again;
// - --idle connections (default 2,000) that send nothing, reopened as soon as the server drops one;
// - --downloads threads (default 16) fetching a 64 MiB scan of their commune, again and again;
// while a real desk (motcua-cli) syncs --dossiers dossiers (default 200, 3 ops each, 20 scans).
// Prints the server's peak memory, ping latency before and during the attack, what each attack
// achieved and how long the desk's sync took. Goals: memory under 300 MB, ping p99 under 50 ms,
// the desk's sync complete. The attackers come from other loopback addresses (127.0.0.0/8) than
// the desk and the ping, as they would from other machines; the server runs with its defaults.
#include "BenchSupport.h"
#include "SyncBenchSupport.h"

#include "protocol/Ping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace motcua;
using namespace motcua::bench;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 scanBytes = 64 * MiB;
constexpr qint64 chunkBytes = 256 * 1024;

// A blocking TCP connection to the server on 127.0.0.1 from a chosen loopback source address,
// with send and receive timeouts so that no attacker thread hangs the benchmark.
int connectFrom(const char *from, quint16 port, int timeoutSeconds = 30)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    timeval timeout{timeoutSeconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in source{};
    source.sin_family = AF_INET;
    ::inet_pton(AF_INET, from, &source.sin_addr);
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(port);
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&target), sizeof target) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}

struct Answer
{
    int status = 0;
    QByteArray body; // empty when the caller only counts
    qint64 bodyBytes = 0;
    QByteArray sha256; // of the body, when asked
};

// Sends one request with "Connection: close" and reads the answer to its end.
Answer exchange(int fd, const QByteArray &request, bool keepBody, bool hashBody = false)
{
    Answer answer;
    if (!sendAll(fd, request.constData(), request.size()))
        return answer;
    QByteArray head;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<char> buffer(256 * 1024);
    bool inBody = false;
    for (;;) {
        const ssize_t got = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (got <= 0)
            break;
        QByteArrayView piece(buffer.data(), got);
        if (!inBody) {
            head.append(piece);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            inBody = true;
            piece = QByteArrayView(head).sliced(end + 4);
            answer.status = head.size() >= 12 ? head.mid(9, 3).toInt() : 0;
            const QByteArray rest = piece.toByteArray();
            head.truncate(end);
            answer.bodyBytes += rest.size();
            if (keepBody)
                answer.body += rest;
            if (hashBody)
                hash.addData(rest);
            continue;
        }
        answer.bodyBytes += got;
        if (keepBody)
            answer.body.append(piece);
        if (hashBody)
            hash.addData(piece);
    }
    if (hashBody)
        answer.sha256 = hash.result().toHex();
    return answer;
}

Answer request(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &authorization,
    const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    const int fd = connectFrom("127.0.0.1", port);
    if (fd < 0)
        return {};
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: motcua\r\nConnection: close\r\n";
    if (!authorization.isEmpty())
        bytes += "Authorization: " + authorization + "\r\n";
    bytes += extraHeaders;
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    Answer answer = exchange(fd, bytes, true);
    ::close(fd);
    return answer;
}

// A device of the commune enrolled over HTTP, and a 64 MiB scan of random bytes it uploaded.
struct AttackerDevice
{
    QByteArray authorization;
    QByteArray sha256;
};

AttackerDevice enrollAndUpload(quint16 port, const QString &code)
{
    const QByteArray enroll = QJsonDocument(
        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("device_name"), QStringLiteral("Máy tải về")},
            {QStringLiteral("client_version"), QStringLiteral("0.1.0")}})
                                  .toJson(QJsonDocument::Compact);
    const Answer enrolled = request(port, "POST", "/v2/enroll", {}, enroll, "Content-Type: application/json\r\n");
    const QJsonObject device = QJsonDocument::fromJson(enrolled.body).object();
    if (enrolled.status != 200)
        die(QStringLiteral("enroll answered %1: %2").arg(enrolled.status).arg(QString::fromUtf8(enrolled.body)));
    AttackerDevice attacker;
    attacker.authorization = "Bearer " + device.value(QStringLiteral("device_id")).toString().toLatin1() + '.'
        + device.value(QStringLiteral("token")).toString().toLatin1();

    QByteArray scan(int(scanBytes), Qt::Uninitialized);
    std::mt19937_64 random(64);
    for (qsizetype i = 0; i + 8 <= scan.size(); i += 8) {
        const quint64 word = random();
        std::memcpy(scan.data() + i, &word, 8);
    }
    attacker.sha256 = QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex();
    for (qint64 offset = 0; offset < scanBytes; offset += chunkBytes) {
        const QByteArray chunk = scan.mid(offset, chunkBytes);
        const QByteArray target = "/v2/blobs/" + attacker.sha256 + "?offset=" + QByteArray::number(offset)
            + "&size=" + QByteArray::number(scanBytes);
        const Answer put = request(port, "PUT", target, attacker.authorization, chunk,
            "Content-Type: application/octet-stream\r\nX-Chunk-SHA256: "
                + QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toHex() + "\r\n");
        if (put.status != 200)
            die(QStringLiteral("chunk at %1 answered %2: %3")
                    .arg(offset)
                    .arg(put.status)
                    .arg(QString::fromUtf8(put.body)));
    }
    return attacker;
}

// One ping on a fresh connection, in milliseconds; a negative value when it failed.
double pingMs(quint16 port)
{
    QElapsedTimer clock;
    clock.start();
    const Answer answer = request(port, "GET", "/v2/ping?nonce=" + protocol::makeNonce().toLatin1(), {});
    return answer.status == 200 ? double(clock.nsecsElapsed()) / 1e6 : -1;
}

qint64 residentKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

struct Tally
{
    std::atomic<qint64> attempts{0};
    std::atomic<qint64> answered{0}; // with the expected status
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> failures{0};
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help"))) {
        syncOut() << "usage: bench_server_hostile [--seconds N] [--idle N] [--downloads N] [--bodies N] [--dossiers N]"
                  << Qt::endl;
        return 0;
    }
    const int seconds = int(option(args, QStringLiteral("--seconds"), 30));
    const int idleCount = int(option(args, QStringLiteral("--idle"), 2000));
    const int downloadThreads = int(option(args, QStringLiteral("--downloads"), 16));
    const int bodyThreads = int(option(args, QStringLiteral("--bodies"), 4));
    const int dossiers = int(option(args, QStringLiteral("--dossiers"), 200));

    // Thousands of sockets: this process and the server it starts need more than 1,024 files.
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    BenchServer server;
    const quint16 port = server.port();
    const qint64 pid = server.pid();
    syncOut() << QStringLiteral("server: pid %1 on 127.0.0.1:%2, default limits; machine: %3 cores")
                     .arg(pid)
                     .arg(port)
                     .arg(std::thread::hardware_concurrency())
              << Qt::endl;

    const AttackerDevice attacker = enrollAndUpload(port, server.issueCode());
    BenchDesk desk(QStringLiteral("http://127.0.0.1:%1").arg(port), server.issueCode());
    synctest::BacklogSpec spec;
    spec.dossiers = dossiers;
    spec.movesPerDossier = 2;
    spec.attachments = std::min(dossiers, 20);
    const auto backlog = synctest::writeBacklog(desk.path(), spec);
    if (!backlog)
        die(backlog.error().code + QStringLiteral(": ") + backlog.error().message);
    syncOut() << QStringLiteral("set-up: a 64 MiB scan uploaded; the desk holds %1 dossiers, %2 ops, %3 scans")
                     .arg(dossiers)
                     .arg(backlog->ops)
                     .arg(backlog->scans.size())
              << Qt::endl;

    std::vector<double> calm;
    for (int i = 0; i < 200; ++i) {
        const double ms = pingMs(port);
        if (ms >= 0)
            calm.push_back(ms);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const qint64 calmRssKiB = residentKiB(pid, "VmRSS");
    printPercentiles(QStringLiteral("ping, no attack"), percentiles(calm), calm.size());

    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;

    // Memory, every 50 ms.
    std::atomic<qint64> peakRssKiB{calmRssKiB};
    threads.emplace_back([&] {
        while (!stop) {
            const qint64 now = residentKiB(pid, "VmRSS");
            qint64 seen = peakRssKiB;
            while (now > seen && !peakRssKiB.compare_exchange_weak(seen, now)) { }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });

    // 1 GiB bodies without a token, from 127.0.0.10 and up.
    Tally bodies;
    for (int t = 0; t < bodyThreads; ++t) {
        threads.emplace_back([&, t] {
            const QByteArray from = "127.0.0." + QByteArray::number(10 + t % 20);
            const QByteArray head = "POST /v2/push HTTP/1.1\r\nHost: motcua\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 1073741824\r\n\r\n";
            const std::vector<char> piece(size_t(MiB), 'x');
            while (!stop) {
                const int fd = connectFrom(from.constData(), port, 5);
                if (fd < 0) {
                    ++bodies.failures;
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    continue;
                }
                ++bodies.attempts;
                qint64 sent = 0;
                if (sendAll(fd, head.constData(), head.size())) {
                    while (!stop && sent < 1024 * MiB && sendAll(fd, piece.data(), qint64(piece.size())))
                        sent += qint64(piece.size());
                }
                bodies.bytes += sent;
                char answer[16] = {};
                if (::recv(fd, answer, sizeof answer, 0) >= 12 && std::memcmp(answer + 9, "401", 3) == 0)
                    ++bodies.answered;
                ::close(fd);
            }
        });
    }

    // Idle connections from 127.0.0.30 and up (250 per address, under the server's cap of 256),
    // reopened as soon as the server closes one.
    std::atomic<qint64> idleOpen{0};
    std::atomic<qint64> idleReopened{0};
    std::atomic<qint64> idleRefused{0};
    threads.emplace_back([&] {
        std::vector<pollfd> crowd;
        auto source = [](int i) { return "127.0.0." + QByteArray::number(30 + i / 250); };
        for (int i = 0; i < idleCount && !stop; ++i) {
            const int fd = connectFrom(source(i).constData(), port, 5);
            if (fd < 0)
                ++idleRefused;
            crowd.push_back(pollfd{fd, POLLIN, 0});
        }
        idleOpen = qint64(crowd.size());
        while (!stop) {
            if (::poll(crowd.data(), crowd.size(), 100) <= 0)
                continue;
            for (std::size_t i = 0; i < crowd.size(); ++i) {
                if (crowd[i].fd >= 0 && crowd[i].revents == 0)
                    continue;
                if (crowd[i].fd >= 0)
                    ::close(crowd[i].fd);
                crowd[i].fd = connectFrom(source(int(i)).constData(), port, 5);
                crowd[i].revents = 0;
                if (crowd[i].fd < 0)
                    ++idleRefused;
                else
                    ++idleReopened;
            }
        }
        for (const pollfd &member : crowd) {
            if (member.fd >= 0)
                ::close(member.fd);
        }
    });

    // Downloads of the 64 MiB scan, from 127.0.0.60 and up; every one is checked whole.
    Tally downloads;
    for (int t = 0; t < downloadThreads; ++t) {
        threads.emplace_back([&, t] {
            const QByteArray from = "127.0.0." + QByteArray::number(60 + t % 100);
            const QByteArray get = "GET /v2/blobs/" + attacker.sha256
                + "/content HTTP/1.1\r\nHost: motcua\r\n"
                  "Connection: close\r\nAuthorization: "
                + attacker.authorization + "\r\n\r\n";
            // Hashing 64 MiB costs this benchmark's own CPU, which the server shares: the first
            // download of each thread is checked against the scan's SHA-256, the later ones by size.
            bool first = true;
            while (!stop) {
                const int fd = connectFrom(from.constData(), port);
                if (fd < 0) {
                    ++downloads.failures;
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    continue;
                }
                ++downloads.attempts;
                const Answer answer = exchange(fd, get, false, first);
                ::close(fd);
                downloads.bytes += answer.bodyBytes;
                const bool intact = !first || answer.sha256 == attacker.sha256;
                first = false;
                if (answer.status == 200 && answer.bodyBytes == scanBytes && intact)
                    ++downloads.answered;
                else if (!stop)
                    ++downloads.failures;
            }
        });
    }

    // Ping every 20 ms from 127.0.0.1, as a load balancer or a desk would.
    std::vector<double> underAttack;
    std::atomic<qint64> pingFailures{0};
    std::mutex pingLock;
    threads.emplace_back([&] {
        while (!stop) {
            const double ms = pingMs(port);
            if (ms < 0) {
                ++pingFailures;
            } else {
                const std::lock_guard<std::mutex> guard(pingLock);
                underAttack.push_back(ms);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });

    // The desk syncs in the middle of it all, once the crowd is in place.
    QElapsedTimer wall;
    wall.start();
    while (idleOpen == 0 && wall.elapsed() < 60000)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::seconds(2));
    QElapsedTimer syncClock;
    syncClock.start();
    int cycles = 0;
    bool synced = false;
    QString lastFailure;
    while (!synced && cycles < 20) {
        ++cycles;
        const ProgramRun run = desk.cli({QStringLiteral("sync"), QStringLiteral("--json")});
        synced = run.exitCode == 0 && run.json().value(QStringLiteral("pending")).toInteger() == 0;
        if (!synced)
            lastFailure = QString::fromUtf8(run.err.isEmpty() ? run.out : run.err).trimmed();
    }
    const double syncSeconds = double(syncClock.nsecsElapsed()) / 1e9;
    while (wall.elapsed() < qint64(seconds) * 1000)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const double attackSeconds = double(wall.nsecsElapsed()) / 1e9;
    stop = true;
    for (std::thread &thread : threads)
        thread.join();

    const qint64 serverOps = server.stats().value(QStringLiteral("applied_ops")).toInteger();
    const double peakMb = double(peakRssKiB) / 1024.0;
    const Percentiles attacked = percentiles(underAttack);
    syncOut() << QStringLiteral("attack for %1 s: %2 threads of 1 GiB bodies, %3 idle connections, %4 downloads")
                     .arg(attackSeconds, 0, 'f', 1)
                     .arg(bodyThreads)
                     .arg(idleCount)
                     .arg(downloadThreads)
              << Qt::endl;
    printPercentiles(QStringLiteral("ping, under attack"), attacked, underAttack.size(), QStringLiteral("p99 < 50 ms"));
    syncOut() << QStringLiteral("ping failures under attack: %1").arg(pingFailures.load()) << Qt::endl;
    syncOut() << QStringLiteral("server memory: %1 MB before, peak %2 MB during (VmHWM %3 MB) [goal: < 300 MB]")
                     .arg(double(calmRssKiB) / 1024.0, 0, 'f', 1)
                     .arg(peakMb, 0, 'f', 1)
                     .arg(double(residentKiB(pid, "VmHWM")) / 1024.0, 0, 'f', 1)
              << Qt::endl;
    syncOut() << QStringLiteral("1 GiB bodies: %1 sent, %2 answered 401, %3 MiB taken in all (%4 KiB each on "
                                "average), %5 connections refused")
                     .arg(bodies.attempts.load())
                     .arg(bodies.answered.load())
                     .arg(double(bodies.bytes) / double(MiB), 0, 'f', 1)
                     .arg(bodies.attempts ? double(bodies.bytes) / 1024.0 / double(bodies.attempts) : 0.0, 0, 'f', 0)
                     .arg(bodies.failures.load())
              << Qt::endl;
    syncOut() << QStringLiteral("idle connections: %1 held at the start, %2 reopened after the server closed them, "
                                "%3 refused")
                     .arg(idleOpen.load())
                     .arg(idleReopened.load())
                     .arg(idleRefused.load())
              << Qt::endl;
    syncOut() << QStringLiteral("downloads of 64 MiB: %1 complete (the first of each thread hash-checked), %2 failed, "
                                "%3 MB/s in all")
                     .arg(downloads.answered.load())
                     .arg(downloads.failures.load())
                     .arg(double(downloads.bytes) / 1e6 / attackSeconds, 0, 'f', 0)
              << Qt::endl;
    syncOut() << QStringLiteral("desk sync under attack: %1 in %2 s over %3 run(s); server holds %4 applied ops "
                                "(the desk wrote %5), outbox %6")
                     .arg(synced ? QStringLiteral("complete") : QStringLiteral("NOT complete: ") + lastFailure)
                     .arg(syncSeconds, 0, 'f', 1)
                     .arg(cycles)
                     .arg(serverOps)
                     .arg(backlog->ops)
                     .arg(outboxCount(desk.path()))
              << Qt::endl;
    const bool met = synced && peakMb < 300 && attacked.p99 < 50 && serverOps == backlog->ops;
    syncOut() << (met ? "goals met" : "goals NOT met") << Qt::endl;
    return synced ? 0 : 1;
}
