#include "domain/Deadline.h"
#include "domain/VietnamTime.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

QDateTime vn(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), VietnamTime::zone());
}

} // namespace

TEST_CASE("A due date in working days is the n-th working day after the day of receipt", "[deadline]")
{
    const WorkCalendar calendar;
    // Monday 9 March 2026: three working days → Thursday 12 March.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 9), 3) == QDate(2026, 3, 12));
    // Thursday 12 February 2026, five working days: Friday 13, then Tết until the 22nd.
    CHECK(Deadline::dueDate(calendar, vn(2026, 2, 12, 10), 5) == QDate(2026, 2, 26));
    // Past the cutoff changes nothing when the time is counted in days.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 16, 30), 3) == QDate(2026, 3, 12));
}

TEST_CASE("A receipt on a non-working day counts as a receipt on the next working day", "[deadline]")
{
    const WorkCalendar calendar;
    // Saturday 7 March 2026 → as if received Monday 9 March.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 7, 8), 3) == QDate(2026, 3, 12));
    // A Tết day, late in the afternoon → as if received Monday 23 February.
    CHECK(Deadline::dueDate(calendar, vn(2026, 2, 18, 16), 1) == QDate(2026, 2, 24));
    // Same-day on a Saturday afternoon: due the Monday, the cutoff does not push it further.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 7, 16), 0) == QDate(2026, 3, 9));
}

TEST_CASE("A same-day procedure is due the day of receipt, or the next working day after 15:00", "[deadline]")
{
    const WorkCalendar calendar;
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 10), 0) == QDate(2026, 3, 9));
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 15, 0, 0), 0) == QDate(2026, 3, 9));
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 15, 0, 1), 0) == QDate(2026, 3, 10));
    // Friday after the cutoff → Monday.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 13, 15, 30), 0) == QDate(2026, 3, 16));
    // Friday before Tết after the cutoff → the first working day after Tết.
    CHECK(Deadline::dueDate(calendar, vn(2026, 2, 13, 16), 0) == QDate(2026, 2, 23));
    // A custom cutoff.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 16, 30), 0, QTime(17, 0)) == QDate(2026, 3, 9));
}

TEST_CASE("The receipt counts by its Vietnam legal date whatever zone it is given in", "[deadline]")
{
    const WorkCalendar calendar;
    // 2026-03-08 20:00 UTC is Monday 9 March 03:00 in Vietnam: a Monday-morning receipt.
    const QDateTime utc(QDate(2026, 3, 8), QTime(20, 0), QTimeZone::utc());
    CHECK(Deadline::dueDate(calendar, utc, 0) == QDate(2026, 3, 9));
    CHECK(Deadline::dueDate(calendar, utc, 1) == QDate(2026, 3, 10));
    // 09:00 UTC on Monday is 16:00 in Vietnam: past the cutoff.
    const QDateTime afternoon(QDate(2026, 3, 9), QTime(9, 0), QTimeZone::utc());
    CHECK(Deadline::dueDate(calendar, afternoon, 0) == QDate(2026, 3, 10));
    CHECK_FALSE(Deadline::dueDate(calendar, QDateTime(), 3).isValid());
}

TEST_CASE("A published schedule moves due dates", "[deadline]")
{
    WorkCalendar calendar;
    HolidaySchedule schedule;
    schedule.year = 2026;
    schedule.daysOff = {{QDate(2026, 3, 10), QStringLiteral("Ngày nghỉ của tỉnh")}};
    schedule.workingDays = {{QDate(2026, 3, 14), QStringLiteral("Làm bù")}};
    calendar.setSchedule(schedule);
    // Monday 9 March, three working days: 11, 12, 13 → Friday 13; four → Saturday 14, working.
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 9), 3) == QDate(2026, 3, 13));
    CHECK(Deadline::dueDate(calendar, vn(2026, 3, 9, 9), 4) == QDate(2026, 3, 14));
}

