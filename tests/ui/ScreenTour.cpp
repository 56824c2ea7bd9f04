#include "ScreenTour.h"

#include "app/SettingsDialog.h"
#include "clerk/BundleDialog.h"
#include "clerk/ImportDialog.h"
#include "dossier/DossierDetailWidget.h"
#include "intake/DocumentsPage.h"
#include "intake/IntakeWizard.h"
#include "officers/FirstRunDialog.h"
#include "officers/LoginDialog.h"
#include "queue/DossierQueueWidget.h"
#include "sync/EnrollDialog.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

using Visit = std::function<void(QWidget *, const QString &)>;

void shown(QWidget *window, const QString &where, const Visit &visit)
{
    window->show();
    QApplication::processEvents();
    visit(window, where);
}

// Runs `open`, which execs a modal dialog, hands that dialog to `visit` and closes it.
void modal(const std::function<void()> &open, const QString &where, const Visit &visit)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        seen = true;
        QApplication::processEvents();
        visit(dialog, where);
        dialog->close();
    });
    open();
    INFO(where.toStdString());
    CHECK(seen);
}

void clickNext(UiTestDesk &desk)
{
    auto *next = desk.find<QAbstractButton>(QStringLiteral("intakeNext"));
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QApplication::processEvents();
}

void tourWizard(UiTestDesk &desk, const Visit &visit)
{
    IntakeWizard *wizard = desk.window->newDossier();
    REQUIRE(wizard != nullptr);
    QApplication::processEvents();
    visit(wizard, QStringLiteral("intake: procedure"));
    QTest::keyClicks(
        desk.find<QLineEdit>(QStringLiteral("intakeProcedureSearch")), QStringLiteral("dang ky khai sinh"));
    auto *list = desk.find<QListView>(QStringLiteral("intakeProcedureList"));
    REQUIRE(list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
    QApplication::processEvents();
    visit(wizard, QStringLiteral("intake: procedure chosen"));
    clickNext(desk);
    REQUIRE(wizard->currentId() == IntakeWizard::ApplicantPageId);
    visit(wizard, QStringLiteral("intake: applicant, empty"));
    desk.find<QLineEdit>(QStringLiteral("intakeApplicantName"))->setText(QStringLiteral("Lò Thị Mai"));
    desk.find<QLineEdit>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("011301004321"));
    QApplication::processEvents();
    visit(wizard, QStringLiteral("intake: applicant"));
    clickNext(desk);
    REQUIRE(wizard->currentId() == IntakeWizard::DocumentsPageId);
    visit(wizard, QStringLiteral("intake: documents"));
    auto *documents = desk.find<QTableWidget>(QStringLiteral("intakeDocuments"));
    for (int row = 0; row < documents->rowCount(); ++row)
        documents->item(row, DocumentsPage::ReceivedColumn)->setCheckState(Qt::Checked);
    QApplication::processEvents();
    clickNext(desk);
    REQUIRE(wizard->currentId() == IntakeWizard::ReviewPageId);
    visit(wizard, QStringLiteral("intake: review"));
    wizard->hide();
}

} // namespace

