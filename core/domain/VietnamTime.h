#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace motcua {

// Vietnam keeps UTC+7 all year. Every legal date (receipt, due date, holidays) is a date in this
// zone, whatever the machine's own time zone, so the store keeps timestamps as ISO 8601 strings
// with an explicit +07:00 offset: their first ten characters are the legal date and they sort
// as text.
namespace VietnamTime {

QTimeZone zone();

// Now, in Vietnam time.
QDateTime now();

// The instant in Vietnam time.
QDateTime toVietnam(const QDateTime &instant);

// The legal date of an instant.
QDate legalDate(const QDateTime &instant);

// "2026-11-23T09:15:00+07:00" (seconds precision).
QString toIso(const QDateTime &instant);

// Accepts "YYYY-MM-DD" (midnight), "YYYY-MM-DDTHH:MM[:SS]" (Vietnam time) and either with an
// explicit offset or "Z". Returns nothing for anything else.
std::optional<QDateTime> parseIso(const QString &text);

} // namespace VietnamTime
} // namespace motcua