TEST_CASE("Due dates never fall on a weekend or a holiday", "[deadline][property]")
{
    const WorkCalendar calendar;
    const QTime times[] = {QTime(0, 0), QTime(7, 30), QTime(14, 59), QTime(15, 0), QTime(15, 1), QTime(23, 59)};
    int failures = 0;
    for (QDate day(2025, 1, 1); day <= QDate(2030, 12, 31); day = day.addDays(1)) {
        for (const QTime &time : times) {
            const QDateTime receivedAt(day, time, VietnamTime::zone());
            for (int n = 0; n <= 30; ++n) {
                const QDate due = Deadline::dueDate(calendar, receivedAt, n);
                const QDate start = calendar.nextWorkingDayOnOrAfter(day);
                const bool lateSameDay = n == 0 && start == day && time > Deadline::sameDayCutoff();
                const int expectedDays = lateSameDay ? 1 : n;
                const bool ok = calendar.isWorkingDay(due) && due >= day
                    && calendar.workingDaysBetween(start, due) == expectedDays;
                if (!ok && ++failures <= 5)
                    FAIL_CHECK(day.toString(Qt::ISODate).toStdString()
                        << ' ' << time.toString().toStdString() << " n=" << n << " gave "
                        << due.toString(Qt::ISODate).toStdString());
            }
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("Paused working days are those after the pause day up to and including the resume day", "[deadline]")
{
    const WorkCalendar calendar;
    // Paused Friday 13 February 2026, resumed Tuesday 24 February: Monday 23 and Tuesday 24.
    CHECK(Deadline::pausedWorkingDays(calendar, vn(2026, 2, 13, 10), vn(2026, 2, 24, 9)) == 2);
    // Paused and resumed the same day: the clock lost nothing.
    CHECK(Deadline::pausedWorkingDays(calendar, vn(2026, 3, 9, 8), vn(2026, 3, 9, 17)) == 0);
    // Over a weekend only.
    CHECK(Deadline::pausedWorkingDays(calendar, vn(2026, 3, 13, 16), vn(2026, 3, 15, 9)) == 0);
    CHECK(Deadline::pausedWorkingDays(calendar, vn(2026, 3, 13, 16), vn(2026, 3, 16, 9)) == 1);
    CHECK(Deadline::pausedWorkingDays(calendar, QDateTime(), vn(2026, 3, 16, 9)) == 0);
}

TEST_CASE("A completed dossier is early, on time or late by the legal date of its completion", "[deadline]")
{
    const QDate due(2026, 3, 12);
    const QDate today(2026, 4, 1);
    CHECK(timeliness(DossierStatus::Done, due, vn(2026, 3, 11, 16), today) == Timeliness::Early);
    CHECK(timeliness(DossierStatus::Done, due, vn(2026, 3, 12, 23, 59), today) == Timeliness::OnTime);
    CHECK(timeliness(DossierStatus::Returned, due, vn(2026, 3, 13, 8), today) == Timeliness::Late);
    // 12 March 18:00 UTC is already 13 March in Vietnam.
    const QDateTime utcEvening(QDate(2026, 3, 12), QTime(18, 0), QTimeZone::utc());
    CHECK(timeliness(DossierStatus::Returned, due, utcEvening, today) == Timeliness::Late);
    CHECK_FALSE(timeliness(DossierStatus::Done, due, QDateTime(), today).has_value());
}

TEST_CASE("An open dossier is on time until its due date has passed, paused or not", "[deadline]")
{
    const QDate due(2026, 3, 12);
    for (auto status : {DossierStatus::Received, DossierStatus::InProcess, DossierStatus::SupplementRequested,
             DossierStatus::FinancialObligation}) {
        CHECK(timeliness(status, due, QDateTime(), QDate(2026, 3, 11)) == Timeliness::OnTime);
        CHECK(timeliness(status, due, QDateTime(), due) == Timeliness::OnTime);
        CHECK(timeliness(status, due, QDateTime(), QDate(2026, 3, 13)) == Timeliness::Late);
    }
}

TEST_CASE("A dossier that ended without a result has no timeliness", "[deadline]")
{
    const QDate due(2026, 3, 12);
    for (auto status : {DossierStatus::Refused, DossierStatus::Withdrawn, DossierStatus::Stopped})
        CHECK_FALSE(timeliness(status, due, vn(2026, 3, 20, 9), QDate(2026, 4, 1)).has_value());
}

TEST_CASE("Timeliness has stable keys and readable labels", "[deadline]")
{
    CHECK(timelinessKey(Timeliness::Early) == QStringLiteral("early"));
    CHECK(timelinessKey(Timeliness::OnTime) == QStringLiteral("on_time"));
    CHECK(timelinessKey(Timeliness::Late) == QStringLiteral("late"));
    CHECK(timelinessLabel(Timeliness::Early) == QStringLiteral("Early"));
    CHECK(timelinessLabel(Timeliness::OnTime) == QStringLiteral("On time"));
    CHECK(timelinessLabel(Timeliness::Late) == QStringLiteral("Late"));
}
