#include "ImportDialog.h"

#include "OwnConnection.h"

#include "domain/Permissions.h"
#include "io/LegacyEncoding.h"
#include "store/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::clerk {

namespace {

constexpr int kPreviewRows = 20;
const QColor kProblem(0xff, 0xeb, 0xee);

QString fieldTitle(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return ImportDialog::tr("(ignore)");
    case ImportField::ProcedureCode:
        return ImportDialog::tr("Procedure");
    case ImportField::ApplicantName:
        return ImportDialog::tr("Applicant");
    case ImportField::FullName:
        return ImportDialog::tr("Full name");
    case ImportField::CitizenId:
        return ImportDialog::tr("Citizen ID");
    case ImportField::Phone:
        return ImportDialog::tr("Phone");
    case ImportField::Address:
        return ImportDialog::tr("Address");
    case ImportField::Email:
        return ImportDialog::tr("Email");
    case ImportField::ReceivedAt:
        return ImportDialog::tr("Received");
    case ImportField::DossierState:
        return ImportDialog::tr("Status");
    case ImportField::DoneAt:
        return ImportDialog::tr("Result ready");
    case ImportField::ReturnedAt:
        return ImportDialog::tr("Result returned");
    case ImportField::BirthDate:
        return ImportDialog::tr("Date of birth");
    case ImportField::Gender:
        return ImportDialog::tr("Gender");
    }
    return importFieldKey(field);
}

QString encodingTitle(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return ImportDialog::tr("Unicode (UTF-8)");
    case TextEncoding::Tcvn3:
        return ImportDialog::tr("TCVN3 (ABC, .Vn fonts)");
    case TextEncoding::Vni:
        return ImportDialog::tr("VNI-Windows");
    case TextEncoding::Viscii:
        return ImportDialog::tr("VISCII");
    case TextEncoding::Cp1258:
        return ImportDialog::tr("Windows-1258");
    }
    return LegacyEncoding::key(encoding);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

QString problemText(const ImportRowError &error)
{
    return error.columnName.isEmpty() ? error.message : error.columnName + QStringLiteral(": ") + error.message;
}

} // namespace

ImportDialog::ImportDialog(Database &database, WorkCalendar calendar, Officer officer, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_calendar(std::move(calendar))
    , m_officer(std::move(officer))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import an old list"));
    buildUi();
    connect(&m_running, &QFutureWatcher<Result<LegacyImportReport>>::finished, this, [this] {
        m_busy = false;
        showReport(m_running.result());
    });
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // An import cancelled here writes nothing; the worker must end before the dialog it reports to.
    if (m_cancel)
        m_cancel->store(true);
    m_running.waitForFinished();
}

