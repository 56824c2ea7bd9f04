#include "UiProvinceServer.h"
#include "UiTestDesk.h"

#include "dossier/DossierDetailWidget.h"
#include "forms/Forms.h"
#include "print/FormRenderer.h"

#include "client/Enroller.h"
#include "client/SyncEngine.h"
#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

TEST_CASE("Form 04 moves the due date, writes its event, syncs, and shows in forms 05 and 06", "[ui][forms][server]")
{
    ProvinceServer server;
    server.start();
    UiTestDesk desk({Role::Leader});
    sync::EnrollOptions enroll;
    enroll.serverUrl = server.url();
    enroll.code = server.issueCode(QStringLiteral("12345"));
    REQUIRE(sync::enrollDevice(desk.context->database(), enroll).ok());
    const Dossier dossier = desk.receive();
    MainWindow &window = desk.openWindow();
    DossierDetailWidget *detail = window.detail();
    detail->showDossier(dossier.code);
    auto *button = desk.find<QPushButton>(QStringLiteral("apologyButton"));
    REQUIRE(button->isEnabled());

    const QDate oldDue = dossier.dueDate;
    const WorkCalendar &calendar = desk.context->calendar();
    const QDate newDue = calendar.addWorkingDays(std::max(oldDue, VietnamTime::now().date()), 3);
    const QString reason = QStringLiteral("Chờ xác minh của Công an huyện");
    std::optional<print::FormInput> shown;
    detail->setFormSink([&](const print::FormInput &form) { shown = form; });

    // A date before the old one is refused in words, and nothing changes.
    detail->setApologyProvider([&] { return std::optional<std::pair<QDate, QString>>({oldDue, reason}); });
    const qint64 opsBefore = Outbox(desk.context->database()).count().value();
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK_FALSE(shown.has_value());
    CHECK(desk.find<QLabel>(QStringLiteral("dossierMessage"))->text().contains(QStringLiteral("working day")));
    CHECK(desk.session->dossiers().find(dossier.code)->dueDate == oldDue);
    CHECK(Outbox(desk.context->database()).count().value() == opsBefore);

    // The right date: the dossier's due date moves, an event is written, an op waits for the province.
    detail->setApologyProvider([&] { return std::optional<std::pair<QDate, QString>>({newDue, reason}); });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(shown.has_value());
    // The officer is told, after the queue reloaded around the change.
    CHECK(desk.find<QLabel>(QStringLiteral("dossierMessage"))->text().contains(QStringLiteral("New date")));
    CHECK(shown->kind == print::FormKind::Apology04);
    CHECK(shown->newDueDate == newDue);
    CHECK(shown->dossier.dueDate == oldDue); // the form names the date that was missed
    const Dossier moved = desk.session->dossiers().find(dossier.code).value();
    CHECK(moved.dueDate == newDue);
    CHECK(moved.status == dossier.status);
    CHECK(detail->dossier()->dueDate == newDue);
    const QList<DossierEvent> events = desk.session->dossiers().events(dossier.id).value();
    REQUIRE(events.size() == 2);
    CHECK(events.last().action == QStringLiteral("apology"));
    CHECK(events.last().note.contains(reason));
    CHECK(events.last().note.contains(newDue.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(Outbox(desk.context->database()).count().value() == opsBefore + 1);
    const QString html04 = print::FormRenderer::html(*shown);
    CHECK(html04.contains(newDue.toString(QStringLiteral("dd"))));
    CHECK(html04.contains(reason));

    // Form 05 lists the step with its reason; form 06 has the new date and notes the apology.
    const print::FormInput control = Forms::input(*desk.session, moved, print::FormKind::ProcessControl05);
    const QString html05 = print::FormRenderer::html(control);
    CHECK(html05.contains(QStringLiteral("hẹn lại ngày trả kết quả (mẫu 04)")));
    CHECK(html05.contains(reason));
    const QDate today = VietnamTime::now().date();
    auto register06 = Forms::registerInput(*desk.session, today.addDays(-1), today);
    REQUIRE(register06.ok());
    const QString html06 = print::FormRenderer::html(*register06);
    CHECK(html06.contains(newDue.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(html06.contains(QStringLiteral("Hẹn lại ngày trả (mẫu 04)")));

    // It syncs: the server's record carries the new date.
    sync::SyncOptions options;
    options.dataDir = desk.dir.path();
    sync::SyncEngine engine(options);
    const sync::SyncReport report = engine.runCycle();
    INFO(report.error.message.toStdString());
    REQUIRE(report.completed);
    CHECK(report.rejected == 0);
    CHECK(Outbox(desk.context->database()).count().value() == 0);
    CHECK(server.stats(QStringLiteral("12345")).value(QStringLiteral("applied_ops")).toInteger() == 2);

    // Another desk of the commune receives the dossier with its new date.
    UiTestDesk other({Role::Handling});
    sync::EnrollOptions otherEnroll;
    otherEnroll.serverUrl = server.url();
    otherEnroll.code = server.issueCode(QStringLiteral("12345"));
    REQUIRE(sync::enrollDevice(other.context->database(), otherEnroll).ok());
    sync::SyncOptions otherOptions;
    otherOptions.dataDir = other.dir.path();
    sync::SyncEngine otherEngine(otherOptions);
    REQUIRE(otherEngine.runCycle().completed);
    auto pulled = other.session->dossiers().find(dossier.code);
    REQUIRE(pulled.ok());
    CHECK(pulled->dueDate == newDue);
}
