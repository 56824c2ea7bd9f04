#include "domain/WorkCalendar.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <memory>
#include <vector>

using namespace motcua;

namespace {

// "2026-02-16 Tết Nguyên đán" per holiday: readable in a failed comparison.
QStringList describe(const QList<Holiday> &holidays)
{
    QStringList lines;
    for (const Holiday &holiday : holidays)
        lines.append(holiday.date.toString(Qt::ISODate) + QLatin1Char(' ') + holiday.name);
    return lines;
}

QString lines(const QList<Holiday> &holidays)
{
    return describe(holidays).join(QLatin1Char('\n'));
}

QString expected(std::initializer_list<const char *> rows)
{
    QStringList result;
    for (const char *row : rows)
        result.append(QString::fromUtf8(row));
    return result.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE(
    "Without a schedule 2026 has the statutory holidays and a compensatory day for the Sunday Giỗ Tổ", "[workcalendar]")
{
    const WorkCalendar calendar;
    CHECK(lines(calendar.holidays(2026))
        == expected({
            "2026-01-01 Tết Dương lịch",
            "2026-02-16 Tết Nguyên đán", // 29 tháng Chạp, the last day of Ất Tỵ
            "2026-02-17 Tết Nguyên đán", // mùng 1 Tết Bính Ngọ
            "2026-02-18 Tết Nguyên đán",
            "2026-02-19 Tết Nguyên đán",
            "2026-02-20 Tết Nguyên đán",
            "2026-04-26 Giỗ Tổ Hùng Vương", // 10/3 lunar, a Sunday
            "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
            "2026-04-30 Ngày Chiến thắng",
            "2026-05-01 Quốc tế Lao động",
            "2026-09-02 Quốc khánh",
            "2026-09-03 Quốc khánh",
        }));
}

TEST_CASE("Holidays on a weekend give compensatory days on the next day that is neither weekend nor holiday",
    "[workcalendar]")
{
    const WorkCalendar calendar;
    // 2023: 1 January a Sunday; Tết from Saturday 21 January; Giỗ Tổ on Saturday 29 April, then
    // 30 April on Sunday and 1 May on Monday; 2 and 3 September on a weekend.
    CHECK(lines(calendar.holidays(2023))
        == expected({
            "2023-01-01 Tết Dương lịch",
            "2023-01-02 Nghỉ bù Tết Dương lịch",
            "2023-01-21 Tết Nguyên đán",
            "2023-01-22 Tết Nguyên đán",
            "2023-01-23 Tết Nguyên đán",
            "2023-01-24 Tết Nguyên đán",
            "2023-01-25 Tết Nguyên đán",
            "2023-01-26 Nghỉ bù Tết Nguyên đán",
            "2023-01-27 Nghỉ bù Tết Nguyên đán",
            "2023-04-29 Giỗ Tổ Hùng Vương",
            "2023-04-30 Ngày Chiến thắng",
            "2023-05-01 Quốc tế Lao động",
            "2023-05-02 Nghỉ bù Giỗ Tổ Hùng Vương",
            "2023-05-03 Nghỉ bù Ngày Chiến thắng",
            "2023-09-02 Quốc khánh",
            "2023-09-03 Quốc khánh",
            "2023-09-04 Nghỉ bù Quốc khánh",
            "2023-09-05 Nghỉ bù Quốc khánh",
        }));
    // 2028: 1 January a Saturday; 30 April a Sunday with 1 May on the Monday after it.
    const QList<Holiday> holidays2028 = calendar.holidays(2028);
    CHECK(describe(holidays2028).contains(QStringLiteral("2028-01-03 Nghỉ bù Tết Dương lịch")));
    CHECK(describe(holidays2028).contains(QStringLiteral("2028-05-02 Nghỉ bù Ngày Chiến thắng")));
    CHECK(describe(holidays2028).contains(QStringLiteral("2028-09-04 Nghỉ bù Quốc khánh")));
    CHECK(describe(holidays2028).contains(QStringLiteral("2028-09-05 Nghỉ bù Quốc khánh")));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2028, 1, 3)));
    CHECK(calendar.isWorkingDay(QDate(2028, 1, 4)));
}

TEST_CASE("Weekdays are working days unless a holiday, weekends never unless a schedule says so", "[workcalendar]")
{
    const WorkCalendar calendar;
    CHECK(calendar.isWorkingDay(QDate(2026, 2, 13))); // Friday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 14))); // Saturday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 15))); // Sunday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 17))); // Tết
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 4, 27))); // compensatory day
    CHECK(calendar.isWorkingDay(QDate(2026, 2, 23)));
    CHECK_FALSE(calendar.isWorkingDay(QDate()));
}

TEST_CASE(
    "A province schedule adds days off, removes default holidays and makes weekend days working", "[workcalendar]")
{
    WorkCalendar calendar;
    HolidaySchedule schedule;
    schedule.year = 2026;
    schedule.daysOff = {{QDate(2026, 1, 2), QStringLiteral("Nghỉ hoán đổi")},
        {QDate(2026, 2, 17), QStringLiteral("Mùng 1 Tết Bính Ngọ")}};
    schedule.removedDays = {QDate(2026, 4, 27)};
    schedule.workingDays = {{QDate(2026, 1, 10), QStringLiteral("Làm bù ngày 2/1")}};
    calendar.setSchedule(schedule);

    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 1, 2)));
    CHECK(calendar.isWorkingDay(QDate(2026, 1, 10)));
    CHECK(calendar.isWorkingDay(QDate(2026, 4, 27)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 1, 17))); // other Saturdays stay off

    const QStringList listed = describe(calendar.holidays(2026));
    CHECK(listed.contains(QStringLiteral("2026-01-02 Nghỉ hoán đổi")));
    CHECK(listed.contains(QStringLiteral("2026-02-17 Mùng 1 Tết Bính Ngọ"))); // the schedule's name wins
    CHECK_FALSE(listed.contains(QStringLiteral("2026-02-17 Tết Nguyên đán")));
    CHECK_FALSE(listed.contains(QStringLiteral("2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương")));
    CHECK(listed.size() == 12);

    // Other years keep the default arrangement.
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 1, 1)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 1, 9)));
}

