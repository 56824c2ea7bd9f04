// Legacy imports at the scale of a district's old register: 100,000 dossiers as a TCVN3 CSV (the
// ABC fonts' encoding most old commune lists use) and as an XLSX written with libxlsxwriter, each
// imported into a fresh store by LegacyImporter (all-or-nothing, the default). Every run is a
// child process (this program with --child), so its peak memory is its own ru_maxrss; the parent
// prints the median of the runs.
//
//   bench_legacy_import [ROWS] [RUNS]     defaults 100000 and 3
#include "BenchData.h"
#include "BenchSupport.h"

#include "domain/VietnamTime.h"
#include "domain/WorkCalendar.h"
#include "io/LegacyEncoding.h"
#include "store/Database.h"
#include "store/DuplicateFinder.h"
#include "store/LegacyImporter.h"
#include "store/ProcedureRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

using namespace motcua;
using namespace motcua::bench;

namespace {

const QStringList kHeader{QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Số CCCD"),
    QStringLiteral("Mã thủ tục"), QStringLiteral("Ngày tiếp nhận"), QStringLiteral("Trạng thái"),
    QStringLiteral("Ngày có kết quả"), QStringLiteral("Ngày trả kết quả"), QStringLiteral("Điện thoại"),
    QStringLiteral("Địa chỉ")};

// One row of the old register: most dossiers were returned long ago, some are still open.
QStringList legacyRow(BenchData &data, int number)
{
    const ReceiveRequest request = data.receiveRequest();
    // A busy commune's pace, not BenchData's: about 58 dossiers a day, so 100,000 rows span almost
    // five years of the register (and the duplicate check sees a commune's month in its window).
    const QDateTime received
        = QDateTime(QDate(2021, 1, 4), QTime(7, 30), VietnamTime::zone()).addSecs(qint64(number) * 1500);
    const int kind = data.random().bounded(10);
    QString state;
    QString doneAt;
    QString returnedAt;
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm");
    if (kind < 7) {
        state = QStringLiteral("Đã trả kết quả");
        doneAt = received.addDays(2).toString(format);
        returnedAt = received.addDays(3).toString(format);
    } else if (kind < 9) {
        state = QStringLiteral("Đang xử lý");
    }
    return {QString::number(number), request.applicantName, request.citizenId, request.procedureCode,
        received.toString(format), state, doneAt, returnedAt, request.phone, request.address};
}

bool writeCsv(const QString &path, int rows)
{
    BenchData data;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    auto line = [&](const QStringList &cells) {
        file.write(LegacyEncoding::encode(cells.join(QLatin1Char(';')) + QStringLiteral("\r\n"), TextEncoding::Tcvn3));
    };
    line(kHeader);
    for (int i = 1; i <= rows; ++i)
        line(legacyRow(data, i));
    return file.error() == QFileDevice::NoError;
}

bool writeXlsx(const QString &path, int rows)
{
    BenchData data;
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sổ theo dõi");
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd/mm/yyyy hh:mm");
    for (int c = 0; c < kHeader.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), kHeader.at(c).toUtf8().constData(), nullptr);
    for (int r = 1; r <= rows; ++r) {
        const QStringList cells = legacyRow(data, r);
        worksheet_write_number(sheet, lxw_row_t(r), 0, r, nullptr);
        for (int c = 1; c < cells.size(); ++c) {
            const QString &cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            if (c == 4 || c == 6 || c == 7) {
                // Dates as Excel stores them: numbers with a date format.
                const QDateTime at = QDateTime::fromString(cell, QStringLiteral("dd/MM/yyyy HH:mm"));
                lxw_datetime value{
                    at.date().year(), at.date().month(), at.date().day(), at.time().hour(), at.time().minute(), 0};
                worksheet_write_datetime(sheet, lxw_row_t(r), lxw_col_t(c), &value, dateFormat);
            } else {
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.toUtf8().constData(), nullptr);
            }
        }
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

// The child: one import into a fresh store. Prints "ROWS MILLISECONDS" on stdout.
int child(const QString &file, const QString &dataDir)
{
    auto opened = Database::open(dataDir);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;
    if (auto imported = ProcedureRepository(db).importCatalog(BenchData::catalog()); !imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    WorkCalendar calendar;
    LegacyImporter importer(db, calendar, QStringLiteral("Văn thư"));
    QElapsedTimer timer;
    timer.start();
    auto report = importer.run(file, {});
    const qint64 ms = timer.elapsed();
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    if (!report->committed) {
        std::fprintf(
            stderr, "refused: %s\n", report->errors.isEmpty() ? "?" : qPrintable(report->errors.first().message));
        return 1;
    }
    const double importPeakMb = peakMemoryMb();
    // The clerk's next step on an imported register: the duplicate check (default window).
    timer.restart();
    auto pairs = DuplicateFinder(db, QStringLiteral("Văn thư")).find();
    const qint64 findMs = timer.elapsed();
    if (!pairs) {
        std::fprintf(stderr, "%s\n", qPrintable(pairs.error().message));
        return 1;
    }
    std::printf("%lld %lld %lld %lld %.1f\n", static_cast<long long>(report->imported), static_cast<long long>(ms),
        static_cast<long long>(findMs), static_cast<long long>(pairs->size()), importPeakMb);
    return 0;
}

struct Run
{
    qint64 rows = 0;
    qint64 ms = 0;
    qint64 findMs = 0;
    qint64 pairs = 0;
    double importPeakMb = 0; // VmHWM right after the import
    double peakMb = 0; // ru_maxrss of the whole child, duplicate check included
};

bool runChild(const QString &self, const QString &file, const QString &dataDir, Run &run)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    const QByteArray selfBytes = self.toLocal8Bit();
    const QByteArray fileBytes = file.toLocal8Bit();
    const QByteArray dirBytes = dataDir.toLocal8Bit();
    char childFlag[] = "--child";
    char *argv[] = {const_cast<char *>(selfBytes.constData()), childFlag, const_cast<char *>(fileBytes.constData()),
        const_cast<char *>(dirBytes.constData()), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, selfBytes.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        close(pipeFds[0]);
        return false;
    }
    QByteArray output;
    char buffer[256];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return false;
    const QList<QByteArray> parts = output.trimmed().split(' ');
    if (parts.size() != 5)
        return false;
    run.rows = parts.at(0).toLongLong();
    run.ms = parts.at(1).toLongLong();
    run.findMs = parts.at(2).toLongLong();
    run.pairs = parts.at(3).toLongLong();
    run.importPeakMb = parts.at(4).toDouble();
    run.peakMb = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    return true;
}

template <typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2), args.at(3));
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    if (rows < 1 || runs < 1) {
        std::fprintf(stderr, "usage: bench_legacy_import [ROWS] [RUNS]\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("so-theo-doi-tcvn3.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("so-theo-doi.xlsx"));
    if (!writeCsv(csv, rows) || !writeXlsx(xlsx, rows)) {
        std::fprintf(stderr, "could not write the sample files\n");
        return 1;
    }
    std::printf("legacy import: %d rows (70%% returned, 20%% in process, 10%% received), %d runs each, fresh store "
                "per run\n",
        rows, runs);
    for (const auto &[label, file] : {std::make_pair("CSV (TCVN3)", csv), std::make_pair("XLSX", xlsx)}) {
        std::vector<double> rates;
        std::vector<double> peaks;
        std::vector<double> importPeaks;
        std::vector<qint64> times;
        std::vector<qint64> findTimes;
        qint64 pairs = 0;
        for (int i = 0; i < runs; ++i) {
            const QString dataDir
                = dir.filePath(QStringLiteral("store-%1-%2").arg(QLatin1String(label).left(3)).arg(i));
            QDir().mkpath(dataDir);
            Run run;
            if (!runChild(QCoreApplication::applicationFilePath(), file, dataDir, run) || run.rows != rows) {
                std::fprintf(stderr, "%s: run %d failed\n", label, i + 1);
                return 1;
            }
            rates.push_back(run.ms > 0 ? 1000.0 * double(run.rows) / double(run.ms) : 0);
            peaks.push_back(run.peakMb);
            importPeaks.push_back(run.importPeakMb);
            times.push_back(run.ms);
            findTimes.push_back(run.findMs);
            pairs = run.pairs;
            QDir(dataDir).removeRecursively();
        }
        std::printf("%-12s file %6.1f MB: median %.0f rows/s (%.1f s), peak memory of the import median %.0f MB "
                    "(max %.0f MB)\n",
            label, double(QFileInfo(file).size()) / 1e6, median(rates), double(median(times)) / 1000.0,
            median(importPeaks), *std::max_element(importPeaks.begin(), importPeaks.end()));
        std::printf("%-12s then duplicates list (30-day window, distance 2): median %lld ms, %lld pairs; "
                    "peak memory with it median %.0f MB\n",
            "", static_cast<long long>(median(findTimes)), static_cast<long long>(pairs), median(peaks));
    }
    return 0;
}
