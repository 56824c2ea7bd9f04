// The real motcua-cli syncing with the real motcua-server through the in-process FaultProxy, one
// bad-network fault per test case. After the fault, cycles run (a bounded number) until one
// completes; then every op the desk queued is on the server exactly once, the dossiers hash the
// same on both sides, every scan is byte-identical, and an upload cut in the middle did not send
// more than one chunk again.
#include "FaultTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace motcua;
using namespace motcua::synctest;

namespace {

constexpr qint64 kChunk = 256 * 1024;
// Everything that is not scan bytes in these backlogs: the ops' JSON (zstd), request headers,
// pings, pulls. Measured around 20 KB; the margin keeps the bound about chunks, not headers.
constexpr qint64 kOverhead = 64 * 1024;

// 40 dossiers (receive + one move: 80 ops) and three scans of three chunks each (the last short).
BacklogSpec faultBacklog()
{
    BacklogSpec spec;
    spec.dossiers = 40;
    spec.movesPerDossier = 1;
    spec.attachments = 3;
    spec.attachmentBytes = 600000;
    return spec;
}

// Upstream bytes (of all connections) in the middle of the scans: the records and about half of
// the 1.8 MB of scans, which go up three at once.
constexpr qint64 kInsideSecondScan = 900000;
// Bytes of one connection in the middle of a scan: the ping, the push and 280 KB of the scan that
// follows them on the same connection.
constexpr qint64 kInsideAScan = 300000;

QString errorCode(const CliResult &run)
{
    return run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// The common ending, after the fault: cycles until one completes, everything converged, and in
// all at most `interruptions` chunks travelled twice.
void finishAndCheck(FaultBench &bench, int interruptions, int maxCycles = 5)
{
    bench.syncUntilComplete(maxCycles);
    bench.checkConverged();
    const qint64 upstream = bench.proxy().counters().bytesUpstream;
    INFO("upstream " << upstream << " bytes for " << bench.backlog().scanBytes << " bytes of scans");
    CHECK(upstream <= bench.backlog().scanBytes + interruptions * kChunk + kOverhead);
}

// Runs the event loop until done() or 10 s.
void waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(done());
}

} // namespace

TEST_CASE("a connection cut after N bytes: the scan resumes and at most one chunk travels again", "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    bench.proxy().setCutAfterBytes({kInsideAScan, FaultDirection::Upstream, false});
    // A drop after the good ping is not "offline": the cycle goes on over a new connection.
    const CliResult first = bench.syncOnce();
    INFO(first.out.toStdString());
    CHECK(bench.proxy().counters().cuts == 1);
    CHECK(first.exitCode == 0);
    finishAndCheck(bench, 1);
}

