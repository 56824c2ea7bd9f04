#include "UiProvinceServer.h"
#include "UiTestDesk.h"

#include "intake/IntakeWizard.h"
#include "sync/SyncController.h"

#include "store/Database.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QtTest/QTest>

#include <functional>
#include <memory>

using namespace motcua;
using namespace motcua::desktop;

namespace {

const QString kCommune = QStringLiteral("12345");
constexpr int kSyncTimeoutMs = 20000; // generous: two cores shared with the other builds

// The faultproxy program between the desk and the server: every byte is delayed, so that a sync
// cycle lasts long enough for the officer to act in the middle of it.
class SlowLink final
{
public:
    SlowLink(quint16 targetPort, int latencyMs)
    {
        m_process.start(QStringLiteral(MOTCUA_FAULTPROXY),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--target"),
                QStringLiteral("127.0.0.1:%1").arg(targetPort), QStringLiteral("--latency-ms"),
                QString::number(latencyMs)});
        REQUIRE(m_process.waitForStarted(10000));
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        m_port = quint16(QString::fromUtf8(m_process.readLine()).trimmed().toUInt());
        REQUIRE(m_port != 0);
    }
    ~SlowLink()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    SlowLink(const SlowLink &) = delete;
    SlowLink &operator=(const SlowLink &) = delete;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QString labelText(UiTestDesk &desk, const char *name)
{
    return desk.find<QLabel>(QString::fromLatin1(name))->text();
}

void click(UiTestDesk &desk, const char *name)
{
    auto *button = desk.find<QAbstractButton>(QString::fromLatin1(name));
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
}

// Opens the enrollment dialog with the sync panel's button and fills it as an officer would:
// the server's address and the code. Returns what the dialog said when it did not close.
QString enrollThroughDialog(UiTestDesk &desk, const QString &serverUrl, const QString &code)
{
    bool seen = false;
    QString refusal;
    // The dialog runs its own modal loop: it is filled from inside it.
    QTimer::singleShot(0, [&] {
        QDialog *dialog = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QStringLiteral("enrollDialog") && top->isVisible())
                dialog = qobject_cast<QDialog *>(top);
        }
        if (!dialog)
            return;
        seen = true;
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("enrollServer"));
        auto *codeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("enrollCode"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!server || !codeEdit || !buttons) {
            refusal = QStringLiteral("the dialog lacks its fields");
            dialog->reject();
            return;
        }
        server->setText(serverUrl);
        // Typed as read over the phone: lower case and with a space.
        QTest::keyClicks(codeEdit, code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) {
            refusal = dialog->findChild<QLabel *>(QStringLiteral("enrollError"))->text();
            dialog->reject();
        }
    });
    click(desk, "enrollButton");
    REQUIRE(seen);
    return refusal;
}

// Receives one dossier through the intake wizard: procedure, applicant, the paper documents ticked.
Dossier receiveThroughWizard(UiTestDesk &desk, const QString &applicant)
{
    IntakeWizard *wizard = desk.window->newDossier();
    REQUIRE(wizard != nullptr);
    QTest::keyClicks(
        desk.find<QLineEdit>(QStringLiteral("intakeProcedureSearch")), QStringLiteral("dang ky khai sinh"));
    auto *list = desk.find<QListView>(QStringLiteral("intakeProcedureList"));
    REQUIRE(list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
    click(desk, "intakeNext");
    desk.find<QLineEdit>(QStringLiteral("intakeApplicantName"))->setText(applicant);
    desk.find<QLineEdit>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("011301004321"));
    click(desk, "intakeNext");
    REQUIRE(wizard->currentId() == IntakeWizard::DocumentsPageId);
    auto *table = desk.find<QTableWidget>(QStringLiteral("intakeDocuments"));
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 0)->setCheckState(Qt::Checked);
    click(desk, "intakeNext");
    REQUIRE(wizard->currentId() == IntakeWizard::ReviewPageId);
    click(desk, "intakeSave");
    REQUIRE(wizard->currentId() == IntakeWizard::ReceiptPageId);
    REQUIRE(wizard->savedDossier().has_value());
    const Dossier saved = *wizard->savedDossier();
    click(desk, "intakeFinish");
    return saved;
}

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, kSyncTimeoutMs);
}

} // namespace

