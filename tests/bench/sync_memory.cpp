// bench_sync_memory: the client's peak memory while one `motcua-cli sync` drains a 100,000-op
// backlog (100,000 received dossiers, one durable transaction per 500) to the real motcua-server on
// loopback. The engine reads the outbox in pages of at most 500 ops and pulls pages of at most 200
// changes, so its memory must not grow with the backlog. Goal: ≤ 150 MB.
//
// The peak is the child's ru_maxrss (getrusage(RUSAGE_CHILDREN) after it was waited for, which is
// the largest of the children waited for so far: the figure before the sync is printed too; it
// includes what the child shared with its parent before exec, so the sync runs under a small
// helper child of this program), and, as a cross-check, the VmHWM of /proc/<pid>/status polled
// every 10 ms.
//
//   bench_sync_memory [--ops 100000] [--attachments 0]
#include "SyncBenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

using namespace motcua;
using namespace motcua::bench;

namespace {

double childrenMaxRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

double vmHwmMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    synctest::BacklogSpec spec;
    spec.dossiers = int(option(args, QStringLiteral("--ops"), 100000));
    spec.attachments = int(option(args, QStringLiteral("--attachments"), 0));
    spec.attachmentBytes = 100 * 1000;

    // The backlog is written by a child (this program again): a child's ru_maxrss includes the
    // pages it shared with this process between fork and exec, so this process must stay small.
    if (args.size() > 2 && args.at(1) == QLatin1String("--write-backlog")) {
        auto backlog = synctest::writeBacklog(args.at(2), spec);
        if (!backlog)
            die(backlog.error().code + QStringLiteral(": ") + backlog.error().message);
        syncOut() << backlog->ops << Qt::endl;
        return 0;
    }

    if (args.size() > 2 && args.at(1) == QLatin1String("--measure-sync")) {
        QProcess sync;
        sync.start(QStringLiteral(MOTCUA_CLI),
            {QStringLiteral("--data"), args.at(2), QStringLiteral("sync"), QStringLiteral("--json")});
        if (!sync.waitForStarted(10000))
            die(QStringLiteral("cannot start motcua-cli"));
        const qint64 pid = sync.processId();
        QElapsedTimer clock;
        clock.start();
        double polled = 0;
        while (!sync.waitForFinished(10))
            polled = std::max(polled, vmHwmMb(pid));
        const QJsonObject figures{{QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0},
            {QStringLiteral("ru_maxrss_mb"), childrenMaxRssMb()}, {QStringLiteral("vmhwm_mb"), polled},
            {QStringLiteral("parent_mb"), vmHwmMb(QCoreApplication::applicationPid())},
            {QStringLiteral("report"), QJsonDocument::fromJson(sync.readAllStandardOutput()).object()}};
        syncOut() << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
        return sync.exitCode();
    }

    BenchServer server;
    BenchDesk desk(QStringLiteral("http://127.0.0.1:%1").arg(server.port()), server.issueCode());
    QElapsedTimer clock;
    clock.start();
    const ProgramRun written = runProgram(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--write-backlog"), desk.path(), QStringLiteral("--ops"), QString::number(spec.dossiers),
            QStringLiteral("--attachments"), QString::number(spec.attachments)});
    const qint64 ops = written.out.trimmed().toLongLong();
    if (written.exitCode != 0 || ops != spec.dossiers)
        die(QStringLiteral("the backlog was not written: ") + QString::fromUtf8(written.out + written.err));
    syncOut() << QStringLiteral("backlog: %1 ops, %2 scans, written in %3 s")
                     .arg(ops)
                     .arg(spec.attachments)
                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    // The sync runs under a fresh, small child of ours ("--measure-sync"), whose only child it is:
    // that child's RUSAGE_CHILDREN is the sync's own peak.
    const ProgramRun measured
        = runProgram(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-sync"), desk.path()});
    const QJsonObject figures = measured.json();
    const QJsonObject report = figures.value(QStringLiteral("report")).toObject();
    if (measured.exitCode != 0 || report.value(QStringLiteral("pending")).toInteger() != 0
        || !report.value(QStringLiteral("completed")).toBool())
        die(QStringLiteral("the sync did not complete: ") + QString::fromUtf8(measured.out + measured.err));
    const double seconds = figures.value(QStringLiteral("seconds")).toDouble();
    const double after = figures.value(QStringLiteral("ru_maxrss_mb")).toDouble();
    const double polled = figures.value(QStringLiteral("vmhwm_mb")).toDouble();
    const double before = figures.value(QStringLiteral("parent_mb")).toDouble();

    syncOut() << QStringLiteral("drained %1 ops (%2 applied, %3 changes pulled, %4 requests) in %5 s")
                     .arg(ops)
                     .arg(report.value(QStringLiteral("pushed")).toInteger())
                     .arg(report.value(QStringLiteral("pulled")).toInteger())
                     .arg(report.value(QStringLiteral("requests")).toInteger())
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
    syncOut() << QStringLiteral("client peak memory: ru_maxrss %1 MB (the measuring parent: %2 MB), "
                                "VmHWM polled %3 MB [goal: <= 150 MB]")
                     .arg(after, 0, 'f', 1)
                     .arg(before, 0, 'f', 1)
                     .arg(polled, 0, 'f', 1)
              << Qt::endl;
    const qint64 applied = server.stats().value(QStringLiteral("applied_ops")).toInteger();
    if (applied != ops)
        die(QStringLiteral("the server holds %1 applied ops, expected %2").arg(applied).arg(ops));
    syncOut() << QStringLiteral("server: %1 applied ops: exactly the backlog").arg(applied) << Qt::endl;
    return after <= 150.0 ? 0 : 1;
}
