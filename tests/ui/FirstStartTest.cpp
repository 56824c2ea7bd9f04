#include "TempDir.h"
#include "UiProvinceServer.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/MainWindow.h"
#include "intake/IntakeWizard.h"
#include "officers/FirstRunDialog.h"
#include "officers/OfficersDialog.h"

#include "client/Enroller.h"
#include "domain/Permissions.h"
#include "forms/Forms.h"
#include "print/FormRenderer.h"
#include "store/AuthorizedDossiers.h"
#include "store/CommuneProfile.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/OfficerRepository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QtTest/QTest>

#include <functional>

using namespace motcua;
using namespace motcua::desktop;

namespace {

QDialog *shownDialog(const QString &name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == name && top->isVisible())
            return qobject_cast<QDialog *>(top);
    }
    return nullptr;
}

// Runs fill once the dialog `name` shows (its own modal loop runs meanwhile); false if it never did.
void whenShown(const QString &name, std::function<void(QDialog &)> fill, bool *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QDialog *dialog = shownDialog(name);
        if (!dialog && ++*tries < 250)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog) {
            *seen = true;
            fill(*dialog);
        }
    });
    timer->start();
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("First start leads to a first dossier with the right commune code, using only the desk", "[ui][firstrun]")
{
    TempDir dir;
    auto opened = DeskContext::open(dir.path());
    REQUIRE(opened.ok());
    DeskContext &context = *opened.value();

    // 1. The administrator account.
    FirstRunDialog first(context.officers());
    child<QLineEdit>(first, "adminFullName")->setText(QStringLiteral("Quản Trị Viên"));
    child<QLineEdit>(first, "adminPassword")->setText(QStringLiteral("admin-password"));
    child<QLineEdit>(first, "adminConfirm")->setText(QStringLiteral("admin-password"));
    first.accept();
    REQUIRE(first.result() == QDialog::Accepted);
    const Officer admin = first.administrator();
    CHECK_FALSE(Permissions::allows(admin, Permission::ReceiveDossier));

    // 2. The desk leads the administrator on: the commune, then the officers.
    DeskSession adminSession(context, admin);
    MainWindow adminWindow(context, adminSession);
    adminWindow.show();
    bool communeSeen = false;
    bool officersSeen = false;
    bool formSeen = false;
    QString codeRefusal;
    whenShown(
        QStringLiteral("communeSetupDialog"),
        [&](QDialog &dialog) {
            // A wrong code is refused where it is typed; the right one is kept with the names.
            auto *code = child<QLineEdit>(dialog, "communeCode");
            QTest::keyClicks(code, QStringLiteral("123"));
            QMetaObject::invokeMethod(code, "editingFinished");
            codeRefusal = child<QLabel>(dialog, "communeError")->text();
            code->setText(QStringLiteral("03199"));
            child<QLineEdit>(dialog, "communeName")->setText(QStringLiteral("Xã Mường Phăng"));
            child<QLineEdit>(dialog, "communeProvince")->setText(QStringLiteral("Điện Biên"));
            QTest::mouseClick(child<QPushButton>(dialog, "communeSave"), Qt::LeftButton);
            whenShown(
                QStringLiteral("officersDialog"),
                [&](QDialog &officers) {
                    officersSeen = true;
                    whenShown(
                        QStringLiteral("officerFormDialog"),
                        [&](QDialog &form) {
                            child<QLineEdit>(form, "officerUsername")->setText(QStringLiteral("lothimai"));
                            child<QLineEdit>(form, "officerFullName")->setText(QStringLiteral("Lò Thị Mai"));
                            child<QLineEdit>(form, "officerPassword")->setText(QStringLiteral("mai-password"));
                            child<QLineEdit>(form, "officerConfirm")->setText(QStringLiteral("mai-password"));
                            child<QCheckBox>(form, "officerRole_reception")->setChecked(true);
                            child<QCheckBox>(form, "officerRole_handling")->setChecked(true);
                            QTest::mouseClick(child<QPushButton>(form, "officerFormOk"), Qt::LeftButton);
                            // Back in the officers screen once the form closed.
                            QTimer::singleShot(50, &officers, [&officers] { officers.reject(); });
                        },
                        &formSeen);
                    QTest::mouseClick(child<QPushButton>(officers, "officersAdd"), Qt::LeftButton);
                },
                &officersSeen);
        },
        &communeSeen);
    adminWindow.guideFirstSteps();
    CHECK(communeSeen);
    CHECK(codeRefusal.contains(QStringLiteral("5-digit")));
    CHECK(officersSeen);
    CHECK(formSeen);
    const CommuneProfile profile = CommuneProfile::load(context.database()).value();
    CHECK(profile.communeCode == QStringLiteral("03199"));
    CHECK(profile.communeName == QStringLiteral("Mường Phăng")); // no "xã Xã …"
    adminWindow.close();

    // 3. The new officer logs in and receives the first dossier: its code carries the commune.
    auto mai = context.officers().authenticate(QStringLiteral("lothimai"), QStringLiteral("mai-password"));
    REQUIRE(mai.ok());
    CHECK(mai->roles.contains(Role::Reception));
    DeskSession session(context, mai.value());
    MainWindow window(context, session);
    window.show();
    IntakeWizard *wizard = window.newDossier();
    REQUIRE(wizard != nullptr);
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("intakeProcedureSearch")), QStringLiteral("dang ky khai sinh"));
    auto *list = wizard->findChild<QListView *>(QStringLiteral("intakeProcedureList"));
    REQUIRE(list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
    auto next = [&] {
        auto *button = wizard->findChild<QAbstractButton *>(QStringLiteral("intakeNext"));
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    };
    next();
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeApplicantName"))->setText(QStringLiteral("Lò Văn Pả"));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("011301004321"));
    next();
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("intakeDocuments"));
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 0)->setCheckState(Qt::Checked);
    next();
    QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("intakeSave")), Qt::LeftButton);
    REQUIRE(wizard->savedDossier().has_value());
    const Dossier saved = *wizard->savedDossier();
    CHECK(saved.code.startsWith(QStringLiteral("03199-")));
    CHECK(saved.code.section(QLatin1Char('-'), 2, 2) == context.database().deviceTag());
    const QString receipt = print::FormRenderer::html(Forms::input(session, saved, print::FormKind::Receipt01));
    CHECK(receipt.contains(QStringLiteral("Mường Phăng")));
    CHECK_FALSE(receipt.contains(QStringLiteral("Xã Mường Phăng")));
    QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("intakeFinish")), Qt::LeftButton);
}