TEST_CASE("The desk enrolls through its dialog, sends its dossiers with F5 and keeps them while the server is down",
    "[ui][sync][server]")
{
    ProvinceServer server;
    server.start();
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    const SyncSnapshot &snapshot = window.syncController()->snapshot();
    CHECK(labelText(desk, "statusLink").contains(QStringLiteral("Not enrolled")));

    // 1. A wrong code is refused in words and stores nothing; the right one enrolls the desk.
    window.findChild<QAction *>(QStringLiteral("actionShowSync"))->trigger();
    const QString refused = enrollThroughDialog(desk, server.url(), QStringLiteral("ABCD-EFGH-JKMN"));
    CHECK_FALSE(refused.isEmpty());
    CHECK_FALSE(snapshot.enrolled);
    CHECK(enrollThroughDialog(desk, server.url(), server.issueCode(kCommune)).isEmpty());
    CHECK(snapshot.enrolled);
    CHECK(labelText(desk, "syncSummary").contains(kCommune));
    // The panel's enrollment starts the background sync: its first cycle proves the link.
    REQUIRE(waitFor([&] { return labelText(desk, "statusLink").contains(QStringLiteral("Online")); }));
    REQUIRE(waitFor([&] { return snapshot.lastSuccessAt.isValid(); }));
    CHECK(labelText(desk, "statusLastSync").startsWith(QStringLiteral("Last sync")));

    // 2. A dossier received through the wizard goes out at once while the link is up (the save
    // wakes the background sync); F5 pressed meanwhile asks for nothing more than another cycle.
    receiveThroughWizard(desk, QStringLiteral("Lò Thị Mai"));
    window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    REQUIRE(waitFor([&] { return snapshot.pendingOps == 0 && snapshot.phase == sync::SyncPhase::Waiting; }));
    CHECK(labelText(desk, "statusPending").startsWith(QStringLiteral("0 ")));
    CHECK(labelText(desk, "statusLastSync").startsWith(QStringLiteral("Last sync")));
    CHECK(labelText(desk, "statusLink").contains(QStringLiteral("Online")));
    QJsonObject held = server.stats(kCommune);
    CHECK(held.value(QStringLiteral("dossiers")).toInteger() == 1);
    CHECK(held.value(QStringLiteral("applied_ops")).toInteger() >= 1);

    // 3. The server goes away: the next dossier waits, the desk says it is offline and why.
    const quint16 port = server.port();
    server.stop();
    desk.receive(QStringLiteral("Hoàng Thị Lan"));
    click(desk, "syncNowButton");
    REQUIRE(waitFor([&] { return labelText(desk, "statusLink").contains(QStringLiteral("Offline")); }));
    REQUIRE(waitFor([&] { return !labelText(desk, "syncError").isEmpty(); }));
    CHECK(labelText(desk, "statusPending").startsWith(QStringLiteral("1 ")));
    CHECK(snapshot.pendingOps == 1);
    INFO(labelText(desk, "syncError").toStdString());
    CHECK(labelText(desk, "syncError").contains(QStringLiteral("cannot be reached")));
    QSqlQuery local(desk.context->database().connection());
    REQUIRE(local.exec(QStringLiteral("SELECT count(*) FROM dossiers")));
    REQUIRE(local.next());
    CHECK(local.value(0).toInt() == 2); // both dossiers stay on the desk

    // 4. Back on the same folder and port: F5 sends what waited, and the error is gone.
    server.start(port);
    window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    REQUIRE(waitFor([&] {
        return snapshot.pendingOps == 0 && snapshot.lastError.isEmpty() && snapshot.phase == sync::SyncPhase::Waiting;
    }));
    CHECK(labelText(desk, "statusPending").startsWith(QStringLiteral("0 ")));
    CHECK(labelText(desk, "statusLink").contains(QStringLiteral("Online")));
    CHECK(labelText(desk, "syncError").isEmpty());
    held = server.stats(kCommune);
    CHECK(held.value(QStringLiteral("dossiers")).toInteger() == 2);
    CHECK(held.value(QStringLiteral("applied_ops")).toInteger() >= 2);
}

