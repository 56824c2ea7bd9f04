#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

namespace motcua {

// A non-working day other than a weekend: a statutory holiday or a compensatory day off.
struct Holiday
{
    QDate date;
    QString name;
};

// What a province publishes for one year (docs/calendar-format.md): days off it adds (Tết as
// decided that year, bridge days), days it removes from the default, and weekend days it makes
// working (make-up days of a swap).
struct HolidaySchedule
{
    int year = 0;
    bool replacesDefault = false; // true: only daysOff count, the default arrangement is ignored
    QList<Holiday> daysOff;
    QList<QDate> removedDays; // default holidays that are working days this year
    QList<Holiday> workingDays; // Saturdays/Sundays that are working days (name: why)
};

// Which days count for legal processing times: Monday to Friday, less the statutory holidays of
// the Labor Code 2019 art. 112, with a published schedule winning over the default arrangement
// (DOMAIN.md "Calendar, holidays, deadlines"). Const members are safe from several threads.
class WorkCalendar final
{
public:
    WorkCalendar();
    WorkCalendar(const WorkCalendar &other);
    WorkCalendar &operator=(const WorkCalendar &other);

    // Replaces the schedule of that year.
    void setSchedule(const HolidaySchedule &schedule);
    QList<HolidaySchedule> schedules() const;

    bool isWorkingDay(const QDate &date) const;

    // Every non-working day of the year that is not an ordinary weekend day, plus holidays that
    // fall on a weekend, sorted by date (name says which holiday or "compensatory day").
    QList<Holiday> holidays(int year) const;

    // The first working day on or after date.
    QDate nextWorkingDayOnOrAfter(const QDate &date) const;

    // The n-th working day after date (date itself not counted); n == 0 returns date.
    QDate addWorkingDays(const QDate &date, int n) const;

    // Working days d with from < d <= to (0 when to <= from).
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    const QSet<QDate> &nonWorkingDays(int year) const; // holidays and compensatory days, cached
    const QSet<QDate> &extraWorkingDays(int year) const;

    QHash<int, HolidaySchedule> m_schedules;
    mutable QMutex m_cacheMutex;
    mutable QHash<int, QList<Holiday>> m_holidayCache;
    mutable QHash<int, QSet<QDate>> m_offCache;
    mutable QHash<int, QSet<QDate>> m_workCache;
};

} // namespace motcua
