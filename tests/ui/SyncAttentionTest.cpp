#include "UiProvinceServer.h"
#include "UiTestDesk.h"

#include "clerk/BundleDialog.h"
#include "clerk/ConflictsView.h"
#include "dossier/DossierDetailWidget.h"
#include "sync/SyncController.h"

#include "client/Enroller.h"
#include "store/DossierRepository.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableWidget>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

const QString kCommune = QStringLiteral("12345");

// A scan of 70 MB: more than the 64 MiB a sync can carry. Not all zeros, as a real PDF is not.
QString writeHugeScan(const QString &dir)
{
    const QString path = dir + QStringLiteral("/ho-so-70mb.pdf");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray block(1024 * 1024, '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 31 + 7) & 0xff);
    for (int mb = 0; mb < 70; ++mb) {
        block[0] = char(mb);
        REQUIRE(file.write(block) == block.size());
    }
    return path;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
};

CliRun runCli(const QString &dataDir, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MOTCUA_DATA"), dataDir);
    environment.insert(QStringLiteral("MOTCUA_OFFICER"), QStringLiteral("admin"));
    environment.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("admin-password"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MOTCUA_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("A dossier the server refused is never shown as synced: status bar, dossier, lists and CLI say so",
    "[ui][sync][server][attention]")
{
    ProvinceServer server;
    server.start();
    UiTestDesk desk({Role::Reception, Role::Handling});
    sync::EnrollOptions enroll;
    enroll.serverUrl = server.url();
    enroll.code = server.issueCode(kCommune);
    REQUIRE(sync::enrollDevice(desk.context->database(), enroll).ok());

    // The issue's case: a 70 MB PDF accepted by an older desk (or the CLI) and moved four times;
    // a normal dossier next to it syncs.
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.001193");
    request.applicantName = QStringLiteral("Lò Văn Pả");
    request.citizenId = QStringLiteral("011088001234");
    request.documents.append({QStringLiteral("Tờ khai"), DocumentKind::Original, 1, writeHugeScan(desk.dir.path())});
    auto huge = desk.session->dossiers().receive(request);
    REQUIRE(huge.ok());
    REQUIRE(desk.session->dossiers().move(huge->code, DossierStatus::InProcess).ok());
    REQUIRE(desk.session->dossiers()
                .move(huge->code, DossierStatus::SupplementRequested, QStringLiteral("Thiếu bản sao"))
                .ok());
    const Dossier fine = desk.receive(QStringLiteral("Hoàng Thị Lan"));

    MainWindow &window = desk.openWindow();
    const SyncSnapshot &snapshot = window.syncController()->snapshot();
    window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return snapshot.lastSuccessAt.isValid() && snapshot.phase == sync::SyncPhase::Waiting
                && snapshot.pendingOps == 0;
        },
        60000));
    // Records travel before scans: both records reach the server, the huge scan never can.
    CHECK(server.stats(kCommune).value(QStringLiteral("dossiers")).toInteger() == 2);

    // The status bar: not green, a count, and the last sync does not claim everything.
    REQUIRE(snapshot.attention.size() == 1);
    CHECK(snapshot.attention.first().code == huge->code);
    CHECK(snapshot.attention.first().reason == QStringLiteral("scan.too_large"));
    CHECK(snapshot.attention.first().totalOps() == 0);
    CHECK(snapshot.attention.first().refusedScans == 1);
    const QString link = desk.find<QLabel>(QStringLiteral("statusLink"))->text();
    CHECK_FALSE(link.contains(QStringLiteral("#1b5e20")));
    CHECK(link.contains(QStringLiteral("#b3261e")));
    auto *attention = desk.find<QLabel>(QStringLiteral("statusAttention"));
    CHECK(attention->isVisible());
    CHECK(attention->text().startsWith(QStringLiteral("1 dossier(s) did not reach the province")));
    CHECK(desk.find<QLabel>(QStringLiteral("statusLastSync"))->text().contains(QStringLiteral("not everything")));

    // The sync panel lists it with the reason in plain words (the limit) and what to do.
    window.showTab(MainWindow::SyncTab);
    auto *list = desk.find<QTableWidget>(QStringLiteral("syncAttentionList"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 0)->text() == huge->code);
    CHECK(list->item(0, 3)->text().contains(QStringLiteral("64 MiB")));
    CHECK_FALSE(list->item(0, 4)->text().isEmpty());
    // Fully synced otherwise: no "next attempt" countdown shown as if something failed.
    CHECK_FALSE(desk.find<QLabel>(QStringLiteral("syncSummary"))->text().contains(QStringLiteral("Next attempt")));

    // The dossier itself says it is not on the province server; the fine one does not.
    window.showTab(MainWindow::DossiersTab);
    window.detail()->showDossier(huge->code);
    auto *notice = desk.find<QLabel>(QStringLiteral("dossierSyncNotice"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("A scan did not reach the province server")));
    CHECK(notice->text().contains(QStringLiteral("64 MiB")));
    window.detail()->showDossier(fine.code);
    CHECK_FALSE(notice->isVisible());

    // The conflicts window and the USB dialog tell the same truth.
    clerk::ConflictsView conflicts(desk.context->database(), desk.session->officer());
    const QString header = conflicts.findChild<QLabel *>(QStringLiteral("conflictHeader"))->text();
    CHECK_FALSE(header.contains(QStringLiteral("every change has reached the server")));
    auto *conflictsList = conflicts.findChild<QTableWidget *>(QStringLiteral("syncAttentionList"));
    REQUIRE(conflictsList != nullptr);
    CHECK(conflictsList->rowCount() == 1);
    clerk::BundleDialog bundle(desk.context->database(), desk.session->officer());
    CHECK(bundle.findChild<QLabel *>(QStringLiteral("bundlePending"))
              ->text()
              .contains(QStringLiteral("did not reach the province")));

    // The CLI: `status` says so, `sync` exits non-zero while anything stands refused.
    const CliRun status = runCli(desk.dir.path(), {QStringLiteral("status"), QStringLiteral("--offline")});
    INFO(status.out.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("needs attention: 1 dossier(s)")));
    CHECK(status.out.contains(huge->code));
    const CliRun synced = runCli(desk.dir.path(), {QStringLiteral("sync")});
    INFO(synced.out.toStdString());
    CHECK(synced.exitCode == 3);
    CHECK(synced.out.contains(QStringLiteral("needs attention")));
}