TEST_CASE(
    "A revoked desk says so, keeps its work, and a new enrollment restarts its sync by itself", "[ui][sync][server]")
{
    ProvinceServer server;
    server.start();
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    const SyncSnapshot &snapshot = window.syncController()->snapshot();
    window.findChild<QAction *>(QStringLiteral("actionShowSync"))->trigger();
    REQUIRE(enrollThroughDialog(desk, server.url(), server.issueCode(kCommune)).isEmpty());
    REQUIRE(waitFor([&] { return snapshot.lastSuccessAt.isValid() && snapshot.phase == sync::SyncPhase::Waiting; }));

    // The province revokes this computer: its next sync is refused, the watch stops, and the desk
    // says why; the dossier stays in the outbox.
    server.revokeAll();
    desk.receive(QStringLiteral("Hoàng Thị Lan"));
    window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    REQUIRE(waitFor([&] { return labelText(desk, "statusLink").contains(QStringLiteral("revoked")); }));
    CHECK(labelText(desk, "syncError").contains(QStringLiteral("revoked")));
    CHECK_FALSE(desk.find<QPushButton>(QStringLiteral("syncNowButton"))->isEnabled());
    CHECK(labelText(desk, "statusPending").startsWith(QStringLiteral("1 ")));
    CHECK(server.stats(kCommune).value(QStringLiteral("dossiers")).toInteger() == 0);

    // A new code from the administrator: the background sync starts again without F5.
    REQUIRE(enrollThroughDialog(desk, server.url(), server.issueCode(kCommune)).isEmpty());
    CHECK(desk.find<QPushButton>(QStringLiteral("syncNowButton"))->isEnabled());
    REQUIRE(waitFor([&] { return snapshot.pendingOps == 0 && snapshot.phase == sync::SyncPhase::Waiting; }));
    CHECK(snapshot.running);
    CHECK(labelText(desk, "statusLink").contains(QStringLiteral("Online")));
    CHECK(labelText(desk, "syncError").isEmpty());
    CHECK(server.stats(kCommune).value(QStringLiteral("dossiers")).toInteger() == 1);
}

TEST_CASE("Sync now pressed while a cycle is running is not lost", "[ui][sync][server]")
{
    ProvinceServer server;
    server.start();
    SlowLink link(server.port(), 300);
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    const SyncSnapshot &snapshot = window.syncController()->snapshot();
    window.findChild<QAction *>(QStringLiteral("actionShowSync"))->trigger();
    REQUIRE(enrollThroughDialog(desk, link.url(), server.issueCode(kCommune)).isEmpty());
    REQUIRE(waitFor([&] { return snapshot.phase == sync::SyncPhase::Waiting && snapshot.lastSuccessAt.isValid(); }));

    // A cycle with nothing to send; while it pulls (as the desk learns it), a dossier is received
    // and F5 pressed. That cycle has pushed already: the dossier goes in the next one, at once, not
    // after the idle interval (a minute).
    bool pressed = false;
    QObject::connect(window.syncController(), &SyncController::changed, &window, [&] {
        if (pressed || snapshot.phase != sync::SyncPhase::Pulling)
            return;
        pressed = true;
        desk.receive(QStringLiteral("Hoàng Thị Lan"));
        window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    });
    window.findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
    REQUIRE(waitFor([&] { return pressed; }));
    CHECK(snapshot.pendingOps == 1);
    REQUIRE(waitFor([&] { return snapshot.pendingOps == 0 && snapshot.phase == sync::SyncPhase::Waiting; }));
    CHECK(server.stats(kCommune).value(QStringLiteral("dossiers")).toInteger() == 1);
}