void ImportDialog::buildUi()
{
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("A .csv or .xlsx file"));
    m_browse = new QPushButton(tr("Choose…"));
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Dossiers"), int(LegacyListKind::Dossiers));
    m_kind->addItem(tr("Citizens"), int(LegacyListKind::Citizens));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"), QString());
    for (TextEncoding encoding : LegacyEncoding::all())
        m_encoding->addItem(encodingTitle(encoding), LegacyEncoding::key(encoding));
    m_previewButton = new QPushButton(tr("Preview"));
    m_previewButton->setObjectName(QStringLiteral("importPreviewButton"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(new QLabel(tr("Encoding:")));
    kindRow->addWidget(m_encoding);
    kindRow->addWidget(m_previewButton);
    kindRow->addStretch();
    form->addRow(tr("List of:"), kindRow);

    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);

    m_mapping = new QTableWidget;
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Header in the file"), tr("Field")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->horizontalHeader()->setSectionResizeMode(ColumnHeader, QHeaderView::Stretch);
    keepHeaderWhole();
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    auto *mappingBox = new QGroupBox(tr("Columns"));
    (new QVBoxLayout(mappingBox))->addWidget(m_mapping);
    auto *previewBox = new QGroupBox(tr("First rows as they will be read"));
    (new QVBoxLayout(previewBox))->addWidget(m_preview);
    auto *tables = new QSplitter(Qt::Horizontal);
    tables->addWidget(mappingBox);
    tables->addWidget(previewBox);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 2);

    m_allOrNothing = new QRadioButton(tr("All or nothing: one refused row refuses the file"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_allOrNothing->setChecked(true);
    m_validRows = new QRadioButton(tr("Import the valid rows and list the others"));
    m_validRows->setObjectName(QStringLiteral("importValidRows"));
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_allOrNothing);
    mode->addButton(m_validRows);
    m_allowReimport = new QCheckBox(tr("Import again a file imported before"));
    m_allowReimport->setObjectName(QStringLiteral("importAllowReimport"));
    m_run = new QPushButton(tr("Import"));
    m_run->setObjectName(QStringLiteral("importRun"));
    m_cancelButton = new QPushButton(tr("Cancel import"));
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    auto *runBox = new QGroupBox(tr("Import"));
    auto *runLayout = new QVBoxLayout(runBox);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_allOrNothing);
    modeRow->addWidget(m_validRows);
    modeRow->addWidget(m_allowReimport);
    modeRow->addStretch();
    runLayout->addLayout(modeRow);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_run);
    progressRow->addWidget(m_cancelButton);
    runLayout->addLayout(progressRow);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_errors = new QTableWidget;
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_errors->setMaximumHeight(160);
    // Shown only when an import refused rows: on a 1024x600 screen the empty table would take the
    // height the columns and the preview need.
    m_errors->hide();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(tables, 1);
    layout->addWidget(runBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(close);

    if (!Permissions::allows(m_officer, Permission::ImportData))
        showMessage(m_summary, Permissions::deniedMessage(m_officer, Permission::ImportData), true);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { (void)preview(); });
    connect(m_file, &QLineEdit::returnPressed, this, [this] { (void)preview(); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_overrides.clear(); // the fields differ between the kinds of lists
        (void)preview();
    });
    connect(m_encoding, &QComboBox::activated, this, [this] { (void)preview(); });
    connect(m_run, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the list to import"), QString(), tr("Lists (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_overrides.clear();
    m_lastMapping.clear();
    (void)preview();
}

LegacyImportOptions ImportDialog::options() const
{
    LegacyImportOptions options;
    options.kind = LegacyListKind(m_kind->currentData().toInt());
    options.mode = m_validRows->isChecked() ? ImportMode::ValidRows : ImportMode::AllOrNothing;
    options.allowReimport = m_allowReimport->isChecked();
    options.mapping = m_overrides;
    const QString encoding = m_encoding->currentData().toString();
    if (!encoding.isEmpty())
        options.table.encoding = LegacyEncoding::fromKey(encoding);
    return options;
}

bool ImportDialog::preview()
{
    m_previewOk = false;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        showMessage(m_detected, tr("Choose a file."), true);
        updateButtons();
        return false;
    }
    const LegacyImportOptions chosen = options();
    LegacyImporter importer(m_database, m_calendar, m_officer.actorLabel());
    auto read = importer.preview(path, chosen, kPreviewRows);
    if (!read) {
        // The mapping may be what is wrong: keep the columns on screen so the clerk can fix it.
        auto table = LegacyTable::open(path, chosen.table);
        if (table)
            showMapping(table.value()->header(), m_lastMapping);
        else
            showMapping({}, {});
        showMessage(m_detected, read.error().message, true);
        updateButtons();
        emit previewed();
        return false;
    }
    m_lastMapping = read->mapping;
    showMapping(read->header, read->mapping);
    showPreviewRows(*read);
    const bool detected = !chosen.table.encoding.has_value();
    const auto encoding = LegacyEncoding::fromKey(read->encoding);
    const QString encodingText = encoding ? encodingTitle(*encoding) : read->encoding;
    QString text = read->format == QLatin1String("xlsx") ? tr("Excel workbook") : tr("CSV file");
    text += QStringLiteral(" · ")
        + (detected ? tr("encoding %1 (detected)").arg(encodingText) : tr("encoding %1 (chosen)").arg(encodingText));
    if (read->format != QLatin1String("xlsx") && !read->delimiter.isEmpty())
        text += QStringLiteral(" · ") + tr("columns separated by “%1”").arg(read->delimiter);
    int problems = 0;
    for (const ImportPreviewRow &row : std::as_const(read->rows))
        problems += row.errors.isEmpty() ? 0 : 1;
    if (problems > 0)
        text += QStringLiteral(" · ") + tr("%n of the first rows would be refused", nullptr, problems);
    showMessage(m_detected, text, false);
    m_previewOk = true;
    updateButtons();
    emit previewed();
    return true;
}

