// bench_sync_drain: a day's backlog drained through a 2G link. The real motcua-server on loopback,
// the in-process FaultProxy in front of it (256 kbit/s each way, 300 ms one-way latency), and the
// real `motcua-cli sync` of a desk whose outbox holds 1,000 dossiers (receive + 2 moves each) and
// 200 scans of 100 KB of incompressible bytes. Prints the wall time, the bytes on the wire each way,
// the requests, and
//
//   ratio = wall time / (payload up ÷ bandwidth + answers down ÷ bandwidth + unavoidable round trips × RTT)
//
// where the payload up is the scans plus the ops' JSON as zstd compresses it in batches of 500 (the
// protocol's largest push), the answers down are every byte the server sent (the client cannot
// shrink them), and the unavoidable round trips are one ping, one per 256 KiB chunk, one per 500
// ops and one per 1,000 pulled changes. Goal: ≤ 1.3.
//
// It also prints the ratio to the link's raw bound (issue 9): the payload as the user wrote it
// (the ops' JSON uncompressed plus the scan bytes) divided by the bandwidth, plus one round trip;
// and the time until every record was on the server (the desk's outbox empty: ops leave it only
// once the server has committed them), polled every 100 ms.
//
// --cut-every S closes every connection every S seconds; --cut-after-bytes MIN-MAX closes every
// connection after a random MIN to MAX bytes (20000-80000: a weak cell signal). The desk runs
// `sync` again after each failed cycle (as the watch mode would, without its backoff) until one
// completes. It prints the upstream bytes beyond the payload (headers, requests cut and sent
// again); the difference to the same figure of a run without cuts is what the cuts made the desk
// send again (goal ≤ 15 %).
//
//   bench_sync_drain [--dossiers 1000] [--attachments 200] [--attachment-kb 100] [--kbit 256]
//                    [--latency-ms 300] [--cut-every S] [--cut-after-bytes MIN-MAX] [--max-cycles 1000]
#include "FaultProxy.h"
#include "SyncBenchSupport.h"
#include "protocol/Compression.h"
#include "protocol/WireTypes.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <cmath>

using namespace motcua;
using namespace motcua::bench;

