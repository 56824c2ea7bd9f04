#include "domain/LunarCalendar.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace motcua;

namespace Catch {
template <> struct StringMaker<LunarDate>
{
    static std::string convert(const LunarDate &date)
    {
        return std::to_string(date.day) + '/' + std::to_string(date.month) + (date.leap ? " (leap)/" : "/")
            + std::to_string(date.year);
    }
};
} // namespace Catch

namespace {

QDate tet(int lunarYear)
{
    return LunarCalendar::toSolar({1, 1, lunarYear, false}).value_or(QDate());
}

// The leap month of a lunar year and the solar date it starts on; month 0 when there is none.
std::pair<int, QDate> leapMonth(int lunarYear)
{
    for (int month = 1; month <= 12; ++month) {
        if (const auto start = LunarCalendar::toSolar({1, month, lunarYear, true}))
            return {month, *start};
    }
    return {0, QDate()};
}

} // namespace

TEST_CASE("Every day from 1900 to 2199 converts to a lunar date and back to itself", "[lunar]")
{
    int days = 0;
    for (QDate day = LunarCalendar::firstSupportedDate(); day <= LunarCalendar::lastSupportedDate();
         day = day.addDays(1)) {
        const auto lunar = LunarCalendar::fromSolar(day);
        REQUIRE(lunar.has_value());
        const auto back = LunarCalendar::toSolar(*lunar);
        REQUIRE(back.has_value());
        if (*back != day)
            FAIL(day.toString(Qt::ISODate).toStdString()
                << " came back as " << back->toString(Qt::ISODate).toStdString());
        ++days;
    }
    CHECK(days == QDate(1900, 1, 1).daysTo(QDate(2199, 12, 31)) + 1);
}

TEST_CASE("Lunar dates advance day by day through months of 29 or 30 days and years of 12 or 13 months", "[lunar]")
{
    struct YearShape
    {
        int months = 0;
        int leapMonths = 0;
    };
    QHash<int, YearShape> shapes;
    LunarDate previous = *LunarCalendar::fromSolar(LunarCalendar::firstSupportedDate());
    shapes[previous.year].months = 1;
    for (QDate day = LunarCalendar::firstSupportedDate().addDays(1); day <= LunarCalendar::lastSupportedDate();
         day = day.addDays(1)) {
        const LunarDate current = *LunarCalendar::fromSolar(day);
        if (current.day == previous.day + 1) {
            REQUIRE(current.month == previous.month);
            REQUIRE(current.leap == previous.leap);
            REQUIRE(current.year == previous.year);
        } else {
            INFO(day.toString(Qt::ISODate).toStdString());
            REQUIRE(current.day == 1);
            REQUIRE((previous.day == 29 || previous.day == 30));
            if (current.leap) {
                // A leap month repeats the number of the month just ended.
                REQUIRE(!previous.leap);
                REQUIRE(current.month == previous.month);
                REQUIRE(current.year == previous.year);
            } else {
                REQUIRE(current.month == previous.month % 12 + 1);
                REQUIRE(current.year == previous.year + (current.month == 1 ? 1 : 0));
            }
            YearShape &shape = shapes[current.year];
            ++shape.months;
            if (current.leap)
                ++shape.leapMonths;
        }
        previous = current;
    }
    // The first and last lunar years are cut by the supported range.
    int fullYears = 0;
    for (int year = 1900; year <= 2198; ++year) {
        INFO("lunar year " << year);
        const YearShape shape = shapes.value(year);
        REQUIRE((shape.months == 12 || shape.months == 13));
        CHECK(shape.leapMonths == shape.months - 12);
        ++fullYears;
    }
    CHECK(fullYears == 299);
}

TEST_CASE("Tết falls on the dates observed in Vietnam", "[lunar]")
{
    CHECK(tet(1900) == QDate(1900, 1, 31));
    CHECK(tet(2000) == QDate(2000, 2, 5));
    CHECK(tet(2020) == QDate(2020, 1, 25));
    CHECK(tet(2023) == QDate(2023, 1, 22));
    CHECK(tet(2024) == QDate(2024, 2, 10));
    CHECK(tet(2025) == QDate(2025, 1, 29));
    CHECK(tet(2026) == QDate(2026, 2, 17));
    CHECK(tet(2100) == QDate(2100, 2, 9));
}

