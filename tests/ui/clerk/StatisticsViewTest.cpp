#include "ClerkTestStore.h"

#include "clerk/StatisticsView.h"

#include "reports/PeriodStatistics.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>

using namespace motcua;
using motcua::clerk::StatisticsView;

namespace {

// March 2026 of a commune: one dossier carried over and overdue, one done early, one done late,
// one still open and not due, and one received after the period.
void seedMarch(ClerkStore &store)
{
    store.receive(QStringLiteral("Carried Over"), QStringLiteral("001099012345"), vietnam(2026, 2, 26));
    const QString early
        = store.receive(QStringLiteral("Done Early"), QStringLiteral("001099012346"), vietnam(2026, 3, 2, 8)).code;
    store.move(early, DossierStatus::InProcess, vietnam(2026, 3, 2, 10));
    store.move(early, DossierStatus::Done, vietnam(2026, 3, 3, 10));
    const QString late
        = store.receive(QStringLiteral("Done Late"), QStringLiteral("001099012347"), vietnam(2026, 3, 2, 8)).code;
    store.move(late, DossierStatus::InProcess, vietnam(2026, 3, 2, 10));
    store.move(late, DossierStatus::Done, vietnam(2026, 3, 10, 9));
    store.receive(QStringLiteral("Not Yet Due"), QStringLiteral("001099012348"), vietnam(2026, 3, 30));
    store.receive(QStringLiteral("After The Period"), QStringLiteral("001099012349"), vietnam(2026, 4, 2));
}

QString total(StatisticsView &view, const char *key)
{
    return child<QLabel>(view, QStringLiteral("statisticsTotal_") + QString::fromLatin1(key))->text();
}

void compute(StatisticsView &view)
{
    QSignalSpy computed(&view, &StatisticsView::computed);
    child<QPushButton>(view, QStringLiteral("statisticsRefresh"))->click();
    waitForSignal(computed);
}

} // namespace

TEST_CASE("Statistics of a month show the totals of the seeded store", "[clerk][statistics]")
{
    ClerkStore store;
    seedMarch(store);
    StatisticsView view(*store.db, store.clerk, QStringLiteral("Xã Mường Phăng"), nullptr, QDate(2026, 3, 31));
    view.resize(1366, 768);
    view.show();
    CHECK(child<QDateEdit>(view, QStringLiteral("statisticsFrom"))->date() == QDate(2026, 3, 1));
    CHECK(child<QDateEdit>(view, QStringLiteral("statisticsTo"))->date() == QDate(2026, 3, 31));
    compute(view);

    const QLocale locale;
    CHECK(total(view, "carried_over") == locale.toString(1));
    CHECK(total(view, "received") == locale.toString(3));
    CHECK(total(view, "on_hand") == locale.toString(4));
    CHECK(total(view, "done_early") == locale.toString(1));
    CHECK(total(view, "done_on_time") == locale.toString(0));
    CHECK(total(view, "done_late") == locale.toString(1));
    CHECK(total(view, "open_not_due") == locale.toString(1));
    CHECK(total(view, "open_overdue") == locale.toString(1));
    // The screen shows what the core counts.
    auto direct = computeStatistics(*store.db, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(direct.ok());
    REQUIRE(view.statistics().has_value());
    CHECK(view.statistics()->total == direct->total);

    // The outcome chart's bars add up to the dossiers on hand.
    QChart *chart = child<QChartView>(view, QStringLiteral("statisticsOutcomeChart"))->chart();
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    REQUIRE(series != nullptr);
    double bars = 0;
    for (QBarSet *set : series->barSets())
        bars += set->sum();
    CHECK(bars == 4.0);
    // One sector, stacked by outcome.
    QChart *sectors = child<QChartView>(view, QStringLiteral("statisticsSectorChart"))->chart();
    REQUIRE(sectors->series().size() == 1);
    // Every bar is named on its axis and the counts axis says what it counts; no legend is left
    // to be cut short beside the two charts.
    for (QChart *shown : {chart, sectors}) {
        const auto categories = shown->axes(Qt::Vertical);
        REQUIRE(categories.size() == 1);
        auto *names = qobject_cast<QBarCategoryAxis *>(categories.first());
        REQUIRE(names != nullptr);
        CHECK(names->labelsVisible());
        CHECK_FALSE(names->categories().isEmpty());
        const auto counts = shown->axes(Qt::Horizontal);
        REQUIRE(counts.size() == 1);
        CHECK(counts.first()->labelsVisible());
        CHECK_FALSE(counts.first()->titleText().isEmpty());
        CHECK_FALSE(shown->legend()->isVisible());
    }
    CHECK(qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first())->categories().size() == 6);

    auto *table = child<QTableWidget>(view, QStringLiteral("statisticsTable"));
    auto *breakdown = child<QComboBox>(view, QStringLiteral("statisticsBreakdown"));
    breakdown->setCurrentIndex(breakdown->findData(StatisticsView::ByProcedure));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text().startsWith(QStringLiteral("1.004873")));
    CHECK(table->item(0, 2)->data(Qt::UserRole).toLongLong() == 3);
    breakdown->setCurrentIndex(breakdown->findData(StatisticsView::ByOfficer));
    CHECK(table->rowCount() == int(direct->byOfficer.size()));
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Officer"));
}

