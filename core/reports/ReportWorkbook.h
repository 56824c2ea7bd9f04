#pragma once

#include "PeriodStatistics.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace motcua {

class Database;

// The register (form 06) and the periodic statistics as .xlsx workbooks for the province
// (libxlsxwriter). The sheets are in Vietnamese: they are documents of the administration, not
// the UI. Each file is written beside its destination and renamed into place only when complete,
// so a failure leaves no half-written workbook. Errors: "report.write_failed" naming the path.
namespace ReportWorkbook {

// Streams the register rows (constant memory, whatever the period). Returns the number of rows.
Result<int> writeRegister(
    Database &database, const QDate &from, const QDate &to, const QDate &today, const QString &path);

// A summary sheet and one sheet per breakdown (sector, procedure, officer).
Status writeStatistics(const PeriodStatistics &statistics, const QString &communeName, const QString &path);

} // namespace ReportWorkbook

} // namespace motcua
