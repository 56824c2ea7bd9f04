#include "StatisticsView.h"

#include "OwnConnection.h"

#include "domain/Permissions.h"
#include "domain/VietnamTime.h"
#include "reports/ReportWorkbook.h"
#include "store/Database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace motcua::clerk {

namespace {

// The outcomes every dossier on hand ends up in, in the order of the charts and the table.
struct Outcome
{
    const char *key;
    const char *title;
    QColor color;
    qint64 StatisticsCounts::*count;
};

const QList<Outcome> &outcomes()
{
    static const QList<Outcome> list{
        {"done_early", QT_TRANSLATE_NOOP("motcua::clerk::StatisticsView", "Done early"), QColor(0x2e, 0x7d, 0x32),
            &StatisticsCounts::doneEarly},
        {"done_on_time", QT_TRANSLATE_NOOP("motcua::clerk::StatisticsView", "On time"), QColor(0x7c, 0xb3, 0x42),
            &StatisticsCounts::doneOnTime},
        {"done_late", QT_TRANSLATE_NOOP("motcua::clerk::StatisticsView", "Late"), QColor(0xef, 0x6c, 0x00),
            &StatisticsCounts::doneLate},
        {"ended", QT_TRANSLATE_NOOP("motcua::clerk::StatisticsView", "Ended without result"), QColor(0x9e, 0x9e, 0x9e),
            &StatisticsCounts::ended},
        {"open_not_due", QT_TRANSLATE_NOOP("motcua::clerk::StatisticsView", "Open"), QColor(0x1e, 0x88, 0xe5),
            &StatisticsCounts::openNotDue},
        {"open_overdue", QT_TRANSLATE_NOOP("motcua::clerk::StatisticsView", "Overdue"), QColor(0xc6, 0x28, 0x28),
            &StatisticsCounts::openOverdue},
    };
    return list;
}

// Sectors past this many share one bar, so the chart stays readable on a 1366×768 screen.
constexpr int kSectorBars = 8;

QString percentText(double percent)
{
    return percent < 0 ? QStringLiteral("—") : QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A count axis with whole-number ticks: a handful of dossiers must not read "0, 0, 1, 1, 2".
QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    // 1, 2, 5, 10, 20, 50, … : the first step that needs at most six ticks.
    qint64 interval = 1;
    for (int step = 0; largest / interval > 6; ++step)
        interval = qint64(std::pow(10, step / 3)) * std::array<qint64, 3>{2, 5, 10}[step % 3];
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(interval));
    const qint64 top = std::max<qint64>(1, (largest + interval - 1) / interval) * interval;
    axis->setRange(0, double(top));
    axis->setTitleText(QCoreApplication::translate("motcua::clerk::StatisticsView", "Dossiers"));
    return axis;
}

