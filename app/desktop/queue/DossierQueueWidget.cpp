#include "DossierQueueWidget.h"

#include "DossierQueueModel.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"

#include "store/Conflicts.h"
#include "store/DossierRepository.h"
#include "store/SyncAttention.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::desktop {

namespace {

// What each tab shows: a status, or one of the three views across statuses.
enum class Tab { Open, Late, All, Status };
struct TabSpec
{
    Tab tab;
    DossierStatus status = DossierStatus::Received;
};

QList<TabSpec> tabSpecs()
{
    QList<TabSpec> specs = {{Tab::Open}, {Tab::Late}};
    for (DossierStatus status : allStatuses())
        specs.append({Tab::Status, status});
    specs.append({Tab::All});
    return specs;
}

} // namespace

DossierQueueWidget::DossierQueueWidget(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new DossierQueueModel(session.dossiers(), session.context().procedures(), this))
    , m_tabs(new QTabBar(this))
    , m_filter(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_typingDelay(new QTimer(this))
    , m_session(session)
{
    setObjectName(QStringLiteral("queuePage"));
    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (const TabSpec &spec : tabSpecs()) {
        switch (spec.tab) {
        case Tab::Open:
            m_tabs->addTab(tr("Open"));
            break;
        case Tab::Late:
            m_tabs->addTab(tr("Late"));
            break;
        case Tab::All:
            m_tabs->addTab(tr("All"));
            break;
        case Tab::Status:
            m_tabs->addTab(statusLabel(spec.status));
            break;
        }
    }
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setPlaceholderText(tr("Filter: applicant's name, citizen ID or dossier code"));
    m_filter->setClearButtonEnabled(true);
    m_order->setObjectName(QStringLiteral("queueOrder"));
    m_order->addItem(tr("Most urgent first"), int(DossierFilter::Order::DueDate));
    m_order->addItem(tr("Newest first"), int(DossierFilter::Order::ReceivedNewestFirst));
    m_order->addItem(tr("Oldest first"), int(DossierFilter::Order::Received));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Widths from the font, not from the rows: measuring 100,000 rows would cost the startup.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    m_view->setColumnWidth(
        DossierQueueModel::CodeColumn, metrics.horizontalAdvance(QStringLiteral("00000-261130-XXXX-0000")) + padding);
    m_view->setColumnWidth(DossierQueueModel::ApplicantColumn, metrics.averageCharWidth() * 19);
    m_view->setColumnWidth(DossierQueueModel::ReceivedColumn,
        metrics.horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat))
            + padding);
    m_view->setColumnWidth(DossierQueueModel::DueColumn,
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + padding);
    m_view->setColumnWidth(DossierQueueModel::StatusColumn, metrics.averageCharWidth() * 16);
    m_view->setColumnWidth(DossierQueueModel::TimelinessColumn, metrics.averageCharWidth() * 12);
    m_view->horizontalHeader()->setSectionResizeMode(DossierQueueModel::ProcedureColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(200);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_order);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &DossierQueueWidget::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, &DossierQueueWidget::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_typingDelay, &QTimer::timeout, this, &DossierQueueWidget::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const Dossier *dossier = m_model->dossierAt(index.row()))
            emit dossierSelected(dossier->id.toString(QUuid::WithoutBraces));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DossierQueueWidget::updateTabCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n dossier(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
    });
    connect(m_model, &DossierQueueModel::loadFailed, m_count, &QLabel::setText);
    setTabOrder(m_filter, m_order);
    setTabOrder(m_order, m_view);
    applyFilter();
}

