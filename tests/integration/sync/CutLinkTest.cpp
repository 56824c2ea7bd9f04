// The link of issue 9: every TCP connection cut after a random 20-80 KB (a weak cell signal, where
// at 256 kbit/s a connection lives one to three seconds). The real motcua-cli through the
// in-process FaultProxy to the real motcua-server: the records all reach the server before any
// scan completes, repeated `sync` runs (also killed with SIGKILL) finish the scans, every op is
// applied once and every scan is byte-identical. Emulated at a fast rate: the cuts count bytes,
// not seconds, so the test is about the same link in a fraction of the time.
#include "FaultTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

using namespace motcua;
using namespace motcua::synctest;

namespace {

FaultByteRule cutEveryConnection()
{
    FaultByteRule rule;
    rule.bytes = 20000;
    rule.bytesMax = 80000;
    rule.everyConnection = true;
    return rule;
}

// 60 dossiers received and moved once (120 ops) and six scans of 100 KB, each more than any
// connection of this link carries.
BacklogSpec cutBacklog()
{
    BacklogSpec spec;
    spec.dossiers = 60;
    spec.movesPerDossier = 1;
    spec.attachments = 6;
    spec.attachmentBytes = 100000;
    spec.seed = 9;
    return spec;
}

void onCutLink(FaultBench &bench)
{
    bench.proxy().setRandomSeed(20261202);
    bench.proxy().setCutAfterBytes(cutEveryConnection());
    bench.proxy().setBandwidthKbit(8000, 8000);
}

qint64 serverOps(FaultBench &bench)
{
    return sqlValue(bench.server().databaseFile(), QStringLiteral("SELECT count(*) FROM applied_ops")).toLongLong();
}

qint64 serverCompleteScans(FaultBench &bench)
{
    return sqlValue(
        bench.server().databaseFile(), QStringLiteral("SELECT count(*) FROM commune_scans WHERE complete = 1"))
        .toLongLong();
}

bool finished(const CliResult &run)
{
    const QJsonObject report = run.json();
    return run.exitCode == 0 && report.value(QStringLiteral("pending")).toInteger() == 0
        && report.value(QStringLiteral("pending_blob_bytes")).toInteger() == 0;
}

// Runs the event loop (the in-process proxy moves bytes on this thread) until the process ends
// or ms passed; true when it ended by itself.
bool runFor(QProcess &process, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return process.state() == QProcess::NotRunning;
}

} // namespace

TEST_CASE("on a link that cuts every connection after 20-80 KB, every record reaches the server before any scan, "
          "then the scans complete",
    "[sync][faults][cutlink]")
{
    FaultBench bench(cutBacklog());
    onCutLink(bench);
    const qint64 ops = bench.backlog().ops;
    int runsUntilRecords = 0;
    bool scanBeforeRecords = false;
    int runs = 0;
    bool done = false;
    while (!done && runs < 30) {
        const CliResult run = bench.syncOnce();
        ++runs;
        const qint64 onServer = serverOps(bench);
        if (serverCompleteScans(bench) > 0 && onServer < ops)
            scanBeforeRecords = true;
        if (runsUntilRecords == 0 && onServer == ops)
            runsUntilRecords = runs;
        done = finished(run);
    }
    INFO(runs << " runs, records all there after run " << runsUntilRecords << ", " << bench.proxy().counters().cuts
              << " cuts");
    REQUIRE(done);
    CHECK(bench.proxy().counters().cuts > 0);
    CHECK_FALSE(scanBeforeRecords);
    CHECK(runsUntilRecords >= 1);
    CHECK(runsUntilRecords <= 2);
    bench.checkConverged();
    // What the engine learned about the link is kept for the next run: chunks small enough to fit
    // a connection.
    const qint64 chunkBytes
        = bench.desk().sql(QStringLiteral("SELECT value FROM meta WHERE key = 'sync_link_chunk_bytes'")).toLongLong();
    CHECK(chunkBytes >= 8 * 1024);
    CHECK(chunkBytes <= 32 * 1024);
    CHECK(bench.desk().sql(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'sync_upload:%'")).toInt() == 0);
}

TEST_CASE("on the cut link, sync runs killed with SIGKILL at random moments and run again lose nothing and apply "
          "nothing twice",
    "[sync][faults][cutlink][kill]")
{
    BacklogSpec spec = cutBacklog();
    spec.dossiers = 150;
    spec.attachments = 5;
    spec.attachmentBytes = 150000;
    FaultBench bench(spec);
    onCutLink(bench);
    // Slower than the other cut test, so that a run lasts long enough to be killed in the middle.
    bench.proxy().setBandwidthKbit(2000, 2000);
    QRandomGenerator random(20261202);
    int killed = 0;
    int killedWithWorkLeft = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const bool workLeft = bench.desk().sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt() > 0
            || bench.desk().sql(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'sync_upload:%'")).toInt() > 0;
        QProcess sync;
        sync.start(QStringLiteral(MOTCUA_CLI),
            {QStringLiteral("--data"), bench.desk().path(), QStringLiteral("sync"), QStringLiteral("--json"),
                QStringLiteral("--inactivity-timeout"), QStringLiteral("10")});
        REQUIRE(sync.waitForStarted(10000));
        // Anywhere between the ping and the end of the cycle: pushes, acknowledgements, chunks.
        if (!runFor(sync, random.bounded(150, 1500))) {
            sync.kill();
            REQUIRE(runFor(sync, 10000));
            ++killed;
            if (workLeft)
                ++killedWithWorkLeft;
        }
    }
    // Then runs that are left alone finish the work.
    bool done = false;
    for (int run = 0; run < 10 && !done; ++run)
        done = finished(bench.syncOnce());
    INFO(killed << " runs killed, " << killedWithWorkLeft << " with work left, " << bench.proxy().counters().cuts
                << " cuts");
    REQUIRE(done);
    CHECK(killedWithWorkLeft >= 3);
    bench.checkConverged();
}

TEST_CASE("dossier show lists the scans still on the way to the province, until the server holds them", "[sync][blobs]")
{
    ServerProcess server;
    Device desk;
    desk.enroll(server.url(), server.issueCode(QStringLiteral("12345")));
    TempDir files;
    QFile file(files.file(QStringLiteral("giay-to.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(QByteArray(50000, 'x')) == 50000);
    file.close();
    const QString id = desk.receive(
        QStringLiteral("Lò Văn Páo"), {QStringLiteral("--document"), QStringLiteral("Tờ khai=") + file.fileName()});

    const CliResult before
        = desk.cli({QStringLiteral("dossier"), QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(before.exitCode == 0);
    const QJsonArray waiting = before.json().value(QStringLiteral("scans_on_the_way")).toArray();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Tờ khai"));
    CHECK(waiting.at(0).toObject().value(QStringLiteral("size")).toInteger() == 50000);
    CHECK(waiting.at(0).toObject().value(QStringLiteral("sent")).toInteger() == 0);
    const CliResult text = desk.cli({QStringLiteral("dossier"), QStringLiteral("show"), id});
    CHECK(text.out.contains("Scans still on the way to the province: 1"));

    CHECK(desk.sync().value(QStringLiteral("completed")).toBool());
    const CliResult after = desk.cli({QStringLiteral("dossier"), QStringLiteral("show"), id, QStringLiteral("--json")});
    CHECK(after.json().value(QStringLiteral("scans_on_the_way")).toArray().isEmpty());
    CHECK_FALSE(desk.cli({QStringLiteral("dossier"), QStringLiteral("show"), id}).out.contains("on the way"));
}
