#pragma once

#include <QDate>

#include <optional>

namespace motcua {

// A date of the Vietnamese lunisolar calendar.
struct LunarDate
{
    int day = 0; // 1..30
    int month = 0; // 1..12
    int year = 0; // the lunar year, e.g. 2026 for Bính Ngọ
    bool leap = false; // a leap (nhuận) month

    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

// The Vietnamese lunar calendar computed for UTC+7 from the astronomy (new moons and solar terms
// after Meeus; month 11 holds the winter solstice; the leap month is the first without a major
// solar term). Valid for solar dates 1900-01-01 … 2199-12-31.
namespace LunarCalendar {

QDate firstSupportedDate(); // 1900-01-01
QDate lastSupportedDate(); // 2199-12-31

// Nothing outside the supported range.
std::optional<LunarDate> fromSolar(const QDate &date);

// Nothing when the lunar date does not exist (day 30 of a 29-day month, a leap month the year
// does not have, …) or falls outside the supported range.
std::optional<QDate> toSolar(const LunarDate &date);

} // namespace LunarCalendar
} // namespace motcua
