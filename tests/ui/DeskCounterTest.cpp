#include "UiTestDesk.h"

#include "dossier/DossierDetailWidget.h"
#include "intake/DocumentsPage.h"
#include "intake/IntakeWizard.h"
#include "intake/ScanPreparer.h"
#include "queue/DossierQueueModel.h"
#include "queue/DossierQueueWidget.h"

#include "domain/VietnamTime.h"
#include "store/DossierRepository.h"

#include <QAction>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

QInputDialog *noteDialog()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QStringLiteral("moveNoteDialog") && top->isVisible())
            return qobject_cast<QInputDialog *>(top);
    }
    return nullptr;
}

// Answers the next note dialog from inside its modal loop: its text is kept in *shown.
void answerNote(bool accept, const QString &note, QString *shown)
{
    QTimer::singleShot(0, [=] {
        QInputDialog *dialog = noteDialog();
        if (!dialog)
            return;
        *shown = dialog->labelText();
        if (!accept) {
            dialog->reject();
            return;
        }
        dialog->setTextValue(note);
        dialog->accept();
    });
}

void waitForFilter()
{
    QTest::qWait(300); // the filter applies 200 ms after the last keystroke
}

} // namespace

TEST_CASE("A refusal asks for confirmation naming the dossier and keeps that dossier selected", "[ui][dossier]")
{
    UiTestDesk desk({Role::Reception, Role::Leader});
    const Dossier first = desk.receive(QStringLiteral("Lò Văn Pả"));
    const Dossier second = desk.receive(QStringLiteral("Hoàng Thị Lan"));
    MainWindow &window = desk.openWindow();
    window.showTab(MainWindow::DossiersTab);
    window.queue()->reload();
    DossierQueueWidget *queue = window.queue();
    DossierDetailWidget *detail = window.detail();
    int row = -1;
    for (int i = 0; i < queue->model()->rowCount(); ++i) {
        if (queue->model()->dossierAt(i)->id == second.id)
            row = i;
    }
    REQUIRE(row >= 0);
    queue->view()->selectRow(row);
    REQUIRE(detail->dossier()->id == second.id);

    // Cancelled: nothing happens.
    QString question;
    answerNote(false, {}, &question);
    QTest::mouseClick(detail->moveButton(DossierStatus::Refused), Qt::LeftButton);
    CHECK(question.contains(second.code));
    CHECK(question.contains(QStringLiteral("Hoàng Thị Lan")));
    CHECK(question.contains(QStringLiteral("cannot be undone")));
    CHECK(desk.session->dossiers().find(second.code)->status == DossierStatus::Received);

    // Confirmed with the reasons: refused, and the detail still shows Hoàng Thị Lan's dossier,
    // not the next citizen's; no other row pretends to be selected.
    answerNote(true, QStringLiteral("Hồ sơ không thuộc thẩm quyền"), &question);
    QTest::mouseClick(detail->moveButton(DossierStatus::Refused), Qt::LeftButton);
    CHECK(desk.session->dossiers().find(second.code)->status == DossierStatus::Refused);
    REQUIRE(detail->dossier().has_value());
    CHECK(detail->dossier()->id == second.id);
    const QModelIndexList selected = queue->view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        CHECK(queue->model()->dossierAt(index.row())->id == second.id);
    CHECK(queue->model()->dossierAt(0)->id == first.id); // the open tab still lists the other one
}

TEST_CASE("The queue filter finds a dossier by its printed code, whole or a part", "[ui][queue]")
{
    UiTestDesk desk({Role::Reception});
    const Dossier wanted = desk.receive(QStringLiteral("Lò Văn Pả"));
    desk.receive(QStringLiteral("Hoàng Thị Lan"));
    MainWindow &window = desk.openWindow();
    window.showTab(MainWindow::DossiersTab);
    DossierQueueWidget *queue = window.queue();
    auto *filter = desk.find<QLineEdit>(QStringLiteral("queueFilter"));
    const QStringList parts = wanted.code.split(QLatin1Char('-'));
    for (const QString &typed :
        {wanted.code, wanted.code.toLower(), parts.mid(2).join(QLatin1Char('-')), parts.at(2) + parts.at(3)}) {
        INFO(typed.toStdString());
        filter->setText(typed);
        waitForFilter();
        if (typed == parts.at(2) + parts.at(3)) {
            CHECK(queue->model()->rowCount() == 0); // not a part of the code as printed
            continue;
        }
        REQUIRE(queue->model()->rowCount() == 1);
        CHECK(queue->model()->dossierAt(0)->id == wanted.id);
        CHECK(window.detail()->dossier()->id == wanted.id); // the detail follows the selection
    }
    filter->clear();
    waitForFilter();
    CHECK(queue->model()->rowCount() == 2);
}

