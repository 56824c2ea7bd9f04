#include "LunarCalendar.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace motcua::LunarCalendar {

namespace {

// The whole supported range is tabulated once, on first use: about 3,700 lunar months, each
// costing one new moon and one solar longitude, well under a millisecond. Lookups are then a
// binary search (fromSolar) or a scan of at most 13 months (toSolar).

constexpr double kPi = 3.14159265358979323846;
constexpr double kMeanSynodicMonth = 29.530588861;
constexpr double kZoneDays = 7.0 / 24.0; // Vietnam: UTC+7 all year
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

double sinDeg(double degrees)
{
    return std::sin(degrees * kPi / 180.0);
}

double normalizedDegrees(double degrees)
{
    const double reduced = std::fmod(degrees, 360.0);
    return reduced < 0 ? reduced + 360.0 : reduced;
}

// TT − UT in seconds (Espenak and Meeus polynomial fits). New moons come out in dynamical time;
// dates are civil, so the difference (half a minute in 1900, several minutes by 2200) matters
// whenever a new moon or a solar term lies close to midnight.
double deltaTSeconds(double year)
{
    if (year < 1900) {
        const double t = year - 1860;
        return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * std::pow(t, 4)
            + std::pow(t, 5) / 233174.0;
    }
    if (year < 1920) {
        const double t = year - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * std::pow(t, 4);
    }
    if (year < 1941) {
        const double t = year - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
        const double t = year - 1950;
        return 29.07 + 0.407 * t - t * t / 233.0 + t * t * t / 2547.0;
    }
    if (year < 1986) {
        const double t = year - 1975;
        return 45.45 + 1.067 * t - t * t / 260.0 - t * t * t / 718.0;
    }
    if (year < 2005) {
        const double t = year - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * std::pow(t, 4)
            + 0.00002373599 * std::pow(t, 5);
    }
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100.0;
    if (year < 2150)
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    return -20 + 32 * u * u;
}

double deltaTDays(double julianDay)
{
    return deltaTSeconds(2000.0 + (julianDay - 2451545.0) / 365.25) / 86400.0;
}

// The instant (Julian ephemeris day, TT) of the new moon number k, k = 0 being that of
// 2000-01-06: Meeus, Astronomical Algorithms, ch. 49 — the mean phase, the periodic terms of
// the Sun's and Moon's anomalies and the Moon's argument of latitude, and the planetary terms.
double newMoonJde(int k)
{
    const double t = k / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double t4 = t3 * t;
    const double meanPhase
        = 2451550.09766 + kMeanSynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    const double e = 1 - 0.002516 * t - 0.0000074 * t2; // eccentricity of the Earth's orbit
    const double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    const double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    const double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    const double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

    double correction = -0.40720 * sinDeg(mp) + 0.17241 * e * sinDeg(m) + 0.01608 * sinDeg(2 * mp)
        + 0.01039 * sinDeg(2 * f) + 0.00739 * e * sinDeg(mp - m) - 0.00514 * e * sinDeg(mp + m)
        + 0.00208 * e * e * sinDeg(2 * m) - 0.00111 * sinDeg(mp - 2 * f) - 0.00057 * sinDeg(mp + 2 * f)
        + 0.00056 * e * sinDeg(2 * mp + m) - 0.00042 * sinDeg(3 * mp) + 0.00042 * e * sinDeg(m + 2 * f)
        + 0.00038 * e * sinDeg(m - 2 * f) - 0.00024 * e * sinDeg(2 * mp - m) - 0.00017 * sinDeg(omega)
        - 0.00007 * sinDeg(mp + 2 * m) + 0.00004 * sinDeg(2 * mp - 2 * f) + 0.00004 * sinDeg(3 * m)
        + 0.00003 * sinDeg(mp + m - 2 * f) + 0.00003 * sinDeg(2 * mp + 2 * f) - 0.00003 * sinDeg(mp + m + 2 * f)
        + 0.00003 * sinDeg(mp - m + 2 * f) - 0.00002 * sinDeg(mp - m - 2 * f) - 0.00002 * sinDeg(3 * mp + m)
        + 0.00002 * sinDeg(4 * mp);

    struct PlanetaryTerm
    {
        double amplitude, base, rate, secular; // degrees: base + rate·k + secular·T²
    };
    static constexpr PlanetaryTerm planetary[] = {
        {0.000325, 299.77, 0.107408, -0.009173},
        {0.000165, 251.88, 0.016321, 0},
        {0.000164, 251.83, 26.651886, 0},
        {0.000126, 349.42, 36.412478, 0},
        {0.000110, 84.66, 18.206239, 0},
        {0.000062, 141.74, 53.303771, 0},
        {0.000060, 207.14, 2.453732, 0},
        {0.000056, 154.84, 7.306860, 0},
        {0.000047, 34.52, 27.261239, 0},
        {0.000042, 207.19, 0.121824, 0},
        {0.000040, 291.34, 1.844379, 0},
        {0.000037, 161.72, 24.198154, 0},
        {0.000035, 239.56, 25.513099, 0},
        {0.000023, 331.55, 3.592518, 0},
    };
    for (const auto &term : planetary)
        correction += term.amplitude * sinDeg(term.base + term.rate * k + term.secular * t2);
    return meanPhase + correction;
}

// The civil day (Julian day number) in Vietnam on which new moon k falls.
qint64 newMoonDay(int k)
{
    const double jde = newMoonJde(k);
    const double localJd = jde - deltaTDays(jde) + kZoneDays;
    return static_cast<qint64>(std::floor(localJd + 0.5));
}

// The Sun's apparent longitude in degrees at the instant jde (TT): Meeus ch. 25, the geometric
// longitude from the mean longitude and the equation of the centre, corrected for nutation and
// aberration. Good to about 0.01°, a quarter of an hour in the time of a solar term.
double apparentSolarLongitude(double jde)
{
    const double t = (jde - 2451545.0) / 36525.0;
    const double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    const double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly)
        + (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) + 0.000289 * sinDeg(3 * meanAnomaly);
    const double omega = 125.04 - 1934.136 * t;
    return normalizedDegrees(meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(omega));
}

