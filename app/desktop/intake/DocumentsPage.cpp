#include "DocumentsPage.h"

#include "IntakeDraft.h"
#include "IntakeWizard.h"
#include "ScanPreparer.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::desktop {

namespace {

const QList<DocumentKind> kKinds = {DocumentKind::Original, DocumentKind::CertifiedCopy, DocumentKind::Photocopy};

} // namespace

DocumentsPage::DocumentsPage(IntakeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("intakeDocumentsPage"));
    setTitle(tr("3. Documents"));
    setSubTitle(tr("Tick what the citizen handed in; attach scans from files or drop them here."));
    setAcceptDrops(true);
    m_table->setObjectName(QStringLiteral("intakeDocuments"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Document"), tr("Kind"), tr("Count"), tr("Scan")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReceivedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScanColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(QStringLiteral("intakeDocumentsMessage"));
    m_message->setWordWrap(true);

    auto *attach = new QPushButton(tr("&Attach scan…"), this);
    attach->setObjectName(QStringLiteral("intakeAttachButton"));
    auto *remove = new QPushButton(tr("&Remove scan"), this);
    remove->setObjectName(QStringLiteral("intakeRemoveScanButton"));
    auto *add = new QPushButton(tr("A&dd another document…"), this);
    add->setObjectName(QStringLiteral("intakeAddDocumentButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(attach, &QPushButton::clicked, this, &DocumentsPage::chooseScan);
    connect(remove, &QPushButton::clicked, this, &DocumentsPage::removeScan);
    connect(add, &QPushButton::clicked, this, &DocumentsPage::addDocument);
    connect(m_table, &QTableWidget::itemChanged, this, &DocumentsPage::changed);
}

void DocumentsPage::load(const IntakeDraft &draft)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const IntakeDocument &document : draft.documents) {
        addRow(document.title, int(kKinds.indexOf(document.kind)), document.count, document.received, document.required,
            document.scanFile);
    }
    m_loading = false;
    emit completeChanged();
}

void DocumentsPage::addRow(const QString &title, int kind, int count, bool received, bool required, const QString &scan)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *tick = new QTableWidgetItem;
    tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    tick->setCheckState(received ? Qt::Checked : Qt::Unchecked);
    tick->setData(Qt::UserRole, required);
    m_table->setItem(row, ReceivedColumn, tick);
    auto *titleItem = new QTableWidgetItem(required ? title : tr("%1 (if applicable)").arg(title));
    titleItem->setData(Qt::UserRole, title);
    titleItem->setToolTip(title);
    m_table->setItem(row, TitleColumn, titleItem);
    auto *kinds = new QComboBox(m_table);
    for (DocumentKind each : kKinds)
        kinds->addItem(documentKindLabel(each));
    kinds->setCurrentIndex(std::max(0, kind));
    m_table->setCellWidget(row, KindColumn, kinds);
    auto *counts = new QSpinBox(m_table);
    counts->setRange(1, 99);
    counts->setValue(count);
    m_table->setCellWidget(row, CountColumn, counts);
    auto *scanItem = new QTableWidgetItem(scan.isEmpty() ? QString() : QFileInfo(scan).fileName());
    scanItem->setData(Qt::UserRole, scan);
    m_table->setItem(row, ScanColumn, scanItem);
    connect(kinds, &QComboBox::currentIndexChanged, this, &DocumentsPage::changed);
    connect(counts, &QSpinBox::valueChanged, this, &DocumentsPage::changed);
}

void DocumentsPage::store(IntakeDraft &draft) const
{
    draft.documents.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        IntakeDocument document;
        document.received = m_table->item(row, ReceivedColumn)->checkState() == Qt::Checked;
        document.required = m_table->item(row, ReceivedColumn)->data(Qt::UserRole).toBool();
        document.title = m_table->item(row, TitleColumn)->data(Qt::UserRole).toString();
        document.kind = kKinds.value(qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->currentIndex());
        document.count = qobject_cast<QSpinBox *>(m_table->cellWidget(row, CountColumn))->value();
        document.scanFile = m_table->item(row, ScanColumn)->data(Qt::UserRole).toString();
        draft.documents.append(document);
    }
}

bool DocumentsPage::isComplete() const
{
    // At least one document handed in: a dossier without any is not a dossier. Missing required
    // papers are the officer's call (the review page lists them), not the software's.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ReceivedColumn)->checkState() == Qt::Checked)
            return true;
    }
    return false;
}

bool DocumentsPage::attachScan(int row, const QString &file)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    auto prepared = ScanPreparer::prepare(file, m_wizard->session().context().scansDir());
    if (!prepared) {
        m_message->setText(prepared.error().message);
        return false;
    }
    QTableWidgetItem *scan = m_table->item(row, ScanColumn);
    scan->setText(QFileInfo(file).fileName());
    scan->setData(Qt::UserRole, prepared.value());
    // A scanned document was obviously handed in.
    m_table->item(row, ReceivedColumn)->setCheckState(Qt::Checked);
    m_message->setText(prepared.value() == file ? tr("Attached %1.").arg(QFileInfo(file).fileName())
                                                : tr("Attached %1 (scaled down to %2 px for storage).")
                                                      .arg(QFileInfo(file).fileName())
                                                      .arg(ScanPreparer::kMaxSide));
    changed();
    return true;
}

void DocumentsPage::chooseScan()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Select the document the scan belongs to first."));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Scan of the document"), QString(),
        tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
    if (!file.isEmpty())
        attachScan(row, file);
}

void DocumentsPage::removeScan()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QTableWidgetItem *scan = m_table->item(row, ScanColumn);
    scan->setText(QString());
    scan->setData(Qt::UserRole, QString());
    changed();
}

void DocumentsPage::addDocument()
{
    bool ok = false;
    const QString title
        = QInputDialog::getText(this, tr("Another document"), tr("Title of the document:"), QLineEdit::Normal, {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    addRow(title.trimmed(), 0, 1, true, true, QString());
    m_table->setCurrentCell(m_table->rowCount() - 1, TitleColumn);
    changed();
}

void DocumentsPage::changed()
{
    if (m_loading)
        return;
    m_wizard->draftChanged();
    emit completeChanged();
}

void DocumentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DocumentsPage::dropEvent(QDropEvent *event)
{
    // Dropped on a row: that document; elsewhere: the selected one, else the first without a scan.
    const QPoint inTable = m_table->viewport()->mapFrom(this, event->position().toPoint());
    int row = m_table->rowAt(inTable.y());
    if (row < 0)
        row = m_table->currentRow();
    for (int candidate = 0; row < 0 && candidate < m_table->rowCount(); ++candidate) {
        if (m_table->item(candidate, ScanColumn)->data(Qt::UserRole).toString().isEmpty())
            row = candidate;
    }
    // Several files go to that row and the ones after it.
    for (const QUrl &url : event->mimeData()->urls()) {
        if (row < 0 || row >= m_table->rowCount())
            break;
        if (url.isLocalFile() && attachScan(row, url.toLocalFile()))
            ++row;
    }
    event->acceptProposedAction();
}

} // namespace motcua::desktop
