#include "BundleDialog.h"

#include "BundleAdvice.h"
#include "SyncAttentionList.h"

#include "OwnConnection.h"

#include "domain/VietnamTime.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::clerk {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString countText(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

BundleDialog::BundleDialog(Database &database, Officer officer, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_officer(std::move(officer))
{
    setObjectName(QStringLiteral("bundleDialog"));
    setWindowTitle(tr("USB bundles"));

    m_pending = new QLabel;
    m_pending->setObjectName(QStringLiteral("bundlePending"));
    m_pending->setWordWrap(true);
    m_attention = new SyncAttentionList;

    m_exportPath = new QLineEdit;
    m_exportPath->setObjectName(QStringLiteral("bundleExportPath"));
    m_exportPath->setPlaceholderText(tr("A file on the USB stick, e.g. E:/motcua-%1.mcb")
                                         .arg(VietnamTime::now().toString(QStringLiteral("yyyyMMdd"))));
    m_exportBrowse = new QPushButton(tr("Choose…"));
    m_exportBrowse->setObjectName(QStringLiteral("bundleExportBrowse"));
    m_export = new QPushButton(tr("Export"));
    m_export->setObjectName(QStringLiteral("bundleExport"));
    auto *exportBox = new QGroupBox(tr("Carry this device's work to the center or the province"));
    auto *exportLayout = new QGridLayout(exportBox);
    exportLayout->addWidget(m_pending, 0, 0, 1, 3);
    exportLayout->addWidget(m_exportPath, 1, 0);
    exportLayout->addWidget(m_exportBrowse, 1, 1);
    exportLayout->addWidget(m_export, 1, 2);
    auto *exportNote = new QLabel(tr("The changes stay queued here until the server confirms them: exporting "
                                     "twice, or syncing later, never sends anything twice."));
    exportNote->setWordWrap(true);
    exportLayout->addWidget(exportNote, 2, 0, 1, 3);

    m_importPath = new QLineEdit;
    m_importPath->setObjectName(QStringLiteral("bundleImportPath"));
    m_importBrowse = new QPushButton(tr("Choose…"));
    m_importBrowse->setObjectName(QStringLiteral("bundleImportBrowse"));
    m_import = new QPushButton(tr("Import"));
    m_import->setObjectName(QStringLiteral("bundleImport"));
    auto *importBox = new QGroupBox(tr("Take in a bundle written by another device of the commune"));
    auto *importLayout = new QGridLayout(importBox);
    importLayout->addWidget(m_importPath, 0, 0);
    importLayout->addWidget(m_importBrowse, 0, 1);
    importLayout->addWidget(m_import, 0, 2);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("bundleResult"));
    m_result->setWordWrap(true);
    m_result->setText(tr("Export writes this device's pending changes and their scans into one signed file. Import "
                         "checks a file from another device of the commune before it changes anything; a bundle "
                         "imported twice changes nothing. What happened is shown here."));
    m_details = new QTableWidget;
    m_details->setObjectName(QStringLiteral("bundleDetails"));
    m_details->setColumnCount(2);
    m_details->horizontalHeader()->hide();
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(exportBox);
    layout->addWidget(m_attention);
    layout->addWidget(importBox);
    layout->addWidget(m_result);
    layout->addWidget(m_details, 1);
    layout->addStretch();
    m_details->hide(); // until there is an outcome to show
    layout->addWidget(close);

    connect(m_exportBrowse, &QPushButton::clicked, this, &BundleDialog::chooseExportFile);
    connect(m_importBrowse, &QPushButton::clicked, this, &BundleDialog::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_exportPath->text().trimmed().isEmpty())
            chooseExportFile();
        else
            exportTo(QDir::fromNativeSeparators(m_exportPath->text().trimmed()));
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_importPath->text().trimmed().isEmpty())
            chooseImportFile();
        else
            importFrom(QDir::fromNativeSeparators(m_importPath->text().trimmed()));
    });
    connect(&m_exporting, &QFutureWatcher<Result<BundleExportSummary>>::finished, this,
        [this] { showExport(m_exporting.result()); });
    connect(&m_importing, &QFutureWatcher<Result<BundleImportSummary>>::finished, this,
        [this] { showImport(m_importing.result()); });
    showPending();
}

BundleDialog::~BundleDialog()
{
    // Both end with a rename or a commit: let them finish rather than leave the file half done.
    m_exporting.waitForFinished();
    m_importing.waitForFinished();
}

void BundleDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a bundle"),
        QStringLiteral("motcua-%1.mcb").arg(VietnamTime::now().toString(QStringLiteral("yyyyMMdd-HHmm"))),
        tr("MotCua bundles (*.mcb);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void BundleDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a bundle"), QString(), tr("MotCua bundles (*.mcb);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool BundleDialog::isRunning() const
{
    return m_busy;
}

QString BundleDialog::resultText() const
{
    return m_result->text();
}

void BundleDialog::exportTo(const QString &path)
{
    if (isRunning())
        return;
    m_exportPath->setText(QDir::toNativeSeparators(path));
    setBusy(true, tr("Writing the bundle…"));
    m_exporting.setFuture(runOnOwnConnection<BundleExportSummary>(
        m_database.dataDir(), [path](Database &db) { return BundleExport(db).exportTo(path, VietnamTime::now()); }));
}

void BundleDialog::importFrom(const QString &path)
{
    if (isRunning())
        return;
    m_importPath->setText(QDir::toNativeSeparators(path));
    setBusy(true, tr("Checking and importing the bundle…"));
    m_importing.setFuture(runOnOwnConnection<BundleImportSummary>(
        m_database.dataDir(), [path](Database &db) { return BundleImport(db).importFile(path); }));
}

void BundleDialog::showExport(const Result<BundleExportSummary> &result)
{
    setBusy(false);
    if (!result) {
        showRefusal(result.error());
        return;
    }
    m_errorCode.clear();
    const BundleExportSummary &summary = *result;
    m_result->setStyleSheet(QString());
    QString text = tr("Bundle written to %1: %n change(s) and %2 attachment(s). Hand the stick to the center "
                      "or the province.",
        nullptr, int(summary.manifest.ops.size()))
                       .arg(QDir::toNativeSeparators(summary.path))
                       .arg(summary.manifest.blobs.size());
    if (!summary.skipped.isEmpty()) {
        // Said, not hidden: these changes are neither in the bundle nor on the server.
        m_result->setStyleSheet(QStringLiteral("color: #b3261e"));
        text += QLatin1Char(' ')
            + tr("%n change(s) were left out and stay on this computer: %1", nullptr, int(summary.skipped.size()))
                  .arg(summary.skipped.first().message);
    }
    m_result->setText(text);
    setDetails({{tr("File"), QDir::toNativeSeparators(summary.path)}, {tr("Size"), sizeText(summary.fileBytes)},
        {tr("Changes"), countText(summary.manifest.ops.size())},
        {tr("Left out (scan too large)"), countText(summary.skipped.size())},
        {tr("Attachments"), countText(summary.manifest.blobs.size())}, {tr("Commune"), summary.manifest.communeCode},
        {tr("Device"), summary.manifest.deviceTag},
        {tr("Written at"),
            QLocale().toString(
                VietnamTime::toVietnam(summary.manifest.createdAt), QStringLiteral("dd/MM/yyyy HH:mm"))}});
    emit finished(true);
}

void BundleDialog::showImport(const Result<BundleImportSummary> &result)
{
    setBusy(false);
    if (!result) {
        showRefusal(result.error());
        return;
    }
    m_errorCode.clear();
    const BundleImportSummary &summary = *result;
    m_result->setStyleSheet(QString());
    QString text = tr("Bundle of device %1 imported: %2 change(s) applied.")
                       .arg(summary.manifest.deviceTag)
                       .arg(summary.applied);
    if (summary.conflicts > 0)
        text += QLatin1Char(' ')
            + tr("%1 change(s) met work pending here: see the conflicts list.").arg(summary.conflicts);
    m_result->setText(text);
    setDetails({{tr("Applied"), countText(summary.applied)}, {tr("Already here"), countText(summary.known)},
        {tr("Conflicts for the data clerk"), countText(summary.conflicts)},
        {tr("Kept, waiting for their dossier or procedure"), countText(summary.unapplied)},
        {tr("Imported before"), countText(summary.duplicates)}, {tr("Attachments stored"), countText(summary.blobs)},
        {tr("From device"), summary.manifest.deviceTag}, {tr("Commune"), summary.manifest.communeCode},
        {tr("Copy kept at"), QDir::toNativeSeparators(summary.keptFile)}});
    emit finished(true);
}

void BundleDialog::showRefusal(const Error &error)
{
    m_errorCode = error.code;
    m_result->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_result->setText(tr("Refused: %1").arg(error.message));
    setDetails({{tr("What to do"), bundleAdvice(error.code)}});
    emit finished(false);
}

void BundleDialog::setDetails(const QList<std::pair<QString, QString>> &rows)
{
    m_details->setVisible(!rows.isEmpty());
    m_details->clearContents();
    m_details->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_details->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_details->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    // A window's minimum size ignores wrapped text: grow to the height the new texts need, or
    // they are cut (a long path after an export).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void BundleDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_exportBrowse),
             static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_importBrowse)})
        widget->setEnabled(!busy);
    if (busy) {
        m_result->setStyleSheet(QString());
        m_result->setText(text);
        m_details->setRowCount(0);
    } else {
        showPending();
    }
}

void BundleDialog::showPending()
{
    auto pending = Outbox(m_database).count();
    m_attention->reload(m_database);
    if (!pending) {
        m_pending->setText(pending.error().message);
        return;
    }
    QString text = tr("%n change(s) of this device wait for the server.", nullptr, int(*pending));
    if (m_attention->count() > 0) {
        text += QLatin1Char(' ')
            + tr("%n dossier(s) were refused and did not reach the province: a bundle cannot carry them either.",
                nullptr, m_attention->count());
    }
    m_pending->setText(text);
}

} // namespace motcua::clerk