void ImportDialog::showMapping(const QStringList &header, const QList<ColumnMapping> &mapping)
{
    const LegacyListKind kind = LegacyListKind(m_kind->currentData().toInt());
    const QList<ImportField> required = requiredImportFields(kind);
    m_mapping->clearContents();
    m_mapping->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        const QString letter = columnLetter(column);
        m_mapping->setItem(column, ColumnLetter, cell(letter));
        m_mapping->setItem(column, ColumnHeader, cell(header.at(column)));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importMap_") + letter);
        combo->addItem(fieldTitle(ImportField::Ignore), importFieldKey(ImportField::Ignore));
        for (ImportField field : importFields(kind)) {
            combo->addItem(required.contains(field) ? fieldTitle(field) + QStringLiteral(" *") : fieldTitle(field),
                importFieldKey(field));
        }
        QString key = m_overrides.value(letter);
        if (key.isEmpty()) {
            for (const ColumnMapping &mapped : mapping) {
                if (mapped.column == column)
                    key = importFieldKey(mapped.field);
            }
        }
        combo->setCurrentIndex(std::max(0, combo->findData(key.isEmpty() ? importFieldKey(ImportField::Ignore) : key)));
        connect(combo, &QComboBox::activated, this,
            [this, letter, combo] { mapColumn(letter, combo->currentData().toString()); });
        m_mapping->setCellWidget(column, ColumnField, combo);
    }
    m_mapping->resizeColumnToContents(ColumnLetter);
    m_mapping->resizeColumnToContents(ColumnField);
    keepHeaderWhole();
}

void ImportDialog::keepHeaderWhole()
{
    // The stretched "Header in the file" column gets what is left: the table is made wide enough
    // for its whole title, or a small screen cuts it.
    QHeaderView *header = m_mapping->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int title
        = header->fontMetrics().horizontalAdvance(m_mapping->horizontalHeaderItem(ColumnHeader)->text()) + 2 * margin;
    m_mapping->setMinimumWidth(header->sectionSize(ColumnLetter) + header->sectionSize(ColumnField) + title
        + 2 * m_mapping->frameWidth() + m_mapping->verticalScrollBar()->sizeHint().width());
}

void ImportDialog::mapColumn(const QString &letter, const QString &fieldKey)
{
    m_overrides.insert(letter, fieldKey);
    (void)preview();
}

