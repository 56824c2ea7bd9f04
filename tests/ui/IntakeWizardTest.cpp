#include "UiTestDesk.h"

#include "intake/IntakeDraft.h"
#include "intake/IntakeWizard.h"
#include "intake/ScanPreparer.h"

#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Outbox.h"

#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest/QTest>

using namespace motcua;
using namespace motcua::desktop;

namespace {

QString bigScan(const TempDir &dir)
{
    QImage image(3000, 2250, QImage::Format_RGB32);
    image.fill(QColor(240, 235, 220));
    const QString path = dir.file(QStringLiteral("giay-chung-sinh.png"));
    REQUIRE(image.save(path));
    return path;
}

void click(UiTestDesk &desk, const char *name)
{
    auto *button = desk.find<QAbstractButton>(QString::fromLatin1(name));
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
}

// Procedure and applicant typed, the wizard on the documents page.
IntakeWizard *fillFirstSteps(UiTestDesk &desk)
{
    IntakeWizard *wizard = desk.window->newDossier();
    REQUIRE(wizard != nullptr);
    QTest::keyClicks(
        desk.find<QLineEdit>(QStringLiteral("intakeProcedureSearch")), QStringLiteral("dang ky khai sinh"));
    auto *list = desk.find<QListView>(QStringLiteral("intakeProcedureList"));
    REQUIRE(list->model()->rowCount() > 0);
    list->setCurrentIndex(list->model()->index(0, 0));
    REQUIRE(wizard->procedure() != nullptr);
    CHECK(wizard->procedure()->code == QStringLiteral("1.001193"));
    click(desk, "intakeNext");
    REQUIRE(wizard->currentId() == IntakeWizard::ApplicantPageId);

    auto *next = desk.find<QAbstractButton>(QStringLiteral("intakeNext"));
    // QTest types ASCII only: the name with its diacritics is set as an input method would.
    desk.find<QLineEdit>(QStringLiteral("intakeApplicantName"))->setText(QStringLiteral("Lò Thị Mai"));
    QTest::keyClicks(desk.find<QLineEdit>(QStringLiteral("intakeCitizenId")), QStringLiteral("011 3010 04321"));
    const QString hint = desk.find<QLabel>(QStringLiteral("intakeCitizenIdHint"))->text();
    CHECK(hint.contains(QStringLiteral("2001")));
    CHECK(next->isEnabled());
    desk.find<QLineEdit>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("0113"));
    CHECK_FALSE(next->isEnabled()); // an incomplete number cannot go on
    desk.find<QLineEdit>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("011301004321"));
    QTest::keyClicks(desk.find<QLineEdit>(QStringLiteral("intakePhone")), QStringLiteral("0912345678"));
    click(desk, "intakeNext");
    REQUIRE(wizard->currentId() == IntakeWizard::DocumentsPageId);
    return wizard;
}

} // namespace

