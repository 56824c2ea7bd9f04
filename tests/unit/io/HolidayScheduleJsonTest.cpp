#include "io/HolidayScheduleJson.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace motcua;

namespace {

// A document with one year whose body is `yearBody` (the members after "year": 2026).
QByteArray withYear(const char *yearBody)
{
    return QByteArray(R"({"format": "motcua-holidays", "format_version": 1, "years": [{"year": 2026)")
        + (qstrlen(yearBody) ? QByteArray(", ") + yearBody : QByteArray()) + "}]}";
}

Error errorOf(const QByteArray &json)
{
    const auto parsed = HolidayScheduleJson::parse(json);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

bool sameSchedules(const QList<HolidaySchedule> &a, const QList<HolidaySchedule> &b)
{
    if (a.size() != b.size())
        return false;
    const auto sameDays = [](const QList<Holiday> &x, const QList<Holiday> &y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x[i].date != y[i].date || x[i].name != y[i].name)
                return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].year != b[i].year || a[i].replacesDefault != b[i].replacesDefault
            || a[i].removedDays != b[i].removedDays || !sameDays(a[i].daysOff, b[i].daysOff)
            || !sameDays(a[i].workingDays, b[i].workingDays))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("A holiday schedule file is read with its days off, removed days and working days", "[holidayjson]")
{
    const auto parsed = HolidayScheduleJson::parse(withYear(R"(
        "replaces_default": false,
        "note": "ví dụ",
        "days_off": [{"date": "2026-01-02", "name": "Nghỉ hoán đổi"}],
        "removed_days": ["2026-04-27"],
        "working_days": [{"date": "2026-01-10", "name": "Làm bù ngày 2/1"}])"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 1);
    const HolidaySchedule &schedule = parsed->constFirst();
    CHECK(schedule.year == 2026);
    CHECK_FALSE(schedule.replacesDefault);
    REQUIRE(schedule.daysOff.size() == 1);
    CHECK(schedule.daysOff[0].date == QDate(2026, 1, 2));
    CHECK(schedule.daysOff[0].name == QStringLiteral("Nghỉ hoán đổi"));
    CHECK(schedule.removedDays == QList<QDate>{QDate(2026, 4, 27)});
    REQUIRE(schedule.workingDays.size() == 1);
    CHECK(schedule.workingDays[0].date == QDate(2026, 1, 10));
}

TEST_CASE("Optional members of a year may be left out", "[holidayjson]")
{
    const auto parsed = HolidayScheduleJson::parse(withYear(""));
    REQUIRE(parsed.ok());
    CHECK(parsed->constFirst().daysOff.isEmpty());
    CHECK_FALSE(parsed->constFirst().replacesDefault);
}

TEST_CASE("Writing schedules and reading them back gives the same schedules", "[holidayjson]")
{
    HolidaySchedule a;
    a.year = 2026;
    a.daysOff = {{QDate(2026, 2, 16), QStringLiteral("Tết Nguyên đán (29 tháng Chạp)")},
        {QDate(2026, 2, 17), QStringLiteral("Mùng 1 Tết")}};
    a.removedDays = {QDate(2026, 4, 27), QDate(2026, 9, 3)};
    a.workingDays = {{QDate(2026, 2, 28), QStringLiteral("Làm bù")}};
    HolidaySchedule b;
    b.year = 2027;
    b.replacesDefault = true;
    b.daysOff = {{QDate(2027, 1, 1), QStringLiteral("Tết Dương lịch")}};
    const QList<HolidaySchedule> schedules{a, b};

    const QByteArray json = HolidayScheduleJson::write(schedules);
    const auto parsed = HolidayScheduleJson::parse(json);
    REQUIRE(parsed.ok());
    CHECK(sameSchedules(*parsed, schedules));
    CHECK(HolidayScheduleJson::write(*parsed) == json);
}

TEST_CASE("The shipped 2026 schedule is valid", "[holidayjson]")
{
    QFile file(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/calendar/holidays-2026.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto parsed = HolidayScheduleJson::parse(file.readAll());
    INFO((parsed.ok() ? QString() : parsed.error().message));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 1);
    CHECK(parsed->constFirst().year == 2026);
    CHECK_FALSE(parsed->constFirst().daysOff.isEmpty());
}

TEST_CASE("Text that is not JSON or not a holiday file is refused", "[holidayjson]")
{
    CHECK(errorOf("{\"format\": ").code == QStringLiteral("calendar.invalid_json"));
    CHECK(errorOf("[1, 2]").code == QStringLiteral("calendar.invalid_json"));
    const Error format = errorOf(R"({"format": "motcua-catalog", "format_version": 1, "years": []})");
    CHECK(format.code == QStringLiteral("calendar.unknown_format"));
    CHECK(format.message.contains(QStringLiteral("\"motcua-catalog\"")));
    CHECK(errorOf(R"({"format_version": 1, "years": []})").code == QStringLiteral("calendar.unknown_format"));
    const Error version = errorOf(R"({"format": "motcua-holidays", "format_version": 2, "years": []})");
    CHECK(version.code == QStringLiteral("calendar.unsupported_version"));
    CHECK(version.message.startsWith(QStringLiteral("format_version: ")));
    CHECK(errorOf(R"({"format": "motcua-holidays", "years": []})").code
        == QStringLiteral("calendar.unsupported_version"));
    CHECK(errorOf(R"({"format": "motcua-holidays", "format_version": 1})").code
        == QStringLiteral("calendar.invalid_field"));
}

TEST_CASE("A malformed or impossible date is refused with its place in the file", "[holidayjson]")
{
    const Error impossible = errorOf(withYear(R"("days_off": [
        {"date": "2026-02-16", "name": "a"}, {"date": "2026-02-17", "name": "b"},
        {"date": "2026-02-30", "name": "c"}])"));
    CHECK(impossible.code == QStringLiteral("calendar.invalid_date"));
    CHECK(impossible.message.startsWith(QStringLiteral("years[0].days_off[2].date: 2026-02-30 ")));

    CHECK(errorOf(withYear(R"("removed_days": ["26-02-16"])"))
              .message.startsWith(QStringLiteral("years[0].removed_days[0]: ")));
    CHECK(errorOf(withYear(R"("days_off": [{"date": "2026-2-16", "name": "a"}])")).code
        == QStringLiteral("calendar.invalid_date"));
    CHECK(errorOf(withYear(R"("days_off": [{"date": 20260216, "name": "a"}])")).code
        == QStringLiteral("calendar.invalid_field"));
}

TEST_CASE("A date outside the schedule's year is refused", "[holidayjson]")
{
    const Error error = errorOf(withYear(R"("days_off": [{"date": "2027-01-01", "name": "Tết Dương lịch"}])"));
    CHECK(error.code == QStringLiteral("calendar.date_outside_year"));
    CHECK(error.message.startsWith(QStringLiteral("years[0].days_off[0].date: 2027-01-01")));
}

TEST_CASE("A year listed twice or outside the supported range is refused", "[holidayjson]")
{
    const Error duplicate = errorOf(R"({"format": "motcua-holidays", "format_version": 1,
        "years": [{"year": 2026}, {"year": 2027}, {"year": 2026}]})");
    CHECK(duplicate.code == QStringLiteral("calendar.duplicate_year"));
    CHECK(duplicate.message.startsWith(QStringLiteral("years[2].year: ")));
    CHECK(errorOf(R"({"format": "motcua-holidays", "format_version": 1, "years": [{"year": 2300}]})").code
        == QStringLiteral("calendar.invalid_year"));
    CHECK(errorOf(R"({"format": "motcua-holidays", "format_version": 1, "years": [{"year": 2026.5}]})").code
        == QStringLiteral("calendar.invalid_field"));
    CHECK(errorOf(R"({"format": "motcua-holidays", "format_version": 1, "years": [{}]})")
              .message.startsWith(QStringLiteral("years[0].year: ")));
}

TEST_CASE("A working day that is not a Saturday or Sunday is refused", "[holidayjson]")
{
    const Error error = errorOf(withYear(R"("working_days": [{"date": "2026-02-18", "name": "Làm bù"}])"));
    CHECK(error.code == QStringLiteral("calendar.not_a_weekend"));
    CHECK(error.message.startsWith(QStringLiteral("years[0].working_days[0].date: 2026-02-18")));
}

TEST_CASE("A date listed twice, or both off and working, is refused", "[holidayjson]")
{
    CHECK(errorOf(withYear(R"("days_off": [{"date": "2026-03-02", "name": "a"}, {"date": "2026-03-02", "name": "b"}])"))
              .code
        == QStringLiteral("calendar.duplicate_date"));
    CHECK(errorOf(withYear(R"("removed_days": ["2026-09-03", "2026-09-03"])")).code
        == QStringLiteral("calendar.duplicate_date"));
    const Error conflict = errorOf(withYear(R"("days_off": [{"date": "2026-03-07", "name": "a"}],
        "working_days": [{"date": "2026-03-07", "name": "b"}])"));
    CHECK(conflict.code == QStringLiteral("calendar.conflicting_date"));
}

TEST_CASE("Unknown fields, missing names and wrong types are refused", "[holidayjson]")
{
    const Error unknown = errorOf(withYear(R"("day_off": [])"));
    CHECK(unknown.code == QStringLiteral("calendar.unknown_field"));
    CHECK(unknown.message.startsWith(QStringLiteral("years[0].day_off: ")));
    CHECK(errorOf(R"({"format": "motcua-holidays", "format_version": 1, "years": [], "extra": 1})").code
        == QStringLiteral("calendar.unknown_field"));
    const Error name = errorOf(withYear(R"("days_off": [{"date": "2026-03-02", "name": "  "}])"));
    CHECK(name.code == QStringLiteral("calendar.missing_name"));
    CHECK(name.message.startsWith(QStringLiteral("years[0].days_off[0].name: ")));
    CHECK(errorOf(withYear(R"("replaces_default": "yes")")).code == QStringLiteral("calendar.invalid_field"));
    CHECK(errorOf(withYear(R"("days_off": {})")).code == QStringLiteral("calendar.invalid_field"));
    CHECK(errorOf(withYear(R"("replaces_default": true, "removed_days": ["2026-09-03"])")).code
        == QStringLiteral("calendar.invalid_field"));
}
