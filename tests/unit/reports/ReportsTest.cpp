#include "domain/WorkCalendar.h"
#include "io/LegacyXlsxReader.h"
#include "reports/DossierRegister.h"
#include "reports/PeriodStatistics.h"
#include "reports/ReportWorkbook.h"
#include "store/Database.h"
#include "store/DossierRepository.h"

#include "../store/DossierTestSupport.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::testing;

namespace {

QDateTime vn(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(7 * 3600));
}

// A commune's March 2026, with one dossier for every line of the report. The procedure takes
// three working days.
struct March
{
    TempDir dir;
    WorkCalendar calendar;
    std::unique_ptr<Database> db;
    std::unique_ptr<DossierRepository> reception;
    std::unique_ptr<DossierRepository> handling;

    March()
    {
        auto opened = Database::open(dir.path());
        REQUIRE(failure(opened) == QString());
        db = std::move(opened).value();
        REQUIRE(insertTestCatalog(*db));
        QSqlQuery sector(db->connection());
        REQUIRE(sector.exec(QStringLiteral("UPDATE procedures SET sector = 'Hộ tịch' WHERE code = '1.004873'")));
        reception = std::make_unique<DossierRepository>(*db, calendar, QStringLiteral("Lò Thị Mai"));
        handling = std::make_unique<DossierRepository>(*db, calendar, QStringLiteral("Hà Văn Tùng"));

        receive("Carried Over", vn(2026, 2, 26)); // due 3 March, still open: overdue at the end
        const QString early = receive("Done Early", vn(2026, 3, 2, 8)); // due 5 March
        move(early, DossierStatus::InProcess, vn(2026, 3, 2, 10));
        move(early, DossierStatus::Done, vn(2026, 3, 3, 10));
        move(early, DossierStatus::Returned, vn(2026, 3, 4, 10), reception.get());
        const QString onTime = receive("Done On Time", vn(2026, 3, 2, 8));
        move(onTime, DossierStatus::InProcess, vn(2026, 3, 2, 10));
        move(onTime, DossierStatus::Done, vn(2026, 3, 5, 16));
        const QString late = receive("Done Late", vn(2026, 3, 2, 8));
        move(late, DossierStatus::InProcess, vn(2026, 3, 2, 10));
        move(late, DossierStatus::Done, vn(2026, 3, 10, 9));
        const QString refused = receive("Refused", vn(2026, 3, 9));
        move(refused, DossierStatus::Refused, vn(2026, 3, 10), reception.get(), QStringLiteral("Sai thẩm quyền"));
        receive("Not Yet Due", vn(2026, 3, 30)); // due 2 April
        const QString before = receive("Finished Before", vn(2026, 2, 10));
        move(before, DossierStatus::InProcess, vn(2026, 2, 10, 10));
        move(before, DossierStatus::Done, vn(2026, 2, 12));
        receive("After The Period", vn(2026, 4, 2));
    }

    QString receive(const char *name, const QDateTime &at)
    {
        ReceiveRequest request;
        request.procedureCode = QStringLiteral("1.004873");
        request.applicantName = QString::fromUtf8(name);
        request.citizenId = QStringLiteral("001099012345");
        request.address = QStringLiteral("Bản Nà Ca");
        request.receivedAt = at;
        auto received = reception->receive(request);
        REQUIRE(failure(received) == QString());
        return received->code;
    }

    void move(const QString &code, DossierStatus to, const QDateTime &at, DossierRepository *by = nullptr,
        const QString &note = {})
    {
        auto moved = (by ? by : handling.get())->move(code, to, note, at);
        REQUIRE(failure(moved) == QString());
    }
};

} // namespace