TEST_CASE("Computed for UTC+7 the calendar differs from the Chinese one where the new moon is near midnight", "[lunar]")
{
    CHECK(tet(1985) == QDate(1985, 1, 21)); // China: 20 February
    CHECK(tet(1968) == QDate(1968, 1, 29)); // China: 30 January
    CHECK(tet(2007) == QDate(2007, 2, 17)); // China: 18 February
}

TEST_CASE("Leap months fall where the first month without a major solar term is", "[lunar]")
{
    CHECK(leapMonth(2020) == std::pair(4, QDate(2020, 5, 23)));
    CHECK(leapMonth(2023) == std::pair(2, QDate(2023, 3, 22)));
    CHECK(leapMonth(2025) == std::pair(6, QDate(2025, 7, 25)));
    CHECK(leapMonth(2024).first == 0);
    CHECK(leapMonth(2026).first == 0);
    // The rare leap 11th month: it belongs to the year that is ending.
    CHECK(leapMonth(2033).first == 11);
    const auto inLeap11 = LunarCalendar::fromSolar(leapMonth(2033).second);
    REQUIRE(inLeap11.has_value());
    CHECK(*inLeap11 == LunarDate{1, 11, 2033, true});
}

TEST_CASE("Known days convert both ways", "[lunar]")
{
    CHECK(LunarCalendar::fromSolar(QDate(2026, 2, 16)) == LunarDate{29, 12, 2025, false}); // last day of Ất Tỵ
    CHECK(LunarCalendar::fromSolar(QDate(2026, 2, 17)) == LunarDate{1, 1, 2026, false});
    CHECK(LunarCalendar::fromSolar(QDate(2026, 4, 26)) == LunarDate{10, 3, 2026, false}); // Giỗ Tổ
    CHECK(LunarCalendar::fromSolar(QDate(2025, 8, 1)) == LunarDate{8, 6, 2025, true});
    CHECK(LunarCalendar::fromSolar(QDate(1900, 1, 1)) == LunarDate{1, 12, 1899, false});
    CHECK(LunarCalendar::toSolar({30, 12, 2023, false}) == QDate(2024, 2, 9));
}

TEST_CASE("Lunar dates that do not exist or lie outside the supported range give nothing", "[lunar]")
{
    // Month 12 of Ất Tỵ (2025) has 29 days, the leap 6th month too.
    REQUIRE(LunarCalendar::toSolar({29, 12, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({30, 12, 2025, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({30, 6, 2025, true}).has_value());
    // 2024 has no leap month at all, 2023 only a leap 2nd month.
    CHECK_FALSE(LunarCalendar::toSolar({1, 3, 2024, true}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({1, 3, 2023, true}).has_value());
    CHECK(LunarCalendar::toSolar({1, 2, 2023, true}).has_value());
    // Malformed fields.
    CHECK_FALSE(LunarCalendar::toSolar({0, 1, 2026, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({31, 1, 2026, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({1, 0, 2026, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({1, 13, 2026, false}).has_value());
    // Out of range: Tết 1899 was in 1899, Tết 2200 is in 2200, and far years are not tabulated.
    CHECK_FALSE(LunarCalendar::toSolar({1, 1, 1899, false}).has_value());
    CHECK(LunarCalendar::toSolar({1, 12, 1899, false}) == QDate(1900, 1, 1));
    CHECK_FALSE(LunarCalendar::toSolar({1, 1, 2200, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({1, 1, 1500, false}).has_value());
    CHECK_FALSE(LunarCalendar::toSolar({1, 1, 3000, false}).has_value());
    CHECK_FALSE(LunarCalendar::fromSolar(QDate(1899, 12, 31)).has_value());
    CHECK_FALSE(LunarCalendar::fromSolar(QDate(2200, 1, 1)).has_value());
    CHECK_FALSE(LunarCalendar::fromSolar(QDate()).has_value());
}
