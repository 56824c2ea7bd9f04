#pragma once

#include "domain/DossierStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace motcua {

// Reading the values old lists hold, as clerks typed them.
namespace LegacyValues {

// A date or date and time in Vietnam time: "12/03/2021", "12-03-2021", "12.03.2021",
// "12/3/2021 8:30", "08:30 12/03/2021", "08:30 ngày 12/03/2021", "2021-03-12",
// "2021-03-12T08:30[:00][+07:00]", and spreadsheet day numbers ("44267", "44267.354") when
// allowSerial. Day first, always: Vietnamese records never put the month first. A date alone is
// midnight. Nothing for anything else, including impossible dates (31/02/2021).
std::optional<QDateTime> parseDateTime(const QString &text, bool allowSerial = false);

// The status of an old dossier from its label in Vietnamese (with or without diacritics) or its
// key: "Đã tiếp nhận", "Đang xử lý"/"Đang giải quyết", "Đã giải quyết"/"Hoàn thành"/"Có kết quả",
// "Đã trả kết quả", "received", "in_process", "done", "returned". Refused, withdrawn or stopped
// dossiers are not imported: their reasons are missing from old lists. Nothing when unknown.
std::optional<DossierStatus> parseStatus(const QString &text);

// "male"/"female" from "Nam", "Nữ", "nu", "M", "F", "male", "female"; empty when unknown.
QString parseGender(const QString &text);

} // namespace LegacyValues
} // namespace motcua
