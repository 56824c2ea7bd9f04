// The conflict flow across two desks of one commune, through the real motcua-server: a dossier
// moved on both desks before they synced is a conflict that the second desk shows where the
// officer works (status bar, queue, dossier); the clerk resolves it in the conflicts window under
// the lifecycle's rules; afterwards both desks hold the same status and the same timeline.
#include "UiProvinceServer.h"
#include "UiTestDesk.h"

#include "clerk/ConflictsView.h"
#include "dossier/DossierDetailWidget.h"
#include "queue/DossierQueueModel.h"
#include "queue/DossierQueueWidget.h"
#include "sync/SyncController.h"

#include "client/Enroller.h"
#include "store/Conflicts.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

const QString kCommune = QStringLiteral("12345");

void enroll(UiTestDesk &desk, ProvinceServer &server)
{
    sync::EnrollOptions enroll;
    enroll.serverUrl = server.url();
    enroll.code = server.issueCode(kCommune);
    REQUIRE(sync::enrollDevice(desk.context->database(), enroll).ok());
}

// "Sync now" in the desk's window, until the cycle it started has ended.
void syncNow(UiTestDesk &desk)
{
    MainWindow &window = *desk.window;
    const SyncSnapshot &snapshot = window.syncController()->snapshot();
    // The last success is kept to the second: a cycle that ends within the same second as the
    // one before would look like no cycle at all.
    if (snapshot.lastSuccessAt.isValid() && snapshot.lastSuccessAt.secsTo(QDateTime::currentDateTime()) < 2)
        QTest::qWait(1100);
    const QDateTime before = snapshot.lastSuccessAt;
    window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    INFO("sync: " << snapshot.lastError.toStdString() << " phase " << int(snapshot.phase) << " last "
                  << snapshot.lastSuccessAt.toString(Qt::ISODateWithMs).toStdString());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return snapshot.lastSuccessAt.isValid() && snapshot.lastSuccessAt != before
                && snapshot.phase == sync::SyncPhase::Waiting;
        },
        60000));
}

// The dossier's timeline as this desk holds it: every event, in order, with what makes it one.
QStringList timeline(UiTestDesk &desk, const Dossier &dossier)
{
    QSqlQuery query(desk.context->database().connection());
    query.prepare(QStringLiteral("SELECT id, action, coalesce(from_status, ''), to_status, note FROM dossier_events "
                                 "WHERE dossier_id = ? ORDER BY at, id"));
    query.addBindValue(dossier.id.toString(QUuid::WithoutBraces));
    REQUIRE(query.exec());
    QStringList events;
    while (query.next()) {
        events << QStringLiteral("%1 %2 %3>%4 %5")
                      .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString());
    }
    return events;
}

QString statusOf(UiTestDesk &desk, const Dossier &dossier)
{
    QSqlQuery query(desk.context->database().connection());
    query.prepare(QStringLiteral("SELECT status FROM dossiers WHERE id = ?"));
    query.addBindValue(dossier.id.toString(QUuid::WithoutBraces));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

int queueRowOf(DossierQueueModel &model, const Dossier &dossier)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Qt::DisplayRole).toString() == dossier.code)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("A conflict between two desks is shown where the officer works and, once resolved, both desks agree",
    "[ui][sync][server][conflicts]")
{
    ProvinceServer server;
    server.start();
    UiTestDesk first({Role::Reception, Role::Handling});
    UiTestDesk second({Role::Reception, Role::Handling, Role::Clerk});
    enroll(first, server);
    enroll(second, server);
    first.openWindow();
    MainWindow &window = second.openWindow();

    const Dossier dossier = first.receive(QStringLiteral("Đỗ Văn Hùng"));
    syncNow(first);
    syncNow(second);
    REQUIRE(statusOf(second, dossier) == QStringLiteral("received"));

    // Both desks move it before either syncs again: the first takes it in hand, the second asks
    // the citizen for a missing paper (which pauses the legal clock).
    REQUIRE(first.session->dossiers().move(dossier.code, DossierStatus::InProcess).ok());
    REQUIRE(second.session->dossiers()
                .move(dossier.code, DossierStatus::SupplementRequested, QStringLiteral("Thiếu bản sao"))
                .ok());
    syncNow(first);
    syncNow(second);
    REQUIRE(Conflicts(second.context->database()).openCount().value() == 1);

    // Where the officer works: the status bar (not green, a count), the queue row, the dossier.
    const SyncSnapshot &snapshot = window.syncController()->snapshot();
    CHECK(snapshot.openConflicts == 1);
    auto *attention = second.find<QLabel>(QStringLiteral("statusAttention"));
    CHECK(attention->isVisible());
    CHECK(attention->text().contains(QStringLiteral("1 sync conflict")));
    CHECK_FALSE(second.find<QLabel>(QStringLiteral("statusLink"))->text().contains(QStringLiteral("#1b5e20")));
    window.showTab(MainWindow::DossiersTab);
    DossierQueueModel &model = *window.queue()->model();
    const int row = queueRowOf(model, dossier);
    REQUIRE(row >= 0);
    CHECK(model.syncMark(row).contains(QStringLiteral("Sync conflict")));
    window.detail()->showDossier(dossier.code);
    auto *notice = second.find<QLabel>(QStringLiteral("dossierSyncNotice"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("Sync conflict")));

    // The clerk keeps this desk's request for a supplement: a move the lifecycle allows from the
    // server's "in process".
    clerk::ConflictsView conflicts(second.context->database(), second.session->officer());
    conflicts.show();
    REQUIRE(conflicts.conflictCount() == 1);
    auto *status = conflicts.findChild<QComboBox *>(QStringLiteral("conflictChoice_status"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("mine")));
    // The pauses follow the status (one legal clock), so the resolution is one the rules accept.
    auto *pauses = conflicts.findChild<QComboBox *>(QStringLiteral("conflictChoice_pauses"));
    REQUIRE(pauses);
    CHECK(pauses->currentData().toString() == QStringLiteral("mine"));
    const bool resolved = conflicts.resolveSelected();
    INFO(conflicts.findChild<QLabel *>(QStringLiteral("conflictsMessage"))->text().toStdString());
    REQUIRE(resolved);
    CHECK(conflicts.conflictCount() == 0);

    syncNow(second);
    syncNow(first);
    CHECK(window.syncController()->snapshot().openConflicts == 0);
    CHECK(window.syncController()->snapshot().attention.isEmpty());
    CHECK_FALSE(attention->isVisible());
    window.detail()->showDossier(dossier.code);
    CHECK_FALSE(notice->isVisible());
    CHECK(model.syncMark(queueRowOf(model, dossier)).isEmpty());

    // Both desks end with the same status and the same timeline: receipt, the first desk's
    // "in process", and the resolution that asked for the supplement, each once.
    CHECK(statusOf(first, dossier) == QStringLiteral("supplement_requested"));
    CHECK(statusOf(second, dossier) == QStringLiteral("supplement_requested"));
    const QStringList onFirst = timeline(first, dossier);
    const QStringList onSecond = timeline(second, dossier);
    INFO("first: " << onFirst.join(QStringLiteral(" | ")).toStdString());
    INFO("second: " << onSecond.join(QStringLiteral(" | ")).toStdString());
    CHECK(onFirst == onSecond);
    CHECK(onFirst.size() >= 3);
    CHECK(onFirst.filter(QStringLiteral(">in_process")).size() == 1);
    CHECK(onFirst.filter(QStringLiteral("resolve_conflict")).size() == 1);
}