void replaceChart(QChartView *view, QChart *chart)
{
    // QChartView takes the new chart but gives the old one back to us.
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

StatisticsView::StatisticsView(Database &database, Officer officer, QString communeName, QWidget *parent, QDate today)
    : QWidget(parent)
    , m_database(database)
    , m_officer(std::move(officer))
    , m_communeName(std::move(communeName))
    , m_today(today.isValid() ? today : VietnamTime::legalDate(VietnamTime::now()))
{
    setObjectName(QStringLiteral("statisticsView"));
    buildUi();
    connect(&m_computing, &QFutureWatcher<Result<PeriodStatistics>>::finished, this, [this] {
        m_busyComputing = false;
        const Result<PeriodStatistics> result = m_computing.result();
        if (!result) {
            updateButtons();
            showMessage(result.error().message, true);
            emit failed(result.error().message);
            return;
        }
        m_statistics = result.value();
        updateButtons();
        showStatistics();
        showMessage(tr("Dossiers on hand from %1 to %2: %3.")
                        .arg(QLocale().toString(m_statistics->from, QLocale::ShortFormat),
                            QLocale().toString(m_statistics->to, QLocale::ShortFormat),
                            QLocale().toString(m_statistics->total.onHand())),
            false);
        emit computed();
    });
    connect(&m_exporting, &QFutureWatcher<Result<int>>::finished, this, [this] {
        m_busyExporting = false;
        const Result<int> result = m_exporting.result();
        updateButtons();
        if (!result) {
            showMessage(result.error().message, true);
            emit failed(result.error().message);
            return;
        }
        showMessage(tr("Register written: %n dossier(s).", nullptr, result.value()), false);
        emit registerExported(result.value());
    });
    setPreset(ThisMonth);
}

StatisticsView::~StatisticsView()
{
    // The workers hold their own connections but write files the officer may open next.
    m_computing.waitForFinished();
    m_exporting.waitForFinished();
}

void StatisticsView::buildUi()
{
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("statisticsPreset"));
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("This quarter"), ThisQuarter);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Last month"), LastMonth);
    m_preset->addItem(tr("Chosen dates"), Custom);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("statisticsFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("statisticsTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_applyingPreset)
                m_preset->setCurrentIndex(m_preset->findData(Custom));
        });
    }
    m_refresh = new QPushButton(tr("Compute"));
    m_refresh->setObjectName(QStringLiteral("statisticsRefresh"));
    m_exportStatistics = new QPushButton(tr("Export XLSX…"));
    m_exportStatistics->setObjectName(QStringLiteral("statisticsExport"));
    m_exportRegister = new QPushButton(tr("Register XLSX…"));
    m_exportRegister->setObjectName(QStringLiteral("statisticsRegister"));
    if (!Permissions::allows(m_officer, Permission::ExportReports)) {
        const QString denied = Permissions::deniedMessage(m_officer, Permission::ExportReports);
        m_exportStatistics->setToolTip(denied);
        m_exportRegister->setToolTip(denied);
    }

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Period:")));
    period->addWidget(m_preset);
    period->addWidget(new QLabel(tr("from")));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addWidget(m_refresh);
    period->addStretch();
    period->addWidget(m_exportStatistics);
    period->addWidget(m_exportRegister);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("statisticsMessage"));
    m_message->setWordWrap(true);

    // The totals, in the order of the province's report form.
    auto *totals = new QGroupBox(tr("Totals"));
    auto *form = new QFormLayout(totals);
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("carried_over"), tr("Carried over")},
        {QStringLiteral("received"), tr("Received in the period")},
        {QStringLiteral("on_hand"), tr("On hand")},
        {QStringLiteral("done_early"), tr("Done early")},
        {QStringLiteral("done_on_time"), tr("Done on time")},
        {QStringLiteral("done_late"), tr("Done late")},
        {QStringLiteral("ended"), tr("Ended without result")},
        {QStringLiteral("open_not_due"), tr("Open, not yet due")},
        {QStringLiteral("open_overdue"), tr("Open and overdue")},
        {QStringLiteral("on_time_percent"), tr("Results on time")},
    };
    for (const auto &[key, title] : rows) {
        auto *value = new QLabel(QStringLiteral("—"));
        value->setObjectName(QStringLiteral("statisticsTotal_") + key);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(title, value);
        m_totals.insert(key, value);
    }
    totals->setMinimumWidth(260);

    m_outcomeChart = new QChartView;
    m_outcomeChart->setObjectName(QStringLiteral("statisticsOutcomeChart"));
    m_outcomeChart->setRenderHint(QPainter::Antialiasing);
    m_sectorChart = new QChartView;
    m_sectorChart->setObjectName(QStringLiteral("statisticsSectorChart"));
    m_sectorChart->setRenderHint(QPainter::Antialiasing);

    auto *top = new QHBoxLayout;
    top->addWidget(totals);
    top->addWidget(m_outcomeChart, 1);
    top->addWidget(m_sectorChart, 1);
    auto *topWidget = new QWidget;
    topWidget->setLayout(top);
    top->setContentsMargins(0, 0, 0, 0);

    m_breakdown = new QComboBox;
    m_breakdown->setObjectName(QStringLiteral("statisticsBreakdown"));
    m_breakdown->addItem(tr("By procedure"), ByProcedure);
    m_breakdown->addItem(tr("By officer"), ByOfficer);
    m_breakdown->addItem(tr("By sector"), BySector);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    auto *bottom = new QVBoxLayout;
    auto *breakdownRow = new QHBoxLayout;
    breakdownRow->addWidget(new QLabel(tr("Breakdown:")));
    breakdownRow->addWidget(m_breakdown);
    breakdownRow->addStretch();
    bottom->addLayout(breakdownRow);
    bottom->addWidget(m_table);
    bottom->setContentsMargins(0, 0, 0, 0);
    auto *bottomWidget = new QWidget;
    bottomWidget->setLayout(bottom);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(topWidget);
    splitter->addWidget(bottomWidget);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_preset, &QComboBox::activated, this,
        [this](int index) { setPreset(static_cast<Preset>(m_preset->itemData(index).toInt())); });
    connect(m_refresh, &QPushButton::clicked, this, &StatisticsView::refresh);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &StatisticsView::showBreakdown);
    connect(m_exportStatistics, &QPushButton::clicked, this, &StatisticsView::chooseStatisticsFile);
    connect(m_exportRegister, &QPushButton::clicked, this, &StatisticsView::chooseRegisterFile);
    replaceChart(m_outcomeChart, new QChart);
    replaceChart(m_sectorChart, new QChart);
    updateButtons();
}

