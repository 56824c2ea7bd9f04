#include "ScreenshotRunner.h"

#include "DemoData.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/DeskSettings.h"
#include "app/MainWindow.h"
#include "catalog/CatalogWidget.h"
#include "clerk/ClerkScreenshots.h"
#include "dossier/DossierDetailWidget.h"
#include "forms/Forms.h"
#include "intake/DocumentsPage.h"
#include "intake/IntakeWizard.h"
#include "queue/DossierQueueModel.h"
#include "queue/DossierQueueWidget.h"
#include "store/CommuneProfile.h"
#include "store/ScanUploads.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace motcua::desktop::ScreenshotRunner {

namespace {

// The screens are drawn at the size of the screen they run on, up to 1366×768: run under
// `Xvfb -screen 0 1024x600x24` they show what a small commune laptop shows.
QSize screenSize()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? QSize(1366, 768).boundedTo(screen->availableGeometry().size()) : QSize(1366, 768);
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

// A scan to attach in the documents step: a small "photo" of a paper.
QString makeScan(const QString &dir)
{
    QImage image(1200, 1600, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xf7, 0xee));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 6));
    for (int y = 200; y < 1500; y += 80)
        painter.drawLine(150, y, 1050, y);
    painter.end();
    const QString path = QDir(dir).filePath(QStringLiteral("giay-chung-sinh.jpg"));
    image.save(path, "JPEG", 80);
    return path;
}

} // namespace

int run(const QString &outputDir)
{
    QTemporaryDir temp;
    if (!temp.isValid() || !QDir().mkpath(outputDir)) {
        QTextStream(stderr) << "motcua: cannot create " << outputDir << Qt::endl;
        return 1;
    }
    // The demo must not touch the officer's own settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, temp.filePath(QStringLiteral("settings")));
    DeskSettings().setAgency(QStringLiteral("Ủy ban nhân dân xã Mường Phăng"), QStringLiteral("Mường Phăng"),
        QStringLiteral("Điện Biên"), QStringLiteral("Bộ phận một cửa, Ủy ban nhân dân xã Mường Phăng"));
    auto context = DeskContext::open(temp.filePath(QStringLiteral("data")));
    if (!context) {
        QTextStream(stderr) << "motcua: " << context.error().message << Qt::endl;
        return 1;
    }
    CommuneProfile commune;
    commune.communeCode = QStringLiteral("03199");
    commune.communeName = QStringLiteral("Mường Phăng");
    commune.agencyName = QStringLiteral("Ủy ban nhân dân xã Mường Phăng");
    commune.province = QStringLiteral("Điện Biên");
    commune.returnPlace = QStringLiteral("Bộ phận một cửa, Ủy ban nhân dân xã Mường Phăng");
    if (const Status saved = CommuneProfile::save(context.value()->database(), commune); !saved) {
        QTextStream(stderr) << "motcua: " << saved.error().message << Qt::endl;
        return 1;
    }
    auto officer = DemoData::populate(*context.value(), 48);
    if (!officer) {
        QTextStream(stderr) << "motcua: " << officer.error().message << Qt::endl;
        return 1;
    }
    DeskSession session(*context.value(), officer.value());
    MainWindow window(*context.value(), session);
    window.resize(screenSize());
    window.show();
    bool ok = true;

    window.showTab(MainWindow::CatalogTab);
    window.catalog()->setSearchText(QStringLiteral("khai sinh"));
    ok &= save(&window, outputDir, QStringLiteral("01-catalog"));

    IntakeWizard *wizard = window.newDossier(QStringLiteral("1.001193"));
    wizard->resize(screenSize());
    ok &= save(wizard, outputDir, QStringLiteral("02-intake-1-procedure"));
    wizard->next();
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeApplicantName"))->setText(QStringLiteral("Lò Thị Mai"));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeCitizenId"))->setText(QStringLiteral("011301004321"));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakePhone"))->setText(QStringLiteral("0912345678"));
    wizard->findChild<QLineEdit *>(QStringLiteral("intakeAddress"))
        ->setText(QStringLiteral("Bản Phăng, xã Mường Phăng, tỉnh Điện Biên"));
    ok &= save(wizard, outputDir, QStringLiteral("03-intake-2-applicant"));
    wizard->next();
    auto *documents = wizard->findChild<DocumentsPage *>();
    documents->attachScan(1, makeScan(temp.path()));
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("intakeDocuments"));
    table->item(0, DocumentsPage::ReceivedColumn)->setCheckState(Qt::Checked);
    table->item(5, DocumentsPage::ReceivedColumn)->setCheckState(Qt::Checked);
    ok &= save(wizard, outputDir, QStringLiteral("04-intake-3-documents"));
    wizard->next();
    ok &= save(wizard, outputDir, QStringLiteral("05-intake-4-review"));
    wizard->next();
    ok &= save(wizard, outputDir, QStringLiteral("06-intake-5-receipt"));
    const auto saved = wizard->savedDossier();
    wizard->accept();

    window.showTab(MainWindow::DossiersTab);
    window.queue()->reload();
    ok &= save(&window, outputDir, QStringLiteral("07-queue"));
    // The detail of a dossier with a history: the first one waiting for a supplement, else late.
    DossierQueueModel *model = window.queue()->model();
    window.queue()->selectTab(4); // tabs: open, late, received, in process, supplement requested, …
    int row = model->rowCount() > 0 ? 0 : -1;
    if (row < 0) {
        window.queue()->selectTab(0);
        row = 0;
    }
    window.queue()->view()->selectRow(row);
    ok &= save(&window, outputDir, QStringLiteral("08-dossier-detail"));

    window.showTab(MainWindow::SyncTab);
    ok &= save(&window, outputDir, QStringLiteral("09-sync"));

    if (saved) {
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog preview(&printer, &window);
        const print::FormInput input = Forms::input(session, *saved, print::FormKind::Receipt01);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
            [&input](QPrinter *target) { print::FormRenderer::document(input)->print(target); });
        preview.resize(screenSize());
        preview.show();
        ok &= save(&preview, outputDir, QStringLiteral("10-form01-preview"));
        preview.close();

        // Its scan as the province refused it (over the size limit): the dossier says so, and
        // "Replace scan…" attaches a new one. Last, so that the screens above show a clean sync.
        for (const ReceivedDocument &document : saved->documents) {
            if (!document.attachmentSha256.isEmpty())
                ok &= ScanUploads(context.value()->database())
                          .refuse(document.attachmentSha256, QStringLiteral("scan.too_large"))
                          .ok();
        }
        window.showTab(MainWindow::DossiersTab);
        window.detail()->showDossier(saved->code);
        ok &= save(&window, outputDir, QStringLiteral("11-dossier-scan-refused"));
    } else {
        ok = false;
    }
    window.close();
    // The data clerk's and the mobile team's screens, on the same demo desk.
    clerk::renderClerkScreenshots(outputDir, context.value()->database(), officer.value(), screenSize());
    return ok ? 0 : 1;
}

} // namespace motcua::desktop::ScreenshotRunner
