#pragma once

#include "domain/Result.h"
#include "domain/WorkCalendar.h"

#include <QByteArray>
#include <QList>

namespace motcua {

// Reads and writes the holiday schedules a province publishes (docs/calendar-format.md). Parsing
// is strict: anything the desk could misread (a bad date, a date in another year, a working day
// that is not a weekend, an unknown field) is refused with an error naming where it is.
namespace HolidayScheduleJson {

// Error codes: calendar.invalid_json, calendar.unknown_format, calendar.unsupported_version,
// calendar.invalid_field, calendar.unknown_field, calendar.invalid_year, calendar.duplicate_year,
// calendar.invalid_date, calendar.date_outside_year, calendar.duplicate_date,
// calendar.not_a_weekend, calendar.conflicting_date, calendar.missing_name.
Result<QList<HolidaySchedule>> parse(const QByteArray &json);

// Indented JSON, one object per schedule in the given order; parse(write(s)) gives s back.
QByteArray write(const QList<HolidaySchedule> &schedules);

} // namespace HolidayScheduleJson
} // namespace motcua