void tourEveryScreen(UiTestDesk &desk, const Visit &visit)
{
    desk.receive();
    MainWindow &window = desk.openWindow();
    for (MainWindow::Tab tab : {MainWindow::CatalogTab, MainWindow::DossiersTab, MainWindow::SyncTab}) {
        window.showTab(tab);
        QApplication::processEvents();
        visit(&window, QStringLiteral("main window, tab %1").arg(int(tab)));
    }
    window.showTab(MainWindow::DossiersTab);
    window.queue()->reload();
    window.queue()->view()->selectRow(0);
    QApplication::processEvents();
    visit(&window, QStringLiteral("main window, a dossier selected"));

    tourWizard(desk, visit);

    {
        TempDir fresh;
        auto opened = DeskContext::open(fresh.path());
        REQUIRE(opened.ok());
        FirstRunDialog first(opened.value()->officers(), &window);
        shown(&first, QStringLiteral("first start"), visit);
        first.findChild<QLineEdit *>(QStringLiteral("adminPassword"))->setText(QStringLiteral("mot-hai-ba-bon"));
        first.findChild<QLineEdit *>(QStringLiteral("adminConfirm"))->setText(QStringLiteral("khac-han"));
        first.accept(); // the passwords differ: the error shows and the dialog stays
        QApplication::processEvents();
        CHECK(first.isVisible());
        CHECK_FALSE(first.findChild<QLabel *>(QStringLiteral("adminError"))->text().isEmpty());
        visit(&first, QStringLiteral("first start after an error"));
    }
    {
        LoginDialog login(desk.context->officers(), &window);
        shown(&login, QStringLiteral("login"), visit);
    }
    {
        SettingsDialog settings(*desk.session, &window);
        shown(&settings, QStringLiteral("settings"), visit);
    }
    {
        EnrollDialog enroll(*desk.context, &window);
        shown(&enroll, QStringLiteral("enroll"), visit);
    }
    {
        clerk::BundleDialog bundle(desk.context->database(), desk.session->officer(), &window);
        shown(&bundle, QStringLiteral("USB bundle"), visit);
        TempDir usb;
        QSignalSpy finished(&bundle, &clerk::BundleDialog::finished);
        bundle.exportTo(usb.file(QStringLiteral("xa.mcb")));
        REQUIRE((finished.count() > 0 || finished.wait(20000)));
        QApplication::processEvents();
        visit(&bundle, QStringLiteral("USB bundle after an export"));
        QFile notBundle(usb.file(QStringLiteral("ghi-chu.txt")));
        REQUIRE(notBundle.open(QIODevice::WriteOnly));
        notBundle.write("khong phai goi du lieu");
        notBundle.close();
        finished.clear();
        bundle.importFrom(notBundle.fileName());
        REQUIRE((finished.count() > 0 || finished.wait(20000)));
        QApplication::processEvents();
        visit(&bundle, QStringLiteral("USB bundle after importing a file that is no bundle"));
        finished.clear();
        bundle.importFrom(usb.file(QStringLiteral("khong-co.mcb")));
        REQUIRE((finished.count() > 0 || finished.wait(20000)));
        QApplication::processEvents();
        visit(&bundle, QStringLiteral("USB bundle after importing a missing file"));
    }
    {
        clerk::ImportDialog import(
            desk.context->database(), desk.context->calendar(), desk.session->officer(), &window);
        shown(&import, QStringLiteral("import old lists"), visit);
    }
    for (const char *action : {"actionStatistics", "actionConflicts", "actionDuplicates"}) {
        window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
        QApplication::processEvents();
        QWidget *tool = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && top->objectName().endsWith(QLatin1String("ViewWindow")))
                tool = top;
        }
        INFO(action);
        REQUIRE(tool != nullptr);
        visit(tool, QString::fromLatin1(action));
        tool->close();
        QApplication::processEvents();
    }
    modal([&] { window.findChild<QAction *>(QStringLiteral("actionRegister"))->trigger(); },
        QStringLiteral("register period"), visit);
    modal([&] { window.detail()->previewCurrentForm(); }, QStringLiteral("print preview of form 01"), visit);
    modal(
        [&] {
            QMessageBox::question(&window, QStringLiteral("MotCua"), QStringLiteral("Lưu hồ sơ?"),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        },
        QStringLiteral("a question"), visit);
    {
        QFileDialog files(&window, QStringLiteral("Chọn tệp"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setFileMode(QFileDialog::ExistingFile);
        shown(&files, QStringLiteral("file dialog"), visit);
        files.setAcceptMode(QFileDialog::AcceptSave);
        QApplication::processEvents();
        visit(&files, QStringLiteral("file dialog, saving"));
    }
}
