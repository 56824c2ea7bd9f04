// bench_app_startup [DOSSIERS] [RUNS]: the desk's startup on a store of DOSSIERS (default 100,000)
// dossiers: open the store, build the session and the main window, show it on the dossier queue
// and wait for the queue's first page. Several runs on the same store; prints the median and p95.
// Offscreen unless QT_QPA_PLATFORM says otherwise. The officer's password check (argon2id, made
// slow on purpose) is measured on its own line: it is the login, not the window.

#include "BenchData.h"
#include "BenchSupport.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/MainWindow.h"
#include "queue/DossierQueueModel.h"
#include "queue/DossierQueueWidget.h"

#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/OfficerRepository.h"
#include "store/ProcedureRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace motcua;
using namespace motcua::bench;

namespace {

QTextStream out(stdout);

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

const QString kPassword = QStringLiteral("bench-password");

bool buildStore(const QString &dir, int total)
{
    auto opened = Database::open(dir);
    if (!opened) {
        out << "cannot open store: " << opened.error().message << Qt::endl;
        return false;
    }
    Database &db = **opened;
    if (auto imported = ProcedureRepository(db).importCatalog(BenchData::catalog()); !imported) {
        out << "cannot import catalog: " << imported.error().message << Qt::endl;
        return false;
    }
    OfficerRepository officers(db);
    if (auto admin = officers.createAdministrator(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kPassword);
        !admin) {
        out << "cannot create the administrator: " << admin.error().message << Qt::endl;
        return false;
    }
    Officer officer;
    officer.username = QStringLiteral("canbo");
    officer.fullName = QStringLiteral("Lò Thị Cán Bộ");
    officer.roles = {Role::Reception, Role::Handling};
    if (auto added = officers.add(officer, kPassword); !added) {
        out << "cannot add the officer: " << added.error().message << Qt::endl;
        return false;
    }
    WorkCalendar calendar;
    DossierRepository dossiers(db, calendar, QStringLiteral("bench"));
    BenchData data;
    for (int done = 0; done < total;) {
        QList<ReceiveRequest> batch;
        const int count = qMin(20000, total - done);
        for (int i = 0; i < count; ++i)
            batch.append(data.receiveRequest());
        if (auto status = dossiers.receiveMany(batch); !status) {
            out << "bulk receive failed: " << status.error().message << Qt::endl;
            return false;
        }
        done += count;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the window's QSettings stay out of the user's
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCuaBench"));
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 9;
    QTemporaryDir dir;
    out << "Desk startup on a store of " << total << " dossiers, " << runs << " runs" << Qt::endl;
    QElapsedTimer build;
    build.start();
    if (!buildStore(dir.path(), total))
        return 1;
    out << QStringLiteral("store built in %1 s").arg(elapsedMs(build) / 1000.0, 0, 'f', 1) << Qt::endl;

    std::vector<double> startup;
    std::vector<double> login;
    qint64 firstPageRows = 0;
    qint64 queueTotal = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto context = desktop::DeskContext::open(dir.path());
        if (!context) {
            out << "cannot open the desk: " << context.error().message << Qt::endl;
            return 1;
        }
        const double openedMs = elapsedMs(timer);
        QElapsedTimer loginTimer;
        loginTimer.start();
        auto officer = (*context)->officers().authenticate(QStringLiteral("canbo"), kPassword);
        login.push_back(elapsedMs(loginTimer));
        if (!officer) {
            out << "cannot log in: " << officer.error().message << Qt::endl;
            return 1;
        }
        timer.restart();
        {
            desktop::DeskSession session(**context, officer.value());
            desktop::MainWindow window(**context, session);
            window.resize(1366, 768);
            window.showTab(desktop::MainWindow::DossiersTab);
            window.show();
            QApplication::processEvents(); // first paint
            firstPageRows = window.queue()->model()->rowCount();
            queueTotal = window.queue()->model()->totalCount();
            startup.push_back(openedMs + elapsedMs(timer));
        }
        QApplication::processEvents();
    }
    out << QStringLiteral("queue: first page %1 rows of %2 open dossiers").arg(firstPageRows).arg(queueTotal)
        << Qt::endl;
    printPercentiles(QStringLiteral("startup to a usable main window (store open, window built and shown, first "
                                    "queue page)"),
        percentiles(startup), startup.size(), QStringLiteral("<= 1000 ms"));
    printPercentiles(QStringLiteral("login password check (argon2id, separate)"), percentiles(login), login.size());
    return firstPageRows > 0 ? 0 : 1;
}