// Which 30° sector the Sun is in when the civil day `day` begins in Vietnam: sector s spans the
// major solar terms (zhongqi) at 30·s° and 30·(s+1)°. A month holds a major term exactly when
// the sector at its first day differs from the sector at the first day of the next month.
int solarSectorAtStartOf(qint64 day)
{
    const double utc = static_cast<double>(day) - 0.5 - kZoneDays;
    return static_cast<int>(std::floor(apparentSolarLongitude(utc + deltaTDays(utc)) / 30.0)) % 12;
}

// The new moon number whose month (in Vietnam) contains the winter solstice of solarYear: the
// last new moon on or before 31 December that began before the Sun reached 270°.
int month11NewMoon(int solarYear)
{
    const qint64 dec31 = QDate(solarYear, 12, 31).toJulianDay();
    int k = static_cast<int>(std::floor((static_cast<double>(dec31) - 2451550.09766) / kMeanSynodicMonth));
    while (newMoonDay(k + 1) <= dec31)
        ++k;
    while (newMoonDay(k) > dec31)
        --k;
    // In December the Sun is between 240° and 280°: sector 9 means the solstice is past.
    if (solarSectorAtStartOf(newMoonDay(k)) == 9)
        --k;
    return k;
}

struct LunarMonth
{
    qint64 firstDay = 0; // Julian day number
    int year = 0;
    int month = 0;
    bool leap = false;
};

struct MonthTable
{
    QList<LunarMonth> months; // in order, contiguous
    qint64 endDay = 0; // the day after the last tabulated month
    int firstLunarYear = 0;
    QList<int> firstMonthOfYear; // index into months, per lunar year from firstLunarYear

    int length(qsizetype index) const
    {
        const qint64 next = index + 1 < months.size() ? months[index + 1].firstDay : endDay;
        return static_cast<int>(next - months[index].firstDay);
    }
};