void StatisticsView::setPreset(Preset preset)
{
    QDate from;
    QDate to = m_today;
    switch (preset) {
    case ThisMonth:
        from = QDate(m_today.year(), m_today.month(), 1);
        break;
    case ThisQuarter:
        from = QDate(m_today.year(), (m_today.month() - 1) / 3 * 3 + 1, 1);
        break;
    case ThisYear:
        from = QDate(m_today.year(), 1, 1);
        break;
    case LastMonth:
        from = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Custom:
        m_preset->setCurrentIndex(m_preset->findData(Custom));
        return;
    }
    m_applyingPreset = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(m_preset->findData(preset));
    m_applyingPreset = false;
}

void StatisticsView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void StatisticsView::setBreakdown(Breakdown breakdown)
{
    m_breakdown->setCurrentIndex(m_breakdown->findData(breakdown));
}

bool StatisticsView::isComputing() const
{
    return m_busyComputing;
}

void StatisticsView::refresh()
{
    if (m_busyComputing)
        return;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to) {
        const QString message = tr("The period must start on or before its last day.");
        showMessage(message, true);
        emit failed(message);
        return;
    }
    showMessage(tr("Counting the dossiers…"), false);
    m_busyComputing = true;
    m_computing.setFuture(runOnOwnConnection<PeriodStatistics>(
        m_database.dataDir(), [from, to](Database &db) { return computeStatistics(db, from, to); }));
    updateButtons();
}

void StatisticsView::showStatistics()
{
    const StatisticsCounts &total = m_statistics->total;
    m_totals.value(QStringLiteral("carried_over"))->setText(QLocale().toString(total.carriedOver));
    m_totals.value(QStringLiteral("received"))->setText(QLocale().toString(total.received));
    m_totals.value(QStringLiteral("on_hand"))->setText(QLocale().toString(total.onHand()));
    for (const Outcome &outcome : outcomes())
        m_totals.value(QString::fromLatin1(outcome.key))->setText(QLocale().toString(total.*outcome.count));
    m_totals.value(QStringLiteral("on_time_percent"))->setText(percentText(total.onTimePercent()));
    showCharts();
    showBreakdown();
}