TEST_CASE("A schedule that replaces the default is the whole list of days off for its year", "[workcalendar]")
{
    WorkCalendar calendar;
    HolidaySchedule schedule;
    schedule.year = 2026;
    schedule.replacesDefault = true;
    for (int day = 14; day <= 22; ++day)
        schedule.daysOff.append({QDate(2026, 2, day), QStringLiteral("Tết Nguyên đán")});
    calendar.setSchedule(schedule);

    CHECK(calendar.isWorkingDay(QDate(2026, 1, 1))); // not listed: a working Thursday
    CHECK(calendar.isWorkingDay(QDate(2026, 9, 2)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 2, 18)));
    CHECK(calendar.holidays(2026).size() == 9);
    CHECK(calendar.holidays(2026).constFirst().date == QDate(2026, 2, 14));
}

TEST_CASE("Setting a schedule again replaces that year's schedule and clears what was cached", "[workcalendar]")
{
    WorkCalendar calendar;
    HolidaySchedule first;
    first.year = 2026;
    first.daysOff = {{QDate(2026, 3, 2), QStringLiteral("Ngày nghỉ tỉnh")}};
    calendar.setSchedule(first);
    REQUIRE_FALSE(calendar.isWorkingDay(QDate(2026, 3, 2)));

    HolidaySchedule second;
    second.year = 2026;
    second.workingDays = {{QDate(2026, 3, 7), QStringLiteral("Làm bù")}};
    calendar.setSchedule(second);
    CHECK(calendar.isWorkingDay(QDate(2026, 3, 2)));
    CHECK(calendar.isWorkingDay(QDate(2026, 3, 7)));

    HolidaySchedule earlier;
    earlier.year = 2025;
    calendar.setSchedule(earlier);
    const QList<HolidaySchedule> schedules = calendar.schedules();
    REQUIRE(schedules.size() == 2);
    CHECK(schedules[0].year == 2025);
    CHECK(schedules[1].year == 2026);
    CHECK(schedules[1].workingDays.size() == 1);

    const WorkCalendar copy = calendar;
    CHECK(copy.isWorkingDay(QDate(2026, 3, 7)));
    WorkCalendar assigned;
    assigned = calendar;
    CHECK(assigned.isWorkingDay(QDate(2026, 3, 7)));
}

TEST_CASE("Working days are counted past weekends and the Tết break", "[workcalendar]")
{
    const WorkCalendar calendar;
    CHECK(calendar.nextWorkingDayOnOrAfter(QDate(2026, 2, 13)) == QDate(2026, 2, 13));
    CHECK(calendar.nextWorkingDayOnOrAfter(QDate(2026, 2, 14)) == QDate(2026, 2, 23));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 12), 0) == QDate(2026, 2, 12));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 14), 0) == QDate(2026, 2, 14));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 12), 1) == QDate(2026, 2, 13));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 12), 2) == QDate(2026, 2, 23));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 12), 6) == QDate(2026, 2, 27));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 12), 7) == QDate(2026, 3, 2));
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 23), -1) == QDate(2026, 2, 13));
    CHECK(calendar.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 23)) == 1);
    CHECK(calendar.workingDaysBetween(QDate(2026, 2, 12), QDate(2026, 2, 27)) == 6);
    CHECK(calendar.workingDaysBetween(QDate(2026, 2, 23), QDate(2026, 2, 23)) == 0);
    CHECK(calendar.workingDaysBetween(QDate(2026, 2, 27), QDate(2026, 2, 12)) == 0);
    // A whole year: 261 weekdays in 2026, less the 11 holidays on weekdays.
    CHECK(calendar.workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 31)) == 250);
}

TEST_CASE(
    "Adding n working days lands on a working day with exactly n working days in between", "[workcalendar][property]")
{
    const WorkCalendar calendar;
    int failures = 0;
    for (QDate day(2025, 1, 1); day <= QDate(2030, 12, 31); day = day.addDays(1)) {
        for (int n = 0; n <= 25; ++n) {
            const QDate result = calendar.addWorkingDays(day, n);
            const bool ok = (n == 0 ? result == day : calendar.isWorkingDay(result) && result > day)
                && calendar.workingDaysBetween(day, result) == n;
            if (!ok && ++failures <= 5)
                FAIL_CHECK(day.toString(Qt::ISODate).toStdString()
                    << " + " << n << " gave " << result.toString(Qt::ISODate).toStdString());
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("Years beyond the lunar range keep their solar holidays", "[workcalendar]")
{
    const WorkCalendar calendar;
    const QStringList listed = describe(calendar.holidays(2300));
    CHECK(listed.contains(QStringLiteral("2300-09-02 Quốc khánh")));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2300, 1, 1)));
}

TEST_CASE("Several threads asking one calendar get the same answers as one thread", "[workcalendar]")
{
    const WorkCalendar reference;
    QList<int> expectedCounts;
    for (int year = 2000; year < 2060; ++year)
        expectedCounts.append(reference.workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31)));

    const WorkCalendar shared;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<QList<int>> counts(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&shared, &counts, t] {
            for (int year = 2000; year < 2060; ++year) {
                counts[t].append(shared.workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31)));
                shared.holidays(year);
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    for (const QList<int> &threadCounts : counts)
        CHECK(threadCounts == expectedCounts);
}