TEST_CASE("A desk that cannot receive before its commune is set says so instead of using 00000", "[ui][firstrun]")
{
    TempDir dir;
    auto opened = DeskContext::open(dir.path());
    REQUIRE(opened.ok());
    DeskContext &context = *opened.value();
    REQUIRE(context.officers()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("Quản Trị"), QStringLiteral("admin-pass"))
                .ok());
    Officer clerk;
    clerk.username = QStringLiteral("canbo");
    clerk.fullName = QStringLiteral("Cán Bộ");
    clerk.roles = {Role::Reception};
    auto added = context.officers().add(clerk, QStringLiteral("canbo-pass"));
    REQUIRE(added.ok());
    DeskSession session(context, added.value());
    MainWindow window(context, session);
    window.show();
    CHECK(window.newDossier() == nullptr);
    CHECK(window.findChild<QStatusBar *>()->currentMessage().contains(QStringLiteral("not set up")));
}

TEST_CASE("An enrollment made while the desk runs gives the next dossier the server's commune and device tag",
    "[ui][firstrun][server]")
{
    ProvinceServer server;
    server.start();
    TempDir dir;
    auto opened = DeskContext::open(dir.path());
    REQUIRE(opened.ok());
    DeskContext &context = *opened.value();
    REQUIRE(context.officers()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("Quản Trị"), QStringLiteral("admin-pass"))
                .ok());
    Officer clerk;
    clerk.username = QStringLiteral("canbo");
    clerk.fullName = QStringLiteral("Cán Bộ");
    clerk.roles = {Role::Reception};
    auto added = context.officers().add(clerk, QStringLiteral("canbo-pass"));
    REQUIRE(added.ok());
    DeskSession session(context, added.value()); // its repository exists before the enrollment
    const QString localTag = context.database().deviceTag();

    sync::EnrollOptions enroll;
    enroll.serverUrl = server.url();
    enroll.code = server.issueCode(QStringLiteral("04321"));
    auto enrolled = sync::enrollDevice(context.database(), enroll);
    REQUIRE(enrolled.ok());
    ReceiveRequest request;
    request.procedureCode = QStringLiteral("1.001193");
    request.applicantName = QStringLiteral("Lò Văn Pả");
    request.citizenId = QStringLiteral("011088001234");
    request.documents.append({QStringLiteral("Tờ khai"), DocumentKind::Original, 1, {}});
    auto dossier = session.authorized().receive(request);
    REQUIRE(dossier.ok());
    INFO(dossier->code.toStdString() << " local tag " << localTag.toStdString());
    CHECK(dossier->code.startsWith(QStringLiteral("04321-")));
    CHECK(dossier->code.section(QLatin1Char('-'), 2, 2) == enrolled->deviceTag);
    CHECK(dossier->originDevice == enrolled->deviceId);
    CHECK(CommuneProfile::load(context.database())->communeCode == QStringLiteral("04321"));
}