TEST_CASE("The period report counts each dossier on hand once, by what became of it by the period's end", "[reports]")
{
    March march;
    auto report = computeStatistics(*march.db, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(failure(report) == QString());
    const StatisticsCounts &total = report->total;
    CHECK(total.carriedOver == 1);
    CHECK(total.received == 5);
    CHECK(total.doneEarly == 1);
    CHECK(total.doneOnTime == 1);
    CHECK(total.doneLate == 1);
    CHECK(total.ended == 1);
    CHECK(total.openNotDue == 1);
    CHECK(total.openOverdue == 1);
    CHECK(total.onHand() == total.done() + total.ended + total.open());
    CHECK(total.onTimePercent() == Approx(200.0 / 3.0));

    REQUIRE(report->bySector.size() == 1);
    CHECK(report->bySector.first().label == QStringLiteral("Hộ tịch"));
    CHECK(report->bySector.first().counts == total);
    REQUIRE(report->byProcedure.size() == 1);
    CHECK(report->byProcedure.first().label == QStringLiteral("1.004873 Cấp giấy xác nhận tình trạng hôn nhân"));

    // The officer who last acted by the period's end: the handling officer finished three, the
    // reception officer returned one of them and holds or refused the others.
    REQUIRE(report->byOfficer.size() == 2);
    CHECK(report->byOfficer.at(0).key == QStringLiteral("Lò Thị Mai"));
    CHECK(report->byOfficer.at(0).counts.onHand() == 4);
    CHECK(report->byOfficer.at(1).key == QStringLiteral("Hà Văn Tùng"));
    CHECK(report->byOfficer.at(1).counts.onHand() == 2);
}

TEST_CASE("A report period that ends before it begins is refused", "[reports]")
{
    March march;
    CHECK(computeStatistics(*march.db, QDate(2026, 3, 31), QDate(2026, 3, 1)).error().code
        == QStringLiteral("report.period"));
}

TEST_CASE("The register lists the period's dossiers oldest first with their dates, outcome and notes", "[reports]")
{
    March march;
    QList<RegisterRow> rows;
    const Status walked = forEachRegisterRow(*march.db, QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 4, 1),
        [&](const RegisterRow &row) { rows << row; });
    REQUIRE(failure(walked) == QString());
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).number == 1);
    CHECK(rows.at(0).applicantName == QStringLiteral("Done Early"));
    CHECK(rows.at(0).handedOverAt == vn(2026, 3, 2, 10));
    CHECK(rows.at(0).doneAt == vn(2026, 3, 3, 10));
    CHECK(rows.at(0).returnedAt == vn(2026, 3, 4, 10));
    CHECK(rows.at(0).dueDate == QDate(2026, 3, 5));
    CHECK(rows.at(0).timeliness == QStringLiteral("early"));
    CHECK(rows.at(2).timeliness == QStringLiteral("late"));
    CHECK(rows.at(3).applicantName == QStringLiteral("Refused"));
    CHECK(rows.at(3).status == QStringLiteral("refused"));
    CHECK(rows.at(3).timeliness.isEmpty());
    CHECK(rows.at(3).note == QStringLiteral("Sai thẩm quyền"));
    CHECK(rows.at(4).number == 5);
    CHECK_FALSE(rows.at(4).handedOverAt.isValid());
}

TEST_CASE("The register and the statistics are written as workbooks a spreadsheet reads back", "[reports]")
{
    March march;
    TempDir out;
    const QString registerPath = QDir(out.path()).filePath(QStringLiteral("so-theo-doi.xlsx"));
    auto written = ReportWorkbook::writeRegister(
        *march.db, QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 4, 1), registerPath);
    REQUIRE(failure(written) == QString());
    CHECK(*written == 5);
    CHECK_FALSE(QFile::exists(registerPath + QStringLiteral(".part")));

    auto reader = LegacyXlsxReader::open(registerPath);
    REQUIRE(failure(reader) == QString());
    CHECK((*reader)->sheetName() == QStringLiteral("Sổ theo dõi hồ sơ"));
    QList<QStringList> cells;
    XlsxRow row;
    while (true) {
        auto more = (*reader)->next(row);
        REQUIRE(failure(more) == QString());
        if (!*more)
            break;
        cells << row.cells;
    }
    REQUIRE(cells.size() == 3 + 5); // title, period, header, rows
    CHECK(cells.at(0).first() == QStringLiteral("SỔ THEO DÕI HỒ SƠ"));
    CHECK(cells.at(1).first() == QStringLiteral("Từ ngày 01/03/2026 đến ngày 31/03/2026"));
    CHECK(cells.at(2).at(1) == QStringLiteral("Mã hồ sơ"));
    CHECK(cells.at(3).at(3) == QStringLiteral("Done Early"));
    CHECK(cells.at(3).at(10) == QStringLiteral("Đã trả kết quả – Trước hạn"));
    CHECK(cells.at(6).at(11) == QStringLiteral("Sai thẩm quyền"));

    auto report = computeStatistics(*march.db, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(failure(report) == QString());
    const QString statisticsPath = QDir(out.path()).filePath(QStringLiteral("bao-cao.xlsx"));
    REQUIRE(failure(ReportWorkbook::writeStatistics(*report, QStringLiteral("UBND xã Minh Quang"), statisticsPath))
        == QString());
    auto summary = LegacyXlsxReader::open(statisticsPath);
    REQUIRE(failure(summary) == QString());
    CHECK((*summary)->sheetName() == QStringLiteral("Tổng hợp"));
    QStringList labels;
    QStringList values;
    while (true) {
        auto more = (*summary)->next(row);
        REQUIRE(failure(more) == QString());
        if (!*more)
            break;
        if (row.cells.size() == 2) {
            labels << row.cells.at(0);
            values << row.cells.at(1);
        }
    }
    REQUIRE(labels.size() == 10);
    CHECK(labels.at(1) == QStringLiteral("Tiếp nhận trong kỳ"));
    CHECK(values.at(1) == QStringLiteral("5"));
    CHECK(values.at(2) == QStringLiteral("6"));
    CHECK(values.at(9) == QStringLiteral("66.7"));
}

TEST_CASE("A workbook that cannot be written names the path and leaves no file", "[reports]")
{
    March march;
    TempDir out;
    const QString path = QDir(out.path()).filePath(QStringLiteral("missing/so.xlsx"));
    auto written
        = ReportWorkbook::writeRegister(*march.db, QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 4, 1), path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == QStringLiteral("report.write_failed"));
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}