void StatisticsView::showCharts()
{
    // Outcomes: one horizontal bar each, named on its axis (a legend beside two charts is cut
    // short on a 1024-pixel screen), stacked so that every bar keeps its own colour.
    auto *outcomeChart = new QChart;
    outcomeChart->setTitle(tr("What became of the dossiers on hand"));
    auto *outcomeSeries = new QHorizontalStackedBarSeries;
    QStringList outcomeNames;
    // Top to bottom in the order of the table: the axis draws its first category at the bottom.
    for (qsizetype i = outcomes().size() - 1; i >= 0; --i)
        outcomeNames.append(tr(outcomes().at(i).title));
    for (qsizetype i = 0; i < outcomes().size(); ++i) {
        const Outcome &outcome = outcomes().at(i);
        auto *set = new QBarSet(tr(outcome.title));
        set->setColor(outcome.color);
        for (qsizetype j = outcomes().size() - 1; j >= 0; --j)
            set->append(i == j ? double(m_statistics->total.*outcome.count) : 0.0);
        outcomeSeries->append(set);
    }
    outcomeChart->addSeries(outcomeSeries);
    auto *outcomeAxis = new QBarCategoryAxis;
    outcomeAxis->append(outcomeNames);
    outcomeChart->addAxis(outcomeAxis, Qt::AlignLeft);
    outcomeSeries->attachAxis(outcomeAxis);
    qint64 largest = 0;
    for (const Outcome &outcome : outcomes())
        largest = std::max(largest, m_statistics->total.*outcome.count);
    QValueAxis *outcomeCount = countAxis(largest);
    outcomeChart->addAxis(outcomeCount, Qt::AlignBottom);
    outcomeSeries->attachAxis(outcomeCount);
    outcomeChart->legend()->hide();
    replaceChart(m_outcomeChart, outcomeChart);

    // Sectors: one horizontal bar per sector, split by outcome; the smallest share one bar.
    QList<StatisticsLine> sectors = m_statistics->bySector;
    if (sectors.size() > kSectorBars) {
        StatisticsLine others;
        others.label = tr("Other sectors");
        for (qsizetype i = kSectorBars - 1; i < sectors.size(); ++i)
            others.counts += sectors.at(i).counts;
        sectors.resize(kSectorBars - 1);
        sectors.append(others);
    }
    auto *sectorChart = new QChart;
    // Its colours are the outcomes of the chart beside it, which names them.
    sectorChart->setTitle(tr("By sector (colours as in the chart of outcomes)"));
    auto *sectorSeries = new QHorizontalStackedBarSeries;
    for (const Outcome &outcome : outcomes()) {
        auto *set = new QBarSet(tr(outcome.title));
        set->setColor(outcome.color);
        // Top to bottom in the order of the list: the axis draws its first category at the bottom.
        for (qsizetype i = sectors.size() - 1; i >= 0; --i)
            set->append(double(sectors.at(i).counts.*outcome.count));
        sectorSeries->append(set);
    }
    sectorChart->addSeries(sectorSeries);
    auto *sectorAxis = new QBarCategoryAxis;
    for (qsizetype i = sectors.size() - 1; i >= 0; --i)
        sectorAxis->append(sectors.at(i).label.isEmpty() ? tr("(no sector)") : sectors.at(i).label);
    sectorChart->addAxis(sectorAxis, Qt::AlignLeft);
    sectorSeries->attachAxis(sectorAxis);
    qint64 widest = 0;
    for (const StatisticsLine &sector : std::as_const(sectors))
        widest = std::max(widest, sector.counts.onHand());
    QValueAxis *sectorCount = countAxis(widest);
    sectorChart->addAxis(sectorCount, Qt::AlignBottom);
    sectorSeries->attachAxis(sectorCount);
    sectorChart->legend()->hide();
    replaceChart(m_sectorChart, sectorChart);
}