namespace {

// The ops as the densest legal pushes would carry them: 500 per body, zstd.
qint64 compressedOpBytes(const QString &dataDir, qint64 *ops)
{
    auto opened = Database::open(dataDir);
    if (!opened)
        die(opened.error().message);
    auto pending = Outbox(**opened).pending(-1);
    if (!pending)
        die(pending.error().message);
    *ops = pending->size();
    qint64 bytes = 0;
    for (qsizetype first = 0; first < pending->size(); first += 500) {
        QJsonArray batch;
        for (qsizetype i = first; i < std::min<qsizetype>(pending->size(), first + 500); ++i)
            batch.append(pending->at(i).toJson());
        const QByteArray json = protocol::compactJson(QJsonObject{{QStringLiteral("ops"), batch}});
        auto packed = protocol::zstdCompress(json);
        bytes += packed ? packed->size() : json.size();
    }
    return bytes;
}

// The ops' JSON as the desk wrote it, uncompressed: the "record JSON" of the raw bound.
qint64 rawOpBytes(const QString &dataDir)
{
    auto opened = Database::open(dataDir);
    if (!opened)
        die(opened.error().message);
    auto pending = Outbox(**opened).pending(-1);
    if (!pending)
        die(pending.error().message);
    qint64 bytes = 0;
    for (const OutboxOp &op : *pending)
        bytes += protocol::compactJson(op.toJson()).size();
    return bytes;
}

QString kb(qint64 bytes)
{
    return QStringLiteral("%1 KB").arg(double(bytes) / 1000.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help"))) {
        syncOut() << "usage: bench_sync_drain [--dossiers N] [--attachments N] [--attachment-kb N] [--kbit N] "
                     "[--latency-ms N] [--cut-every S] [--cut-after-bytes MIN-MAX] [--max-cycles N]"
                  << Qt::endl;
        return 0;
    }
    synctest::BacklogSpec spec;
    spec.dossiers = int(option(args, QStringLiteral("--dossiers"), 1000));
    spec.movesPerDossier = 2;
    spec.attachments = int(std::min<qint64>(spec.dossiers, option(args, QStringLiteral("--attachments"), 200)));
    spec.attachmentBytes = option(args, QStringLiteral("--attachment-kb"), 100) * 1000;
    const int kbit = int(option(args, QStringLiteral("--kbit"), 256));
    const int latencyMs = int(option(args, QStringLiteral("--latency-ms"), 300));
    const int cutEverySeconds = int(option(args, QStringLiteral("--cut-every"), 0));
    const int maxCycles = int(option(args, QStringLiteral("--max-cycles"), 1000));
    FaultByteRule cutAfter;
    if (const qsizetype at = args.indexOf(QStringLiteral("--cut-after-bytes")); at >= 0 && at + 1 < args.size()) {
        const QStringList range = args.at(at + 1).split(QLatin1Char('-'));
        cutAfter.bytes = range.value(0).toLongLong();
        cutAfter.bytesMax = range.value(1, range.value(0)).toLongLong();
        cutAfter.everyConnection = true;
        if (cutAfter.bytes < 1 || cutAfter.bytesMax < cutAfter.bytes)
            die(QStringLiteral("--cut-after-bytes needs MIN-MAX, e.g. 20000-80000"));
    }
    if (kbit < 1)
        die(QStringLiteral("--kbit must be at least 1"));

    BenchServer server;
    FaultProxyConfig config;
    config.targetPort = server.port();
    FaultProxy proxy(config);
    if (!proxy.start())
        die(proxy.errorString());
    BenchDesk desk(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()), server.issueCode());
    QElapsedTimer setup;
    setup.start();
    auto backlog = synctest::writeBacklog(desk.path(), spec);
    if (!backlog)
        die(backlog.error().code + QStringLiteral(": ") + backlog.error().message);
    qint64 ops = 0;
    const qint64 opBytes = compressedOpBytes(desk.path(), &ops);
    const qint64 payloadUp = opBytes + backlog->scanBytes;
    const qint64 recordJsonBytes = rawOpBytes(desk.path());
    syncOut() << QStringLiteral("backlog: %1 dossiers, %2 ops (%3 as zstd JSON), %4 scans (%5), written in %6 s")
                     .arg(spec.dossiers)
                     .arg(ops)
                     .arg(kb(opBytes))
                     .arg(backlog->scans.size())
                     .arg(kb(backlog->scanBytes))
                     .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    syncOut() << QStringLiteral("link: %1 kbit/s each way, %2 ms one-way latency%3")
                     .arg(kbit)
                     .arg(latencyMs)
                     .arg(cutEverySeconds > 0 ? QStringLiteral(", every connection cut every %1 s").arg(cutEverySeconds)
                                              : QString())
              << (cutAfter.armed() ? QStringLiteral(", every connection cut after %1-%2 bytes")
                                         .arg(cutAfter.bytes)
                                         .arg(cutAfter.bytesMax)
                                   : QString())
              << Qt::endl;

