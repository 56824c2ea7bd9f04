// bench_encryption [DOSSIERS]: the cost of the vault (docs/encryption.md), encryption off and on
// side by side in one run on the same machine: durable receipt median, name search p95 and
// catalog search p95 on a store of DOSSIERS dossiers (default 100,000), and the time to open the
// store and read its first page of the queue (what the desk's startup does with the store).
// Prints both figures and their ratio.

#include "BenchData.h"
#include "BenchSupport.h"

#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierQueries.h"
#include "store/DossierRepository.h"
#include "store/ProcedureRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace motcua;
using namespace motcua::bench;

namespace {

struct Figures
{
    double receiveMedian = 0;
    double nameP95 = 0;
    double catalogP95 = 0;
    double openMs = 0;
};

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

std::optional<Figures> measure(bool encrypted, int dossierCount, QTextStream &out)
{
    QTemporaryDir dir;
    if (encrypted && !vault::Vault::createFresh(dir.path())) {
        out << "cannot create the keys" << Qt::endl;
        return std::nullopt;
    }
    Figures figures;
    {
        auto opened = Database::open(dir.path());
        if (!opened) {
            out << "cannot open store: " << opened.error().message << Qt::endl;
            return std::nullopt;
        }
        Database &db = **opened;
        ProcedureRepository procedures(db);
        if (auto imported = procedures.importCatalog(BenchData::catalog()); !imported) {
            out << "cannot import catalog: " << imported.error().message << Qt::endl;
            return std::nullopt;
        }
        WorkCalendar calendar;
        DossierRepository dossiers(db, calendar, QStringLiteral("bench"));
        BenchData data;
        for (int done = 0; done < dossierCount; done += 10000) {
            QList<ReceiveRequest> batch;
            for (int i = 0; i < std::min(10000, dossierCount - done); ++i)
                batch.append(data.receiveRequest());
            if (auto status = dossiers.receiveMany(batch); !status) {
                out << "cannot prepare the store: " << status.error().message << Qt::endl;
                return std::nullopt;
            }
        }
        QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));

        std::vector<double> samples;
        for (int i = 0; i < 200; ++i) {
            const ReceiveRequest request = data.receiveRequest();
            QElapsedTimer timer;
            timer.start();
            if (!dossiers.receive(request)) {
                out << "receive failed" << Qt::endl;
                return std::nullopt;
            }
            samples.push_back(ms(timer));
        }
        figures.receiveMedian = percentiles(samples).median;

        samples.clear();
        for (int i = 0; i < 500; ++i) {
            DossierFilter filter;
            filter.applicant = data.nameQuery();
            filter.orderBy = DossierFilter::Order::NewestFirst;
            filter.limit = 50;
            int rows = 0;
            QElapsedTimer timer;
            timer.start();
            (void)dossiers.forEach(filter, [&](const Dossier &) { return ++rows, true; });
            samples.push_back(ms(timer));
        }
        figures.nameP95 = percentiles(samples).p95;

        samples.clear();
        const QStringList queries
            = {QStringLiteral("khai sinh"), QStringLiteral("ket hon"), QStringLiteral("chung thuc"),
                QStringLiteral("tam tru"), QStringLiteral("dat dai"), QStringLiteral("giam ho")};
        for (int i = 0; i < 600; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)procedures.search(queries.at(i % queries.size()));
            samples.push_back(ms(timer));
        }
        figures.catalogP95 = percentiles(samples).p95;
    }
    // Reopen cold (a new connection, an empty page cache) and read the first page of the queue.
    QElapsedTimer timer;
    timer.start();
    auto reopened = Database::open(dir.path());
    if (!reopened)
        return std::nullopt;
    WorkCalendar calendar;
    DossierRepository dossiers(**reopened, calendar, QStringLiteral("bench"));
    DossierFilter filter;
    filter.limit = 50;
    int rows = 0;
    (void)dossiers.forEach(filter, [&](const Dossier &) { return ++rows, true; });
    figures.openMs = ms(timer);
    return figures;
}

void row(QTextStream &out, const QString &name, double off, double on)
{
    out << name.leftJustified(44) << QString::number(off, 'f', 3).rightJustified(10)
        << QString::number(on, 'f', 3).rightJustified(10)
        << QString::number(off > 0 ? on / off : 0, 'f', 2).rightJustified(8) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const auto off = measure(false, count, out);
    const auto on = measure(true, count, out);
    if (!off || !on)
        return 1;
    out << "encryption off vs on, " << count << " dossiers (ms)" << Qt::endl;
    out << QStringLiteral("").leftJustified(44) << QStringLiteral("off").rightJustified(10)
        << QStringLiteral("on").rightJustified(10) << QStringLiteral("on/off").rightJustified(8) << Qt::endl;
    row(out, QStringLiteral("durable receive, median"), off->receiveMedian, on->receiveMedian);
    row(out, QStringLiteral("search by applicant name (first 50), p95"), off->nameP95, on->nameP95);
    row(out, QStringLiteral("catalog search, p95"), off->catalogP95, on->catalogP95);
    row(out, QStringLiteral("open store + first queue page (cold)"), off->openMs, on->openMs);
    return 0;
}
