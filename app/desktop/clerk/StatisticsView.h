#pragma once

#include "domain/Officer.h"
#include "domain/Result.h"
#include "reports/PeriodStatistics.h"

#include <QDate>
#include <QFutureWatcher>
#include <QMap>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace motcua {
class Database;
}

namespace motcua::clerk {

// The periodic report of the one-stop desk (core/reports/PeriodStatistics): a period with
// presets, the totals, a chart of outcomes and one per sector, a table by procedure or officer,
// and the two workbooks the province asks for. The counting runs on a worker thread with its own
// connection, so a store of a million dossiers never freezes the window.
class StatisticsView final : public QWidget
{
    Q_OBJECT

public:
    enum Preset { ThisMonth, ThisQuarter, ThisYear, LastMonth, Custom };
    enum Breakdown { BySector, ByProcedure, ByOfficer };

    // communeName heads the statistics workbook. today: null for the real today (tests fix it).
    StatisticsView(
        Database &database, Officer officer, QString communeName, QWidget *parent = nullptr, QDate today = {});
    ~StatisticsView() override;

    // Picks a period; the "this …" presets end today.
    void setPreset(Preset preset);
    void setPeriod(const QDate &from, const QDate &to);
    void setBreakdown(Breakdown breakdown);

    // Starts counting the chosen period; computed() or failed() follows.
    void refresh();
    bool isComputing() const;
    const std::optional<PeriodStatistics> &statistics() const { return m_statistics; }

    // The workbooks, written to path (the buttons ask for it with a file dialog). The statistics
    // workbook needs a computed period; the register is streamed on a worker thread and
    // registerExported() or failed() follows.
    Status exportStatistics(const QString &path);
    void exportRegister(const QString &path);

signals:
    void computed();
    void registerExported(int rows);
    void failed(const QString &message);

private:
    void buildUi();
    void showStatistics();
    void showBreakdown();
    void showCharts();
    void showMessage(const QString &text, bool error);
    void chooseStatisticsFile();
    void chooseRegisterFile();
    void updateButtons();

    Database &m_database;
    Officer m_officer;
    QString m_communeName;
    QDate m_today;
    std::optional<PeriodStatistics> m_statistics;
    QFutureWatcher<Result<PeriodStatistics>> m_computing;
    QFutureWatcher<Result<int>> m_exporting;
    bool m_applyingPreset = false;
    // Ours, not the futures': a future ends before its watcher reports it, and until the report is
    // shown the screen is still busy.
    bool m_busyComputing = false;
    bool m_busyExporting = false;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportStatistics = nullptr;
    QPushButton *m_exportRegister = nullptr;
    QLabel *m_message = nullptr;
    QMap<QString, QLabel *> m_totals; // by count key
    QChartView *m_outcomeChart = nullptr;
    QChartView *m_sectorChart = nullptr;
    QComboBox *m_breakdown = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace motcua::clerk