TEST_CASE("The intake wizard stores a dossier with its scan, its outbox op and the form 01 PDF", "[ui][intake]")
{
    UiTestDesk desk({Role::Reception});
    desk.openWindow();
    IntakeWizard *wizard = fillFirstSteps(desk);

    // Documents: tick the declaration; drop a 3000 px scan on the birth certificate's row.
    auto *table = desk.find<QTableWidget>(QStringLiteral("intakeDocuments"));
    REQUIRE(table->rowCount() >= 2);
    table->item(0, 0)->setCheckState(Qt::Checked);
    auto *page = wizard->currentPage();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(bigScan(desk.dir))});
    const QRect row1 = table->visualItemRect(table->item(1, 1));
    const QPoint at = table->viewport()->mapTo(page, row1.center());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    // Delivered to the page itself, as the drag manager does at the end of a real drag.
    static_cast<QObject *>(page)->event(&drop);
    CHECK(table->item(1, 0)->checkState() == Qt::Checked);
    const QString staged = table->item(1, 4)->data(Qt::UserRole).toString();
    REQUIRE(staged.startsWith(desk.context->scansDir()));
    CHECK(QImageReader(staged).size() == QSize(2000, 1500));
    CHECK(QImageReader(staged).format() == "jpeg");

    // The draft on disk follows every change.
    auto draft = IntakeDraft::load(desk.context->draftPath());
    REQUIRE(draft.has_value());
    CHECK(draft->applicantName == QStringLiteral("Lò Thị Mai"));
    CHECK(draft->documents.value(1).scanFile == staged);

    click(desk, "intakeNext");
    REQUIRE(wizard->currentId() == IntakeWizard::ReviewPageId);
    click(desk, "intakeSave");
    REQUIRE(wizard->currentId() == IntakeWizard::ReceiptPageId);
    REQUIRE(wizard->savedDossier().has_value());
    const Dossier saved = *wizard->savedDossier();
    CHECK(desk.find<QLabel>(QStringLiteral("intakeSavedCode"))->text().contains(saved.code));

    // The rows: the dossier with two documents, the scan as a content-addressed blob, one op.
    QSqlQuery query(desk.context->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT applicant_name, citizen_id, status FROM dossiers")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Lò Thị Mai"));
    CHECK(query.value(1).toString() == QStringLiteral("011301004321"));
    CHECK(query.value(2).toString() == QStringLiteral("received"));
    CHECK_FALSE(query.next());
    auto stored = desk.session->dossiers().find(saved.code);
    REQUIRE(stored.ok());
    REQUIRE(stored->documents.size() == 2);
    const QString sha = stored->documents.at(1).attachmentSha256;
    REQUIRE(!sha.isEmpty());
    CHECK(QImage(AttachmentStore(desk.context->database()).path(sha)).size() == QSize(2000, 1500));
    auto events = desk.session->dossiers().events(saved.id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().actor == desk.session->officer().actorLabel());
    auto ops = Outbox(desk.context->database()).pending(-1);
    REQUIRE(ops.ok());
    REQUIRE(ops->size() == 1);
    CHECK(ops->first().entityId == saved.id.toString(QUuid::WithoutBraces));
    CHECK(ops->first().blobRefs == QStringList{sha});

    // The receipt PDF was written; the draft and the staged copy are gone.
    QFile pdf(wizard->receiptPdfPath());
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(pdf.size() > 1000);
    CHECK_FALSE(QFile::exists(desk.context->draftPath()));
    CHECK_FALSE(QFile::exists(staged));
    click(desk, "intakeFinish");
}

TEST_CASE("A draft left by a crash is restored at the next start", "[ui][intake]")
{
    UiTestDesk desk({Role::Reception});
    desk.openWindow();
    fillFirstSteps(desk);
    // The window goes away without the wizard being finished or cancelled (power cut, kill).
    desk.window.reset();
    REQUIRE(QFile::exists(desk.context->draftPath()));

    desk.openWindow();
    IntakeWizard *wizard = desk.window->resumeDraft();
    REQUIRE(wizard != nullptr);
    CHECK(wizard->restoredDraft());
    CHECK(wizard->currentId() == IntakeWizard::DocumentsPageId);
    CHECK(desk.find<QLineEdit>(QStringLiteral("intakeApplicantName"))->text() == QStringLiteral("Lò Thị Mai"));
    CHECK(desk.find<QLineEdit>(QStringLiteral("intakeCitizenId"))->text() == QStringLiteral("011301004321"));
    CHECK(wizard->procedure()->code == QStringLiteral("1.001193"));

    // Cancelling on purpose discards it (once the officer confirms: see IntakeDiscardTest).
    wizard->setDiscardQuestion([] { return true; });
    click(desk, "intakeCancel");
    CHECK_FALSE(QFile::exists(desk.context->draftPath()));
}

TEST_CASE("A missing scan file is refused with its name and changes nothing", "[ui][intake]")
{
    TempDir dir;
    const auto prepared = ScanPreparer::prepare(dir.file(QStringLiteral("khong-co.jpg")), dir.path());
    REQUIRE_FALSE(prepared.ok());
    CHECK(prepared.error().code == QStringLiteral("scan.not_found"));
    CHECK(prepared.error().message.contains(QStringLiteral("khong-co.jpg")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