TEST_CASE("The status tabs show their counts and a dossier due today is marked", "[ui][queue]")
{
    UiTestDesk desk({Role::Reception, Role::Leader});
    const Dossier dueToday = desk.receive(QStringLiteral("Lò Văn Pả"));
    desk.receive(QStringLiteral("Hoàng Thị Lan"));
    MainWindow &window = desk.openWindow();
    window.showTab(MainWindow::DossiersTab);
    DossierQueueWidget *queue = window.queue();
    auto *tabs = desk.find<QTabBar>(QStringLiteral("queueTabs"));
    CHECK(tabs->tabText(0) == QStringLiteral("Open (2)"));
    CHECK(tabs->tabText(tabs->count() - 1) == QStringLiteral("All (2)"));

    // The model judges against a day; the day the first dossier is due is "today".
    queue->model()->setToday(dueToday.dueDate);
    int row = -1;
    for (int i = 0; i < queue->model()->rowCount(); ++i) {
        if (queue->model()->dossierAt(i)->id == dueToday.id)
            row = i;
    }
    REQUIRE(row >= 0);
    const QModelIndex timeliness = queue->model()->index(row, DossierQueueModel::TimelinessColumn);
    CHECK(timeliness.data().toString() == QStringLiteral("Due today"));
    CHECK(timeliness.data(Qt::FontRole).value<QFont>().bold());
}

TEST_CASE("Escape and Cancel ask before throwing away a filled intake", "[ui][intake]")
{
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    IntakeWizard *wizard = window.newDossier();
    REQUIRE(wizard != nullptr);
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("intakeProcedureSearch")), QStringLiteral("dang ky khai sinh"));
    auto *list = wizard->findChild<QListView *>(QStringLiteral("intakeProcedureList"));
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("intakeNext")), Qt::LeftButton);
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeApplicantName"))->setText(QStringLiteral("Lò Thị Mai"));

    // The real question: Escape in it keeps receiving.
    QString asked;
    QTimer::singleShot(0, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(top);
            if (box && box->isVisible() && box->objectName() == QStringLiteral("intakeDiscardQuestion")) {
                asked = box->text();
                QTest::keyClick(box, Qt::Key_Escape);
            }
        }
    });
    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK(asked.contains(QStringLiteral("Lò Thị Mai")));
    CHECK(wizard->isVisible());
    CHECK(QFile::exists(desk.context->draftPath()));

    // Saying "throw away" closes it and the draft is gone.
    wizard->setDiscardQuestion([] { return true; });
    QTest::keyClick(wizard, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(QFile::exists(desk.context->draftPath()));
}

TEST_CASE("An empty name says why Next is off, and a wrong phone is said where it is typed", "[ui][intake]")
{
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    IntakeWizard *wizard = window.newDossier();
    REQUIRE(wizard != nullptr);
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("intakeProcedureSearch")), QStringLiteral("dang ky khai sinh"));
    auto *list = wizard->findChild<QListView *>(QStringLiteral("intakeProcedureList"));
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *next = wizard->findChild<QAbstractButton *>(QStringLiteral("intakeNext"));
    QTest::mouseClick(next, Qt::LeftButton);
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("intakeApplicantProblem"));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("011301004321"));
    CHECK_FALSE(next->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("full name")));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeApplicantName"))->setText(QStringLiteral("Lò Thị Mai"));
    CHECK(next->isEnabled());
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("intakePhone")), QStringLiteral("12345"));
    CHECK_FALSE(next->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("12345")));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakePhone"))->setText(QStringLiteral("0912 345 678"));
    CHECK(next->isEnabled());
    CHECK(problem->text().isEmpty());
    wizard->setDiscardQuestion([] { return true; });
    wizard->reject();
}

TEST_CASE("A scan over what sync can carry is refused when it is attached, with the limit", "[ui][intake]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("ho-so-70mb.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(70LL * 1024 * 1024)); // sparse: its size is what counts
    file.close();
    const auto prepared = ScanPreparer::prepare(path, dir.path());
    REQUIRE_FALSE(prepared.ok());
    CHECK(prepared.error().code == QStringLiteral("scan.too_large"));
    CHECK(prepared.error().message.contains(QStringLiteral("ho-so-70mb.pdf")));
    CHECK(prepared.error().message.contains(QStringLiteral("64 MiB")));

    // In the wizard: the row keeps no scan and the message says why.
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    IntakeWizard *wizard = window.newDossier();
    REQUIRE(wizard != nullptr);
    wizard->setProcedure(QStringLiteral("1.001193"));
    auto *page = wizard->findChild<DocumentsPage *>();
    REQUIRE(page != nullptr);
    CHECK_FALSE(page->attachScan(0, path));
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("intakeDocuments"));
    CHECK(table->item(0, 0)->checkState() == Qt::Unchecked);
    wizard->setDiscardQuestion([] { return true; });
    wizard->reject();
}

TEST_CASE("The lock screen says why it locked and giving up logs out instead of quitting", "[ui][lock]")
{
    UiTestDesk desk({Role::Reception});
    MainWindow &window = desk.openWindow();
    bool loggedOut = false;
    QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] { loggedOut = true; });
    QString reason;
    QString otherButton;
    window.setLockRunner([&](QDialog &dialog) {
        reason = dialog.findChild<QLabel *>(QStringLiteral("lockReason"))->text();
        otherButton = dialog.findChild<QPushButton *>(QStringLiteral("loginCancel"))->text();
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("actionLock"))->trigger();
    CHECK(reason.contains(QStringLiteral("locked the desk")));
    CHECK_FALSE(reason.contains(QStringLiteral("without use")));
    CHECK(otherButton.contains(QStringLiteral("Log")));
    CHECK(loggedOut); // main() shows the login screen again: the program does not quit
}