// Tabulates the lunar months from month 11 of lunar year 1898 (December 1898) to the end of
// month 10 of lunar year 2200, which covers every date of 1900–2199.
MonthTable buildTable()
{
    MonthTable table;
    int previousMonth11 = month11NewMoon(kFirstYear - 2);
    for (int solarYear = kFirstYear - 1; solarYear <= kLastYear + 1; ++solarYear) {
        const int month11 = month11NewMoon(solarYear);
        const int count = month11 - previousMonth11; // 12, or 13 in a leap year

        // In a 13-month year the first month after month 11 without a major solar term is the
        // leap month and repeats the number of the month before it.
        int leapIndex = -1;
        if (count == 13) {
            int sector = solarSectorAtStartOf(newMoonDay(previousMonth11 + 1));
            for (int i = 1; i < count; ++i) {
                const int nextSector = solarSectorAtStartOf(newMoonDay(previousMonth11 + i + 1));
                if (nextSector == sector) {
                    leapIndex = i;
                    break;
                }
                sector = nextSector;
            }
        }

        int number = 11;
        int year = solarYear - 1;
        for (int i = 0; i < count; ++i) {
            LunarMonth month;
            month.firstDay = newMoonDay(previousMonth11 + i);
            if (i > 0 && i == leapIndex) {
                month.leap = true;
            } else if (i > 0) {
                number = number % 12 + 1;
                if (number == 1)
                    year = solarYear;
            }
            month.month = number;
            month.year = year;
            table.months.append(month);
        }
        previousMonth11 = month11;
    }
    table.endDay = newMoonDay(previousMonth11);

    table.firstLunarYear = table.months.constFirst().year;
    for (qsizetype i = 0; i < table.months.size(); ++i) {
        if (i == 0 || table.months[i].year != table.months[i - 1].year)
            table.firstMonthOfYear.append(static_cast<int>(i));
    }
    return table;
}

const MonthTable &monthTable()
{
    static const MonthTable table = buildTable(); // thread-safe one-time initialisation
    return table;
}

} // namespace

QDate firstSupportedDate()
{
    return QDate(kFirstYear, 1, 1);
}

QDate lastSupportedDate()
{
    return QDate(kLastYear, 12, 31);
}

std::optional<LunarDate> fromSolar(const QDate &date)
{
    if (!date.isValid() || date < firstSupportedDate() || date > lastSupportedDate())
        return std::nullopt;
    const MonthTable &table = monthTable();
    const qint64 day = date.toJulianDay();
    const auto after = std::upper_bound(table.months.cbegin(), table.months.cend(), day,
        [](qint64 value, const LunarMonth &month) { return value < month.firstDay; });
    const LunarMonth &month = *(after - 1);
    return LunarDate{static_cast<int>(day - month.firstDay + 1), month.month, month.year, month.leap};
}

std::optional<QDate> toSolar(const LunarDate &date)
{
    if (date.day < 1 || date.day > 30 || date.month < 1 || date.month > 12)
        return std::nullopt;
    const MonthTable &table = monthTable();
    const int yearIndex = date.year - table.firstLunarYear;
    if (yearIndex < 0 || yearIndex >= table.firstMonthOfYear.size())
        return std::nullopt;
    const qsizetype end
        = yearIndex + 1 < table.firstMonthOfYear.size() ? table.firstMonthOfYear[yearIndex + 1] : table.months.size();
    for (qsizetype i = table.firstMonthOfYear[yearIndex]; i < end; ++i) {
        const LunarMonth &month = table.months[i];
        if (month.month != date.month || month.leap != date.leap)
            continue;
        if (date.day > table.length(i))
            return std::nullopt;
        const QDate solar = QDate::fromJulianDay(month.firstDay + date.day - 1);
        if (solar < firstSupportedDate() || solar > lastSupportedDate())
            return std::nullopt;
        return solar;
    }
    return std::nullopt;
}

} // namespace motcua::LunarCalendar