void ImportDialog::showPreviewRows(const LegacyImportPreview &preview)
{
    QList<ImportField> fields;
    for (const ColumnMapping &mapped : preview.mapping) {
        if (mapped.field != ImportField::Ignore)
            fields.append(mapped.field);
    }
    QStringList headers{tr("Row")};
    for (ImportField field : std::as_const(fields))
        headers.append(fieldTitle(field));
    headers.append(tr("Problems"));
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row) {
        const ImportPreviewRow &line = preview.rows.at(row);
        m_preview->setItem(row, 0, cell(QString::number(line.row)));
        for (int i = 0; i < fields.size(); ++i) {
            QString value;
            for (const auto &[field, text] : line.values) {
                if (field == fields.at(i))
                    value = text;
            }
            m_preview->setItem(row, i + 1, cell(value));
        }
        QStringList problems;
        for (const ImportRowError &error : line.errors)
            problems.append(problemText(error));
        m_preview->setItem(row, int(fields.size()) + 1, cell(problems.join(QStringLiteral("; "))));
        if (!problems.isEmpty()) {
            for (int column = 0; column < m_preview->columnCount(); ++column)
                m_preview->item(row, column)->setBackground(kProblem);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setStretchLastSection(true);
}

void ImportDialog::start()
{
    if (m_busy)
        return;
    if (!Permissions::allows(m_officer, Permission::ImportData)) {
        showMessage(m_summary, Permissions::deniedMessage(m_officer, Permission::ImportData), true);
        emit importFinished(false);
        return;
    }
    if (!m_previewOk && !preview()) {
        showMessage(m_summary, tr("Fix the file or the columns first: %1").arg(m_detected->text()), true);
        emit importFinished(false);
        return;
    }
    m_report.reset();
    m_errors->setRowCount(0);
    m_errors->hide();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    showMessage(m_summary, tr("Importing…"), false);

    LegacyImportOptions chosen = options();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    // The worker reports through queued calls: the dialog waits for it before it is destroyed.
    chosen.progress = [this, cancelled](const ImportProgress &progress) {
        QMetaObject::invokeMethod(
            this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_running.setFuture(runOnOwnConnection<LegacyImportReport>(
        m_database.dataDir(), [calendar = m_calendar, actor = m_officer.actorLabel(), path, chosen](Database &db) {
            LegacyImporter importer(db, calendar, actor);
            return importer.run(path, chosen);
        }));
    updateButtons();
}

void ImportDialog::cancel()
{
    if (m_cancel && m_busy) {
        m_cancel->store(true);
        m_progress->setFormat(tr("Cancelling…"));
    }
}

bool ImportDialog::isRunning() const
{
    return m_busy;
}

void ImportDialog::showProgress(const ImportProgress &progress)
{
    if (!m_busy)
        return;
    if (progress.totalBytes > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, progress.bytesRead * 1000 / progress.totalBytes)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(tr("%1 rows read").arg(QLocale().toString(progress.rowsRead)));
}

void ImportDialog::showReport(const Result<LegacyImportReport> &result)
{
    m_progress->setRange(0, 1000);
    updateButtons();
    if (!result) {
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        QString message = result.error().message;
        if (result.error().code == QLatin1String("import.cancelled"))
            message = tr("Import cancelled: nothing was written.");
        else if (result.error().code == QLatin1String("import.already_imported"))
            message += QLatin1Char(' ') + tr("Tick “%1” to import it anyway.").arg(m_allowReimport->text());
        showMessage(m_summary, message, true);
        emit importFinished(false);
        return;
    }
    m_report = result.value();
    const LegacyImportReport &report = *m_report;
    m_progress->setValue(1000);
    m_progress->setFormat(tr("%1 rows read").arg(QLocale().toString(report.rowsRead)));
    QString text;
    if (report.committed) {
        text = tr("Imported %1 of %2 rows.")
                   .arg(QLocale().toString(report.imported), QLocale().toString(report.rowsRead));
        if (report.updated > 0)
            text += QLatin1Char(' ') + tr("%1 known citizens updated.").arg(QLocale().toString(report.updated));
        if (report.refused > 0)
            text += QLatin1Char(' ') + tr("%1 rows refused (listed below).").arg(QLocale().toString(report.refused));
    } else {
        text = tr("Nothing was written: %1 of %2 rows were refused and the file is imported all or nothing. Fix "
                  "them, or choose to import the valid rows.")
                   .arg(QLocale().toString(report.refused), QLocale().toString(report.rowsRead));
    }
    if (report.errors.size() < report.refused)
        text += QLatin1Char(' ') + tr("The first %1 problems are listed.").arg(report.errors.size());
    showMessage(m_summary, text, !report.committed);
    m_errors->setRowCount(int(report.errors.size()));
    for (int row = 0; row < report.errors.size(); ++row) {
        const ImportRowError &error = report.errors.at(row);
        m_errors->setItem(row, 0, cell(QString::number(error.row)));
        m_errors->setItem(row, 1, cell(error.columnName));
        m_errors->setItem(row, 2, cell(error.message));
    }
    m_errors->resizeColumnToContents(0);
    m_errors->resizeColumnToContents(1);
    m_errors->setVisible(!report.errors.isEmpty());
    emit importFinished(report.committed);
}

void ImportDialog::updateButtons()
{
    const bool running = m_busy;
    const bool mayImport = Permissions::allows(m_officer, Permission::ImportData);
    m_run->setEnabled(mayImport && m_previewOk && !running);
    m_cancelButton->setEnabled(running);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_kind),
            static_cast<QWidget *>(m_encoding), static_cast<QWidget *>(m_previewButton),
            static_cast<QWidget *>(m_mapping), static_cast<QWidget *>(m_allOrNothing),
            static_cast<QWidget *>(m_validRows), static_cast<QWidget *>(m_allowReimport)})
        widget->setEnabled(!running);
}

void ImportDialog::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

} // namespace motcua::clerk
