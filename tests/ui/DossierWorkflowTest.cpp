#include "UiTestDesk.h"

#include "dossier/DossierDetailWidget.h"
#include "queue/DossierQueueModel.h"
#include "queue/DossierQueueWidget.h"

#include "domain/Permissions.h"
#include "store/AuthorizedDossiers.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"
#include "store/ScanUploads.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

void press(DossierDetailWidget *detail, DossierStatus to)
{
    QPushButton *button = detail->moveButton(to);
    REQUIRE(button != nullptr);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("A dossier goes through supplement, processing, done and returned from its buttons", "[ui][dossier]")
{
    UiTestDesk desk({Role::Reception, Role::Handling});
    const Dossier dossier = desk.receive();
    MainWindow &window = desk.openWindow();
    window.showTab(MainWindow::DossiersTab);
    window.queue()->reload();
    DossierDetailWidget *detail = window.detail();
    // Selecting the queue's first row shows the dossier.
    window.queue()->view()->selectRow(0);
    REQUIRE(detail->dossier().has_value());
    REQUIRE(detail->dossier()->id == dossier.id);

    QList<DossierStatus> asked;
    detail->setNoteProvider([&asked](DossierStatus to) -> std::optional<QString> {
        asked.append(to);
        return QStringLiteral("Thiếu giấy chứng sinh bản chính");
    });
    CHECK_FALSE(detail->moveButton(DossierStatus::Done)->isVisible()); // not from "received"
    press(detail, DossierStatus::SupplementRequested);
    CHECK(detail->dossier()->status == DossierStatus::SupplementRequested);
    CHECK(detail->dossier()->isPaused());
    CHECK(asked == QList<DossierStatus>{DossierStatus::SupplementRequested});
    press(detail, DossierStatus::InProcess);
    CHECK(detail->dossier()->status == DossierStatus::InProcess);
    CHECK_FALSE(detail->dossier()->isPaused());
    press(detail, DossierStatus::Done);
    CHECK(detail->dossier()->status == DossierStatus::Done);
    press(detail, DossierStatus::Returned);
    CHECK(detail->dossier()->status == DossierStatus::Returned);
    for (DossierStatus status : allStatuses()) {
        if (QPushButton *button = detail->moveButton(status))
            CHECK_FALSE(button->isVisible()); // returned is final
    }

    auto stored = desk.session->dossiers().find(dossier.code);
    REQUIRE(stored.ok());
    CHECK(stored->status == DossierStatus::Returned);
    CHECK(stored->returnedAt.isValid());
    auto events = desk.session->dossiers().events(dossier.id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 5);
    CHECK(events->at(1).note == QStringLiteral("Thiếu giấy chứng sinh bản chính"));
    for (const DossierEvent &event : events.value())
        CHECK(event.actor.contains(QStringLiteral("canbo")));
    auto pending = Outbox(desk.context->database()).count();
    REQUIRE(pending.ok());
    CHECK(pending.value() == 5);
    // The queue followed: the "open" tab no longer lists it.
    CHECK(window.queue()->model()->totalCount() == 0);
}

TEST_CASE("An officer without the right sees no usable button and the core refuses", "[ui][permissions]")
{
    UiTestDesk desk({Role::Reception});
    const Dossier dossier = desk.receive();
    MainWindow &window = desk.openWindow();
    DossierDetailWidget *detail = window.detail();
    detail->showDossier(dossier.code);
    REQUIRE(detail->dossier().has_value());

    // Reception may not hand over, ask for a supplement or refuse: shown (lawful) but disabled.
    for (DossierStatus to : {DossierStatus::InProcess, DossierStatus::SupplementRequested, DossierStatus::Refused}) {
        QPushButton *button = detail->moveButton(to);
        REQUIRE(button != nullptr);
        CHECK_FALSE(button->isEnabled());
        CHECK_FALSE(button->toolTip().isEmpty());
        // And the core says no, writing nothing.
        auto moved = desk.session->authorized().move(dossier.code, to, QStringLiteral("lý do"));
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().code == QStringLiteral("permission.denied"));
    }
    // Withdrawal at the citizen's request is reception's to record.
    CHECK(detail->moveButton(DossierStatus::Withdrawn)->isEnabled());
    CHECK_FALSE(detail->moveTo(DossierStatus::InProcess));
    CHECK(desk.session->dossiers().find(dossier.code)->status == DossierStatus::Received);
    CHECK(Outbox(desk.context->database()).count().value() == 1);
}

