// A desk's sync killed with SIGKILL at random moments while it drains a large backlog (a power cut,
// the task manager): after one final uninterrupted cycle, no op is lost and none is applied twice.
// (The server killed in the middle of pushes is tests/integration/server/CrashTest.cpp.)
#include "FaultTestSupport.h"

#include <QElapsedTimer>

using namespace motcua;
using namespace motcua::synctest;

TEST_CASE("sync processes killed with SIGKILL at random moments lose no op and apply none twice", "[sync][kill]")
{
    BacklogSpec spec;
    spec.dossiers = 3000;
    spec.attachments = 30;
    spec.attachmentBytes = 300000; // two chunks each: kills land inside uploads too
    spec.seed = 3;
    FaultBench bench(spec, false);
    REQUIRE(bench.backlog().ops == 3000);

    QRandomGenerator random(20261130);
    int killed = 0;
    int killedWhileDraining = 0; // killed with ops still in the outbox
    int completed = 0;
    QElapsedTimer clock;
    clock.start();
    for (int cycle = 0; cycle < 50; ++cycle) {
        const int pendingBefore = bench.desk().sql(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
        QProcess sync;
        // Small first batches: a loopback cycle would otherwise drain everything in a second.
        sync.start(QStringLiteral(MOTCUA_CLI),
            {QStringLiteral("--data"), bench.desk().path(), QStringLiteral("sync"), QStringLiteral("--json"),
                QStringLiteral("--batch"), QStringLiteral("1")});
        REQUIRE(sync.waitForStarted(10000));
        // Starting the program and opening the store take about 100 ms; the kill falls anywhere in
        // the cycle after that: ping, uploads, pushes, acknowledgements, pulls.
        if (!sync.waitForFinished(random.bounded(20, 300))) {
            sync.kill();
            REQUIRE(sync.waitForFinished(10000));
            ++killed;
            if (pendingBefore > 0)
                ++killedWhileDraining;
        } else if (sync.exitCode() == 0) {
            ++completed;
        }
    }
    INFO(killed << " of 50 cycles killed (" << killedWhileDraining << " while draining), " << completed
                << " completed, in " << clock.elapsed() << " ms");
    CHECK(killedWhileDraining >= 10);

    const CliResult last = bench.syncOnce(30);
    INFO(last.out.toStdString() << last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    CHECK(last.json().value(QStringLiteral("pending")).toInt() == 0);
    bench.checkConverged();
}