TEST_CASE("a connection reset mid-transfer: the upload resumes and nothing arrives twice", "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    bench.proxy().setResetAfterBytes({kInsideAScan, FaultDirection::Upstream, false});
    // A drop after the good ping is not "offline": the cycle goes on over a new connection.
    const CliResult first = bench.syncOnce();
    INFO(first.out.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(bench.proxy().counters().resets == 1);
    finishAndCheck(bench, 1);
}

TEST_CASE("random cuts: cycles keep making progress until one completes, nothing lost or doubled", "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    bench.proxy().setRandomSeed(7);
    bench.proxy().setCutProbability(0.04);
    const int cycles = bench.syncUntilComplete(40);
    INFO(cycles << " cycles, " << bench.proxy().counters().cuts << " cuts");
    CHECK(bench.proxy().counters().cuts >= 1);
    bench.proxy().setCutProbability(0.0);
    bench.checkConverged();
    // Every cut costs at most the chunk in flight.
    CHECK(bench.proxy().counters().bytesUpstream
        <= bench.backlog().scanBytes + bench.proxy().counters().cuts * kChunk + cycles * kOverhead);
}

TEST_CASE("a stalled link: the inactivity timeout ends the cycle, and the next one sends only what the server "
          "lacks",
    "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    bench.atUpstreamBytes(kInsideSecondScan, [&bench] { bench.proxy().stall(); });
    const CliResult first = bench.syncOnce(2);
    CHECK(bench.proxy().isStalled());
    CHECK(first.exitCode == 1);
    CHECK(errorCode(first) == QStringLiteral("network.timeout"));
    // What the proxy held is delivered after the client gave up; the server drops the half request.
    bench.proxy().resume();
    waitUntil([&bench] { return bench.proxy().openConnections() == 0; });
    qint64 held = 0;
    for (const QString &sha256 : bench.backlog().scans)
        held += bench.serverReceived(sha256);
    CHECK(held > 0);
    CHECK(held < bench.backlog().scanBytes);
    // Records before scans: every dossier is on the server although the scans stopped half-way.
    CHECK(bench.server().records(QStringLiteral("entity = 'dossier'")) == 40);
    const qint64 upstreamBefore = bench.proxy().counters().bytesUpstream;
    const CliResult next = bench.syncOnce();
    CHECK(next.exitCode == 0);
    const qint64 missing = bench.backlog().scanBytes - held;
    CHECK(bench.proxy().counters().bytesUpstream - upstreamBefore <= missing + kOverhead);
    finishAndCheck(bench, 1);
}

TEST_CASE("5xx pages from a gateway, at the start and in the middle of an upload, read as offline", "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    bench.proxy().setHttpError(503, 1);
    const CliResult refused = bench.syncOnce();
    CHECK(refused.exitCode == 1);
    CHECK(refused.json().value(QStringLiteral("connectivity")).toString() == QStringLiteral("offline"));
    CHECK(bench.proxy().counters().bytesUpstream == 0);
    // In the middle: the connection drops and the next ones meet a 502 page.
    bench.atUpstreamBytes(kInsideSecondScan, [&bench] {
        bench.proxy().setHttpError(502, 3);
        bench.proxy().cutAll();
    });
    const CliResult cut = bench.syncOnce();
    CHECK(cut.exitCode == 1);
    // Every 502 was met (one connection each) before a cycle could complete.
    finishAndCheck(bench, 3, 6);
    CHECK(bench.proxy().counters().httpErrorsAnswered == 4);
}

TEST_CASE("a captive portal's 200 page, at the start and in the middle of an upload, is never taken for the "
          "server",
    "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    bench.proxy().setCaptivePortal(1);
    const CliResult portal = bench.syncOnce();
    CHECK(portal.exitCode == 1);
    CHECK(errorCode(portal) == QStringLiteral("sync.captive_portal"));
    // In the middle: the page answers the chunk and push requests that follow a drop.
    bench.atUpstreamBytes(kInsideSecondScan, [&bench] {
        bench.proxy().setCaptivePortal(3);
        bench.proxy().cutAll();
    });
    const CliResult cut = bench.syncOnce();
    CHECK(cut.exitCode == 1);
    // The records went before the scans, before the portal appeared.
    CHECK(bench.server().records(QStringLiteral("entity = 'dossier'")) == 40);
    finishAndCheck(bench, 3, 6);
    CHECK(bench.proxy().counters().captivePortalsAnswered == 4);
}

TEST_CASE("a reset on connect, at the start and after a drop, leaves nothing half-done", "[sync][faults]")
{
    FaultBench bench(faultBacklog());
    // Two resets: Qt retries a connection that dies before its first answer once by itself.
    bench.proxy().setResetOnConnect(2);
    const CliResult refused = bench.syncOnce();
    INFO(refused.out.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.json().value(QStringLiteral("connectivity")).toString() == QStringLiteral("offline"));
    CHECK(bench.proxy().counters().resets == 2);
    CHECK(bench.server().records(QStringLiteral("entity = 'dossier'")) == 0);
    bench.atUpstreamBytes(kInsideSecondScan, [&bench] {
        bench.proxy().setResetOnConnect(3);
        bench.proxy().cutAll();
    });
    // After the good ping, the drop and the resets are retried at once on new connections.
    const CliResult cut = bench.syncOnce();
    INFO(cut.out.toStdString());
    CHECK(cut.exitCode == 0);
    finishAndCheck(bench, 3, 6);
    CHECK(bench.proxy().counters().resets == 5);
}

TEST_CASE("a slow link with latency: one cycle drains the backlog", "[sync][faults]")
{
    BacklogSpec spec;
    spec.dossiers = 20;
    spec.movesPerDossier = 2;
    spec.attachments = 1;
    spec.attachmentBytes = 300000;
    FaultBench bench(spec);
    bench.proxy().setBandwidthKbit(1000, 1000);
    bench.proxy().setLatencyMs(100, 100);
    const CliResult run = bench.syncOnce();
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.json().value(QStringLiteral("pushed")).toInt() == 60);
    CHECK(run.json().value(QStringLiteral("blob_bytes_sent")).toInteger() == 300000);
    bench.checkConverged();
    CHECK(bench.proxy().counters().bytesUpstream <= spec.attachmentBytes + kOverhead);
}