TEST_CASE("The presets pick the month, the quarter and the year up to today", "[clerk][statistics]")
{
    ClerkStore store;
    StatisticsView view(*store.db, store.clerk, QStringLiteral("Xã Mường Phăng"), nullptr, QDate(2026, 5, 20));
    auto *from = child<QDateEdit>(view, QStringLiteral("statisticsFrom"));
    auto *to = child<QDateEdit>(view, QStringLiteral("statisticsTo"));
    view.setPreset(StatisticsView::ThisQuarter);
    CHECK(from->date() == QDate(2026, 4, 1));
    CHECK(to->date() == QDate(2026, 5, 20));
    view.setPreset(StatisticsView::ThisYear);
    CHECK(from->date() == QDate(2026, 1, 1));
    view.setPreset(StatisticsView::LastMonth);
    CHECK(from->date() == QDate(2026, 4, 1));
    CHECK(to->date() == QDate(2026, 4, 30));
    // Editing a date by hand makes the period a chosen one.
    from->setDate(QDate(2026, 4, 10));
    CHECK(child<QComboBox>(view, QStringLiteral("statisticsPreset"))->currentData().toInt() == StatisticsView::Custom);
}

TEST_CASE("The statistics and the register are exported as workbooks", "[clerk][statistics]")
{
    ClerkStore store;
    seedMarch(store);
    StatisticsView view(*store.db, store.clerk, QStringLiteral("Xã Mường Phăng"), nullptr, QDate(2026, 3, 31));
    CHECK_FALSE(child<QPushButton>(view, QStringLiteral("statisticsExport"))->isEnabled());
    compute(view);
    CHECK(child<QPushButton>(view, QStringLiteral("statisticsExport"))->isEnabled());

    const QString statistics = store.dir.file(QStringLiteral("thong-ke.xlsx"));
    const Status written = view.exportStatistics(statistics);
    REQUIRE(motcua::testing::failure(written) == QString());
    QFile workbook(statistics);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == QByteArray("PK")); // a zip archive, as every .xlsx

    const QString registerPath = store.dir.file(QStringLiteral("so-theo-doi.xlsx"));
    QSignalSpy exported(&view, &StatisticsView::registerExported);
    view.exportRegister(registerPath);
    waitForSignal(exported);
    CHECK(exported.first().first().toInt() == 3); // the dossiers received in March
    CHECK(QFile::exists(registerPath));
}

TEST_CASE("An officer without the export permission sees the statistics but cannot export", "[clerk][statistics]")
{
    ClerkStore store;
    seedMarch(store);
    Officer reception = store.clerk;
    reception.roles = {Role::Reception};
    StatisticsView view(*store.db, reception, QStringLiteral("Xã Mường Phăng"), nullptr, QDate(2026, 3, 31));
    compute(view);
    CHECK(total(view, "received") == QLocale().toString(3));
    CHECK_FALSE(child<QPushButton>(view, QStringLiteral("statisticsExport"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(view, QStringLiteral("statisticsRegister"))->isEnabled());
    const QString path = store.dir.file(QStringLiteral("refused.xlsx"));
    CHECK(view.exportStatistics(path).error().code == QStringLiteral("permission.denied"));
    CHECK_FALSE(QFile::exists(path));
}