    proxy.setBandwidthKbit(kbit, kbit);
    proxy.setLatencyMs(latencyMs, latencyMs);
    proxy.setCutEveryMs(cutEverySeconds * 1000);
    if (cutAfter.armed())
        proxy.setCutAfterBytes(cutAfter);
    proxy.resetCounters();
    QElapsedTimer wall;
    wall.start();
    double recordsSeconds = -1;
    QTimer recordsWatch;
    QObject::connect(&recordsWatch, &QTimer::timeout, [&] {
        if (recordsSeconds < 0 && outboxCount(desk.path()) == 0) {
            recordsSeconds = double(wall.nsecsElapsed()) / 1e9;
            recordsWatch.stop();
        }
    });
    recordsWatch.start(100);
    int cycles = 0;
    qint64 requests = 0;
    qint64 pulled = 0;
    qint64 applied = 0;
    qint64 duplicates = 0;
    bool completed = false;
    while (!completed && cycles < maxCycles) {
        ++cycles;
        const ProgramRun run = desk.cli({QStringLiteral("sync"), QStringLiteral("--json")});
        const QJsonObject report = run.json();
        requests += report.value(QStringLiteral("requests")).toInteger();
        pulled += report.value(QStringLiteral("pulled")).toInteger();
        applied += report.value(QStringLiteral("pushed")).toInteger();
        duplicates += report.value(QStringLiteral("duplicates")).toInteger();
        completed = run.exitCode == 0 && report.value(QStringLiteral("pending")).toInteger() == 0;
        if (!completed && cutEverySeconds == 0 && !cutAfter.armed()) {
            syncOut() << "cycle " << cycles << " failed: " << run.out << run.err << Qt::endl;
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    if (recordsSeconds < 0 && outboxCount(desk.path()) == 0)
        recordsSeconds = seconds;
    proxy.setCutEveryMs(0);
    proxy.setCutAfterBytes({});
    const FaultProxyCounters counters = proxy.counters();
    if (!completed)
        die(QStringLiteral("the backlog was not drained in %1 cycles").arg(maxCycles));

    const double bytesPerSecond = kbit * 1000.0 / 8.0;
    const double rttSeconds = 2.0 * latencyMs / 1000.0;
    qint64 chunks = 0;
    for (int i = 0; i < backlog->scans.size(); ++i)
        chunks += (spec.attachmentBytes + 256 * 1024 - 1) / (256 * 1024);
    const qint64 roundTrips = 1 + chunks + (ops + 499) / 500 + std::max<qint64>(1, (pulled + 999) / 1000);
    const double ideal = double(payloadUp) / bytesPerSecond + double(counters.bytesDownstream) / bytesPerSecond
        + roundTrips * rttSeconds;
    syncOut() << QStringLiteral("drained in %1 s over %2 cycle(s): %3 ops applied, %4 duplicates, %5 changes pulled")
                     .arg(seconds, 0, 'f', 1)
                     .arg(cycles)
                     .arg(applied)
                     .arg(duplicates)
                     .arg(pulled)
              << Qt::endl;
    syncOut() << QStringLiteral("wire: up %1 (payload %2), down %3; %4 requests (unavoidable round trips: %5); "
                                "%6 connections, %7 cuts")
                     .arg(kb(counters.bytesUpstream))
                     .arg(kb(payloadUp))
                     .arg(kb(counters.bytesDownstream))
                     .arg(requests)
                     .arg(roundTrips)
                     .arg(counters.connectionsAccepted)
                     .arg(counters.cuts)
              << Qt::endl;
    syncOut() << QStringLiteral("upstream beyond payload: %1 = %2 % of the payload%3")
                     .arg(kb(counters.bytesUpstream - payloadUp))
                     .arg(100.0 * double(counters.bytesUpstream - payloadUp) / double(payloadUp), 0, 'f', 2)
                     .arg(cutEverySeconds > 0 ? QStringLiteral(" (minus the same figure without cuts: re-sent bytes, "
                                                               "goal <= 10 %)")
                                              : QString())
              << Qt::endl;
    syncOut() << QStringLiteral("ideal %1 s (up %2 s + down %3 s + %4 x %5 s RTT); ratio %6 [goal: <= 1.3]")
                     .arg(ideal, 0, 'f', 1)
                     .arg(double(payloadUp) / bytesPerSecond, 0, 'f', 1)
                     .arg(double(counters.bytesDownstream) / bytesPerSecond, 0, 'f', 1)
                     .arg(roundTrips)
                     .arg(rttSeconds, 0, 'f', 2)
                     .arg(seconds / ideal, 0, 'f', 3)
              << Qt::endl;

    const double rawBound = double(recordJsonBytes + backlog->scanBytes) / bytesPerSecond + rttSeconds;
    syncOut() << QStringLiteral("every record on the server after %1 s; raw bound %2 s ((record JSON %3 + scans %4) "
                                "/ bandwidth + one RTT); ratio to the raw bound %5")
                     .arg(recordsSeconds, 0, 'f', 1)
                     .arg(rawBound, 0, 'f', 1)
                     .arg(kb(recordJsonBytes))
                     .arg(kb(backlog->scanBytes))
                     .arg(seconds / rawBound, 0, 'f', 3)
              << Qt::endl;

    const QJsonObject stats = server.stats();
    const qint64 serverOps = stats.value(QStringLiteral("applied_ops")).toInteger();
    const qint64 serverBlobs = stats.value(QStringLiteral("blobs")).toInteger();
    if (serverOps != ops || serverBlobs != backlog->scans.size()) {
        die(QStringLiteral("the server holds %1 applied ops and %2 blobs, expected %3 and %4")
                .arg(serverOps)
                .arg(serverBlobs)
                .arg(ops)
                .arg(backlog->scans.size()));
    }
    syncOut() << QStringLiteral("server: %1 applied ops, %2 blobs: exactly the backlog").arg(serverOps).arg(serverBlobs)
              << Qt::endl;
    return 0;
}
