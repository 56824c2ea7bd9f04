#include "WorkCalendar.h"

#include "LunarCalendar.h"

#include <QMutexLocker>

#include <algorithm>

namespace motcua {

namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

void sortByDate(QList<Holiday> &holidays)
{
    std::stable_sort(
        holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
}

// The statutory holidays (Labor Code 2019 art. 112) whose date falls in `year`. Tết and the Hùng
// Kings' day follow the lunar calendar, so the lunar years overlapping the solar year are all
// asked and their days kept by date.
QList<Holiday> statutoryHolidays(int year)
{
    QList<Holiday> all;
    all.append({QDate(year, 1, 1), QStringLiteral("Tết Dương lịch")});
    for (int lunarYear = year - 1; lunarYear <= year + 1; ++lunarYear) {
        // Tết: the last day of the old lunar year and the first four of the new one.
        if (const auto newYear = LunarCalendar::toSolar({1, 1, lunarYear, false})) {
            for (int offset = -1; offset <= 3; ++offset)
                all.append({newYear->addDays(offset), QStringLiteral("Tết Nguyên đán")});
        }
        if (const auto hungKings = LunarCalendar::toSolar({10, 3, lunarYear, false}))
            all.append({*hungKings, QStringLiteral("Giỗ Tổ Hùng Vương")});
    }
    all.append({QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng")});
    all.append({QDate(year, 5, 1), QStringLiteral("Quốc tế Lao động")});
    all.append({QDate(year, 9, 2), QStringLiteral("Quốc khánh")});
    all.append({QDate(year, 9, 3), QStringLiteral("Quốc khánh")});

    QList<Holiday> inYear;
    for (const Holiday &holiday : all) {
        if (holiday.date.year() == year)
            inYear.append(holiday);
    }
    sortByDate(inYear);
    return inYear;
}

// The default arrangement: the statutory holidays plus a compensatory day for each one that
// falls on a Saturday or Sunday, on the next day that is neither a weekend, a holiday nor an
// earlier compensatory day. Two holidays on one date (the Hùng Kings' day can meet 30 April
// after a leap month) lose a day just as a weekend does, so the second one is compensated too.
QList<Holiday> defaultHolidays(int year)
{
    const QList<Holiday> statutory = statutoryHolidays(year);
    QSet<QDate> taken;
    for (const Holiday &holiday : statutory)
        taken.insert(holiday.date);

    QList<Holiday> result;
    QSet<QDate> seen;
    for (const Holiday &holiday : statutory) {
        const bool coincides = seen.contains(holiday.date);
        seen.insert(holiday.date);
        if (coincides) {
            // Keep one entry per date, naming both holidays.
            for (Holiday &listed : result) {
                if (listed.date == holiday.date && !listed.name.contains(holiday.name))
                    listed.name += QStringLiteral(", ") + holiday.name;
            }
        } else {
            result.append(holiday);
        }
        if (!coincides && !isWeekend(holiday.date))
            continue;
        QDate day = holiday.date.addDays(1);
        while (isWeekend(day) || taken.contains(day))
            day = day.addDays(1);
        taken.insert(day);
        // A compensatory day pushed into the next year is that year's business; with the
        // holidays of art. 112 (none after September) it cannot happen.
        if (day.year() == year)
            result.append({day, QStringLiteral("Nghỉ bù ") + holiday.name});
    }
    sortByDate(result);
    return result;
}

struct YearDays
{
    QList<Holiday> holidays;
    QSet<QDate> off;
    QSet<QDate> working;
};

// The non-working days of one year with the province's schedule applied: its days off are added
// (replacing a default entry of the same date) or replace everything, its removed days drop
// default entries, and its working days turn weekend days into working days.
YearDays computeYear(const QHash<int, HolidaySchedule> &schedules, int year)
{
    YearDays days;
    const auto schedule = schedules.constFind(year);
    if (schedule == schedules.cend() || !schedule->replacesDefault)
        days.holidays = defaultHolidays(year);
    if (schedule != schedules.cend()) {
        const QSet<QDate> removed(schedule->removedDays.cbegin(), schedule->removedDays.cend());
        QSet<QDate> added;
        for (const Holiday &dayOff : schedule->daysOff) {
            if (dayOff.date.isValid() && dayOff.date.year() == year)
                added.insert(dayOff.date);
        }
        days.holidays.removeIf(
            [&](const Holiday &holiday) { return removed.contains(holiday.date) || added.contains(holiday.date); });
        for (const Holiday &dayOff : schedule->daysOff) {
            if (added.contains(dayOff.date))
                days.holidays.append(dayOff);
        }
        sortByDate(days.holidays);
        for (const Holiday &workingDay : schedule->workingDays) {
            if (workingDay.date.isValid() && workingDay.date.year() == year && isWeekend(workingDay.date))
                days.working.insert(workingDay.date);
        }
    }
    for (const Holiday &holiday : days.holidays)
        days.off.insert(holiday.date);
    days.working -= days.off; // a day both off and working is off
    return days;
}

} // namespace

WorkCalendar::WorkCalendar() = default;

WorkCalendar::WorkCalendar(const WorkCalendar &other)
    : m_schedules(other.m_schedules)
{
}

WorkCalendar &WorkCalendar::operator=(const WorkCalendar &other)
{
    if (this == &other)
        return *this;
    m_schedules = other.m_schedules;
    const QMutexLocker locker(&m_cacheMutex);
    m_holidayCache.clear();
    m_offCache.clear();
    m_workCache.clear();
    return *this;
}

void WorkCalendar::setSchedule(const HolidaySchedule &schedule)
{
    m_schedules.insert(schedule.year, schedule);
    const QMutexLocker locker(&m_cacheMutex);
    m_holidayCache.remove(schedule.year);
    m_offCache.remove(schedule.year);
    m_workCache.remove(schedule.year);
}

QList<HolidaySchedule> WorkCalendar::schedules() const
{
    QList<HolidaySchedule> result = m_schedules.values();
    std::sort(result.begin(), result.end(),
        [](const HolidaySchedule &a, const HolidaySchedule &b) { return a.year < b.year; });
    return result;
}

// Both caches are filled together, so that once one of them answers for a year the other no
// longer inserts (which could move the first one's entries). Callers hold m_cacheMutex for as
// long as they use the returned reference.
const QSet<QDate> &WorkCalendar::nonWorkingDays(int year) const
{
    auto found = m_offCache.constFind(year);
    if (found != m_offCache.cend())
        return *found;
    YearDays days = computeYear(m_schedules, year);
    m_holidayCache.insert(year, std::move(days.holidays));
    m_workCache.insert(year, std::move(days.working));
    return *m_offCache.insert(year, std::move(days.off));
}

const QSet<QDate> &WorkCalendar::extraWorkingDays(int year) const
{
    nonWorkingDays(year);
    return *m_workCache.constFind(year);
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return false;
    const QMutexLocker locker(&m_cacheMutex);
    if (nonWorkingDays(date.year()).contains(date))
        return false;
    return !isWeekend(date) || extraWorkingDays(date.year()).contains(date);
}

QList<Holiday> WorkCalendar::holidays(int year) const
{
    const QMutexLocker locker(&m_cacheMutex);
    nonWorkingDays(year);
    return m_holidayCache.value(year);
}

QDate WorkCalendar::nextWorkingDayOnOrAfter(const QDate &date) const
{
    if (!date.isValid())
        return {};
    QDate day = date;
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

// A negative n counts backwards: the |n|-th working day before date.
QDate WorkCalendar::addWorkingDays(const QDate &date, int n) const
{
    if (!date.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    QDate day = date;
    for (int remaining = n < 0 ? -n : n; remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

} // namespace motcua