TEST_CASE("A handling officer cannot receive a dossier: no intake, and the core refuses", "[ui][permissions]")
{
    UiTestDesk desk({Role::Handling});
    MainWindow &window = desk.openWindow();
    auto *intake = window.findChild<QAction *>(QStringLiteral("actionNewDossier"));
    REQUIRE(intake != nullptr);
    CHECK_FALSE(intake->isEnabled());
    CHECK(window.newDossier() == nullptr);

    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.001193");
    request.applicantName = QStringLiteral("Lò Văn Pả");
    request.citizenId = QStringLiteral("011088001234");
    auto received = desk.session->authorized().receive(request);
    REQUIRE_FALSE(received.ok());
    CHECK(received.error().code == QStringLiteral("permission.denied"));
    CHECK(desk.session->dossiers().count({}).value() == 0);
}

TEST_CASE("A document whose scan is still on its way from another desk shows as pending", "[ui][dossier][sync]")
{
    UiTestDesk desk({Role::Reception, Role::Handling});
    const Dossier dossier = desk.receive();
    // What a pull leaves when the record names a scan the server does not hold yet (RemoteChanges).
    QSqlQuery query(desk.context->database().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE dossier_documents SET pending_sha256 = "
                                      "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'")));
    MainWindow &window = desk.openWindow();
    window.showTab(MainWindow::DossiersTab);
    window.queue()->reload();
    window.queue()->view()->selectRow(0);
    DossierDetailWidget *detail = window.detail();
    REQUIRE(detail->dossier().has_value());
    REQUIRE(detail->dossier()->id == dossier.id);
    CHECK(detail->dossier()->documents.first().isScanPending());
    auto *documents = desk.find<QTreeWidget>(QStringLiteral("dossierDocuments"));
    REQUIRE(documents != nullptr);
    REQUIRE(documents->topLevelItemCount() == 1);
    CHECK(documents->topLevelItem(0)->text(3) == DossierDetailWidget::tr("pending"));
    CHECK_FALSE(documents->topLevelItem(0)->toolTip(3).isEmpty());
}

TEST_CASE("A scan of this desk that has not reached the province shows how far its upload is", "[ui][dossier][sync]")
{
    UiTestDesk desk({Role::Reception, Role::Handling});
    const QString scanFile = desk.dir.path() + QStringLiteral("/to-khai.pdf");
    {
        QFile file(scanFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(40000, 'x'));
    }
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.001193");
    request.applicantName = QStringLiteral("Lò Văn Pả");
    request.citizenId = QStringLiteral("011088001234");
    request.documents.append({QStringLiteral("Tờ khai"), DocumentKind::Original, 1, scanFile});
    Officer clerk = desk.session->officer();
    clerk.roles = {Role::Reception};
    AuthorizedDossiers dossiers(desk.session->dossiers(), clerk);
    auto received = dossiers.receive(request);
    REQUIRE(received.ok());
    const QString sha = received.value().documents.first().attachmentSha256;
    REQUIRE_FALSE(sha.isEmpty());

    MainWindow &window = desk.openWindow();
    window.showTab(MainWindow::DossiersTab);
    auto *documents = desk.find<QTreeWidget>(QStringLiteral("dossierDocuments"));
    const auto scanColumn = [&] {
        window.queue()->reload();
        window.queue()->view()->selectRow(0);
        REQUIRE(window.detail()->dossier().has_value());
        REQUIRE(documents->topLevelItemCount() == 1);
        return documents->topLevelItem(0)->text(3);
    };
    // Its record still in the outbox: the scan has not started.
    CHECK(scanColumn() == DossierDetailWidget::tr("not sent yet"));
    CHECK(documents->topLevelItem(0)->toolTip(3).contains(QLocale().formattedDataSize(40000)));

    // The record is on the server, which asked for the scan; a quarter of it has been taken.
    ScanUploads uploads(desk.context->database());
    REQUIRE(uploads.enqueue({sha}).ok());
    QSqlQuery query(desk.context->database().connection());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM outbox")));
    REQUIRE(uploads.setOffset(sha, 10000).ok());
    CHECK(scanColumn() == DossierDetailWidget::tr("sending, %1 %").arg(25));

    // Complete on the server: an ordinary scan again.
    REQUIRE(uploads.complete(sha).ok());
    CHECK(scanColumn() == DossierDetailWidget::tr("yes"));
}
