// bench_store_scale [DOSSIERS]: builds a store of DOSSIERS (default 1,000,000) dossiers in bulk,
// then measures what the desk does on it every minute: search by applicant name, by citizen ID,
// the first page of the queue by due date, and `motcua-cli dossier list --json` streaming the
// whole register (peak memory of that process).

#include "BenchData.h"
#include "BenchSupport.h"

#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>

using namespace motcua;
using namespace motcua::bench;

namespace {

QTextStream out(stdout);

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Runs motcua-cli dossier list --json, counting its output; returns the child's peak RSS in MB.
// Must run in a small process: a child's ru_maxrss includes what it inherited at fork.
double listPeakMemoryMb(const QString &dataDir, qint64 *bytes, double *seconds)
{
    QProcess cli;
    cli.setProgram(QStringLiteral(MOTCUA_CLI));
    cli.setArguments({QStringLiteral("--data"), dataDir, QStringLiteral("dossier"), QStringLiteral("list"),
        QStringLiteral("--json")});
    qint64 total = 0;
    QObject::connect(&cli, &QProcess::readyReadStandardOutput, [&] { total += cli.readAllStandardOutput().size(); });
    QElapsedTimer timer;
    timer.start();
    cli.start();
    cli.waitForStarted();
    while (cli.state() != QProcess::NotRunning)
        cli.waitForReadyRead(1000);
    total += cli.readAllStandardOutput().size();
    *seconds = elapsedMs(timer) / 1000.0;
    *bytes = total;
    struct rusage usage
    {
    };
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

// "--measure-list DIR": the small process that runs motcua-cli and reports what it used.
int measureList(const QString &dataDir)
{
    qint64 bytes = 0;
    double seconds = 0;
    const double peak = listPeakMemoryMb(dataDir, &bytes, &seconds);
    out << QStringLiteral("motcua-cli dossier list --json: %1 MB of JSON in %2 s, peak memory %3 MB [goal: <= 100 MB]")
               .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
               .arg(seconds, 0, 'f', 1)
               .arg(peak, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--measure-list")
        return measureList(QString::fromLocal8Bit(argv[2]));
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000000;
    const int batchSize = 20000;
    QTemporaryDir dir;
    // MOTCUA_BENCH_KEEP=1 keeps the store for a closer look.
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("MOTCUA_BENCH_KEEP"));
    auto opened = Database::open(dir.path());
    if (!opened) {
        out << "cannot open store: " << opened.error().message << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    if (auto imported = ProcedureRepository(db).importCatalog(BenchData::catalog()); !imported) {
        out << "cannot import catalog: " << imported.error().message << Qt::endl;
        return 1;
    }
    WorkCalendar calendar;
    DossierRepository dossiers(db, calendar, QStringLiteral("bench"));
    BenchData data;

    if (!dir.autoRemove())
        out << "store kept in " << dir.path() << Qt::endl;
    out << "Store of " << total << " dossiers (each with one document, one event, one outbox op)" << Qt::endl;
    double buildMs = 0;
    for (int done = 0; done < total;) {
        QList<ReceiveRequest> batch;
        const int count = qMin(batchSize, total - done);
        batch.reserve(count);
        for (int i = 0; i < count; ++i)
            batch.append(data.receiveRequest());
        QElapsedTimer timer;
        timer.start();
        if (auto status = dossiers.receiveMany(batch); !status) {
            out << "bulk receive failed: " << status.error().message << Qt::endl;
            return 1;
        }
        buildMs += elapsedMs(timer);
        done += count;
    }
    out << QStringLiteral("bulk build: %1 dossiers/s (%2 s for %3) [goal: >= 20000 dossiers/s]")
               .arg(static_cast<qint64>(total / (buildMs / 1000.0)))
               .arg(buildMs / 1000.0, 0, 'f', 1)
               .arg(total)
        << Qt::endl;

    // Most of a real register is history: 80% returned, the rest still open.
    {
        QSqlQuery history(db.connection());
        history.exec(QStringLiteral("UPDATE dossiers SET status = 'returned', done_at = received_at, "
                                    "returned_at = received_at WHERE local_id % 5 <> 0"));
        QSqlQuery analyze(db.connection());
        analyze.exec(QStringLiteral("ANALYZE"));
    }

    std::vector<double> samples;
    for (int i = 0; i < 1000; ++i) {
        DossierFilter filter;
        filter.applicant = data.nameQuery();
        filter.orderBy = DossierFilter::Order::NewestFirst;
        filter.limit = 50;
        int rows = 0;
        QElapsedTimer timer;
        timer.start();
        (void)dossiers.forEach(filter, [&](const Dossier &) { return ++rows, true; });
        samples.push_back(elapsedMs(timer));
    }
    printPercentiles(QStringLiteral("search by applicant name (first 50)"), percentiles(samples), samples.size(),
        QStringLiteral("p95 <= 10 ms"));

    samples.clear();
    for (int i = 0; i < 1000; ++i) {
        DossierFilter filter;
        filter.citizenId = data.citizenId();
        int rows = 0;
        QElapsedTimer timer;
        timer.start();
        (void)dossiers.forEach(filter, [&](const Dossier &) { return ++rows, true; });
        samples.push_back(elapsedMs(timer));
    }
    printPercentiles(
        QStringLiteral("search by citizen ID"), percentiles(samples), samples.size(), QStringLiteral("p95 <= 10 ms"));

    samples.clear();
    for (int i = 0; i < 200; ++i) {
        DossierFilter filter;
        filter.onlyOpen = true;
        filter.orderBy = DossierFilter::Order::DueDate;
        filter.limit = 50;
        int rows = 0;
        QElapsedTimer timer;
        timer.start();
        (void)dossiers.forEach(filter, [&](const Dossier &) { return ++rows, true; });
        samples.push_back(elapsedMs(timer));
    }
    printPercentiles(QStringLiteral("queue: first page (50) of open dossiers by due date"), percentiles(samples),
        samples.size(), QStringLiteral("<= 50 ms"));

    out.flush();
    return QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-list"), dir.path()});
}
