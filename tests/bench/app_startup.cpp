// bench_app_startup [DOSSIERS] [RUNS]: the desk's startup on a store of DOSSIERS (default 100,000)
// dossiers: open the store, build the session and the main window, show it on the dossier queue
// and wait for the queue's first page. Side by side in one run, on a plain store and on an
// encrypted one (the vault, docs/encryption.md), runs alternating between the two so that the
// machine's drift falls on both; prints the median and p95 of each and their ratio.
// Offscreen unless QT_QPA_PLATFORM says otherwise. The officer's password checks (argon2id, made
// slow on purpose) are measured on their own lines: they are the login, not the window.

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
#include "vault/Vault.h"

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

bool buildStore(const QString &dir, int total, bool encrypted)
{
    if (encrypted && !vault::Vault::createFresh(dir)) {
        out << "cannot create the keys" << Qt::endl;
        return false;
    }
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

struct Mode
{
    QString name;
    bool encrypted = false;
    QTemporaryDir dir;
    std::vector<double> startup;
    std::vector<double> login;
    std::vector<double> unlock; // the vault's password check, encrypted folders only
    qint64 firstPageRows = 0;
    qint64 queueTotal = 0;
};

// One startup as the desk does it: for an encrypted folder the vault is locked as at launch and
// unlocked with the officer's password (the login screen), then the store opens and the window
// shows its first page.
bool runOnce(Mode &mode)
{
    if (mode.encrypted) {
        vault::Vault::lock(mode.dir.path());
        QElapsedTimer unlockTimer;
        unlockTimer.start();
        if (auto unlocked = vault::Vault::unlock(mode.dir.path(), QStringLiteral("canbo"), kPassword); !unlocked) {
            out << "cannot unlock the vault: " << unlocked.error().message << Qt::endl;
            return false;
        }
        mode.unlock.push_back(elapsedMs(unlockTimer));
    }
    QElapsedTimer timer;
    timer.start();
    auto context = desktop::DeskContext::open(mode.dir.path());
    if (!context) {
        out << "cannot open the desk: " << context.error().message << Qt::endl;
        return false;
    }
    const double openedMs = elapsedMs(timer);
    QElapsedTimer loginTimer;
    loginTimer.start();
    auto officer = (*context)->officers().authenticate(QStringLiteral("canbo"), kPassword);
    mode.login.push_back(elapsedMs(loginTimer));
    if (!officer) {
        out << "cannot log in: " << officer.error().message << Qt::endl;
        return false;
    }
    timer.restart();
    {
        desktop::DeskSession session(**context, officer.value());
        desktop::MainWindow window(**context, session);
        window.resize(1366, 768);
        window.showTab(desktop::MainWindow::DossiersTab);
        window.show();
        QApplication::processEvents(); // first paint
        mode.firstPageRows = window.queue()->model()->rowCount();
        mode.queueTotal = window.queue()->model()->totalCount();
        mode.startup.push_back(openedMs + elapsedMs(timer));
    }
    QApplication::processEvents();
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
    out << "Desk startup on a store of " << total << " dossiers, " << runs
        << " runs each, encryption off and on, alternating" << Qt::endl;

    Mode plain;
    plain.name = QStringLiteral("encryption off");
    Mode encrypted;
    encrypted.name = QStringLiteral("encryption on");
    encrypted.encrypted = true;
    for (Mode *mode : {&plain, &encrypted}) {
        QElapsedTimer build;
        build.start();
        if (!buildStore(mode->dir.path(), total, mode->encrypted))
            return 1;
        out << QStringLiteral("%1: store built in %2 s").arg(mode->name).arg(elapsedMs(build) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    for (int run = 0; run < runs; ++run) {
        for (Mode *mode : {&plain, &encrypted}) {
            if (!runOnce(*mode))
                return 1;
        }
    }

    for (Mode *mode : {&plain, &encrypted}) {
        out << QStringLiteral("%1 — queue: first page %2 rows of %3 open dossiers")
                   .arg(mode->name)
                   .arg(mode->firstPageRows)
                   .arg(mode->queueTotal)
            << Qt::endl;
        printPercentiles(QStringLiteral("%1: startup to a usable main window (store open, window built and shown, "
                                        "first queue page)")
                             .arg(mode->name),
            percentiles(mode->startup), mode->startup.size(), QStringLiteral("<= 1000 ms"));
        printPercentiles(QStringLiteral("%1: login password check (argon2id, separate)").arg(mode->name),
            percentiles(mode->login), mode->login.size());
    }
    printPercentiles(QStringLiteral("encryption on: unlocking the vault with the password (argon2id, separate)"),
        percentiles(encrypted.unlock), encrypted.unlock.size());
    const Percentiles off = percentiles(plain.startup);
    const Percentiles on = percentiles(encrypted.startup);
    out << QStringLiteral("startup on ÷ off: median %1, p95 %2 (goal: within 15 %, <= 1.15)")
               .arg(on.median / off.median, 0, 'f', 2)
               .arg(on.p95 / off.p95, 0, 'f', 2)
        << Qt::endl;
    return plain.firstPageRows > 0 && encrypted.firstPageRows > 0 ? 0 : 1;
}
