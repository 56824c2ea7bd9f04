// bench_durable_receive [COUNT]: one durable receive at the desk — the dossier, its document,
// its event and its outbox op committed with synchronous=FULL — timed COUNT times (default 500)
// on a store that already holds 10,000 dossiers.

#include "BenchData.h"
#include "BenchSupport.h"

#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace motcua;
using namespace motcua::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 500;
    QTemporaryDir dir;
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
    QList<ReceiveRequest> history;
    for (int i = 0; i < 10000; ++i)
        history.append(data.receiveRequest());
    if (auto status = dossiers.receiveMany(history); !status) {
        out << "cannot prepare the store: " << status.error().message << Qt::endl;
        return 1;
    }

    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const ReceiveRequest request = data.receiveRequest();
        QElapsedTimer timer;
        timer.start();
        const auto dossier = dossiers.receive(request);
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!dossier) {
            out << "receive failed: " << dossier.error().message << Qt::endl;
            return 1;
        }
    }
    printPercentiles(QStringLiteral("durable receive (dossier + document + event + outbox op, synchronous=FULL)"),
        percentiles(samples), samples.size(), QStringLiteral("faster than a person can notice (< 100 ms)"));
    return 0;
}