void StatisticsView::showBreakdown()
{
    m_table->clear();
    m_table->setRowCount(0);
    QStringList headers{m_breakdown->currentData().toInt() == ByOfficer ? tr("Officer")
            : m_breakdown->currentData().toInt() == BySector            ? tr("Sector")
                                                                        : tr("Procedure"),
        tr("Carried over"), tr("Received")};
    for (const Outcome &outcome : outcomes())
        headers.append(tr(outcome.title));
    headers.append(tr("On time %"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    if (!m_statistics)
        return;
    const QList<StatisticsLine> &lines = m_breakdown->currentData().toInt() == ByOfficer ? m_statistics->byOfficer
        : m_breakdown->currentData().toInt() == BySector                                 ? m_statistics->bySector
                                                                                         : m_statistics->byProcedure;
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const StatisticsLine &line = lines.at(row);
        auto *label = new QTableWidgetItem(line.label.isEmpty() ? line.key : line.label);
        label->setData(Qt::UserRole, line.key);
        label->setToolTip(label->text());
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, numberItem(line.counts.carriedOver));
        m_table->setItem(row, 2, numberItem(line.counts.received));
        int column = 3;
        for (const Outcome &outcome : outcomes())
            m_table->setItem(row, column++, numberItem(line.counts.*outcome.count));
        auto *percent = new QTableWidgetItem(percentText(line.counts.onTimePercent()));
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, percent);
    }
    // The figures keep their whole headers; the label column gets its text's width up to a cap
    // (the whole name is in the tooltip), and the table scrolls sideways on a narrow screen rather
    // than squeezing the names into "1. 0…".
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 1; column < m_table->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->resizeColumnToContents(0);
    header->resizeSection(0, std::min(header->sectionSize(0), 320));
}

Status StatisticsView::exportStatistics(const QString &path)
{
    if (!Permissions::allows(m_officer, Permission::ExportReports))
        return makeError(
            QStringLiteral("permission.denied"), Permissions::deniedMessage(m_officer, Permission::ExportReports));
    if (!m_statistics)
        return makeError(QStringLiteral("report.not_computed"), tr("Compute the statistics of a period first."));
    Status written = ReportWorkbook::writeStatistics(*m_statistics, m_communeName, path);
    if (written)
        showMessage(tr("Statistics written to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(written.error().message, true);
    return written;
}

void StatisticsView::exportRegister(const QString &path)
{
    if (!Permissions::allows(m_officer, Permission::ExportReports)) {
        const QString message = Permissions::deniedMessage(m_officer, Permission::ExportReports);
        showMessage(message, true);
        emit failed(message);
        return;
    }
    if (m_busyExporting)
        return;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const QDate today = m_today;
    showMessage(tr("Writing the register…"), false);
    m_busyExporting = true;
    m_exporting.setFuture(runOnOwnConnection<int>(m_database.dataDir(),
        [from, to, today, path](Database &db) { return ReportWorkbook::writeRegister(db, from, to, today, path); }));
    updateButtons();
}

void StatisticsView::chooseStatisticsFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the statistics"),
        QStringLiteral("thong-ke-%1-%2.xlsx")
            .arg(
                m_from->date().toString(QStringLiteral("yyyyMMdd")), m_to->date().toString(QStringLiteral("yyyyMMdd"))),
        tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        (void)exportStatistics(path);
}

void StatisticsView::chooseRegisterFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the register"),
        QStringLiteral("so-theo-doi-%1-%2.xlsx")
            .arg(
                m_from->date().toString(QStringLiteral("yyyyMMdd")), m_to->date().toString(QStringLiteral("yyyyMMdd"))),
        tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportRegister(path);
}

void StatisticsView::updateButtons()
{
    const bool mayExport = Permissions::allows(m_officer, Permission::ExportReports);
    m_refresh->setEnabled(!m_busyComputing);
    m_exportStatistics->setEnabled(mayExport && m_statistics.has_value());
    m_exportRegister->setEnabled(mayExport && !m_busyExporting);
}

void StatisticsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

} // namespace motcua::clerk