void DossierQueueWidget::applyFilter()
{
    const QList<TabSpec> specs = tabSpecs();
    const TabSpec spec = specs.value(std::max(0, m_tabs->currentIndex()));
    DossierFilter filter;
    filter.onlyOpen = spec.tab == Tab::Open;
    filter.onlyLate = spec.tab == Tab::Late;
    if (spec.tab == Tab::Status)
        filter.status = spec.status;
    filter.orderBy = DossierFilter::Order(m_order->currentData().toInt());
    const QString text = m_filter->text().trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9 ]+$"));
    // A printed dossier code, or a part of one: it has dashes, or letters and digits together.
    static const QRegularExpression codePart(
        QStringLiteral("^(?=.*-)[0-9A-Za-z.\\-]+$|^(?=.*[0-9])(?=.*[A-Za-z])[0-9A-Za-z]+$"));
    if (digits.match(text).hasMatch())
        filter.citizenId = QString(text).remove(QLatin1Char(' ')).left(12);
    else if (codePart.match(text).hasMatch())
        filter.dossierCode = text;
    else
        filter.applicant = text;
    readSyncMarks();
    m_model->setFilter(filter);
    selectRow(m_model->rowCount() > 0 ? 0 : -1);
}

void DossierQueueWidget::selectRow(int row)
{
    const Dossier *dossier = m_model->dossierAt(row);
    if (!dossier) {
        m_view->clearSelection();
        emit selectionCleared();
        return;
    }
    // Said even when the row was current already (no signal then): the detail shows what is selected.
    const QModelIndex target = m_model->index(row, 0);
    const bool already = m_view->currentIndex() == target;
    m_view->setCurrentIndex(target);
    m_view->selectRow(row);
    if (already)
        emit dossierSelected(dossier->id.toString(QUuid::WithoutBraces));
}

void DossierQueueWidget::reload()
{
    const Dossier *current = m_model->dossierAt(m_view->currentIndex().row());
    const QUuid keep = current ? current->id : QUuid();
    readSyncMarks();
    m_model->refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->dossierAt(row)->id == keep) {
            selectRow(row);
            return;
        }
    }
    // The dossier left this list (a refusal takes it out of "Open"): the detail keeps showing it and
    // no other citizen's row pretends to be the one on screen.
    m_view->clearSelection();
    m_view->setCurrentIndex(QModelIndex());
    if (keep.isNull())
        selectRow(m_model->rowCount() > 0 ? 0 : -1);
}

void DossierQueueWidget::readSyncMarks()
{
    QHash<QString, QString> marks;
    if (auto open = Conflicts(m_session.context().database()).list(true)) {
        for (const ConflictRecord &conflict : open.value())
            marks.insert(
                conflict.recordId, tr("Sync conflict: the data clerk must choose between this desk and the server."));
    }
    if (auto refused = SyncAttention(m_session.context().database()).list()) {
        for (const DossierAttention &dossier : refused.value())
            marks.insert(dossier.dossierId, tr("Did not reach the province: see the dossier."));
    }
    m_model->setSyncMarks(marks);
}

void DossierQueueWidget::updateTabCounts()
{
    // The counts of the tabs follow the text filter, so a search tells where its dossiers are.
    DossierFilter filter = m_model->filter();
    filter.onlyOpen = false;
    filter.onlyLate = false;
    filter.status.reset();
    auto counts = m_session.dossiers().countByStatus(filter);
    DossierFilter late = filter;
    late.onlyLate = true;
    auto lateCount = m_session.dossiers().count(late);
    if (!counts || !lateCount)
        return;
    qint64 open = 0;
    qint64 all = 0;
    for (auto it = counts->constBegin(); it != counts->constEnd(); ++it) {
        all += it.value();
        if (isOpen(it.key()))
            open += it.value();
    }
    const QList<TabSpec> specs = tabSpecs();
    for (int index = 0; index < specs.size(); ++index) {
        const TabSpec &spec = specs.at(index);
        QString name;
        qint64 count = 0;
        switch (spec.tab) {
        case Tab::Open:
            name = tr("Open");
            count = open;
            break;
        case Tab::Late:
            name = tr("Late");
            count = *lateCount;
            break;
        case Tab::All:
            name = tr("All");
            count = all;
            break;
        case Tab::Status:
            name = statusLabel(spec.status);
            count = counts->value(spec.status);
            break;
        }
        m_tabs->setTabText(index, QStringLiteral("%1 (%2)").arg(name).arg(count));
    }
}

void DossierQueueWidget::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void DossierQueueWidget::selectTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

} // namespace motcua::desktop
